"""Typed check boxes on a line that ends with a box while the first box opens
the answer right after the question ("Satsingsområder: ☒ A ☒ B ☐" over "C"):
a word processor wrapped the last option's label onto the next line, so each
box's label follows it (``layout.glyphs``), in Word text and on a PDF page
(``readers.pdf.glyphs``)."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.fonts import reportlab_fonts

S2020 = get_scheme("nav-sosiale-tjenester-2020")
AREAS = ("Satsingsområder: ☐ Bruk av ordinært arbeidsliv ☒ Sikring av sårbare overganger ☐",
         "Oppfølging av barnefamilier, ungdom og innvandrere")


def _labels(text: str) -> list[tuple[str, bool]]:
    return [(b.label, b.checked) for b in find_glyph_boxes(text)]


def test_the_last_label_wrapped_to_the_next_line() -> None:
    assert _labels("\n".join(AREAS)) == [
        ("Bruk av ordinært arbeidsliv", False), ("Sikring av sårbare overganger", True),
        ("Oppfølging av barnefamilier, ungdom og innvandrere", False)]


def test_boxes_closing_their_labels_are_read_as_before() -> None:
    assert _labels("Ny ( ) Videreføring (X)") == [("Ny", False), ("Videreføring", True)]
    assert _labels("Ja ☐ Nei ☒") == [("Ja", False), ("Nei", True)]
    assert _labels("Satsing: ☐ ☒") == [("", False), ("", True)]


def test_a_question_on_the_next_line_is_no_wrapped_label() -> None:
    assert _labels("Type: ☒ Nytt ☐\nBudsjett:") == [("Nytt", True), ("", False)]


def test_a_pdf_line_ending_with_a_box_ticks_the_options_after_their_boxes(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, _ = reportlab_fonts()
    path = tmp_path / "areas.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    page.setFont(regular, 12)
    page.drawString(60, height - 60, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020")
    page.setFont(regular, 9)
    page.drawString(60, height - 90, "Søker: Nav Bø")
    for index, text in enumerate(AREAS):
        page.drawString(60, height - 120 - index * 13, text)
    page.save()
    got = extract(read_document(path), S2020).draft.values
    assert got["priority_areas"] == ["saarbare-overganger"]
