"""A budget post stated as zero, on Word documents built here: the scheme's
competence post written "0" asks nothing for it (0, as stated), while an
other-costs line of 0 is no other cost at all (null, and no
NON_POSITION_COSTS)."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(tmp_path: Path, rows: list[list[str]]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020")
    document.add_paragraph("Budsjett for prosjektet")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


def test_other_costs_line_of_zero_is_no_other_cost(tmp_path):
    got = _values(tmp_path, [["Kostnad", "Kroner"],
                             ["Lønn inkl. sosiale kostnader, veileder 80 %", "480 000"],
                             ["Kompetanseheving", "10 000"],
                             ["Øvrige utgifter (reise, materiell)", "0"],
                             ["Sum", "490 000"]])
    assert got["amounts.positions"] == 480_000
    assert got["amounts.competence"] == 10_000
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 490_000


def test_competence_post_of_zero_stays_zero(tmp_path):
    got = _values(tmp_path, [["Kostnad", "Kroner"],
                             ["Lønn inkl. sosiale kostnader, veileder 80 %", "480 000"],
                             ["Kompetanseheving", "0"],
                             ["Sum", "480 000"]])
    assert got["amounts.competence"] == 0
    assert got["amounts.total"] == 480_000
