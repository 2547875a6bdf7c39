"""Transitions described in paraphrase, Bokmål or Nynorsk: young people who
"fall between two stools" on their way from school or care into work."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page


def _areas(*lines: str):
    doc = text_doc(text_page(1, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
                             "Nav Elvebyen søkjer om midlar til ei stilling.", *lines))
    return extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.get("priority_areas") or []


def test_nynorsk_idiom_names_the_transition_area() -> None:
    assert "saarbare-overganger" in _areas(
        "Målet er at unge som sluttar i lærefaget ikkje fell mellom to stolar i møte med hjelpeapparatet.")


def test_bokmal_idiom_names_the_transition_area() -> None:
    assert "saarbare-overganger" in _areas(
        "Vi vil hindre at unge voksne faller mellom to stoler når oppfølgingen fra skolen slutter.")
