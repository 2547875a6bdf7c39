"""Label answers the row pairs miss or mistake, for the fields of the
applicant's own part (contact, project).

``rows.find_pairs`` reads a label and its answer side by side, "Label: value"
or one above the other. Forms and people also write three shapes it reads
wrong, each told by structure alone:

- help text in the label's cell: "Tiltakets navn" over "Eksempel: «…»" in
  one cell, then the answer cell; or "Kontaktperson" over "Navn, e-post og
  telefon …". The label is the cell's first line, the help is the lines under
  it, and the answer is the next cell. The value after a help opener's colon
  ("Eksempel: «…»") is the form's example, never an answer. (The form sets
  its help in grey, italic or small type; the layout model does not carry
  that yet, so structure decides here.)
- a question and its answer in one cell or line: "3. Hva heter prosjektet?
  Ung i jobb". The answer follows the question mark; the row below is the
  next question, not this one's answer.
- labelled answers one after another on one line, set apart by a middle
  dot or a bullet: "Kommune: Dalen · Kontakt: Eva Lund, …".
- a numbered item in the bare word a section heading uses, answered in the
  next cell of its table row ("4 Prosjekt | Heilt med", "1 Søker | Nav
  Lom"): a heading has no answer beside it. The project reads such a title
  only when nothing else names one (``project._numbered_item``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract.extract.context import Context
from soknad_extract.extract.form_text import form_text
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.leaders import NUMBERING
from soknad_extract.extract.pair_text import Pair, clean_label
from soknad_extract.layout.item_numbers import join_item_column
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import fold, normalize_space

_QUESTION = re.compile(r"^(?P<question>[^?]{3,120}\?)\s+(?P<answer>\S.*)$")
_FIRST_PHRASE = re.compile(r"\s+(?:og|eller|til|for)\s+")
"""Where a help line's list of what to write goes on into a sentence."""
_SEGMENT_MARK = re.compile(r"\s+[·•]\s+")
"""The marks that set labelled answers apart on one line."""
_FORMAT_HINT = re.compile(r"\s*\([^()\d]{1,30}\)\s*")
"""A note in brackets after a question mark: how to write the answer
("(dd.mm.åååå)", "(dato)", "(kr)", "(%)"), never the answer; a note with a
number in it ("(1. mai 2020)") may be the answer itself."""
_PLACEHOLDER = re.compile(r"[\s_.…\-–—]*")
"""An answer made only of the marks a blank is drawn with (a fill-in line of
underscores, a dot leader, dashes): the blank left empty, no value."""


def labelled(ctx: Context, key: str) -> list[Pair]:
    """The answers to labels for ``key``: the row pairs, without those whose
    value is a form's example or the next question, then the answers the
    shapes above give; a blank left empty ("____") answers nothing."""
    wrong = _wrong_pairs(ctx)
    kept = [pair for pair in ctx.values(key) if id(pair) not in wrong]
    return [pair for pair in kept + _extra_pairs(ctx).get(key, []) if not _PLACEHOLDER.fullmatch(pair.value.text)]


@lru_cache(maxsize=4)
def _wrong_pairs(ctx: Context) -> frozenset[int]:
    """Row pairs whose label holds more than the label: its colon was a help
    opener's ("Tiltakets navn Eksempel: «…»"), or its question was answered
    in the label's own cell ("Hva heter prosjektet? Ung i jobb")."""
    help_openers = form_text(ctx.scheme).help_openers
    wrong = set()
    for pairs in ctx.pairs.values():
        for pair in pairs:
            label = normalize_space(pair.label)
            opener = help_openers.search(fold(label) + ":")
            question = _QUESTION.match(label)
            if opener and opener.end() == len(label) + 1:
                wrong.add(id(pair))
            elif question and not _beside(ctx, pair) and not _is_hint(ctx, question.group("answer")):
                wrong.add(id(pair))
    return frozenset(wrong)


def _beside(ctx: Context, pair: Pair) -> bool:
    """The pair's answer stands in the label's own row (the next cell), not below it."""
    return pair.row is not None and any(cell is pair.value for cell in ctx.rows[pair.row].cells)


def _is_hint(ctx: Context, text: str) -> bool:
    """What follows a question in its own cell is the form's hint, not an
    answer: its help text, or a format note in brackets alone. Web-form
    printouts and typed forms set "Når starter prosjektet? (dd.mm.åååå)"
    over the box the answer stands in."""
    return _is_form_text(ctx, text) or bool(_FORMAT_HINT.fullmatch(text))


def _is_form_text(ctx: Context, text: str) -> bool:
    """``text`` is the form's help or instruction ("Kryss av …", "Eksempel: …")."""
    return bool(form_text(ctx.scheme).spans(text))


@lru_cache(maxsize=4)
def _extra_pairs(ctx: Context) -> dict[str, list[Pair]]:
    grouped: dict[str, list[Pair]] = {}
    found = _help_cell_pairs(ctx)
    for i, row in enumerate(ctx.rows):
        found += _inline_pairs(row, i, ctx) + _item_heading_pairs(row, i)
    for key, pair in found:
        grouped.setdefault(key, []).append(pair)
    return grouped


def _help_cell_pairs(ctx: Context) -> list[tuple[str, Pair]]:
    """Table rows whose label cell holds the label on its first line and the
    form's help under it: the answer is the next filled cell, unless that
    cell is a label itself (then the label cell held its own answer). An
    item number column before the label cells goes with its labels
    (``layout.item_numbers``)."""
    found: list[tuple[str, Pair]] = []
    for page in ctx.doc.pages:
        for table in page.tables:
            for cells in join_item_column(table.rows):
                filled = [c for c in cells if c.text.strip()]
                if len(filled) < 2:
                    continue
                lines = [line for line in filled[0].text.split("\n") if line.strip()]
                key = classify_label(lines[0]) if len(lines) > 1 else None
                answer = normalize_space(filled[1].text)
                if key is None or classify_label(answer) is not None or not _is_help(ctx, lines[1:]):
                    continue
                span = Span(answer, table.page, filled[1].bbox, 1.0, "ocr" if table.ocr else "table")
                found.append((key, Pair(normalize_space(lines[0]), span, "table")))
    return found


def _is_help(ctx: Context, lines: list[str]) -> bool:
    """Lines under a label are the form's help when they open as help does
    ("Eksempel: …", "Skriv …") or name what to write ("Navn, e-post og
    telefon"); a name or a sentence of the office's own is its answer."""
    text = normalize_space(" ".join(lines))
    return _is_form_text(ctx, text) or classify_label(_FIRST_PHRASE.split(text)[0]) is not None


def _inline_pairs(row: Row, i: int, ctx: Context) -> list[tuple[str, Pair]]:
    """A question answered after its question mark (unless what follows is
    the form's own hint), and labelled answers set apart by middle dots,
    inside one cell or line."""
    found: list[tuple[str, Pair]] = []
    for cell in row.filled():
        question = _QUESTION.match(cell.text) if "?" in cell.text else None
        if question and not _is_hint(ctx, question.group("answer")):
            key = classify_label(question.group("question"))
            if key:
                found.append((key, Pair(question.group("question"), _part(cell, question.group("answer")),
                                        cell.method, i)))
        segments = _SEGMENT_MARK.split(cell.text) if "·" in cell.text or "•" in cell.text else ()
        for segment in segments[1:]:
            head, sep, tail = segment.partition(":")
            key = classify_label(head) if sep and tail.strip() else None
            if key:
                found.append((key, Pair(head, _part(cell, tail), cell.method, i)))
    return found


def _item_heading_pairs(row: Row, i: int) -> list[tuple[str, Pair]]:
    """A table row of two cells: an item number with a section heading's
    word ("4 Prosjekt", which ``classify_label`` reads as a heading) and its
    answer, which is no label."""
    cells = row.filled()
    if not row.in_table or len(cells) != 2 or not NUMBERING.match(cells[0].text) \
            or classify_label(cells[0].text) is not None or classify_label(cells[1].text) is not None:
        return []
    key = classify_label(clean_label(cells[0].text))
    return [(key, Pair(normalize_space(cells[0].text), cells[1], "table", i))] if key else []


def _part(cell: Span, text: str) -> Span:
    """The answer part of a cell, with the cell's place."""
    return Span(normalize_space(text), cell.page, cell.bbox, cell.confidence, cell.method)
