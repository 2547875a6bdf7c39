"""A yes/no question about an exclusion is the office's statement only through
its answer: "Har kommunen programmidler fra 0–24-samarbeidet …? Ja ☒ Nei ☐"
states the exclusion, the same question with Nei ticked, or with no box
ticked, states nothing. The answer may stand after the question mark, on the
line under it, or after a question that wraps over two lines."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _codes(text: str) -> set[str]:
    return {hit.code for hit in extract(word_doc(text), S2020).exclusions}


@pytest.mark.parametrize("text", [
    "Mottar kommunen programfinansiering gjennom 0-24-samarbeidet til samme målgruppe? Ja ☒ Nei ☐",
    "Har kommunen programmidlar frå 0–24-samarbeidet til same målgruppe? [X] Ja [ ] Nei",
    "Mottar kommunen programfinansiering gjennom 0-24 for samme målgruppe?\n☒ Ja  ☐ Nei",
    "Mottar kommunen programfinansiering gjennom 0-24 for samme målgruppe?\nJa",
    "Mottar kommunen programfinansiering\ngjennom 0-24-samarbeidet for samme målgruppe? Ja ☒ Nei ☐",
])
def test_a_question_answered_yes_states_the_exclusion(text) -> None:
    assert "EXCLUDED_0_24_PROGRAM" in _codes(text)


@pytest.mark.parametrize("text", [
    "Mottar kommunen programfinansiering gjennom 0-24-samarbeidet til samme målgruppe? Ja ☐ Nei ☒",
    "Har kommunen programmidler fra 0–24-samarbeidet til samme målgruppe? Ja [ ] Nei [X]",
    "Mottar kommunen programfinansiering gjennom 0-24 for samme målgruppe?\nNei",
    "Mottar kommunen programfinansiering gjennom 0-24 for samme målgruppe? Ja ☐ Nei ☐",
    "Mottar kommunen programfinansiering\ngjennom 0-24-samarbeidet for samme målgruppe? Ja ☐ Nei ☒",
])
def test_a_question_answered_no_or_not_at_all_states_nothing(text) -> None:
    assert "EXCLUDED_0_24_PROGRAM" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Molde kommune er med i 0–24-samarbeidet og har programmidlar for ungdom 16–24 år.",
    "Kommunen mottar programfinansiering gjennom 0–24-samarbeidet for samme målgruppe. Hva er målet? Å hjelpe.",
])
def test_a_statement_before_another_question_still_counts(text) -> None:
    assert "EXCLUDED_0_24_PROGRAM" in _codes(text)
