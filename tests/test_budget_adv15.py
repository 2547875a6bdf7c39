"""Budgets of the fifteenth held-out corpus's classes, on documents built
here: abbreviated post names ("Komp.midler", "Sos. utg." on its own line)
and the amount applied for worded as the grant in all ("Tilskuddsbeløp i
alt", "Søkt tilskot i alt")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.lines import category
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("NAV Eksempel", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


# 1. Abbreviated post names.

@pytest.mark.parametrize("label", ["Komp.midler", "Komp. midler", "Komp.midlar", "Komp.midler (kurs og evaluering)"])
def test_abbreviated_competence_is_competence(label: str) -> None:
    rows = [["Post", "Kroner"], ["Lønn inkl. sos. utg., veileder 100 %", "600 000"], [label, "10 000"],
            ["Sum omsøkt", "610 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert (got["amounts.competence"], got["amounts.total"]) == (10_000, 610_000)
    assert got.get("amounts.other") is None


@pytest.mark.parametrize("social", ["Sos. utg.", "sos.utg.", "sosiale utg.", "Sos utg"])
def test_social_costs_on_their_own_line_belong_to_the_position_above(social: str) -> None:
    rows = [["Post", "Beløp"], ["Lønn, 60 % stilling", "290 000"], [social, "66 000"],
            ["Kompetansemidler", "10 000"], ["Totalt omsøkt", "366 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert got["amounts.positions"] == 356_000
    assert got.get("amounts.other") is None
    assert got["positions"][0]["amount"] == 356_000


def test_a_cost_that_only_starts_like_an_abbreviation_stays_other() -> None:
    assert category("Kompani-leie", None) == "other"
    assert category("Sosialt arrangement", None) == "other"


# 2. The amount applied for worded as the grant in all.

@pytest.mark.parametrize("label", ["Tilskuddsbeløp i alt", "Søkt tilskot i alt", "Søkt tilskudd", "Tilskudd totalt",
                                   "Sum søkt tilskudd", "Tilskotsbeløp til saman", "Søkt i alt",
                                   "Omsøkt totalt", "Søkt til saman", "Omsøkt beløp i alt"])
def test_the_grant_in_all_is_the_total_applied_for(label: str) -> None:
    rows = [["Lønn inkl. sos. utg. (100 %)", "605 000"], ["Kompetanse", "5 000"], [label, "610 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert (got["amounts.positions"], got["amounts.total"]) == (605_000, 610_000)
    assert got.get("amounts.other") is None


@pytest.mark.parametrize("label", ["Tilskudd fra fylket i alt", "Tilskudd fra Husbanken totalt"])
def test_a_grant_from_someone_else_is_no_total_applied_for(label: str) -> None:
    assert category(label, None) != "total"


def test_a_grant_amount_for_salaries_is_a_position_post() -> None:
    assert category("Søkt tilskudd til lønn", None) == "positions"


# 3. Position shares: a count of posts and each one's share; a count of årsverk.

@pytest.mark.parametrize(("text", "percent"), [
    ("2 stillingar à 100 %", 200), ("to stillinger à 50 %", 100), ("2 × 100 %", 200), ("2 stillinger a 50 %", 100),
    ("tre stillinger, hver på 60 %", 180), ("ei stilling på 50 %", 50), ("1,5 årsverk", 150),
])
def test_count_times_share(text: str, percent: float) -> None:
    from soknad_extract.norwegian import parse_percent
    assert parse_percent(text) == percent


def test_two_shares_after_a_count_are_the_posts_one_by_one_not_a_count_times_a_share() -> None:
    """The two shares, one per post as the count says, add up."""
    from soknad_extract.norwegian import find_percents
    assert [m.value for m in find_percents("to stillinger på 50 % og 100 %")] == [150]


def test_a_budget_line_with_a_count_of_posts_each_at_a_share() -> None:
    rows = [["Post", "Beløp"], ["Løn og sosiale utgifter, 2 stillingar à 100 %", "1 220 000"],
            ["Søkt tilskot i alt", "1 220 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert got["positions_percent_total"] == 200
    assert (got["amounts.positions"], got["amounts.total"]) == (1_220_000, 1_220_000)


def test_a_labelled_count_of_posts_each_at_a_share() -> None:
    rows = [["Stillinger", "to stillinger à 50 %"], ["Lønn og sosiale kostnader", "kr 600 000"],
            ["Sum omsøkt", "kr 600 000"]]
    got = budget(word_doc(*_HEAD, tables=[rows]))
    assert got["positions_percent_total"] == 100


@pytest.mark.parametrize(("answer", "percent"), [("1", 100), ("1,5", 150), ("0,5", 50), ("100", 100), ("1 årsverk", 100)])
def test_a_bare_count_under_an_aarsverk_label_is_whole_positions_never_one_percent(answer: str, percent: float) -> None:
    rows = [["Årsverk", answer], ["Omsøkt beløp", "kr 610 000"]]
    got = budget(word_doc(*_HEAD, tables=[rows]))
    assert got["positions_percent_total"] == percent


def test_a_bare_number_under_a_percent_label_stays_percent() -> None:
    from soknad_extract.extract.budget.cells import percent_value
    assert percent_value("1", "Årsverk (%)") == 1
    assert percent_value("80", "Stillingsprosent") == 80
    assert percent_value("2", "Antall stillinger") == 200


def test_a_count_column_of_a_positions_table() -> None:
    rows = [["Stilling", "Årsverk", "Beløp"], ["Jobbspesialist", "1", "610 000"], ["Sum", "", "610 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert got["positions_percent_total"] == 100


# 4. A budget table drawn without column rules: one cell a row, the amount
#    applied for and the own part run together.

_NO_RULES = [["Post Omsøkt Kommunens egenandel"],
             ["Lønn inkl. sos. utg., 2 × 100 % stilling 1 200 000 –"],
             ["Kompetansemidler 10 000 –"],
             ["Kontor og reiser – 150 000"],
             ["Sum 1 210 000 150 000"]]


def test_one_cell_rows_under_a_header_naming_both_columns_keep_the_columns_apart() -> None:
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[_NO_RULES]))
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"], got["amounts.own_funding"]) \
        == (1_200_000, 10_000, 1_210_000, 150_000)
    assert got["positions_percent_total"] == 200
    assert got.get("amounts.other") is None


def test_own_part_first_in_the_header() -> None:
    rows = [["Post Egenandel Søkt beløp"], ["Jobbspesialist 100 % – 610 000"], ["Sum 100 000 610 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert (got["amounts.total"], got["amounts.own_funding"]) == (610_000, 100_000)


def test_a_run_that_splits_more_than_one_way_gives_no_amount() -> None:
    from soknad_extract.extract.budget.columns import _two_values
    assert _two_values("1 210 000 150 000".split()) == [1_210_000, 150_000]
    assert _two_values("1 210 000".split()) is None  # one amount: no second column to give it
    assert _two_values("10 000 100 000 100 000".split()) is None  # splits two ways


def test_a_header_without_an_own_part_is_left_to_the_other_readers() -> None:
    from soknad_extract.extract.budget.columns import column_order
    assert column_order("Post Omsøkt Kommunens egenandel") == ("requested", "own")
    assert column_order("Post Beløp") is None
    assert column_order("Kommunens egenandel") is None


def test_a_post_number_before_the_columns_stays_in_the_label() -> None:
    """"Stilling 2 300 000 –" under "Post Omsøkt Kommunens egenandel": the 2
    numbers the post (reviewer: it was read into the amount, 2 300 000)."""
    from soknad_extract.extract.budget.columns import _label_and_values
    assert _label_and_values("Stilling 2 300 000 –") == ("Stilling 2", [300000, None])
    assert _label_and_values("Stilling 1 600 000 100 000") == ("Stilling 1", [600000, 100000])
    assert _label_and_values("Sum 1 210 000 150 000") == ("Sum", [1210000, 150000])


def test_a_grant_to_a_post_is_that_post_not_the_total() -> None:
    from soknad_extract.extract.budget.lines import category
    assert category("Søkt tilskudd til prosjektleder (100 %)", 100.0) == "positions"
    assert category("Søkt tilskudd fra Helsedirektoratet", None) == "other"
    assert category("Søkt tilskudd i alt", None) == "total"


def test_each_posts_share_only_when_no_other_share_follows_and_never_over_a_whole_post() -> None:
    from soknad_extract.norwegian import find_percents
    assert [h.value for h in find_percents("to stillinger à 50 %")] == [100]
    assert [h.value for h in find_percents("2 stillinger på 150 %")][0] != 300
    assert find_percents("2 stillingar à 50 % og ei stilling på 100 %")[0].value == 200
