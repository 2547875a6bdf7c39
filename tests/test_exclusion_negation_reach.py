"""Long Norwegian sentences join clauses without commas: a negation that
governs another verb earlier in the clause ("Vi klarer ikke å følge opp alle
… og søker derfor om økt bemanning") does not take back the exclusion phrase
further on. Only a negation of the phrase's own verb phrase, in the few words
before it or inside it, does ("har ikke fått noen midler fra 0-24")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _codes(text: str) -> set[str]:
    return {hit.code for hit in extract(word_doc(text), S2020).exclusions}


@pytest.mark.parametrize("text, code", [
    ("Vi har ikke hatt egne midler til dette arbeidet før 2019 da kommunen ble programkommune i "
     "0-24-samarbeidet.", "EXCLUDED_0_24_PROGRAM"),
    ("Vi klarer ikke å følge opp alle ungdommene i dag og søker derfor om økt bemanning.",
     "EXCLUDED_CAPACITY_ONLY"),
    ("Vi har ikkje hatt eigne midlar til dette arbeidet før kommunen fekk midlar frå 0-24-samarbeidet.",
     "EXCLUDED_0_24_PROGRAM"),
])
def test_a_negation_of_an_earlier_verb_leaves_the_exclusion(text, code) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize("text, code", [
    ("Kontoret har ikke fått noen midler fra 0-24-samarbeidet.", "EXCLUDED_0_24_PROGRAM"),
    ("Vi søker ikke om økt bemanning.", "EXCLUDED_CAPACITY_ONLY"),
])
def test_a_negation_of_the_phrases_own_verb_takes_it_back(text, code) -> None:
    assert code not in _codes(text)
