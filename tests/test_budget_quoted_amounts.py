"""An amount with quote marks around it, or a speck of scan noise that
text recognition read as a quote mark in front of it ("“kr 10.000"), is
still the amount; an apostrophe, which may group thousands, is left alone.
Each test builds its own layout."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def test_quote_marks_around_an_amount_are_not_part_of_it():
    assert amount_in_cell("“kr 10.000") == 10000
    assert amount_in_cell("«10 000»") == 10000
    assert amount_in_cell('"kr 610 000"') == 610000
    assert amount_in_cell("“") is None


def test_a_noise_mark_before_the_competence_amount_keeps_the_post():
    doc = pdf_doc([
        [("Budsjett", 56)],
        [("Lønn og sosiale kostnader", 56), ("kr 600 000", 300)],
        [("Kompetansemidler", 56), ("“kr 10.000", 300)],
        [("Sum søkt", 56), ("kr 610 000", 300)],
    ])
    got = extract(doc, S2020).draft.values
    assert (got.get("amounts.positions"), got.get("amounts.competence"), got.get("amounts.total")) == (
        600000, 10000, 610000)
