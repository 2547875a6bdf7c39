"""Priority areas in letters that say whom the project serves or what means
it uses ("ungdom", "arbeidsgivere", "jobbspesialist"; vocabulary
``areas.context_phrases``): beside an area named in stronger words they add
no area; alone they still show one, so that no letter is left without."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def areas(*paragraphs: str) -> list[str] | None:
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), S2020).draft.values.get("priority_areas")


def test_the_target_group_beside_a_stated_area_is_no_second_area() -> None:
    assert areas("Prosjektet gjelder det prioriterte området «Bruk av ordinært arbeidsliv», for ungdom "
                 "som står utenfor skole og arbeid.") == ["ordinaert-arbeidsliv"]


def test_an_employer_beside_a_stated_area_is_a_means_not_an_area() -> None:
    assert areas("Vi søker innenfor området sikring av sårbare overganger. Deltakerne får praksis hos en "
                 "arbeidsgiver i nærmiljøet mens de bor i kommunal bolig.") == ["saarbare-overganger"]


def test_nynorsk_youth_as_target_group_of_released_prisoners_is_the_transition_area() -> None:
    assert areas("Målgruppa er ungdom mellom 18 og 24 år. Prosjektet skal hjelpe dei som kjem ut frå "
                 "fengsel med bustad og arbeid.") == ["saarbare-overganger"]


def test_employers_in_a_refugee_project_add_no_area() -> None:
    assert areas("Prosjektet gir nyankomne flyktninger tett oppfølging av egen veileder, og vi samarbeider "
                 "med arbeidsgivere i regionen om språkpraksis.") == ["barnefamilier-ungdom-innvandrere"]


def test_a_staff_role_beside_a_background_of_young_adults_adds_nothing() -> None:
    assert areas("Prosjektet skal bruke ordinært arbeidsliv aktivt, med plass i lokale bedrifter. Ledigheten "
                 "blant unge voksne i kommunen er høy, og vi søker om en jobbspesialist.") \
        == ["ordinaert-arbeidsliv"]


def test_a_target_group_alone_still_shows_its_area() -> None:
    assert areas("Prosjektet skal følge opp ungdom mellom 16 og 20 år som har droppet ut, "
                 "med en fast kontakt i Nav.") == ["barnefamilier-ungdom-innvandrere"]
