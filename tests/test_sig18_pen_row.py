"""A ruled signature table that gives the pen a row of its own (captions on top, an empty
row for the ink, then names and "Stad/dato: …"): the caption is the signer's title. Built here."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Line
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


# --- a ruled signature table with a row for the pen -------------------------------------------

def _cell(text: str, x: float, top: float, row: int, col: int, table: int = 1) -> Line:
    return replace(pdf_line(text, 1, x, top), table_cell=(table, row, col))


def _pen_row_table(between: str | None = None):
    lines = [pdf_line(HEAD, 1, 90, 71),
             _cell("Prosjekttittel", 90, 200, 0, 0, table=0), _cell("Arbeid for unge", 306, 200, 0, 1, table=0),
             _cell("Nav-leiar", 90, 531, 0, 0), _cell("Kommunedirektør", 306, 531, 0, 1),
             _cell("Oddvar Rise", 90, 571, 2, 0), _cell("Sølvi Aarflot", 306, 571, 2, 1),
             _cell("Stad/dato: Volda 27.01.2020", 90, 584, 3, 0),
             _cell("Stad/dato: Volda 28.01.2020", 306, 584, 3, 1)]
    if between:
        lines.append(_cell(between, 90, 545, 1, 0))
    images = [replace(ink(1, (99.0, 542.0, 206.0, 569.0), seed=4), table_cell=(1, 1, 0)),
              replace(ink(1, (315.0, 542.0, 422.0, 569.0), seed=5), table_cell=(1, 1, 1))]
    return pdf_pages(pdf_page(1, lines, images))


def test_caption_over_the_pen_row_is_the_signers_title() -> None:
    assert _signers(_pen_row_table()) == [
        ("nav_leader", "handwritten", "Oddvar Rise", "Nav-leiar", "2020-01-27"),
        ("municipality", "handwritten", "Sølvi Aarflot", "Kommunedirektør", "2020-01-28"),
    ]


def test_text_between_caption_and_name_parts_them() -> None:
    """A row with text in it is no room for the pen: the caption over it is not the name's."""
    found = _signers(_pen_row_table(between="Leiar av Nav-kontoret svarar"))
    assert ("nav_leader", "handwritten", "Oddvar Rise", "Nav-leiar", "2020-01-27") not in found
