"""The start date of a continuation: a letter tells when the project began
before when the year applied for starts; the start in the scheme's year is
the one the application is for (each test builds its own letter)."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def start_of(*paragraphs: str) -> str | None:
    return extract(word_doc(*paragraphs), S2020).draft.values.get("project.start_date")


def test_the_applied_years_start_is_preferred_to_the_projects_first() -> None:
    assert start_of(
        "Tiltaket ble startet opp 1. mars 2019 og søknaden gjelder andre driftsår (videreføring).",
        "Nytt driftsår starter 1. mars 2020.",
    ) == "2020-03-01"


def test_an_earlier_start_alone_is_still_the_start() -> None:
    assert start_of("Prosjektet startet 1. mars 2019 og søknaden gjelder videreføring.") == "2019-03-01"


def test_the_first_start_in_the_year_wins_over_later_ones() -> None:
    assert start_of("Oppstart 1. august 2020.", "Evalueringen starter 1. mars 2021.") == "2020-08-01"
