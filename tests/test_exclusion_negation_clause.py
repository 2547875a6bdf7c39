"""An office that tells the county an exclusion does not apply to it often
puts the negation well before the phrase, across a relative clause or an
"X eller Y" ("Kommunen er ikke en av kommunene som mottar
programfinansiering gjennom 0-24-samarbeidet"): the negation counts anywhere
in the phrase's own clause. The clause ends at a comma, a sentence end or a
word that opens a new clause (vocabulary ``areas.exclusion_clause_openers``),
so a negation of another clause's verb still leaves the phrase standing."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _codes(text: str) -> set[str]:
    return {hit.code for hit in extract(word_doc(text), S2020).exclusions}


@pytest.mark.parametrize("text", [
    "Fjellby kommune er ikke en av kommunene som mottar programfinansiering gjennom 0-24-samarbeidet.",
    "Fjellby kommune er ikkje ein av kommunane som får programfinansiering gjennom 0-24.",
    "Vi har ikke søkt om eller mottatt midler fra 0-24-samarbeidet.",
    "Kommunen har aldri før fått programfinansiering gjennom 0-24-samarbeidet.",
    "Kommunen har ikke siden 2019 mottatt midler fra 0-24-samarbeidet.",
])
def test_a_negation_anywhere_in_the_phrases_clause_takes_it_back(text) -> None:
    assert "EXCLUDED_0_24_PROGRAM" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Vi har ikke hatt egne midler før kommunen ble programkommune i 0-24-samarbeidet.",
    "Vi hadde ikke egne midler til arbeidet siden kommunen mottar midler fra 0-24-samarbeidet.",
    "Vi har ikkje hatt eigne midlar etter at kommunen fekk midlar frå 0-24-samarbeidet.",
    "Kontoret har ikke egne midler fordi kommunen mottar programfinansiering gjennom 0-24.",
    "Vi har ikkje eigne midlar når kommunen får programfinansiering gjennom 0-24.",
])
def test_a_clause_opener_ends_the_negations_reach(text) -> None:
    assert "EXCLUDED_0_24_PROGRAM" in _codes(text)


def test_a_colon_or_a_dash_ends_the_negations_clause() -> None:
    assert "EXCLUDED_0_24_PROGRAM" in _codes("Prosjektet er ikke nytt: det har i to år fått midler fra 0-24-samarbeidet.")
    assert "EXCLUDED_0_24_PROGRAM" in _codes("Prosjektet er ikke nytt – det har i to år fått midler fra 0-24-samarbeidet.")
