"""Examples and instructions inside a line are never the office's answer.

Forms and letter templates carry the announcement's worked examples beside
each answer: after a marker ("f.eks. 50 % stilling", "t.d. Ola Nordmann",
"Eksempel: kr 400 000"), in the bracket such a marker opens ("Lønn og sosiale
kostnader (eksempel: kr 400 000): kr 590 000"), in a template's bracket left
unfilled ("[Namn og e-post til kontaktperson …]"), in a Word placeholder
("Skriv tittelen her"), in a table column headed as the example or the
guidance ("Eksempel (rettleiing)"), and in a section headed as a filled
example ("Døme på utfylt skjema"). Whole lines of the form are taken out by
``form_text``; this module finds such spans *inside* lines, so every
extractor reads the lines with them blanked and no extractor needs to know.

Precision: a marker outside brackets in the office's prose ("tiltak, f.eks.
jobbklubb, og …") takes only its own clause, never the sentence around it.
The words are data (``schemas/vocabulary/form_text.toml``: ``example_markers``,
``example_not_after``, ``placeholders``, ``example_columns``,
``example_sections``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from soknad_extract.layout import Line, Table, Word
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, Wordings

_BRACKET = re.compile(r"\(([^()\n]*(?:\n[^()\n]*)?)\)|\[([^\[\]\n]*(?:\n[^\[\]\n]*)?)\]|<([^<>\n]*)>")
"""A bracket group that may wrap onto one more line (a cell's text wraps)."""
_LINE_START = re.compile(r"(?:^|\n)[\s\-–•*]*$")
"""Only a bullet or a dash before the marker on its line."""
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÆØÅ«\"])|\n|$")
_CLAUSE_END = re.compile(r"[,;]\s|(?<![.\s]):\s|\.\s+(?=[A-ZÆØÅ«\"])|[)\]]|\n|$")
"""Where a marker's clause inside the office's line ends; a colon after its
words ends the label it stands in, and the answer follows ("Stillingsprosent,
f.eks. 50 %: 80 %")."""
_EMPHASIS = ("bold", "heading", "Heading", "Title")


@dataclass(frozen=True)
class ExampleText:
    markers: Wordings
    """Words that mark what follows as an example ("f.eks.", "t.d.")."""
    not_after: Wordings
    """Words after a marker that make it "excluding" ("eks. mva"), no example."""
    bracket_hints: Wordings
    """Words opening a bracket that states a field's limit or format ("maks kr 10 000")."""
    placeholders: re.Pattern[str]
    """A line or bracket that is only one of these is a template left unfilled."""
    columns: re.Pattern[str]
    """A table's first-row cell that heads the example or guidance column."""
    sections: re.Pattern[str]
    """A heading over a filled example ("Døme på utfylt skjema")."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` (lines joined by "\\n") is an example or an
        unfilled template: marked brackets whole, a marker outside brackets
        to the end of its sentence (opening a line) or clause (inside the
        office's prose), and lines that are only a placeholder."""
        found: list[tuple[int, int]] = []
        for group in _BRACKET.finditer(text):
            inner = next(g for g in group.groups() if g is not None)
            if self._marks(inner) or self._placeholder(inner) or self.bracket_hints.match(fold(inner).strip()):
                found.append(group.span())
        for marker in self.markers.finditer(text):
            start = marker.start()
            if any(a <= start < b for a, b in found) or self.not_after.match(fold(text[marker.end():]).lstrip()):
                continue
            ends = _SENTENCE_END if _LINE_START.search(text[:start]) else _CLAUSE_END
            found.append((start, ends.search(text, marker.end()).start()))
        offset = 0
        for line in text.split("\n"):
            end = offset + len(line)
            touching = [(a - offset, b - offset) for a, b in found if a < end and b > offset]
            rest = blanked(line, touching) if touching else line
            if rest.strip() and self._placeholder(rest):
                found.append((offset, offset + len(line)))
            offset += len(line) + 1
        return found

    def _marks(self, inner: str) -> bool:
        return any(not self.not_after.match(fold(inner[m.end():]).lstrip()) for m in self.markers.finditer(inner))

    def _placeholder(self, text: str) -> bool:
        return bool(self.placeholders.fullmatch(" ".join(fold(text).split()).strip(" .:…")))

    def example_column(self, table: Table) -> int | None:
        """The column of ``table`` headed as the example or the guidance
        beside the office's answers; None when no first-row cell heads one or
        every cell does (then nothing tells the answers apart), and in a table
        of fewer than three columns: there a column beside the labels is the
        answers' own, and a first row answering "Veiledning" is an answer."""
        if not table.rows or len(table.rows[0]) < 3:
            return None
        headed = [k for k, cell in enumerate(table.rows[0])
                  if self.columns.fullmatch(" ".join(re.sub(r"[()\[\]]", " ", fold(cell.text)).split()))]
        return headed[0] if len(headed) == 1 else None

    def heads_section(self, line: Line) -> bool:
        """``line`` is a heading over a filled example or the form's guidance."""
        if not emphasised(line):
            return False
        text = " ".join(re.sub(r"[()\[\]]", " ", fold(line.text)).split()).rstrip(":")
        return bool(self.sections.fullmatch(text))


def emphasised(line: Line) -> bool:
    """The line is set as a heading or in bold: it opens or ends a section."""
    return (line.style or "").startswith(_EMPHASIS)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces: what is left
    outside them (a line is wholly the form's when nothing but spaces is
    left). Spans are cut to the text, so spans found over several joined
    lines can be given to each line shifted by its offset."""
    chars = list(text)
    for start, end in spans:
        start, end = max(start, 0), min(end, len(text))
        if start < end:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def without_examples(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` taken out and the spaces they leave closed up."""
    left = re.sub(r"\s+([:;,.])", r"\1", " ".join(blanked(text, spans).split()))
    return re.sub(r"[,;]\s*(?=[,;.:])", "", left)


def examples_out(lines: Sequence[Line], tables: Sequence[Table], kept: list[int],
                 examples: ExampleText) -> tuple[list[int], dict[int, Line]]:
    """Of the page's ``kept`` line indices, those that are not wholly an
    example (in an example column, under a filled example's heading, or
    nothing left once their example spans are out), and the lines that
    keep their answer with the example spans taken out, by index. Spans
    are found over runs of lines in one cell (or outside tables), so a
    bracket a cell wraps is found whole."""
    columns = {k: examples.example_column(table) for k, table in enumerate(tables)}
    left = [k for k in kept if not _in_column(lines[k], columns)]
    under = _sections(lines, examples)
    left = [k for k in left if k not in under]
    rewritten: dict[int, Line] = {}
    gone: set[int] = set()
    for run in _runs(lines, left):
        texts = [lines[k].text for k in run]
        joined = "\n".join(texts)
        spans = examples.spans(joined)
        offset = 0
        for k, text in zip(run, texts):
            local = [(a - offset, b - offset) for a, b in spans if a < offset + len(text) and b > offset]
            offset += len(text) + 1
            if not local:
                continue
            new = without_examples(text, local)
            if not new:
                gone.add(k)
            elif new != " ".join(text.split()):
                rewritten[k] = replace(lines[k], text=new, words=_words_left(lines[k], local))
    return [k for k in left if k not in gone], rewritten


def _in_column(line: Line, columns: dict[int, int | None]) -> bool:
    cell = line.table_cell
    return cell is not None and columns.get(cell[0]) is not None and columns.get(cell[0]) == cell[2]


def _sections(lines: Sequence[Line], examples: ExampleText) -> set[int]:
    """Indices of a filled example's or a guidance box's heading and the
    lines under it, to the next emphasised line or table cell (the form's
    questions and answers)."""
    found: set[int] = set()
    inside = False
    for k, line in enumerate(lines):
        if examples.heads_section(line):
            inside = True
        elif emphasised(line) or line.table_cell is not None:
            inside = False
        if inside:
            found.add(k)
    return found


def _runs(lines: Sequence[Line], indices: list[int]) -> list[list[int]]:
    """``indices`` cut into runs of neighbours in one table cell (or none)."""
    runs: list[list[int]] = []
    for k in indices:
        if runs and runs[-1][-1] == k - 1 and lines[runs[-1][-1]].table_cell == lines[k].table_cell:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _words_left(line: Line, spans: list[tuple[int, int]]) -> list[Word]:
    """The line's words outside ``spans``, found in its text in order."""
    kept: list[Word] = []
    at = 0
    for word in line.words:
        found = line.text.find(word.text, at)
        if found < 0:
            kept.append(word)
            continue
        at = found + len(word.text)
        if not any(a <= found < b for a, b in spans):
            kept.append(word)
    return kept


def load_examples(entry: Entry) -> ExampleText:
    """The example wordings of the form's text (``entry``: its vocabulary file, read by ``form_text``)."""
    flags = re.IGNORECASE | re.MULTILINE
    return ExampleText(
        markers=entry.table("example_markers").wordings(flags),
        not_after=entry.table("example_not_after").wordings(),
        bracket_hints=entry.table("bracket_hints").wordings(),
        placeholders=_full(entry.table("placeholders").wordings()),
        columns=_full(entry.table("example_columns").wordings()),
        sections=_full(entry.table("example_sections").wordings()),
    )


def _full(words: Wordings) -> re.Pattern[str]:
    """``words`` for ``fullmatch``: the whole text is one of them."""
    return re.compile(f"(?:{words.pattern})")
