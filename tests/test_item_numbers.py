"""Numbered-question forms: a narrow column of item numbers ("1", "1.1",
"3.2") before the question column, the answer in the third, in Word tables,
ruled or unruled PDF tables and PDF lines (``layout.item_numbers``). The
number belongs to its question: never a value, an amount or the answer to
the section row above it. Documents built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.layout import Cell
from soknad_extract.layout.item_numbers import join_item_column, numbered_column
from soknad_extract.layout.rows import build_rows
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEADING = "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020"
FORM = [
    ("1", "Søker", ""),
    ("1.1", "Navn på Nav-kontoret", "Nav Fjellby"),
    ("1.2", "Kommune", "Fjellby"),
    ("2", "Prosjektet", ""),
    ("2.1", "Prosjektets navn", "Arbeid først"),
    ("2.2", "Oppstart", "01.04.2020"),
    ("3", "Økonomi", ""),
    ("3.1", "Lønn inkl. sosiale utgifter", "kr 300 000"),
    ("3.2", "Kompetansetiltak", "kr 10 000"),
    ("3.3", "Totalt omsøkt beløp", "kr 310 000"),
]


def _values(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {key: values.get(key) for key in ("project.title", "office.municipality", "amounts.positions",
                                             "amounts.competence", "amounts.other", "amounts.total")}


EXPECTED = {"project.title": "Arbeid først", "office.municipality": "Fjellby", "amounts.positions": 300000,
            "amounts.competence": 10000, "amounts.other": None, "amounts.total": 310000}


def test_a_word_table_with_a_number_column():
    doc = word_doc(HEADING, tables=[[list(row) for row in FORM]])
    assert _values(doc) == EXPECTED


def test_pdf_lines_with_the_number_apart_from_the_question():
    doc = pdf_doc([[(HEADING, 50)]] + [[(text, x) for text, x in zip(row, (50, 85, 300)) if text] for row in FORM])
    assert _values(doc) == EXPECTED


def test_an_unruled_pdf_form(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "form.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 13)
    page.drawString(50, A4[1] - 50, HEADING)
    page.setFont("Helvetica", 10)
    for index, row in enumerate(FORM):
        for text, x in zip(row, (50, 85, 300)):
            page.drawString(x, A4[1] - 90 - index * 16, text)
    page.save()
    assert _values(read_document(path)) == EXPECTED


def test_an_answered_item_drops_its_number_and_a_section_row_keeps_it_as_a_heading():
    rows = [[c.text for c in row.cells] for row in build_rows(word_doc(tables=[[list(row) for row in FORM]]))]
    assert rows[:2] == [["1 Søker", ""], ["Navn på Nav-kontoret", "Nav Fjellby"]]
    joined = join_item_column([[Cell("Nr."), Cell("Spørsmål"), Cell("Svar")],
                               *[[Cell(text) for text in row] for row in FORM]])
    assert [c.text for c in joined[0]] == ["Spørsmål", "Svar"]
    assert [c.text for c in joined[2]] == ["Navn på Nav-kontoret", "Nav Fjellby"]


def test_a_numbered_budget_table():
    """ "Nr. | Post | Beløp": the numbers are no amounts, and "3 | Sum" is the sum."""
    table = [["Nr.", "Post", "Beløp"], ["1", "Lønn jobbkonsulent 100 %", "600 000"],
             ["2", "Kompetansetiltak", "10 000"], ["3", "Sum", "610 000"]]
    values = extract(word_doc(HEADING, "Prosjektets navn: Arbeid først", tables=[table]), S2020).draft.values
    assert (values.get("amounts.positions"), values.get("amounts.competence"), values.get("amounts.other"),
            values.get("amounts.total")) == (600000, 10000, None, 610000)
    assert [p["title"] for p in values.get("positions")] == ["jobbkonsulent"]


def test_a_spreadsheet_printout_numbers_every_row_and_its_sum_is_a_sum():
    """A budget printed from a spreadsheet: column letters above, a row
    number before every row, empty rows numbered too."""
    table = [["", "A", "B", "C"], ["1", "Budsjett 2020", "", ""], ["2", "Post", "Prosent", "Beløp (kr)"],
             ["3", "Lønn og sosiale kostnader, familieveileder", "50 %", "305 000"],
             ["4", "Lønn og sosiale kostnader, jobbspesialist", "50 %", "305 000"],
             ["5", "Sum lønn og sosiale kostnader", "100 %", "610 000"], ["6", "", "", ""],
             ["7", "Totalt omsøkt", "", "610 000"]]
    values = extract(word_doc(HEADING, "Prosjektets navn: Arbeid først", tables=[table]), S2020).draft.values
    assert (values.get("amounts.positions"), values.get("positions_percent_total"), values.get("amounts.other"),
            values.get("amounts.total")) == (610000, 100.0, None, 610000)


def test_a_column_of_numbers_beside_empty_rows_only_is_no_numbering():
    rows = [[Cell(n), Cell(""), Cell("")] for n in ("1", "2", "3")] + [[Cell("4"), Cell("Sum"), Cell("10")]]
    assert not numbered_column(rows)


@pytest.mark.parametrize("column", [
    ["1", "1", "2"],                 # a count of positions per line
    ["2018", "2019", "2020"],        # years
    ["100", "200", "300"],           # amounts or shares
    ["1", "2"],                      # too few to be a numbering
    ["3", "2", "1"],                 # not rising
    ["1", "Jobbkonsulent", "2"],     # not numbers only
])
def test_other_first_columns_stay_columns(column):
    rows = [[Cell(text), Cell("Jobbkonsulent"), Cell("610 000")] for text in column]
    assert not numbered_column(rows)
    assert join_item_column(rows) is rows


def test_a_count_before_budget_lines_stays_a_cell_of_its_own():
    doc = pdf_doc([[(HEADING, 50)], [("1", 50), ("Jobbkonsulent", 85), ("300 000", 300)],
                   [("1", 50), ("Veileder", 85), ("300 000", 300)], [("2", 50), ("Sum", 85), ("600 000", 300)]])
    assert [row.cells[0].text for row in build_rows(doc)[1:]] == ["1", "1", "2"]


def test_help_under_a_numbered_question_is_no_answer():
    form = [("2", "Prosjektet", ""), ("2.1", "Prosjektets navn\nEksempel: «Ung i jobb»", "Arbeid først"),
            ("2.2", "Oppstart", "01.04.2020"), ("2.3", "Kommune", "Fjellby")]
    doc = word_doc(HEADING, tables=[[list(row) for row in form]])
    assert extract(doc, S2020).draft.values.get("project.title") == "Arbeid først"


@pytest.mark.parametrize("column", [
    ["01.03.20", "15.04.20", "20.06.20"],  # dates
    ["08.30", "09.15", "10.45"],           # times of a programme
    ["0.5", "1.5", "2.5"],                 # decimals
    ["1.1.1.1", "1.1.1.2", "1.1.1.3"],     # deeper than a form numbers
])
def test_dates_times_and_decimals_are_no_item_numbers(column):
    rows = [[Cell(text), Cell("Oppstart av prosjektet"), Cell("Prosjektleder")] for text in column]
    assert not numbered_column(rows)


PLAN = [("01.03.20", "Oppstart av prosjektet", "Prosjektleder"),
        ("15.04.20", "Kartlegging av deltakere", "Jobbkonsulent"),
        ("20.06.20", "Evaluering", "Styringsgruppen")]
PROGRAMME = [("08.30", "Velkommen"), ("09.15", "Innledning"), ("10.45", "Gruppearbeid")]


@pytest.mark.parametrize("table", [PLAN, PROGRAMME])
def test_a_plan_or_programme_keeps_its_dates_and_times(table):
    firsts = [row[0] for row in table]
    word = build_rows(word_doc(HEADING, tables=[[list(row) for row in table]]))
    assert [row.cells[0].text for row in word if row.cells[0].text in firsts] == firsts
    lines = pdf_doc([[(HEADING, 50)]] + [[(text, x) for text, x in zip(row, (50, 110, 330))] for row in table])
    assert [row.cells[0].text for row in build_rows(lines)[1:]] == firsts
