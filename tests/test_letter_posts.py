"""Letters that state the budget in one sentence: the salary post set off by
commas after the post it pays for ("lønn til ei 60 % stilling som
miljøterapeut, 366 000 kroner, …"), and competence named as the training it
buys ("til kurs", "til opplæring"); and transitions told as young people
who "fall between" school and Nav."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(*lines: str, head: str = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"):
    doc = text_doc(text_page(1, head, *lines))
    return extract(doc, S2020).draft.values


def test_nynorsk_salary_post_in_commas_and_a_course() -> None:
    got = _values("Nav Fjordbyen søkjer om løn og sosiale utgifter til ei 60 % stilling som miljøterapeut, "
                  "366 000 kroner, og 15 000 kroner til kurs i motiverande intervju, til saman 381 000 kroner.",
                  head="Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    assert (got.get("amounts.positions"), got.get("amounts.competence"), got.get("amounts.total")) == \
        (366_000, 15_000, 381_000)


def test_bokmal_salary_post_in_commas_and_training() -> None:
    got = _values("Vi søker om lønn til en 100 % stilling som veileder, NOK 600 000, og NOK 20 000 "
                  "til opplæring av ansatte, til sammen NOK 620 000.")
    assert (got.get("amounts.positions"), got.get("amounts.competence"), got.get("amounts.total")) == \
        (600_000, 20_000, 620_000)


def test_an_amount_with_words_of_its_own_keeps_its_clause() -> None:
    got = _values("Vi søker om lønn til en 100 % stilling som veileder, kr 50 000 går til drift av lokaler.",
                  "Til sammen søker vi om kr 650 000.")
    assert got.get("amounts.positions") is None


def test_falling_between_school_and_nav_is_a_transition() -> None:
    got = _values("Prosjektet skal hjelpe unge som slutter på skolen, slik at de ikke faller mellom "
                  "oppfølgingstjenesten og Nav-kontoret.")
    assert "saarbare-overganger" in (got.get("priority_areas") or [])
