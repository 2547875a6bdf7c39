"""Marks written AFTER their option (nineteenth held-out corpus's class), on
documents built here: "Nytt prosjekt: ✓     Videreføring: –" in a form cell
and one priority area a line, each closed by "✓" or "–". The mark belongs to
the label before it; the option after it carries its own mark (or none)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("text, ticked, unticked", [
    ("Nytt prosjekt: ✓     Videreføring: –", ["Nytt prosjekt"], []),
    ("Nytt prosjekt: –     Videreføring: ✓", ["Videreføring"], []),
    ("Nytt prosjekt: ☐  Videreføring: ☒", ["Videreføring"], ["Nytt prosjekt"]),
    ("Bruk av ordinært arbeidsliv: ✓", ["Bruk av ordinært arbeidsliv"], []),
    ("Bruk av ordinært arbeidsliv: X", ["Bruk av ordinært arbeidsliv"], []),
    ("Nytt prosjekt: X     Videreføring:", ["Nytt prosjekt"], []),
    ("Nytt prosjekt:     Videreføring: x", ["Videreføring"], []),
    ("Nytt prosjekt ✓     Videreføring –", ["Nytt prosjekt"], []),
    ("Nytt prosjekt –     Videreføring ✓", ["Videreføring"], []),
    ("Oppfølging av barnefamilier – ungdom ✓  Sikring av sårbare overganger –",
     ["Oppfølging av barnefamilier – ungdom"], []),
    ("Oppfølging av barnefamilier – ungdom og innvandrere: ✓", ["Oppfølging av barnefamilier – ungdom og innvandrere"], []),
])
def test_a_mark_after_a_label_belongs_to_that_label(text: str, ticked: list[str], unticked: list[str]):
    boxes = find_glyph_boxes(text)
    assert [b.label for b in boxes if b.checked] == ticked
    assert [b.label for b in boxes if not b.checked] == unticked


@pytest.mark.parametrize("text, labels", [
    ("Nettverk: ☒ Ja ☐ Nei", [("Ja", True), ("Nei", False)]),
    ("☐ Ja ☒ Nei", [("Ja", False), ("Nei", True)]),
    ("Ny ( ) Videreføring (X)", [("Ny", False), ("Videreføring", True)]),
    ("Type søknad:\t☒ Nytt tiltak   ☐ Videreføring – driftsår:",
     [("Nytt tiltak", True), ("Videreføring – driftsår", False)]),
    ("☒ Ja ☐ Nei – ikke aktuelt", [("Ja", True), ("Nei – ikke aktuelt", False)]),
    ("Oppfølging av barnefamilier – ungdom ✓", [("Oppfølging av barnefamilier – ungdom", True)]),
])
def test_boxes_before_their_labels_read_as_before(text: str, labels: list[tuple[str, bool]]):
    assert [(b.label, b.checked) for b in find_glyph_boxes(text)] == labels


def test_the_question_before_the_options_stays_their_question():
    boxes = find_glyph_boxes("Ønsker kontoret å delta i nettverk?  Ja: X   Nei:")
    assert [(b.label, b.checked, b.question) for b in boxes] == [("Ja", True, "Ønsker kontoret å delta i nettverk")]


@pytest.mark.parametrize("text, answer", [
    ("Ja: ✓   Nei: –", True),
    ("Ja ✓   Nei –", True),
    ("Ja –   Nei ✓", False),
    ("Ja: –   Nei: ✓", False),
    ("Ja   Nei: ✓", False),
    ("Ja   Nei ✓", False),
])
def test_yes_no_marks_after_the_label_agree_with_a_lone_closing_tick(text: str, answer: bool):
    assert written_answer(text) is answer


def _word_form(tmp_path, areas: tuple[str, ...], kind: str, network: str = ""):
    """A Word form: the project's kind in a two-cell table row, one priority area a paragraph."""
    import docx

    document = docx.Document()
    for text in ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                 "Søkende Nav-kontor: Nav Fjellby"):
        document.add_paragraph(text)
    table = document.add_table(rows=2, cols=2)
    for row, (label, answer) in zip(table.rows, (("Prosjektets navn", "Veien videre"), ("Type søknad", kind))):
        row.cells[0].text, row.cells[1].text = label, answer
    document.add_paragraph("Hvilke prioriterte områder retter prosjektet seg mot?")
    for text in (*areas, network):
        document.add_paragraph(text)
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


def test_word_form_with_ticks_and_dashes_after_the_options(tmp_path):
    values = _word_form(tmp_path, ("Bruk av ordinært arbeidsliv: –",
                                   "Oppfølging av barnefamilier, ungdom og innvandrere: ✓",
                                   "Sikring av sårbare overganger: ✓"),
                        "Nytt prosjekt: –     Videreføring: ✓")
    assert values["priority_areas"] == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
    assert values["project.kind"] == "continuation"


def test_word_form_new_project_ticked_first(tmp_path):
    values = _word_form(tmp_path, ("Bruk av ordinært arbeidsliv: ✓",
                                   "Oppfølging av barnefamilier, ungdom og innvandrere: –",
                                   "Sikring av sårbare overganger: –"),
                        "Nytt prosjekt: ✓     Videreføring: –")
    assert values["priority_areas"] == ["ordinaert-arbeidsliv"]
    assert values["project.kind"] == "new"


@pytest.mark.parametrize("kind, areas, network, expected", [
    ("Nytt prosjekt: X     Videreføring:", ("Bruk av ordinært arbeidsliv: X", "Sikring av sårbare overganger:"),
     "Ønsker kontoret å delta i nettverk/klyngesamarbeid?  Ja: X   Nei:", ("new", ["ordinaert-arbeidsliv"], True)),
    ("Nytt prosjekt ✓     Videreføring –", ("Bruk av ordinært arbeidsliv –", "Sikring av sårbare overganger ✓"),
     "Ønsker kontoret å delta i nettverk/klyngesamarbeid?  Ja ✓   Nei –", ("new", ["saarbare-overganger"], True)),
    ("Nytt prosjekt: –     Videreføring: ✓", ("Bruk av ordinært arbeidsliv: ✓", "Sikring av sårbare overganger: –"),
     "Ønsker kontoret å delta i nettverk/klyngesamarbeid?  Ja: –   Nei: ✓",
     ("continuation", ["ordinaert-arbeidsliv"], False)),
])
def test_word_form_marks_after_options_in_all_spellings(tmp_path, kind, areas, network, expected):
    values = _word_form(tmp_path, areas, kind, network)
    assert (values["project.kind"], values["priority_areas"], values["interest.network"]) == expected


def test_pdf_letter_with_marks_after_the_options(tmp_path):
    from tests.builders.pdf_letter import Letter

    letter = Letter()
    letter.b("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    letter.p("Søkende Nav-kontor: Nav Fjellby")
    letter.p("Type søknad")
    letter.p("Nytt prosjekt: ✓ Videreføring: –")
    letter.p("Hvilke prioriterte områder retter prosjektet seg mot?")
    for text in ("Bruk av ordinært arbeidsliv: –", "Oppfølging av barnefamilier, ungdom og innvandrere: ✓",
                 "Sikring av sårbare overganger: –"):
        letter.p(text)
    values = extract(read_document(letter.save(tmp_path / "form.pdf")), S2020).draft.values
    assert values["project.kind"] == "new"
    assert values["priority_areas"] == ["barnefamilier-ungdom-innvandrere"]


def test_an_answer_and_a_later_label_are_no_option_list():
    """"Kontaktperson:  Kari Moen   Telefon: X": the name is the first
    label's answer, so no box labelled "Kari Moen   Telefon" (reviewer's case)."""
    from soknad_extract.layout.glyphs import find_glyph_boxes

    assert [b.label for b in find_glyph_boxes("Kontaktperson:  Kari Moen   Telefon: X")] == []
