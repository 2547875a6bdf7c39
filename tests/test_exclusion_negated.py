"""An exclusion phrase in a clause that takes it back is no exclusion: an
office telling the county that it did NOT get 0-24 money ("kontoret har ikke
fått midler fra 0-24-samarbeidet") states that the exclusion does not apply.
A negation in another clause leaves the phrase standing."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _codes(text: str) -> set[str]:
    return {hit.code for hit in extract(word_doc(text), S2020).exclusions}


@pytest.mark.parametrize("text", [
    "Prosjektet er forankret i planen, og kontoret har ikke fått midler fra 0–24-samarbeidet.",
    "Kontoret har ingen midler fra 0-24-samarbeidet.",
    "Kommunen har aldri fått programfinansiering gjennom 0–24-samarbeidet.",
    "Kontoret har ikkje fått midlar frå 0-24-samarbeidet.",
])
def test_a_negated_exclusion_is_no_exclusion(text) -> None:
    assert "EXCLUDED_0_24_PROGRAM" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Kommunen mottar programfinansiering gjennom 0–24-samarbeidet for samme målgruppe.",
    "Kontoret har ikke søkt før, men mottar midler fra 0-24-samarbeidet.",
    "Kommunen mottar programfinansiering gjennom 0-24 og har ingen andre midler.",
])
def test_a_negation_in_another_clause_leaves_the_exclusion(text) -> None:
    assert "EXCLUDED_0_24_PROGRAM" in _codes(text)
