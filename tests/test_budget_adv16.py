"""Budgets of the sixteenth held-out corpus's classes, on documents built
here: letters whose budget is stated only in prose, where a sentence wraps
inside the sum ("… til" over "sammen kr 620 000.")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.lines import category
from soknad_extract.norwegian import find_percents
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


# 1. A sum stated in prose, wrapped inside its two words, is the total.

@pytest.mark.parametrize("first, second", [
    ("kompetanseheving, til", "sammen kr 620 000."),
    ("kompetanseheving, i", "alt kr 620 000."),
    ("kompetanseheving, til", "saman kr 620 000."),
])
def test_a_prose_sum_wrapped_at_a_line_break_is_the_total_not_a_cost(first: str, second: str) -> None:
    doc = text_doc(text_page(
        1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
        "Nav Eksempel søker om midler til prosjektet «Veien videre», med én hel stilling (100 %).",
        f"Vi søker om kr 610 000 til lønn og sosiale kostnader og kr 10 000 til {first}",
        second,
        "Spørsmål om søknaden kan rettes til prosjektleder Kari Nordmann."))
    got = budget(doc)
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 620_000


@pytest.mark.parametrize("label", ["sammen", "Sammen", "alt", "saman"])
def test_the_second_word_of_a_sum_alone_is_a_total(label: str) -> None:
    assert category(label, None) == "total"


def test_a_post_that_only_contains_the_word_stays_a_cost() -> None:
    assert category("Samling sammen med partnere", None) == "other"


# 2. A count of posts followed by each post's own share; competence named after its amount.

@pytest.mark.parametrize("text, value", [
    ("to stillingar på 60 og 40 prosent", 100.0),
    ("tre stillinger på 50, 50 og 100 %", 200.0),
    ("to stillinger à 30 + 70 %", 100.0),
])
def test_a_count_followed_by_each_posts_share_adds_the_shares(text: str, value: float) -> None:
    assert [h.value for h in find_percents(text)] == [value]


def test_a_count_that_does_not_match_the_shares_listed_is_not_summed() -> None:
    assert 100.0 not in [h.value for h in find_percents("to stillinger på 50, 30 og 20 %")]


def test_each_share_after_a_count_still_multiplies() -> None:
    assert [h.value for h in find_percents("to stillinger à 50 %")] == [100.0]


def _nynorsk_letter(shares: str, competence: str) -> object:
    return text_doc(text_page(
        1, "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
        f"Vi søkjer om {shares}, til saman ei heil stilling. Lønn og sosiale utgifter for dei to",
        f"stillingane utgjer 590 000 kroner, og vi søkjer i tillegg om {competence}. Samla",
        "søknadssum er 600 000 kroner.",
        "Kontaktperson: rettleiar Kari Nordmann."))


def test_posts_listed_one_by_one_in_prose_give_their_sum_and_competence_after_the_amount() -> None:
    doc = _nynorsk_letter("to stillingar på 70 og 30 prosent", "10 000 kroner i kompetansemidlar")
    values = extract(doc, S2020).draft.values
    assert values["positions_percent_total"] == 100.0
    assert (values["amounts.positions"], values["amounts.competence"], values["amounts.total"]) == (
        590_000, 10_000, 600_000)
    assert values.get("amounts.other") is None
