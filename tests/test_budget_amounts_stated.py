"""Budget amounts the document states, read as stated: the request beside
the project's whole cost, a subtotal whose label closes with a note, amounts
in thousands marked "TNOK", posts a letter lists with their share and cost;
and amounts that are no part of the request: the announcement's caps quoted
in brackets, last year's grant told in a sentence. Documents built here in
wordings of their own."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.lines import category
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("NAV Eksempel", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020")


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k.removeprefix("amounts."): v for k, v in values.items()
            if k.startswith("amounts.") or k == "positions_percent_total"}


# 1. Beside the municipality's own part, the request is the sum without it.

def test_of_two_sums_differing_by_the_own_part_the_smaller_is_applied_for() -> None:
    doc = word_doc(*_HEAD, "Budsjett", tables=[[["Post", "Kr"], ["Lønn 100 % stilling", "560 000"],
                                                ["Sum", "560 000"], ["Kommunens andel", "100 000"],
                                                ["Totalt", "660 000"]]])
    got = budget(doc)
    assert (got["total"], got["own_funding"]) == (560_000, 100_000)


@pytest.mark.parametrize(("applied", "whole"), [("Sum omsøkt tilskudd", "Totalt budsjett for prosjektet"),
                                                ("Samla søkt tilskot", "Prosjektet sitt totale budsjett")])
def test_a_grant_total_label_names_the_request(applied: str, whole: str) -> None:
    doc = word_doc(*_HEAD, "Budsjett", tables=[[["Post", "Beløp"], ["Lønn og sosiale utgifter, veileder 80 %", "470 000"],
                                                ["Kompetanseheving", "20 000"], [applied, "490 000"],
                                                ["Egenfinansiering fra kommunen", "150 000"], [whole, "640 000"]]])
    assert budget(doc)["total"] == 490_000


def test_a_total_named_as_applied_for_stays_beside_a_sum_less_the_own_part() -> None:
    doc = word_doc(*_HEAD, "Budsjett", tables=[[["Post", "Beløp"], ["Lønn veileder", "300 000"],
                                                ["Drift", "100 000"], ["Sum driftsutgifter", "300 000"],
                                                ["Egenandel kommunen", "100 000"], ["Søknadsbeløp", "400 000"]]])
    assert budget(doc)["total"] == 400_000


def test_without_own_funding_a_single_total_stays() -> None:
    doc = word_doc(*_HEAD, "Budsjett", tables=[[["Post", "Kr"], ["Lønn 100 % stilling", "560 000"],
                                                ["Totalt budsjett for prosjektet", "560 000"]]])
    assert budget(doc)["total"] == 560_000


# 2. A salary subtotal whose label closes with a note in brackets adds up the posts.

@pytest.mark.parametrize("label", ["Lønn i alt (1,5 årsverk)", "Løn til saman (150 %)", "Stillinger totalt (2 stk.)"])
def test_a_subtotal_label_with_a_closing_note_is_no_position(label: str) -> None:
    assert category(label, 150.0) == "positions_subtotal"


def test_salary_subtotal_with_share_note_is_not_counted_again() -> None:
    doc = word_doc(*_HEAD, "Budsjett",
                   tables=[[["Post", "Beløp"], ["Jobbspesialist 100 %", "600 000"], ["Miljøarbeider 50 %", "300 000"],
                            ["Lønn i alt (1,5 årsverk)", "900 000"], ["Kompetanse", "20 000"],
                            ["Sum omsøkt", "920 000"]]])
    got = budget(doc)
    assert (got["positions"], got["positions_percent_total"], got["total"]) == (900_000, 150.0, 920_000)


# 3. Thousands marked in the cell ("TNOK 45", "45 tkr") are read.

@pytest.mark.parametrize(("text", "kroner"), [("TNOK 45", 45_000), ("45 TNOK", 45_000), ("45 tkr", 45_000),
                                              ("MNOK 0,6", 600_000)])
def test_thousands_marked_in_the_cell(text: str, kroner: int) -> None:
    assert amount_in_cell(text, "Beløp") == kroner


def test_a_budget_in_tnok() -> None:
    doc = word_doc(*_HEAD, "Budsjett",
                   tables=[[["Post", "Beløp"], ["Lønn 100 % stilling", "TNOK 610"], ["Kompetanse", "TNOK 10"],
                            ["Sum", "TNOK 620"]]])
    got = budget(doc)
    assert (got["positions"], got["competence"], got["total"]) == (610_000, 10_000, 620_000)


# 4. Posts listed in a sentence, each with its share and cost, add up to the positions.

def test_posts_listed_with_share_and_cost_in_brackets() -> None:
    doc = word_doc(*_HEAD, "Vi søker om to stillinger: en miljøterapeut i 100 % stilling (600 000 kr) og en veileder "
                           "i 50 % stilling (290 000 kr). Kompetansemidler: 10 000 kr. Totalt søkes det om 900 000 kr.")
    got = budget(doc)
    assert (got["positions"], got["total"]) == (890_000, 900_000)


def test_a_post_with_share_and_cost_after_a_colon() -> None:
    doc = word_doc(*_HEAD, "7. Stillinger", "Familiekoordinator, 60 % stilling: kr 350 000 inkl. sosiale utgifter.",
                   "8. Samlet søknadsbeløp", "kr 350 000")
    got = budget(doc)
    assert (got["positions"], got["total"]) == (350_000, 350_000)


def test_posts_that_add_up_past_the_total_are_left_alone() -> None:
    doc = word_doc(*_HEAD, "Vi har i dag en veileder i 100 % stilling (kr 700 000) i kommunen. "
                           "Samlet søknadsbeløp er 300 000 kroner.")
    assert budget(doc).get("positions") != 700_000


# 5. A cap quoted in brackets is never an amount applied for.

def test_caps_in_brackets_are_not_the_request() -> None:
    doc = word_doc(*_HEAD, "Det kan søkes om lønn (inntil 600 000 kr) og kompetanse (maksimalt 20 000 kr).",
                   "Vi søker om 550 000 kroner til lønn for én 100 % stilling som jobbspesialist og 10 000 kroner "
                   "til kompetanse. Samlet søknadsbeløp er 560 000 kroner.")
    got = budget(doc)
    assert (got["positions"], got["competence"], got["total"]) == (550_000, 10_000, 560_000)


# 6. Last year's grant told in a sentence is no part of this year's request.

@pytest.mark.parametrize("history", ["Prosjektet fikk i fjor 400 000 kr til lønn og sosiale utgifter.",
                                     "I 2019 vart prosjektet tildelt 400 000 kroner.",
                                     "Tidligere er det innvilget kr 400 000 til prosjektet."])
def test_last_years_grant_in_a_sentence(history: str) -> None:
    doc = word_doc(*_HEAD, history, "For 2020 søker vi om 520 000 kroner til lønn og sosiale utgifter for én "
                                    "100 % stilling som veileder og 10 000 kroner til kompetanse.")
    got = budget(doc)
    assert (got["positions"], got["competence"], got["total"]) == (520_000, 10_000, 530_000)


def test_a_request_to_be_granted_is_still_the_request() -> None:
    doc = word_doc(*_HEAD, "Vi søker om å bli tildelt 480 000 kroner til én 80 % stilling.")
    assert budget(doc)["total"] == 480_000


@pytest.mark.parametrize("sentence", ["Dersom prosjektet blir tildelt 400 000 kroner, vil vi ansette en veileder.",
                                      "Vi håper å bli tildelt 400 000 kr til lønn til en veileder.",
                                      "Viss prosjektet vert tildelt 400 000 kroner, tilset vi ein rettleiar."])
def test_a_grant_still_to_come_is_the_request(sentence: str) -> None:
    doc = word_doc(*_HEAD, sentence)
    assert budget(doc)["total"] == 400_000


@pytest.mark.parametrize("label", ["Tildelt i 2019", "Tidligere innvilget tilskudd", "Fjorårets tilskot"])
def test_last_years_grant_beside_the_budget_is_no_post(label: str) -> None:
    doc = word_doc(*_HEAD, "Budsjett 2020", "Lønn og sosiale utgifter 100 % stilling: kr 590 000",
                   "Kompetanse: kr 10 000", "Sum søkt: kr 600 000", f"{label}: kr 450 000")
    got = budget(doc)
    assert got.get("other") is None
    assert (got["positions"], got["total"]) == (590_000, 600_000)


@pytest.mark.parametrize("label", ["Videreføring av stilling innvilget 2019", "Lønn veileder, innvilget i fjor"])
def test_a_post_granted_before_is_this_years_post(label: str) -> None:
    doc = word_doc(*_HEAD, "Budsjett", tables=[[["Post", "Beløp"], [label, "450 000"],
                                                ["Kompetanseheving", "10 000"], ["Sum", "460 000"]]])
    got = budget(doc)
    assert (got["positions"], got["total"]) == (450_000, 460_000)
