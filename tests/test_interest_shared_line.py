"""Both interest questions on one line, each with its own typed yes/no
boxes ("Nettverk: ☒ Ja ☐ Nei   Ekstern prosessevaluering: ☒ Ja ☐ Nei"),
as a reused or home-made form puts them (adversarial 5): each question takes
the boxes after it, whatever the other's answer. Documents built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.interest_rows import _questions_on_line
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _interest(doc) -> tuple[bool | None, bool | None]:
    values = extract(doc, S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


@pytest.mark.parametrize("line, expected", [
    ("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei      Ekstern prosessevaluering: ☒ Ja ☐ Nei", (True, True)),
    ("Nettverk/klyngesamarbeid: ☐ Ja ☒ Nei      Ekstern prosessevaluering: ☒ Ja ☐ Nei", (False, True)),
    ("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei      Ekstern prosessevaluering: ☐ Ja ☒ Nei", (True, False)),
    ("Ønskjer de nettverk? ☐ Ja ☒ Nei   Ønskjer de prosessevaluering? ☐ Ja ☒ Nei", (False, False)),
])
def test_a_word_line_asking_both_questions(tmp_path, line, expected):
    import docx

    document = docx.Document()
    for text in ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                 "Prosjektnavn: Veien videre", line):
        document.add_paragraph(text)
    path = tmp_path / "form.docx"
    document.save(path)
    assert _interest(read_document(path)) == expected


def test_a_pdf_line_with_the_questions_in_two_columns():
    doc = pdf_doc([[("Prosjektnavn:", 50), ("Veien videre", 250)],
                   [("Nettverk: ☐ Ja ☒ Nei", 50), ("Prosessevaluering: ☒ Ja ☐ Nei", 300)]])
    assert _interest(doc) == (False, True)


def test_a_line_with_one_question_is_left_to_the_single_question_reading():
    assert _questions_on_line("Nettverk: ☒ Ja ☐ Nei") == ()


def test_options_that_are_not_yes_and_no_split_nothing():
    assert _questions_on_line("Status: ☒ Nytt ☐ Videreføring   Nettverk: ☒ Ja ☐ Nei") == ()


@pytest.mark.parametrize("network, evaluation, expected", [
    ("✗ Ja  ☐ Nei", "✗ Ja  ☐ Nei", (True, True)),
    ("☐ Ja  ✗ Nei", "✗ Ja  ☐ Nei", (False, True)),
    ("✗ Ja  ☐ Nei", "☐ Ja  ✘ Nei", (True, False)),
])
def test_word_cells_side_by_side_each_with_its_question_over_its_boxes(tmp_path, network, evaluation, expected):
    """A grid form whose every cell holds a small grey italic label, a line
    break and the answer ("Nettverk/klyngesamarbeid" / "✗ Ja ☐ Nei"), two
    questions to a row, a heading after the table: neither label ends in
    ":" or "?", and each cell answers its own."""
    import docx
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    document.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    table = document.add_table(rows=4, cols=2)
    cells = [("Søkjar (Nav-kontor)", "NAV Voss"), ("Kommune / organisasjonsnummer", "Voss – 974 636 090"),
             ("Namn på prosjektet", "Vegen vidare"), ("Prosjektstart", "1. mai 2020"),
             ("Nytt prosjekt eller vidareføring", "✗ Nytt    ☐ Vidareføring"), ("Stillingar", "Ei stilling, 100 %"),
             ("Nettverk/klyngesamarbeid", network), ("Ekstern prosessevaluering", evaluation)]
    for cell, (label, answer) in zip([c for row in table.rows for c in row.cells], cells):
        run = cell.paragraphs[0].add_run(label)
        run.italic, run.font.size, run.font.color.rgb = True, Pt(8), RGBColor(0x55, 0x55, 0x55)
        cell.paragraphs[0].add_run().add_break()
        cell.paragraphs[0].add_run(answer)
    document.add_paragraph("Prioriterte område (kryss av):")
    path = tmp_path / "rutenett.docx"
    document.save(path)
    assert _interest(read_document(path)) == expected
