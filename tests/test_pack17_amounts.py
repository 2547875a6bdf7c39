"""Amounts of the seventeenth held-out corpus's classes, on documents built
here: last year's figures in a table of their own (results, a grant
received) beside this application's budget."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")

RESULTS = [["Indikator", "Mål 2019", "Resultat 2019"],
           ["Familiar i oppfølging", "30", "27"],
           ["Tildelt tilskot", "540 000", "540 000"]]
BUDGET = [["Post", "Søkt tilskot 2020"],
          ["Familiekoordinator 80 %", "480 000"],
          ["Kompetansemidlar", "10 000"],
          ["Sum", "490 000"]]


def amounts(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.")}


def test_last_years_results_table_gives_no_cost_line():
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", "Søkjar: Nav Fjellby",
                   tables=[RESULTS, BUDGET])
    got = amounts(doc)
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 490_000
    assert got["amounts.positions"] == 480_000


def test_a_budget_headed_by_an_earlier_year_alone_still_counts():
    """Precision: when the only budget names last year (a copied form), its
    amounts stay; nothing else says what is applied for."""
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   "Søkende Nav-kontor: Nav Fjellby",
                   tables=[[["Post", "Budsjett 2019"], ["Stilling 100 %", "600 000"], ["Kompetanse", "10 000"],
                            ["Sum", "610 000"]]])
    got = amounts(doc)
    assert got["amounts.total"] == 610_000
    assert got["amounts.positions"] == 600_000
