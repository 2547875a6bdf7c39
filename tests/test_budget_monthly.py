"""A monthly salary rate written beside the yearly budget is no budget post."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.lines import category
from soknad_extract.extract.budget.monthly import is_monthly_rate
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


@pytest.mark.parametrize("label, monthly", [
    ("Månedslønn", True), ("Lønn per måned", True), ("Lønn pr. mnd.", True), ("Månadsløn", True),
    ("Lønn og sosiale kostnader per år", False), ("Lønn og sosiale utgifter", False),
])
def test_a_label_says_its_amount_is_a_monthly_rate(label: str, monthly: bool) -> None:
    assert is_monthly_rate(label) is monthly


def test_a_monthly_salary_field_beside_the_yearly_amount_adds_nothing() -> None:
    got = values(word_doc("Stilling og andel: Veileder 100 %", "Månedslønn: kr 40 000",
                          "Lønn og sosiale kostnader per år: kr 560 000", "Totalt omsøkt: kr 560 000"))
    assert got["amounts.positions"] == 560000
    assert [p["amount"] for p in got["positions"]] == [560000]


def test_a_monthly_rate_in_a_budget_table_is_no_post() -> None:
    got = values(word_doc(tables=[[["Jobbspesialist", "100 %", "kr 590 000"], ["Lønn pr. mnd.", "", "kr 42 000"],
                                   ["Sum", "", "kr 590 000"]]]))
    assert got["amounts.positions"] == 590000


@pytest.mark.parametrize("text, amount", [
    ("600 000 kr (tilsvarer 50 000 kr per måned inkl. sosiale kostnader)", 600000),
    ("kr 480 000 (40 000 kr pr. mnd.)", 480000),
    ("600 000 kr (610 000 kr i 2019)", None),  # another amount, not a monthly rate
])
def test_a_bracket_restating_the_amount_per_month_leaves_the_amount(text: str, amount: int | None) -> None:
    assert amount_in_cell(text) == amount


@pytest.mark.parametrize("label, kind", [
    ("Søknadsbeløp stilling", "positions"), ("Omsøkt beløp til stillingene", "positions"),
    ("Søknadsbeløp", "total"), ("Totalt søknadsbeløp", "total"),
])
def test_a_request_amount_naming_the_posts_is_the_positions_amount(label: str, kind: str) -> None:
    assert category(label, None) == kind


def test_a_post_amount_with_its_monthly_equivalent_in_brackets() -> None:
    got = values(word_doc("Stillinger", "Veileder, 100 % stilling", "Søknadsbeløp stilling",
                          "560 000 kr (tilsvarer 46 667 kr per måned inkl. sosiale kostnader)",
                          "Totalt søknadsbeløp", "560 000 kr"))
    assert got["amounts.positions"] == 560000
    assert got["amounts.total"] == 560000
