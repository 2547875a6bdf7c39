"""A monthly salary rate written beside the yearly budget is no budget post."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
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
