"""A budget table of two label/amount pairs a row where one post is left
unanswered, on Word documents built here: the empty cell is that post's
amount (none), never the amount of the pair beside it."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(tmp_path: Path, rows: list[list[str]]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknadsskjema: tilskot til utvikling av sosiale tenester i Nav 2020")
    document.add_paragraph("Budsjett")
    table = document.add_table(rows=0, cols=4)
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


def test_empty_other_post_does_not_take_the_total_beside_it(tmp_path):
    got = _values(tmp_path, [["Løn og sosiale kostnader", "kr 500 000", "Kompetansemidlar", "kr 8 000"],
                             ["Andre kostnader", "", "Sum det blir søkt om", "kr 508 000"]])
    assert got["amounts.positions"] == 500_000
    assert got["amounts.competence"] == 8_000
    assert got["amounts.total"] == 508_000
    assert got.get("amounts.other") is None


def test_empty_post_in_the_first_row_gives_no_line(tmp_path):
    got = _values(tmp_path, [["Lønn og sosiale utgifter", "kr 600 000", "Andre kostnader", ""],
                             ["Kompetanse", "kr 10 000", "Sum omsøkt", "kr 610 000"]])
    assert got["amounts.positions"] == 600_000
    assert got["amounts.competence"] == 10_000
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 610_000
