"""A table cell that answers with its options inline, boxes and names
running on one after the other and wrapped over several lines (a Word form
exported to PDF): each box keeps its whole label, across the line breaks."""

from __future__ import annotations

from soknad_extract.layout import Line
from soknad_extract.layout.model import Word
from soknad_extract.readers.pdf.glyphs import glyph_boxes
from soknad_extract.readers.pdf.labels import PageLabels

CHAR = 5.5
"""Width of a character in these built lines."""


def _line(text: str, x: float, top: float, cell: tuple[int, int, int] | None) -> Line:
    words, left = [], x
    for token in text.split():
        words.append(Word(token, (left, top, left + CHAR * len(token), top + 11)))
        left += CHAR * (len(token) + 1)
    return Line(text, 1, (x, top, words[-1].bbox[2], top + 11), words, table_cell=cell)


def _cell_lines(texts: list[str], cell: tuple[int, int, int] | None = (0, 4, 1)) -> list[Line]:
    lines = [_line("Hvilke områder gjelder prosjektet", 60, 300, (0, 4, 0) if cell else None)]
    lines += [_line(text, 300, 300 + 13 * i, cell) for i, text in enumerate(texts)]
    return lines


def _read(lines: list[Line]) -> list[tuple[str | None, bool]]:
    return [(f.label, f.checked) for f in glyph_boxes(lines, 1, PageLabels(lines), [])]


def test_options_wrapped_inline_in_one_cell_keep_their_labels() -> None:
    lines = _cell_lines(["☐ Sikring av sårbare overganger ☒", "Oppfølging av barnefamilier, ungdom",
                         "og innvandrere ☒ Bruk av ordinært", "arbeidsliv"])
    assert _read(lines) == [("Sikring av sårbare overganger", False),
                            ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                            ("Bruk av ordinært arbeidsliv", True)]


def test_a_comment_under_short_options_is_no_part_of_them() -> None:
    lines = _cell_lines(["☒ Ja ☐ Nei", "Vi ønsker å delta i nettverket for kontorene i fylket vårt"])
    assert _read(lines) == [("Ja", True), ("Nei", False)]


def test_one_option_a_line_in_a_cell_reads_as_before() -> None:
    lines = _cell_lines(["☒ Bruk av ordinært arbeidsliv", "☐ Sikring av sårbare overganger"])
    assert _read(lines) == [("Bruk av ordinært arbeidsliv", True), ("Sikring av sårbare overganger", False)]


def test_a_short_note_under_the_widest_options_line_is_no_part_of_them() -> None:
    lines = _cell_lines(["☒ Ja ☐ Nei", "Se vedlegg"])
    lines.append(_line("Kari Moe, rådgiver ved kontoret, kari.moe@nav.no", 300, 400, (0, 5, 1)))
    assert _read(lines) == [("Ja", True), ("Nei", False)]
