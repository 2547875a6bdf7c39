"""A cell that states what its amounts come to: the sum is the amount only
when it is the parts added up, or the one amount times a count the cell
gives per post; a total over years or with own funding is not what is
applied for (precision: it would raise a false AMOUNT_OVER_CAP)."""

from __future__ import annotations

import pytest

from soknad_extract.extract.budget.cells import amount_in_cell


@pytest.mark.parametrize("text, amount", [
    ("NOK 320 000 per stilling, til sammen NOK 640 000", 640000),
    ("2 x 305 000 kr = 610 000 kr", 610000),
    ("kr 300 000 + kr 310 000, totalt kr 610 000", 610000),
    ("kr 610 000, totalt kr 610 000", 610000),
])
def test_a_stated_sum_of_posts_is_the_amount(text: str, amount: int) -> None:
    assert amount_in_cell(text) == amount


@pytest.mark.parametrize("text", [
    "kr 300 000 per år, totalt kr 900 000",
    "kr 100 000 i 2021, totalt kr 200 000",
    "Egenandel kr 200 000, totalt kr 800 000",
    "Søkt kr 200 000, egenandel kr 100 000, totalt kr 300 000",
    "kr 200 000, totalt kr 800 000",
    "3 x 200 000 = 800 000",
])
def test_a_total_over_years_or_with_own_funding_is_not(text: str) -> None:
    assert amount_in_cell(text) is None
