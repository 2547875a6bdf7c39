"""The form's printed list of the priority areas, one a row, and the marks
that choose among them.

Forms without check boxes print each area in a row of its own and let the
office mark the chosen ones: a mark in another cell of the row ("X", "✓",
"Ja"), read by the column it stands in where the grid has separate "Ja" and
"Nei" columns; or a mark typed in front of the area's name in its own cell
("X Sikring av sårbare overganger" over "– Bruk av ordinært arbeidsliv").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soknad_extract.extract.area_words import area_words
from soknad_extract.extract.context import Context, blank_spans, span_evidence
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.extract.marked_lines import opening_mark
from soknad_extract.extract.marked_rows import is_mark
from soknad_extract.extract.pair_text import split_label
from soknad_extract.facts import Question
from soknad_extract.layout.questions import option_answer
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.schemes import Scheme

_WORD = re.compile(r"[a-zæøå]{4,}")


@lru_cache(maxsize=4096)
def name_words(text: str) -> frozenset[str]:
    """The longer words of ``text``, folded; memoised, since every cell is
    compared with every area's name."""
    return frozenset(_WORD.findall(fold(text)))


_LEAD_WORDS = 2
"""Words a cell ending in a full stop may put before the area's name and
still print it ("1. Bruk av …", "X Bruk av …", "Område: Bruk av …"): more
make it a sentence about the area ("Vi har valgt å prioritere sikring av …")."""
_LEAD_WORD = re.compile(r"[a-zæøå]{2,}")


def _lead_words(text: str, expected: frozenset[str]) -> int:
    """Words of two letters or more before the first word of the area's
    name in ``text`` (numbering, marks and "å" do not count)."""
    folded = fold(text)
    first = min((m.start() for m in _WORD.finditer(folded) if m.group() in expected), default=0)
    return len(_LEAD_WORD.findall(folded[:first]))


def cell_area(text: str, scheme: Scheme) -> str | None:
    """The area a cell prints, when the cell is the area's name and little
    else ("Bruk av ordinært arbeidsliv", "☐ Sikring av sårbare overganger",
    "1. Bruk av ordinært arbeidsliv (f.eks. IPS)."); never a sentence that
    names it ("Vi har valgt å prioritere sikring av sårbare overganger."):
    that is the applicant's statement, read as prose."""
    found = _printed_area(text, scheme)
    if found is None:
        bare = without_asides(text)
        found = _printed_area(bare, scheme) if bare != text else None
    return found


def _printed_area(text: str, scheme: Scheme) -> str | None:
    words = name_words(text)
    sentence = text.rstrip().endswith((".", "!"))
    for area in scheme.priority_areas:
        for name in (area.label_nb, area.label_nn):
            expected = name_words(name)
            if expected and len(words & expected) / len(expected) >= 0.6 and len(words - expected) <= 2 \
                    and not (sentence and _lead_words(text, expected) > _LEAD_WORDS):
                return area.id
    return None


_ASIDE = re.compile(r"\(([^()]*)(?:\)|$)")
"""A bracketed aside, or one opened and never closed (its close lost with the
example text blanked inside it, or past the cell's end)."""


def without_asides(text: str) -> str:
    """``text`` without its bracketed asides after the name: the examples or
    explanation a form prints with an area ("Sikring av sårbare overganger
    (f.eks. løslatelse fra fengsel, mellom tjenester, utdanning og arbeid)"),
    which would otherwise outweigh the name's own words. An aside that
    answers ("(ja)", "(ikke aktuelt)") stays: it is no explanation."""
    return _ASIDE.sub(lambda m: m.group(0) if written_answer(m.group(1).strip(" .")) is not None else " ", text).strip()


@dataclass
class OptionList:
    """The form's printed list of the areas: the question, not an answer."""

    rows: dict[int, str]
    """Row index → the area that row prints."""
    marked: dict[str, Evidence]
    """Areas chosen by a mark in another cell of their row ("X", "✓", "Ja"),
    else by a mark typed before the name in its own cell ("X Sikring av …")."""


_LIST_GAP_ROWS = 3
"""Rows between two areas of one list: a name wrapped onto a row of its own."""
_PAGE_BREAK_ROWS = 3
"""More rows a page break may put between them: the page number, a running head."""


def option_list(ctx: Context) -> OptionList | None:
    """At least two rows that each print one area's name, close together
    (a list that runs onto the next page goes on past its page furniture)."""
    rows: dict[int, str] = {}
    for i, row in enumerate(ctx.rows):
        areas = [cell_area(c.text, ctx.scheme) for c in row.filled()]
        named = [a for a in areas if a]
        gap = _LIST_GAP_ROWS + (_PAGE_BREAK_ROWS if rows and row.page > ctx.rows[max(rows)].page else 0)
        if len(named) == 1 and (not rows or i - max(rows) <= gap):
            rows[i] = named[0]
        elif len(named) == 1:
            rows = {i: named[0]} if len(rows) < 2 else rows
    if len(set(rows.values())) < 2:
        return None
    marked: dict[str, Evidence] = {}
    columns = _answer_columns(ctx, min(rows))
    for i, area in rows.items():
        row = ctx.rows[i]
        for cell in row.filled():
            if cell_area(cell.text, ctx.scheme) is None and is_mark(cell.text) \
                    and _column_answer(cell, row, columns) is not False or _marked_after_leader(cell, area, ctx.scheme):
                marked.setdefault(area, span_evidence(cell, "checkbox", text=row.text))
    if not marked:
        marked = _opening_marks(ctx, rows)
    return OptionList(rows, marked)


def unread_marks(ctx: Context, chosen: list[str]) -> tuple[Question, ...]:
    """A question for the areas, answered but unread, when a scan's printed
    list of them chose nothing and its rows were marked unlike each other
    ("- Bruk av ordinært arbeidsliv" between two bare names, the office's
    "X" lost to text recognition): the office did mark the list, so
    validation asks the clerk to read it instead of calling the areas
    missing. The question is the line over the list ("Satsingsområder (X =
    valgt):"). A list whose rows all read alike (all bare, all "☐") is an
    answer of none."""
    options = option_list(ctx) if not chosen else None
    if options is None or options.marked or not all(_read_by_ocr(ctx.rows[i]) for i in options.rows):
        return ()
    if len({_row_marks(ctx, i, area) for i, area in options.rows.items()}) < 2:
        return ()
    first = min(options.rows)
    cell = next(c for c in ctx.rows[first].filled() if cell_area(c.text, ctx.scheme) == options.rows[first])
    heading = ctx.rows[first - 1].filled() if first > 0 and ctx.rows[first - 1].page == cell.page else []
    cell = heading[0] if heading else cell
    return (Question("priority_areas", cell.page, True, cell.text[:120], cell.bbox, round(cell.confidence, 3),
                     True),)


def _read_by_ocr(row: Row) -> bool:
    return any(cell.method == "ocr" for cell in row.filled())


def _row_marks(ctx: Context, i: int, area: str) -> tuple[str, ...]:
    """What a list's row holds beside the area's name: the words before the
    name in its cell, and the row's other cells."""
    expected = frozenset().union(*(name_words(n) for a in ctx.scheme.priority_areas if a.id == area
                                   for n in (a.label_nb, a.label_nn)))
    marks = []
    for cell in ctx.rows[i].filled():
        if cell_area(cell.text, ctx.scheme) != area:
            marks.append(fold(cell.text).strip())
            continue
        folded = fold(cell.text)
        first = min((m.start() for m in _WORD.finditer(folded) if m.group() in expected), default=0)
        marks.append(folded[:first].strip())
    return tuple(marks)


def _marked_after_leader(cell: Span, area: str, scheme: Scheme) -> bool:
    """The area's name led by dots or a colon to its mark on the same line
    ("Sikring av sårbare overganger . . . . Ja", "… ........ X"): forms that
    set each area with its answer on one line, as a typewriter form does."""
    head, sep, tail = split_label(cell.text)
    return bool(sep) and cell_area(head, scheme) == area and is_mark(tail.strip(" ."))


def _opening_marks(ctx: Context, rows: dict[int, str]) -> dict[str, Evidence]:
    """The areas whose own cell opens with a typed mark ("X Sikring av
    sårbare overganger"), the list's other rows unmarked or opened by a
    dash ("– Bruk av ordinært arbeidsliv"): forms without boxes or a mark
    column, where the office types a letter before the chosen areas. Only
    a mark that is a word of its own before the name counts."""
    marked: dict[str, Evidence] = {}
    for i, area in rows.items():
        cell = next(c for c in ctx.rows[i].filled() if cell_area(c.text, ctx.scheme) == area)
        is_marked, rest = opening_mark(cell.text)
        if is_marked and cell_area(rest, ctx.scheme) == area:
            marked.setdefault(area, span_evidence(cell, "checkbox", text=ctx.rows[i].text))
    return marked


def _answer_columns(ctx: Context, first: int) -> list[Span]:
    """The "Ja" / "Nei" heads of a grid's answer columns ("Område | Ja |
    Nei"), in the row just above its first area row; none without both."""
    for row in ctx.rows[max(0, first - 2):first][::-1]:
        heads = [c for c in row.filled() if option_answer(c.text) is not None and c.bbox]
        if {option_answer(c.text) for c in heads} == {True, False}:
            return heads
    return []


def _column_answer(cell: Span, row: Row, columns: list[Span]) -> bool | None:
    """Yes or no by the column a mark stands in (an "x" under "Nei" is a
    no): the head nearest it across the page, as a mark is seldom centred
    under a short head; in a table without positions (a Word file), the
    head of the table's column the cell stands in, when the table's first
    row has both a "Ja" and a "Nei" head. None without heads."""
    if cell.bbox is not None and columns:
        middle = (cell.bbox[0] + cell.bbox[2]) / 2
        nearest = min(columns, key=lambda head: abs((head.bbox[0] + head.bbox[2]) / 2 - middle))
        return option_answer(nearest.text)
    heads = [option_answer(text) for text in row.header]
    if cell.bbox is None and len(row.header) == len(row.cells) and {True, False} <= set(heads):
        return heads[next(i for i, c in enumerate(row.cells) if c is cell)]
    return None


BLOCK = re.compile(r"[^\n]+(?:\n(?=[a-zæøå(])[^\n]+)*")
"""A paragraph, its wrapped lines (those that go on in lower case) joined."""
_LIST_SHARE = 0.8
"""Share of a paragraph's words that are words of the areas' names when it
is the announcement's list of them rather than a sentence about them."""


def blank_printed_lists(text: str, scheme: Scheme) -> str:
    """``text`` with every paragraph blanked that prints all the areas
    ("Prioriterte områder: Bruk av ordinært arbeidsliv. Oppfølging av …"),
    as the directorate's form repeats the announcement."""
    names = [[name_words(n) for n in (a.label_nb, a.label_nn)] for a in scheme.priority_areas]
    vocabulary_of_names = set().union(*(w for pair in names for w in pair)) if names else set()
    printed = []
    for block in BLOCK.finditer(text):
        words = name_words(block.group(0))
        named = sum(any(n and n <= words for n in pair) for pair in names)
        if names and named >= min(len(names), 3) and len(words & vocabulary_of_names) >= _LIST_SHARE * len(words):
            printed.append(block.span())
    return blank_spans(text, printed)


SENTENCE = re.compile(r"[^.!?\n]+(?:\n(?=[a-zæøå(])[^.!?\n]+)*[.!?]?")
"""A sentence, over the line breaks inside its paragraph."""


def blank_call_quotes(text: str) -> str:
    """``text`` with every sentence blanked that tells what the call
    prioritises rather than what the project does ("Utlysningen prioriterer
    bruk av ordinært arbeidsliv, …"; vocabulary ``areas.call_sentences``)
    and names neither the project nor the office (``areas.call_quotes.own``):
    the announcement's areas quoted in a letter are no choice."""
    words = area_words()
    quoted = [sentence.span() for sentence in SENTENCE.finditer(text)
              if words.call_sentence.search(folded := fold(sentence.group(0))) and not words.own.search(folded)]
    return blank_spans(text, quoted)
