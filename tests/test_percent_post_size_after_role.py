"""A post counted in words and sized right after its role or noun, in
brackets or with "på": "en stilling som jobbspesialist (50 %)", "ei
prosjektstilling (80 %)", "to stillinger (2 x 50 %)", "ein stilling som
rettleiar på 40 %" (``norwegian.post_sizes``). The size is the share, not a
full post beside it. A bracket that says something else about a share
("(50 % av lønnskostnaden)", "(inntil 50 %)") sizes nothing, and a post said
to be whole ("ei heil stilling") keeps its own size."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian.percent import find_percents
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


@pytest.mark.parametrize(("text", "values"), [
    ("Kontoret søker om en stilling som IPS-jobbspesialist (50 %) fra mars.", [50.0]),
    ("Vi søkjer om ei stilling som familierettleiar (60 %).", [60.0]),
    ("Det søkes om 1 prosjektstilling (80 % stilling) i ett år.", [80.0]),
    ("Vi søker om én ny stilling ( 40% ).", [40.0]),
    ("Midlene skal dekke to stillinger (2 x 50 %).", [100.0]),
    ("Midlane skal dekke to stillingar (100 % + 60 %).", [160.0]),
    ("Vi søkjer om ein stilling som rettleiar på 40 %.", [40.0]),
])
def test_the_size_after_the_post_is_its_share(text: str, values: list[float]) -> None:
    assert [m.value for m in find_percents(text)] == values


@pytest.mark.parametrize(("text", "values"), [
    ("Vi søker om en stilling som jobbspesialist (50 % av lønnskostnaden).", [100.0, 50.0]),
    ("Vi søker om en stilling som jobbspesialist (inntil 50 %).", [100.0, 50.0]),
    ("Vi søker om en stilling (50 % finansiert av kommunen).", [100.0, 50.0]),
    ("Vi søker om ei heil stilling (60 %).", [100.0, 60.0]),
    ("Vi søker om to stillinger (50 %).", [200.0, 50.0]),
    ("Vi søker om en stilling (150 %).", [100.0, 150.0]),
    ("Vi søker om en stilling som veileder på 50 % av full tid.", [100.0, 50.0]),
])
def test_a_bracket_or_phrase_that_is_no_size_of_the_post_changes_nothing(text: str, values: list[float]) -> None:
    assert [m.value for m in find_percents(text)] == values


def _positions(doc) -> tuple:
    values = extract(doc, S2020).draft.values
    return values.get("positions"), values.get("positions_percent_total")


def test_a_letter_asking_for_a_post_sized_in_brackets() -> None:
    doc = word_doc(HEAD, "Prosjektnavn: Vei til jobb",
                   "Nav Eidskog søker om en stilling som jobbspesialist (50 %) fra 1. mars 2020.",
                   "Lønn og sosiale kostnader utgjør kr 305 000. Vi søker totalt om kr 305 000.")
    positions, total = _positions(doc)
    assert total == 50.0
    assert positions == [{"title": "jobbspesialist", "percent": 50.0, "amount": 305000}]


def test_a_nynorsk_letter_with_the_share_after_the_role() -> None:
    doc = text_doc(text_page(1, "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                             "Prosjektnamn: Saman i arbeid",
                             "Vi søkjer om ei stilling som familiekoordinator på 60 %.", "Budsjett"))
    positions, total = _positions(doc)
    assert total == 60.0
    assert positions[0]["title"] == "familiekoordinator"


def test_a_bracket_giving_the_salary_share_is_no_position_share() -> None:
    doc = word_doc(HEAD, "Prosjektnavn: Vei til jobb",
                   "Vi søker om en stilling som jobbspesialist (50 % av lønnskostnaden).")
    assert _positions(doc)[1] != 50.0
