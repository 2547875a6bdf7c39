"""A form's share or amount left empty right above the next numbered
section ("3 Budsjett", "4. Økonomi", "2.1 Lønn"), on Word documents built
here: the section's number is no answer of the row above it, so the share
is missing (POSITION_PERCENT_MISSING), never a share of 3 %."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_percents
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _table_form(tmp_path: Path, rows: list[list[str]]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknadsskjema: tilskot til utvikling av sosiale tenester i Nav 2020")
    table = document.add_table(rows=0, cols=2)
    for values in rows:
        cells = table.add_row().cells
        if len(values) == 1:
            cells[0].merge(cells[1]).text = values[0]
        else:
            for cell, text in zip(cells, values):
                cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


def _paragraph_form(tmp_path: Path, lines: list[str]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


def test_empty_share_above_a_numbered_heading_row_is_missing(tmp_path):
    got = _table_form(tmp_path, [["Prosjekttittel", "Raskare i arbeid"],
                                 ["Stillingsprosent", ""],
                                 ["4. Økonomi"],
                                 ["Løn og sosiale kostnader", "kr 540 000"],
                                 ["Kompetansemidlar", "kr 10 000"],
                                 ["Sum det blir søkt om", "kr 550 000"]])
    assert got.get("positions_percent_total") is None
    assert got["amounts.total"] == 550_000


def test_empty_share_above_a_numbered_heading_paragraph_is_missing(tmp_path):
    got = _paragraph_form(tmp_path, ["Prosjektnavn: Veien videre", "Stillingsandel:",
                                     "2.1 Budsjett for prosjektet", "Lønn og sosiale utgifter: kr 300 000",
                                     "Totalt omsøkt beløp: kr 300 000"])
    assert got.get("positions_percent_total") is None


def test_a_share_alone_on_the_line_below_its_label_is_still_read(tmp_path):
    got = _table_form(tmp_path, [["Prosjekttittel", "Raskare i arbeid"],
                                 ["Stillingsandel", ""],
                                 ["80"],
                                 ["3 Budsjett"],
                                 ["Sum det blir søkt om", "kr 480 000"]])
    assert got["positions_percent_total"] == 80


def test_heading_numbers_after_share_labels_are_no_shares():
    assert find_percents("Stillingsandel\n3 Budsjett (kr)") == []
    assert find_percents("Stillingsprosent\n2.1 Lønn") == []
    assert find_percents("Antall stillinger\n5) Prioriterte område") == []
    assert [m.value for m in find_percents("Stillingsprosent\n100\n3 Budsjett")] == [100]
    assert [m.value for m in find_percents("Stillingsandel: 0,5")] == [50]
