"""A budget table whose first row names the post by a post word beside its
share alone ("Ny stilling som jobbspesialist | 80 %") above the rows of
amounts, on Word documents built here: that row is the position's share,
not a header of the table, so the share is read and not reported missing.
A cost beside a salary given as a rate ("Arbeidsgiveravgift | 14,1 %") and
a bare number without a share column stay no share."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(tmp_path: Path, rows: list[list[str]], heading: str = "Budsjett") -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    document.add_paragraph("Prosjektnavn: Jobb først")
    document.add_paragraph(heading)
    table = document.add_table(rows=0, cols=2)
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


def test_post_named_beside_its_share_above_the_amounts(tmp_path):
    got = _values(tmp_path, [["Ny stilling som jobbspesialist", "80 %"],
                             ["Lønn og sosiale utgifter", "kr 480 000"],
                             ["Sum omsøkt", "kr 480 000"]])
    assert got["positions_percent_total"] == 80
    assert got["amounts.positions"] == 480_000


def test_nynorsk_post_with_share_in_words_unit(tmp_path):
    got = _values(tmp_path, [["Prosjektstilling – familierettleiar", "50 prosent"],
                             ["Løn og sosiale kostnader", "300 000 kr"],
                             ["Kompetansemidlar", "10 000 kr"],
                             ["Sum det blir søkt om", "310 000 kr"]], heading="Stilling og økonomi")
    assert got["positions_percent_total"] == 50


def test_a_rate_beside_a_salary_cost_is_no_share(tmp_path):
    got = _values(tmp_path, [["Arbeidsgiveravgift for stillingen", "14,1 %"],
                             ["Lønn og sosiale utgifter", "kr 480 000"],
                             ["Sum omsøkt", "kr 480 000"]])
    assert got.get("positions_percent_total") is None


def test_a_bare_number_beside_a_post_is_no_share(tmp_path):
    got = _values(tmp_path, [["Ny stilling som jobbspesialist", "2020"],
                             ["Lønn og sosiale utgifter", "kr 480 000"],
                             ["Sum omsøkt", "kr 480 000"]])
    assert got.get("positions_percent_total") is None


def test_a_form_question_for_the_posts_is_not_a_second_position(tmp_path):
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    facts = document.add_table(rows=0, cols=2)
    for label, value in [["Prosjekt", "Jobb først"], ["Stilling(ar)", "2 årsverk: to stillingar à 100 %"]]:
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Budsjett")
    budget = document.add_table(rows=0, cols=2)
    for label, value in [["Kostnad", "Søkt"], ["Løn inkl. sosiale kostnader, 2 × 100 %", "1 200 000"],
                         ["Sum søknadssum", "1 200 000"]]:
        cells = budget.add_row().cells
        cells[0].text, cells[1].text = label, value
    path = tmp_path / "form.docx"
    document.save(path)
    got = extract(read_document(path), S2020).draft.values
    assert got["positions_percent_total"] == 200
