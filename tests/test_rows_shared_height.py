"""Lines on one row whose tops differ by more than the tolerance: a scan's
OCR boxes a label with a capital and a descender ("Kontaktperson") taller
than a short label beside it ("Tlf."), and a value written by hand sits a
little higher or lower than the printed label or value beside it. Most of
the shorter line's height inside the taller's puts them on one row; lines
stacked one under the other stay rows of their own. Built here."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract import extract
from soknad_extract.layout import Line
from soknad_extract.layout.rows import build_rows
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_pages


def _line(text: str, x: float, top: float, bottom: float) -> Line:
    line = pdf_line(text, 1, x, top)
    return replace(line, bbox=(line.bbox[0], top, line.bbox[2], bottom))


def _form(labels: list[Line], answers: list[Line]):
    head = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60)]
    return pdf_pages(ocr_page(1, head + labels + answers))


def _texts(doc) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in build_rows(doc)]


def test_a_short_label_inside_a_tall_ones_height_shares_its_row() -> None:
    doc = _form([_line("E-post", 60, 204, 211), _line("Telefon", 240, 205, 212), _line("Kontaktperson", 400, 200, 214)],
                [_line("ola.berg@nav.no", 60, 220, 232), _line("412 26 308", 240, 220, 232),
                 _line("Ola Berg", 400, 220, 232)])
    assert ["E-post", "Telefon", "Kontaktperson"] in _texts(doc)


def test_a_handwritten_value_set_lower_than_its_neighbours_shares_their_row() -> None:
    doc = _form([_line("Kontaktperson", 60, 200, 208), _line("Telefon", 300, 200, 208)],
                [_line("Ola Berg", 60, 215, 236), _line("412 26 308", 300, 220, 231)])
    assert ["Ola Berg", "412 26 308"] in _texts(doc)
    values = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert values["contact.name"] == "Ola Berg"


def test_lines_stacked_close_stay_rows_of_their_own() -> None:
    doc = _form([_line("Kontaktperson", 60, 200, 210)], [_line("Ola Berg", 60, 207, 221)])
    assert _texts(doc)[-2:] == [["Kontaktperson"], ["Ola Berg"]]
