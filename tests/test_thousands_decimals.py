"""Budgets stated in thousands ("Beløp i 1000 kr", "tall i hele tusen")
whose amounts carry decimals: 457,5 thousand is 457 500 kroner, multiplied
before rounding, never 458 000."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian.amounts import scaled_exactly
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("457,5", 458, 457_500), ("457.5", 458, 457_500), ("1 220,0", 1220, 1_220_000), ("kr 305,25", 305, 305_250),
    ("10", 10, 10_000), ("366,5 kr", 367, 366_500),
])
def test_a_number_in_thousands_is_multiplied_before_it_is_rounded(text, value, expected):
    assert scaled_exactly(text, value, 1000) == expected


def test_a_table_in_thousands_with_decimal_commas():
    doc = word_doc("Budsjett", "Tall i 1000 kr",
                   tables=[[["Post", "2020"], ["Jobbspesialist 50 % inkl. sosiale kostnader", "305,5"],
                            ["Kompetanseheving", "9,5"], ["Totalt", "315,0"]]])
    got = values(doc)
    assert got["amounts.positions"] == 305_500
    assert got["amounts.competence"] == 9_500
    assert got["amounts.total"] == 315_000


def test_a_unit_in_the_column_header_with_decimal_points():
    doc = word_doc(tables=[[["Budsjettpost", "Søknadsbeløp (i tusen kroner)"],
                            ["Veileder 80 %", "487.5"], ["Sum", "487.5"]]])
    got = values(doc)
    assert got["amounts.positions"] == 487_500
    assert got["amounts.total"] == 487_500


def test_text_lines_in_thousands_with_decimals():
    doc = pdf_doc([[("Budsjett (i heile tusen kroner)", 72)],
                   [("Løn tilsett 75 % ..... 457,5", 72)], [("Kompetanse ..... 10,0", 72)],
                   [("Sum ..... 467,5", 72)]])
    got = values(doc)
    assert got["amounts.positions"] == 457_500
    assert got["amounts.total"] == 467_500
