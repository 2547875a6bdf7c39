"""A budget spread over the year's periods (quarters, months) in a table
whose columns name the posts: the salary column's sum is the positions'
amount, never a cost of its own per period."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.assemble import read_budget
from soknad_extract.extract.context import Context
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def test_quarters_with_a_sum_row_give_the_salary_column_as_positions():
    doc = word_doc("Ei stilling (100 %) som miljøarbeidar", "Kompetansemidlar: 20 000 kr",
                   "Samla søknadssum: 500 000 kr", tables=[
                       [["Kvartal", "Lønsmidlar", "Drift", "Sum"],
                        ["1. kvartal", "120 000", "–", "120 000"], ["2. kvartal", "120 000", "–", "120 000"],
                        ["3. kvartal", "120 000", "–", "120 000"], ["4. kvartal", "120 000", "–", "120 000"],
                        ["Sum", "480 000", "–", "480 000"]]])
    got = extract(doc, S2020).draft.values
    assert got["amounts.positions"] == 480_000
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 500_000


def test_months_without_a_sum_row_are_added_up_per_column():
    rows = [["Månad", "Lønn", "Kompetanse"]] + [[m, "50 000", "2 000"] for m in ("Januar", "Februar", "Mars")]
    lines = read_budget(Context(word_doc(tables=[rows]), S2020)).lines
    assert sorted((line.category, line.amount) for line in lines) == [("competence", 6_000), ("positions", 150_000)]


def test_periods_under_columns_naming_no_post_are_left_as_they_are():
    rows = [["Kvartal", "Beløp"], ["1. kvartal", "100 000"], ["2. kvartal", "100 000"]]
    lines = read_budget(Context(word_doc(tables=[rows]), S2020)).lines
    assert [(line.category, line.amount) for line in lines] == [("other", 100_000), ("other", 100_000)]
