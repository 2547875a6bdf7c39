"""Budget forms whose cells hold more, or other, than one post's amount:
a total under a lettered item number, one answer cell with a post's share
and amount, last year's grant beside this year's request, a remark in
brackets after an amount, and a hint stating the announcement's cap."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.hints import states_cap
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


# --- a total under a lettered item number ------------------------------------------


@pytest.mark.parametrize("text, left", [
    ("B3 Totalt", "Totalt"),
    ("c) Sum omsøkt", "Sum omsøkt"),
    ("D.4 I alt", "I alt"),
    ("e. Kompetanse", "Kompetanse"),
    ("A Totalt", "A Totalt"),
    ("1.5 Årsverk", "1.5 Årsverk"),
])
def test_a_lettered_item_number_goes(text: str, left: str) -> None:
    assert strip_bullet(text) == left


def test_a_total_under_a_lettered_item_number_is_the_total_not_another_cost() -> None:
    doc = word_doc("Søknad om tilskudd 2020", tables=[[
        ["a) Lønn og sosiale utgifter", "kr 600 000"],
        ["b) Kompetanseheving", "kr 8 000"],
        ["c) Annet", ""],
        ["d) Sum", "kr 608 000"],
    ]])
    got = values(doc)
    assert got["amounts.total"] == 608000
    assert got.get("amounts.other") is None


# --- a post's share and amount in one answer cell ----------------------------------


def test_posts_whose_share_and_amount_share_one_cell_are_each_a_position() -> None:
    doc = word_doc("Søknad om tilskudd 2020", tables=[[
        ["Jobbspesialist", "60 %    kr 366 000"],
        ["Familiekoordinator", "40 %  kr 244 000"],
        ["Sum omsøkt", "kr 610 000"],
    ]])
    got = values(doc)
    assert got["amounts.positions"] == 610000
    assert got["positions_percent_total"] == 100
    assert [p["amount"] for p in got["positions"]] == [366000, 244000]


# --- last year's grant beside this year's request ----------------------------------


def test_the_share_comes_from_the_year_applied_for_not_last_years_grant() -> None:
    doc = word_doc("Søknad om videreføring 2020", tables=[[
        ["Post", "Tildelt 2019", "Søknad 2020"],
        ["Stillingsandel", "50 %", "80 %"],
        ["Lønn og sosiale utgifter", "300 000", "488 000"],
        ["Sum", "300 000", "488 000"],
    ]])
    got = values(doc)
    assert got["positions_percent_total"] == 80
    assert got["amounts.positions"] == 488000


# --- a remark in brackets after an amount ------------------------------------------


@pytest.mark.parametrize("text, amount", [
    ("150 000 (jf. kommunestyrets vedtak)", 150000),
    ("kr 600 000 (inkl. pensjon)", 600000),
    ("450 000 (sjå vedlegg 2)", 450000),
    ("880 000 (herav 300 000 fra kommunen)", None),
    ("200 000 (2019: 150 000)", None),
    ("10 000 (dekkes av fylket)", None),
])
def test_a_remark_after_an_amount_leaves_the_amount(text: str, amount: int | None) -> None:
    assert amount_in_cell(text) == amount


def test_own_funding_and_salary_with_remarks_are_read() -> None:
    doc = word_doc("Søknad om tilskudd 2020", tables=[[
        ["Lønn og sosiale utgifter", "kr 600 000 (inkl. pensjon)"],
        ["Egenandel kommunen", "150 000 (jf. kommunestyrets vedtak)"],
        ["Sum omsøkt", "kr 600 000"],
    ]])
    got = values(doc)
    assert got["amounts.positions"] == 600000
    assert got["amounts.own_funding"] == 150000


# --- a hint stating the cap ---------------------------------------------------------


@pytest.mark.parametrize("label, cap", [
    ("Inntil", True), ("Maks.", True), ("Høyst", True), ("Jf. utlysinga", True),
    ("Kompetanse", False), ("Takst", False), ("Lønn", False),
])
def test_a_caps_wording(label: str, cap: bool) -> None:
    assert states_cap(label) is cap


def test_a_cap_hint_under_a_budget_label_is_no_cost_line() -> None:
    doc = pdf_doc([
        [("Søknad om tilskudd 2020", 72)],
        [("Lønn og sosiale utgifter", 72), ("kr 600 000", 320)],
        [("Kompetansetiltak", 72), ("kr 8 000", 320)],
        [("Inntil 10 000", 72)],
        [("Sum omsøkt", 72), ("kr 608 000", 320)],
    ])
    got = values(doc)
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 608000


@pytest.mark.parametrize("label, title", [
    ("Stilling 2 (miljøterapeut)", "miljøterapeut"),
    ("Stilling nr. 1 (veileder)", "veileder"),
    ("Stilling 1 – Veileder", "Veileder"),
])
def test_a_numbered_post_with_its_role_in_brackets_gives_the_role(label: str, title: str) -> None:
    from soknad_extract.extract.budget.titles import position_title

    assert position_title(label) == title
