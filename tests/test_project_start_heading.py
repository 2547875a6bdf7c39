"""A form's grid of boxes whose start box is headed by a period's start word
alone ("Prosjekt | Søknadstype | Frå" over "… | januar 2020", tester corpus
77 fb14), on Word documents built here."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(tmp_path: Path, rows: list[list[str]]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values

def test_a_start_word_alone_heading_a_box_gives_the_start(tmp_path):
    got = _values(tmp_path, [["Prosjektnavn", "Type", "Fra"], ["Jobb nå", "Nytt", "1. mars 2020"]])
    assert got["project.start_date"] == "2020-03-01"
    got = _values(tmp_path, [["Tiltak", "Frå:"], ["Ungdomslos", "august 2020"]])
    assert got["project.start_date"] == "2020-08-01"


def test_a_start_word_heading_an_earlier_year_is_history(tmp_path):
    got = _values(tmp_path, [["Prosjektnavn", "Fra"], ["Jobb nå", "januar 2017"]])
    assert got.get("project.start_date") is None
