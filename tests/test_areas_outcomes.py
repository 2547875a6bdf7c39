"""Priority areas in letters and descriptions that name their area and the
result they expect ("flere overgang til arbeid"): the result is no second
area (vocabulary ``areas.outcomes``), a transition the project secures is."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def areas(*paragraphs: str) -> list[str] | None:
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), S2020).draft.values.get("priority_areas")


def test_more_transitions_to_work_is_a_result_not_the_area_of_transitions() -> None:
    assert areas("Prosjektet gjelder det prioriterte området «Bruk av ordinært arbeidsliv», fordi "
                 "tettere oppfølging skal gi flere overgang til arbeid.") == ["ordinaert-arbeidsliv"]


def test_a_result_in_nynorsk_description_prose_is_no_area() -> None:
    assert areas("Prosjektskildring", "Målet er auka overgang til arbeid for brukarane våre.") in (None, [])


def test_a_transition_the_project_secures_is_still_the_area() -> None:
    assert "saarbare-overganger" in areas(
        "Prosjektet gjelder det prioriterte området «Bruk av ordinært arbeidsliv», og skal sikre "
        "overgangen fra skole til arbeid for unge.")
