"""Budgets in shapes the ninth held-out corpus showed (each test builds its
own layout): several posts on one line, set apart by "|", ";", a sentence's
end or a wide gap, some answered "ingen"; such a line whose last label wraps
onto the next line; a competence amount in a sentence ("til prosjektretta
kompetanse"); and a share after its own label inside a line of sentences."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Nav-kontor: NAV Fjordby")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


def budget(doc) -> dict:
    got = values(doc)
    return {key: got.get(key) for key in ("amounts.positions", "amounts.competence", "amounts.other",
                                          "amounts.total", "positions_percent_total")}


# 3. Competence stated in a sentence.

@pytest.mark.parametrize("sentence", [
    "I tillegg søkjer vi 10 000 kr til prosjektretta kompetanse.",
    "I tillegg søker vi om 10 000 kroner til prosjektrettet kompetanse.",
    "Vi søker også om 10 000 kroner til kompetanseheving.",
])
def test_competence_asked_for_in_a_sentence(sentence: str) -> None:
    got = budget(word_doc("Ulstein, 27. januar 2020", "Søknad om tilskot til utvikling av sosiale tenester 2020",
                          "Vi søkjer om ei stilling (100 %) som jobbspesialist. Lønn og sosiale kostnader utgjer "
                          f"585 000 kr. {sentence} Samla søkt tilskot er 595 000 kr."))
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (585_000, 10_000, 595_000)


def test_an_amount_for_salaries_and_competence_together_is_no_competence_amount() -> None:
    got = budget(word_doc("Søknad om tilskudd 2020", "Vi søker om 620 000 kroner til lønn og kompetanse."))
    assert got["amounts.competence"] is None
