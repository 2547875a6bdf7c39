"""Ticks and crosses across the paragraphs and table rows of one option list
in a Word form (``readers.docx.marks``), and a yes/no answer typed before the
statement it answers, "☒ Ja ☐ Nei – Vi ønsker …" (``layout.trailing_question``)."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _boxes(text: str) -> list[tuple[str, bool, str | None]]:
    return [(b.label, b.checked, b.question) for b in find_glyph_boxes(text)]


def test_yes_no_boxes_before_their_statement() -> None:
    statement = "Kontoret ønsker nettverkssamarbeid"
    assert _boxes(f"☐ Ja ☒ Nei — {statement}") == [("Ja", False, statement), ("Nei", True, statement)]
    assert _boxes(f"☑ Ja\t☒ Nei\t{statement}") == [("Ja", True, statement), ("Nei", False, statement)]
    assert _boxes(f"✗ Ja  ✓ Nei    {statement}") == [("Ja", False, statement), ("Nei", True, statement)]


def test_other_options_keep_their_words() -> None:
    assert _boxes("☒ Ja ☐ Nei, men kanskje senere") == [("Ja", True, None), ("Nei, men kanskje senere", False, None)]
    assert _boxes("☒ Nytt tiltak ☐ Videreføring – tredje år") == [
        ("Nytt tiltak", True, None), ("Videreføring – tredje år", False, None)]
    assert _boxes("✔ Nytt tiltak – Videreføring") == [("Nytt tiltak", True, None), ("Videreføring", False, None)]


def _word(path: Path, options: list[str], table_rows: list[tuple[str, str]] | None = None) -> Path:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til sosiale tjenester i Nav 2020")
    document.add_paragraph("Nav-kontor: Nav Vik")
    document.add_paragraph("Satsingsområder tiltaket retter seg mot")
    if table_rows:
        table = document.add_table(rows=0, cols=2)
        for mark, label in table_rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = mark, label
    for option in options:
        document.add_paragraph(option)
    document.save(str(path))
    return path


def _values(path: Path) -> dict[str, object]:
    return extract(read_document(path), S2020).draft.values


def test_crossed_options_one_a_paragraph_beside_ticked_ones(tmp_path: Path) -> None:
    got = _values(_word(tmp_path / "p.docx", [
        "☑ Sikring av sårbare overganger", "☒ Bruk av ordinært arbeidsliv",
        "☒ Oppfølging av barnefamilier, ungdom og innvandrere"]))
    assert got["priority_areas"] == ["saarbare-overganger"]


def test_crossed_options_one_a_table_row_beside_ticked_ones(tmp_path: Path) -> None:
    got = _values(_word(tmp_path / "t.docx", [], [
        ("✗", "Bruk av ordinært arbeidsliv"), ("✓", "Oppfølging av barnefamilier, ungdom og innvandrere"),
        ("✗", "Sikring av sårbare overganger")]))
    assert got["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_crosses_alone_in_a_list_stay_ticks(tmp_path: Path) -> None:
    got = _values(_word(tmp_path / "c.docx", [
        "✘ Sikring av sårbare overganger", "☐ Bruk av ordinært arbeidsliv",
        "✘ Oppfølging av barnefamilier, ungdom og innvandrere"]))
    assert got["priority_areas"] == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_yes_no_before_the_interest_statements(tmp_path: Path) -> None:
    got = _values(_word(tmp_path / "i.docx", [
        "☐ Ja   ☒ Nei   Ønsker å være med i nettverk/klynge",
        "☒ Ja   ☐ Nei   – Ønsker ekstern prosessevaluering"]))
    assert (got.get("interest.network"), got.get("interest.process_evaluation")) == (False, True)


def test_statement_after_single_spaces_opens_with_a_capital() -> None:
    statement = "Ønsker ekstern evaluering"
    assert _boxes(f"☒ Ja ☐ Nei {statement}") == [("Ja", True, statement), ("Nei", False, statement)]


def test_a_remark_on_the_last_option_stays_its_words() -> None:
    assert _boxes("☐ Ja ☒ Nei – ikke i år") == [("Ja", False, None), ("Nei – ikke i år", True, None)]
