"""Budgets of the thirty-first held-out corpus's classes, on documents built
here: position shares written in words ("Åtti prosent stilling") and
answers that show their arithmetic ("kr 46 500 per måned × 12 = kr 558 000")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_percents
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("NAV Eksempel", "Søknad om tilskot til utvikling av sosiale tenester i NAV 2020")


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


# 1. Shares in words.

@pytest.mark.parametrize(
    ("text", "share"),
    [("Åtti prosent stilling", 80), ("femti prosent", 50), ("Hundre prosent stilling som veileder", 100),
     ("Sekstifem prosent stilling", 65), ("femogsytti prosent", 75), ("eitt hundre prosent", 100)],
)
def test_share_in_words_is_a_share(text: str, share: int) -> None:
    assert [m.value for m in find_percents(text)] == [share]


@pytest.mark.parametrize("text", ["to prosent av innbyggjarane", "ti prosent", "prosent", "attåt prosent"])
def test_small_number_words_are_no_share(text: str) -> None:
    assert find_percents(text) == []


def test_share_in_words_on_a_numbered_form_is_the_position_share() -> None:
    doc = word_doc(*_HEAD, "8. Stillingsressurs", "Åtti prosent stilling som ungdomslos", "10. Budsjett",
                   "Løn inkl. sosiale kostnader: 480 000 kroner", "Samla søknadsbeløp: 480 000 kroner")
    got = budget(doc)
    assert got["positions_percent_total"] == 80
    assert got["amounts.positions"] == 480_000
