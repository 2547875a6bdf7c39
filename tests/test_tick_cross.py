"""Options answered with a tick or a cross: a form that marks every option,
✔ (☑) for the chosen ones and ✘ (☒) for the others, uses the cross as "no"
when a tick stands in the same group (one question, one option list). A
cross alone, the commonest tick of all ("☒ Ja ☐ Nei"), stays a tick
(``layout.glyphs.crosses_as_no``, ``readers.pdf.glyphs``)."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.layout.glyphs import crosses_as_no, find_glyph_boxes
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.fonts import reportlab_fonts

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _labels(text: str) -> list[tuple[str, bool]]:
    return [(b.label, b.checked) for b in find_glyph_boxes(text)]


def test_a_cross_beside_a_tick_is_no() -> None:
    assert crosses_as_no(["☑", "☒"]) == [False, True]
    assert crosses_as_no(["✓", "✗", "✓"]) == [False, True, False]
    assert _labels("Nettverk: ☑ Ja ☒ Nei") == [("Ja", True), ("Nei", False)]
    assert _labels("Evaluering: ✗ Ja ✓ Nei") == [("Ja", False), ("Nei", True)]


def test_a_cross_without_a_tick_stays_a_tick() -> None:
    assert crosses_as_no(["☒", "☐"]) == [False, False]
    assert _labels("Nettverk: ☒ Ja ☐ Nei") == [("Ja", True), ("Nei", False)]
    assert _labels("Ny: ✘ Ja ☐ Nei\nEvaluering: ☐ Ja ✔ Nei") == [
        ("Ja", True), ("Nei", False), ("Ja", False), ("Nei", True)]


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, _ = reportlab_fonts()
    page = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    page.setFont(regular, 12)
    page.drawString(60, height - 60, HEAD)
    page.setFont(regular, 9)
    for index, text in enumerate(["Søkjar: Nav Sauda", *lines]):
        page.drawString(60, height - 90 - index * 13, text)
    page.save()
    return path


def test_a_list_of_ticked_and_crossed_areas_in_a_pdf(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "marks.pdf", [
        "Satsingsområde", "☒ Bruk av ordinært arbeidsliv", "☑ Oppfølging av barnefamiliar, ungdom og innvandrarar",
        "☒ Sikring av sårbare overgangar"])
    got = extract(read_document(path), S2020).draft.values
    assert got["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_a_list_of_crosses_alone_in_a_pdf_are_ticks(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "crosses.pdf", [
        "Satsingsområde", "✘ Bruk av ordinært arbeidsliv", "☐ Oppfølging av barnefamiliar, ungdom og innvandrarar",
        "✘ Sikring av sårbare overgangar"])
    got = extract(read_document(path), S2020).draft.values
    assert got["priority_areas"] == ["ordinaert-arbeidsliv", "saarbare-overganger"]
