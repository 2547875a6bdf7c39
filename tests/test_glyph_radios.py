"""Radio buttons typed or printed as circles: a web form printed by a browser
draws "● Nytt prosjekt ○ Videreføring", and an option list one option a line
("● Arbeidsliv" / "○ Barnefamilier" / "● Overganger"). A filled circle beside
an empty one is a chosen option; filled circles alone are bullets of a list
(``layout.glyphs.radio_lines``, ``readers.pdf.glyphs``)."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.layout.glyphs import find_glyph_boxes, radio_lines
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.fonts import reportlab_fonts

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _labels(text: str) -> list[tuple[str, bool]]:
    return [(b.label, b.checked) for b in find_glyph_boxes(text)]


def test_a_chosen_and_an_empty_circle_on_a_line_are_radio_buttons() -> None:
    assert _labels("Søknaden gjelder ● Nytt prosjekt ○ Videreføring") == [
        ("Nytt prosjekt", True), ("Videreføring", False)]
    assert _labels("Nettverk: ◯ Ja ◉ Nei") == [("Ja", False), ("Nei", True)]


def test_an_option_list_one_circle_a_line_is_radio_buttons() -> None:
    assert _labels("● Bruk av ordinært arbeidsliv\n○ Oppfølging av barnefamilier\n● Sikring av overganger") == [
        ("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier", False),
        ("Sikring av overganger", True)]


def test_a_bulleted_list_is_no_radio_buttons() -> None:
    assert _labels("● Flere i arbeid\n● Bedre samarbeid med skolen\n● Sikring av sårbare overganger") == []
    assert _labels("● Bruk av ordinært arbeidsliv") == []


def test_indented_sub_items_are_no_options_of_the_list_above() -> None:
    assert radio_lines([("● Arbeid", 72.0), ("○ Jobbspesialist", 90.0), ("○ Mentor", 90.0)]) == set()
    assert radio_lines([("● Arbeid", 72.0), ("○ Barnefamilier", 72.5), ("Tekst", 72.0)]) == {0, 1}


def test_typed_sub_items_indented_by_a_tab_or_spaces_are_a_bulleted_list() -> None:
    """Class: a two-level list typed or pasted from Google Docs ("● A" over
    "\t○ a1"): in plain text the indent is counted in characters, and one
    tab or a couple of spaces already make a sub-item."""
    for indent in ("\t", "  ", " "):
        text = f"Tiltak i prosjektet:\n● Arbeidsrettet oppfølging\n{indent}○ individuell jobbstøtte\n" \
               f"{indent}○ nettverk med arbeidsgivere\n● Bolig"
        assert _labels(text) == [], repr(indent)
    assert _labels("Målgruppe:\n\t● Unge\n\t○ Eldre") == [("Unge", True), ("Eldre", False)]


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, _ = reportlab_fonts()
    page = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    page.setFont(regular, 12)
    page.drawString(60, height - 60, HEAD)
    page.setFont(regular, 9)
    for index, text in enumerate(["Søker: Nav Bø", *lines]):
        page.drawString(60, height - 90 - index * 13, text)
    page.save()
    return path


def test_a_printed_web_form_gives_its_chosen_options(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "web.pdf", [
        "Søknaden gjelder ● Nytt prosjekt ○ Videreføring", "Satsingsområder",
        "● Bruk av ordinært arbeidsliv", "○ Oppfølging av barnefamilier, ungdom og innvandrere",
        "● Sikring av sårbare overganger",
        "Interessert i nettverk/klyngesamarbeid: ● Ja ○ Nei",
        "Interessert i ekstern prosessevaluering: ○ Ja ● Nei"])
    got = extract(read_document(path), S2020).draft.values
    assert got["project.kind"] == "new"
    assert got["priority_areas"] == ["ordinaert-arbeidsliv", "saarbare-overganger"]
    assert (got["interest.network"], got["interest.process_evaluation"]) == (True, False)


def test_a_bulleted_list_of_areas_in_a_pdf_ticks_none(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "bullets.pdf", [
        "Tiltaket skal gi:", "● flere brukere i ordinært arbeid", "● bedre oppfølging av barnefamilier"])
    fields = [f for f in read_document(path).fields() if f.kind == "checkbox"]
    assert fields == []
