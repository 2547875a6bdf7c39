"""Budgets beside today's rules: a financing table beside the budget, a
budget table a page break cut before its rows, a post written in one prose
line, and an amount written as a sum.

- A table of where the money comes from (the grant, the municipality's own
  share, the project's whole cost) is no table of costs: its grant line is
  no "other" post. The own share is still read from it.
"""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")

_BUDGET = [["Post", "Andel", "Beløp"], ["Miljøterapeut", "50 %", "305 000"],
           ["Kompetansemidler", "", "10 000"], ["Sum", "", "315 000"]]


def _values(*tables: list[list[str]]) -> dict:
    return extract(word_doc(tables=list(tables)), S2020).draft.values


# --- a financing table beside the budget -----------------------------------------


def test_a_financing_table_by_its_source_column_adds_no_post():
    financing = [["Finansieringskilde", "Beløp"], ["Arbeids- og velferdsdirektoratet", "315 000"],
                 ["Kommunens egenandel", "120 000"], ["Prosjektets totale kostnad", "435 000"]]
    values = _values(_BUDGET, financing)
    assert values.get("amounts.other") is None
    assert values["amounts.total"] == 315_000
    assert values["amounts.positions"] == 305_000
    assert values["amounts.own_funding"] == 120_000


def test_a_financing_plan_by_its_title_row_adds_no_post_nynorsk():
    financing = [["Finansieringsplan"], ["Søkt tilskot frå Arbeids- og velferdsdirektoratet", "315 000"],
                 ["Eigenandel Fjordby kommune", "80 000"], ["Sum", "395 000"]]
    values = _values(_BUDGET, financing)
    assert values.get("amounts.other") is None
    assert values["amounts.total"] == 315_000


def test_a_budget_titled_financing_with_its_posts_stays_the_budget():
    budget = [["Budsjett og finansiering", "", ""], ["Post", "Andel", "Beløp"], ["Miljøterapeut", "50 %", "305 000"],
              ["Reiseutgifter", "", "20 000"], ["Kompetansemidler", "", "10 000"], ["Sum", "", "335 000"]]
    values = _values(budget)
    assert values["amounts.other"] == 20_000
    assert values["amounts.total"] == 335_000
