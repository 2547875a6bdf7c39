"""Budgets of the twelfth held-out corpus's classes, on documents built here:
the project's total cost under own funding, several posts and their sum in
one sentence, and numbered position salary lines in a form's fields."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.lines import category
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


_HEAD = ("NAV Eksempel", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")


# 1. The project's total cost: the request and the own part together, no post.

@pytest.mark.parametrize("label", [
    "Prosjektets totale kostnad", "Totalkostnad for prosjektet", "Samlet kostnad", "Kostnadsramme for prosjektet",
    "Prosjektet si samla kostnad",
])
def test_the_projects_total_cost_is_a_total_not_a_cost_post(label: str) -> None:
    rows = [["Prosjektleder 100 %, lønn og sosiale kostnader", "590 000"],
            ["Kompetansemidler", "10 000"],
            ["Sum omsøkt", "600 000"],
            ["Kommunens egenandel", "200 000"],
            [label, "800 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert got.get("amounts.other") is None
    assert (got["amounts.positions"], got["amounts.total"], got["amounts.own_funding"]) == (590_000, 600_000, 200_000)


def test_beside_own_funding_the_sum_that_is_no_project_cost_is_the_amount_applied_for() -> None:
    rows = [["Miljøarbeider 100 %", "600 000"],
            ["Kompetanse", "10 000"],
            ["Sum", "610 000"],
            ["Egenandel", "150 000"],
            ["Totalkostnad", "760 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert got["amounts.total"] == 610_000


def test_without_own_funding_the_largest_total_stays() -> None:
    rows = [["Miljøarbeider 100 %", "600 000"], ["Kompetanse", "10 000"], ["Totalkostnad", "610 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert got["amounts.total"] == 610_000


def test_a_cost_post_is_still_other() -> None:
    assert category("Reisekostnader", None) == "other"
    assert category("Prosjektets totale kostnad", None) == "total"


# 2. Several posts and their sum in one sentence.

@pytest.mark.parametrize("sentence", [
    "For 2020 søker vi om to stillinger: lønn og sosiale kostnader kr 900 000 og kompetansemidler kr 10 000, "
    "til sammen kr 910 000.",
    "Vi søker om lønn kr 900 000, kompetanse kr 10 000, i alt kr 910 000.",
])
def test_competence_after_a_post_in_the_same_sentence(sentence: str) -> None:
    got = budget(word_doc(*_HEAD, sentence))
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (900_000, 10_000, 910_000)


def test_competence_as_the_projects_aim_before_the_only_amount_is_no_competence_post() -> None:
    got = budget(word_doc(*_HEAD, "For å styrke kompetansen i kontoret søker vi om kr 610 000 til én 100 % stilling."))
    assert got.get("amounts.competence") is None


# 3. Numbered position salary lines in a form's fields.

@pytest.mark.parametrize("numbered", ["stilling 1", "stilling nr. 1", "Stilling 1"])
def test_salary_lines_numbered_by_their_post_add_up_to_the_positions(numbered: str) -> None:
    second = numbered.replace("1", "2")
    got = budget(word_doc(
        *_HEAD, "3. Budsjett",
        "3.1 Stilling 1 (tittel og prosent): Miljøarbeider 100 %",
        f"3.2 Lønn og sosiale kostnader {numbered}: 600 000",
        "3.3 Stilling 2 (tittel og prosent): Veileder 50 %",
        f"3.4 Lønn og sosiale kostnader {second}: 300 000",
        "3.5 Kompetansemidler: 10 000",
        "3.6 Sum søknadsbeløp: 910 000"))
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (900_000, 10_000, 910_000)
    assert [p["percent"] for p in got["positions"]] == [100.0, 50.0]


def test_a_number_before_the_colon_after_no_post_word_is_no_budget_line() -> None:
    got = budget(word_doc(*_HEAD, "Kontor 2: 600 000"))
    assert got.get("amounts.other") is None


@pytest.mark.parametrize("sentence", [
    "Kommunen bidrar selv med 150 000 kroner i form av kontorplass og veiledning.",
    "Kommunen bidreg sjølv med 150 000 kroner til kontorplass.",
])
def test_own_funding_the_municipality_contributes_itself_in_prose(sentence: str) -> None:
    doc = word_doc(*_HEAD, "Vi søker om midler til én 100 % stilling. Lønn og sosiale kostnader er 600 000 kroner.",
                   sentence)
    assert budget(doc)["amounts.own_funding"] == 150000
