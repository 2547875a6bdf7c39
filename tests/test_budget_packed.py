"""Budgets packed tighter than one post per row, on Word documents built
here: label and amount pairs side by side in one row, an amount with its
breakdown in brackets, positions one a line in an answer cell, and budget
lines one a line in a cell (an amount wrapped onto a line of its own)."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _docx(tmp_path: Path, rows: list[list[str]]) -> Path:
    """A form of one table, with the office's rows above the budget's."""
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    width = max(len(row) for row in rows)
    table = document.add_table(rows=0, cols=width)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return path


def _values(tmp_path: Path, rows: list[list[str]]) -> dict:
    return extract(read_document(_docx(tmp_path, rows)), S2020).draft.values


_HEAD = [["Nav-kontor", "NAV Fjordby", "Org.nr.", "974209608"],
         ["Kontaktperson", "Kari Nordmann", "Telefon", "61 28 90 00"]]


def test_label_amount_pairs_in_one_row_give_a_line_each(tmp_path):
    got = _values(tmp_path, _HEAD + [
        ["Lønn og sosiale utgifter", "720 000 (500 000 + 220 000)", "Kompetanse", "8 000"],
        ["Sum omsøkt", "728 000", "", ""],
    ])
    assert got["amounts.positions"] == 720_000
    assert got["amounts.competence"] == 8_000
    assert got["amounts.total"] == 728_000


def test_pairs_without_breakdown(tmp_path):
    got = _values(tmp_path, _HEAD + [["Lønn og sosiale utgifter", "kr 600 000", "Kompetanse", "kr 12 000"]])
    assert got["amounts.positions"] == 600_000
    assert got["amounts.competence"] == 12_000


def test_bracket_that_does_not_add_up_is_not_read_as_the_amount(tmp_path):
    for note in ("720 000 (herav 220 000 fra kommunen)", "720 000 (500 000 + 200 000)"):
        got = _values(tmp_path, _HEAD + [["Lønn og sosiale utgifter", note, "Kompetanse", "8 000"]])
        assert got.get("amounts.positions") not in (8_000, 200_000, 220_000, 500_000)
        assert got.get("amounts.competence") in (None, 8_000)


def test_positions_one_a_line_in_an_answer_cell(tmp_path):
    got = _values(tmp_path, _HEAD + [
        ["Stillinger", "Veileder 80 %\nMiljøterapeut 60 %", "Sum stillingsandel", "140 %"],
    ])
    assert [(p["title"], p["percent"]) for p in got["positions"]] == [("Veileder", 80.0), ("Miljøterapeut", 60.0)]
    assert got["positions_percent_total"] == 140.0


def test_answer_cell_with_a_line_that_is_no_position_stays_one_answer(tmp_path):
    got = _values(tmp_path, _HEAD + [["Stillinger", "Veileder 80 %\nse vedlagt plan", "", ""]])
    assert [p["percent"] for p in got["positions"]] == [80.0]


def test_budget_lines_one_a_line_in_a_cell(tmp_path):
    got = _values(tmp_path, _HEAD + [
        ["Budsjett\nLønn og sosiale utgifter: NOK 700\n000\nKompetanse: NOK 14 000\nTotalt: NOK 714 000",
         "Interesse\nNettverk: nei"],
    ])
    assert got["amounts.positions"] == 700_000
    assert got["amounts.competence"] == 14_000
    assert got["amounts.total"] == 714_000


def test_cell_with_a_line_that_is_no_budget_line_is_not_read_line_by_line(tmp_path):
    got = _values(tmp_path, _HEAD + [
        ["Budsjett\nLønn og sosiale utgifter: NOK 700 000\nKompetanse: NOK 14 000\nse vedlagt budsjett",
         "Interesse\nNettverk: nei"],
    ])
    assert got.get("amounts.competence") is None


def test_breakdown_with_named_parts(tmp_path):
    got = _values(tmp_path, _HEAD + [
        ["Lønn og sosiale utgifter", "kr 720 000 (kr 500 000 lønn + kr 220 000 sosiale utgifter)", "Kompetanse",
         "kr 8 000"],
    ])
    assert got["amounts.positions"] == 720_000
    assert got["amounts.competence"] == 8_000


def test_budget_lines_whose_label_and_amount_wrapped(tmp_path):
    got = _values(tmp_path, _HEAD + [
        ["Budsjett\nLønn og sosiale\nutgifter: kr\n640 000\nKompetanse:\nkr 16 000\nSum: kr 656 000",
         "Interesse\nNettverk: nei"],
    ])
    assert got["amounts.positions"] == 640_000
    assert got["amounts.competence"] == 16_000
    assert got["amounts.total"] == 656_000


def _ruled_pdf(path: Path, rows: list[list[str]]) -> Path:
    """A ruled PDF table whose cells hold several lines each (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    style = getSampleStyleSheet()["Normal"]
    cells = [[Paragraph(text.replace("\n", "<br/>"), style) for text in row] for row in rows]
    table = Table(cells, colWidths=[230, 230], style=[("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                                      ("VALIGN", (0, 0), (-1, -1), "TOP")])
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", style), table])
    return path


def test_budget_lines_one_a_line_in_a_pdf_table_cell(tmp_path):
    path = _ruled_pdf(tmp_path / "form.pdf", [
        ["Søker\nNAV Fjordby", "Org.nr.\n974209608"],
        ["Budsjett\nLønn og sosiale utgifter: NOK 700\n000\nKompetanse: NOK 14 000\nTotalt: NOK 714 000",
         "Interesse\nNettverk: nei"],
    ])
    got = extract(read_document(path), S2020).draft.values
    assert got["amounts.positions"] == 700_000
    assert got["amounts.competence"] == 14_000
    assert got["amounts.total"] == 714_000


def test_a_line_summing_the_positions_up_is_no_position(tmp_path):
    got = _values(tmp_path, _HEAD + [["Stillinger", "Veileder 80 %\nMiljøterapeut 60 %\nTotalt 140 %", "", ""]])
    assert [(p["title"], p["percent"]) for p in got["positions"]] == [("Veileder", 80.0), ("Miljøterapeut", 60.0)]
    assert got["positions_percent_total"] == 140.0


def test_a_count_beside_an_amount_is_not_read_as_pairs(tmp_path):
    got = _values(tmp_path, _HEAD + [["Antall deltakere", "1 200", "Søknadsbeløp", "500 000"]])
    assert got.get("amounts.other") != 1_200
