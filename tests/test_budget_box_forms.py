"""Budgets read off forms of boxes (tester corpus 77, 75, 76 classes), in
other wordings and layouts than the corpus documents: a label left empty
beside the next label, rows of labels over rows of answers in one grid, a
date answered beside a share and an amount, a count of posts beside a share
in percent, a positions table whose sum row is their subtotal, a list of
years whose last item a scan misread, and the share labels "stillingsheimel"
and "stillingshjemmel"."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.extract.budget.boxes import is_date_cell, says_share
from soknad_extract.extract.budget.lines import table_lines, text_lines
from soknad_extract.extract.budget.years import continues_years
from soknad_extract.layout.rows import Row, Span
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _row(*texts: str, header: list[str] | None = None, in_table: bool = False) -> Row:
    return Row([Span(t, 1, (10.0 * i, 0.0, 10.0 * i + 9, 9.0)) for i, t in enumerate(texts)], 1,
               in_table=in_table, header=header or [])


def _values(tmp_path: Path, rows: list[list[str]], before: list[str] = (), after: list[str] = ()) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    for text in before:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=0, cols=len(rows[0]))
        for values in rows:
            for cell, text in zip(table.add_row().cells, values):
                cell.text = text
    for text in after:
        document.add_paragraph(text)
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


# An empty box's label beside the next label ("Reiser: [ ]  Totalt: 420 000").

def test_an_empty_label_does_not_take_the_next_labels_figure():
    lines = table_lines(_row("Reiser:", "Totalt:", "kr 420 000"))
    assert [(line.category, line.amount) for line in lines] == [("total", 420_000)]


def test_a_label_with_its_own_figure_keeps_it():
    lines = table_lines(_row("Lønn og sosiale utgifter:", "300 000"))
    assert [(line.category, line.amount) for line in lines] == [("positions", 300_000)]


# Rows of labels over rows of answers in one grid.

def test_a_label_row_inside_a_grid_heads_the_answers_under_it(tmp_path):
    got = _values(tmp_path, [["Oppstart", "Stillingsandel", "Lønn inkl. sosiale utgifter (kr)"],
                             ["15. august 2020", "80 %", "480 000"],
                             ["Kompetansemidler (kr)", "Andre kostnader (kr)", "Søknadssum (kr)"],
                             ["20 000", "", "500 000"]])
    assert got["amounts.positions"] == 480_000
    assert got["amounts.competence"] == 20_000
    assert got["amounts.total"] == 500_000
    assert got.get("amounts.other") is None
    assert got["positions"][0]["title"] is None
    assert got["positions_percent_total"] == 80


def test_a_date_is_no_post_name():
    assert is_date_cell("1. april 2020") and is_date_cell("januar 2021") and is_date_cell("01.09.2020")
    assert not is_date_cell("Koordinator fra 1. april 2020") and not is_date_cell("Jobbspesialist")
    lines = table_lines(_row("1. september 2020", "50 %", "310 000",
                             header=["Start", "Stillingsprosent", "Lønn (kr)"], in_table=True))
    assert [(line.category, line.percent, line.amount) for line in lines] == [("positions", 50.0, 310_000)]
    assert "2020" not in lines[0].label


# A count of posts beside a share in percent.

def test_a_share_in_percent_beats_a_count_of_posts_in_a_row():
    lines = table_lines(_row("Miljøterapeut", "Én stilling", "75 prosent", "450 000",
                             header=["Stilling", "Antall stillinger", "Andel", "Lønn"], in_table=True))
    assert [(line.percent, line.amount) for line in lines] == [(75.0, 450_000)]


def test_a_labelled_share_beats_a_labelled_count(tmp_path):
    got = _values(tmp_path, [["Antall stillinger", "Stillingsandel", "Lønn og sosiale utgifter"],
                             ["To stillinger", "150 %", "900 000"]])
    assert got["positions_percent_total"] == 150


def test_says_share():
    assert says_share("60 %") and says_share("40 prosent") and says_share("60", "Stillingsprosent")
    assert not says_share("Ei stilling") and not says_share("1", "Årsverk") and not says_share("2", "Tal på stillingar")


# A positions table's sum row.

def test_a_sum_under_positions_alone_is_their_subtotal(tmp_path):
    got = _values(tmp_path, [["Stilling", "Andel", "Lønn"],
                             ["Miljøterapeut", "50 %", "300 000"],
                             ["Koordinator", "100 %", "600 000"],
                             ["I alt", "150 %", "900 000"]],
                  after=["Kompetansemidler: 15 000 kr"])
    assert got["amounts.positions"] == 900_000
    assert got["amounts.competence"] == 15_000
    assert got["amounts.total"] == 915_000


def test_a_sum_named_as_the_request_stays_the_total(tmp_path):
    got = _values(tmp_path, [["Stilling", "Andel", "Lønn"],
                             ["Koordinator", "100 %", "600 000"],
                             ["Sum omsøkt", "100 %", "600 000"]],
                  after=["Kompetansemidler: 15 000 kr"])
    assert got["amounts.total"] == 600_000


# A list of years.

def test_a_list_of_years_closing_a_sentence_is_no_amount():
    assert text_lines(_row("Tiltaket har fått midlar i 2017, 2018 og 20190.")) == []
    assert text_lines(_row("Kontoret fikk tilskudd både i 2018 eller 20l9 og 2019")) == []
    assert continues_years("Vi har drevet prosjektet i 2018, 2019 og")
    assert not continues_years("Tilskot 2019 og 2020 –") and not continues_years("Lønn 2020,")


# Share labels.

def test_stillingsheimel_and_stillingshjemmel_label_a_share(tmp_path):
    got = _values(tmp_path, [["Stillingsheimlar (%)", "150"], ["Løn og sosiale kostnader", "915 000"]])
    assert got["positions_percent_total"] == 150
    got = _values(tmp_path, [["Omsøkt stillingshjemmel", "En halv stillingshjemmel (50 %)"],
                             ["Lønn og sosiale utgifter", "305 000"]])
    assert got["positions_percent_total"] == 50


def test_a_positions_sum_yields_to_a_labelled_request_beside_it(tmp_path):
    got = _values(tmp_path, [["Stilling", "Stillingsandel", "Lønn og sosiale kostnader"],
                             ["Jobbspesialist", "100 %", "600 000"],
                             ["Veileder", "50 %", "300 000"],
                             ["Sum", "150 %", "900 000"],
                             ["Kompetanse (kr)", "Andre kostnader (kr)", "Totalt søkt (kr)"],
                             ["20 000", "", "920 000"]])
    assert got["amounts.positions"] == 900_000
    assert got["amounts.total"] == 920_000
    assert got.get("amounts.other") is None

