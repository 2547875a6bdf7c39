"""Offices named after a municipality whose name is an ordinary word
("Nav Stad" — "stad" is Nynorsk for "place", as in "Stad og dato"; "Nav Bø",
"Nav Hol", "Nav Vik", "Nav Ås", "Nav Gran", "Nav Rana"): "Nav X" with X
capitalised on Nav's line is the office where the document names the
municipality X; "Nav" before an ordinary phrase ("Nav stad og dato",
"Nav Stad/dato" as a signing label) is none."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")
PLACES = ["Stad", "Bø", "Hol", "Vik", "Sel", "Fjord", "Ås", "Nes", "Lom", "Os", "Hå", "Sund", "Gran", "Frøya",
          "Lund", "Rana"]


def _office(*lines: str) -> str | None:
    doc = text_doc(text_page(1, *lines))
    return extract(doc, S2020).draft.values.get("office.name")


@pytest.mark.parametrize("place", PLACES)
def test_a_nynorsk_letter_from_an_office_named_by_a_common_word(place: str) -> None:
    got = _office(f"Nav {place}", "Postboks 12", "Søknad om tilskot til utvikling av sosiale tenester",
                  f"Vi søkjer om midlar til eit prosjekt i {place} kommune som tek til 1. april 2020.",
                  "Stad og dato: 20.01.2020", f"Helsing Nav {place}")
    assert got == f"Nav {place}"


@pytest.mark.parametrize("place", ["Stad", "Hol", "Vik", "Gran"])
@pytest.mark.parametrize("label", ["Kommune:", "Kommune(r):", "Kommune :"])
def test_a_form_that_answers_the_municipality_by_that_name(place: str, label: str) -> None:
    got = _office("Søknadsskjema – tilskot til utvikling av sosiale tenester", f"Søkjar: Nav {place}",
                  f"{label} {place}", "Prosjektet tek til 1. april 2020.")
    assert got == f"Nav {place}"


def test_a_municipality_answer_with_more_words_does_not_name_the_office() -> None:
    got = _office("Søknad om tilskot til utvikling av sosiale tenester", "Nav Stad og dato: 20.01.2020",
                  "Kommune: Stad og Bremanger")
    assert got != "Nav Stad"


def test_a_letterhead_in_capitals_names_the_office() -> None:
    got = _office("NAV STAD", "Søknad om tilskudd til utvikling av sosiale tjenester",
                  "Prosjektet gjennomføres i Stad kommune i samarbeid med frivillige lag.")
    assert got == "Nav Stad"


@pytest.mark.parametrize("label", ["For Nav stad og dato: Eid, 20.01.2020", "Nav Stad/dato: 20.01.2020",
                                   "Nav Stad og dato:"])
def test_a_signing_label_after_nav_is_no_office(label: str) -> None:
    got = _office("Søknad om tilskot til utvikling av sosiale tenester",
                  "Prosjektet skal gå føre seg i Stad kommune.", label)
    assert got != "Nav Stad"


def test_nav_over_a_signing_label_on_the_next_line_is_no_office() -> None:
    got = _office("Søknad om tilskot til utvikling av sosiale tenester", "Prosjektet er i Stad kommune.",
                  "Underskrift Nav", "Stad og dato: 20.01.2020")
    assert got is None


def test_the_countys_unit_is_no_office_though_the_municipality_is_named() -> None:
    got = _office("Søknad om tilskudd til utvikling av sosiale tjenester", "Nav Grorud søker om midler.",
                  "Prosjektet er i Oslo kommune, og Nav Oslo og Nav Oslo stiller med fagstøtte.")
    assert got == "Nav Grorud"
