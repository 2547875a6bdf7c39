"""Priority areas in letters that say whom the project serves or what means
it uses ("ungdom", "arbeidsgivere", "jobbspesialist"; vocabulary
``areas.target_groups``, ``areas.means``): beside an area stated in the
announcement's words they count only in the stating clause or one that
states the target group; a means adds no area beside a phrase that names
one; alone they still show one, so that no letter is left without."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def areas(*paragraphs: str, tables: list[list[list[str]]] = ()) -> list[str] | None:
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs, tables=tables), S2020).draft.values.get(
        "priority_areas")


def test_youth_in_another_sentence_than_the_stated_area_is_no_second_area() -> None:
    assert areas("Prosjektet gjelder det prioriterte området «Bruk av ordinært arbeidsliv». Mange ungdommer "
                 "i kommunen står utenfor skole og arbeid.") == ["ordinaert-arbeidsliv"]


def test_youth_in_the_clause_that_states_the_area_count() -> None:
    assert areas("Tiltaket skal gi unge mellom 20 og 28 år tett oppfølging mot ordinært arbeidsliv i "
                 "kommunen.") == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_an_employer_beside_a_stated_area_is_a_means_not_an_area() -> None:
    assert areas("Vi søker innenfor området sikring av sårbare overganger. Deltakerne får praksis hos en "
                 "arbeidsgiver i nærmiljøet mens de bor i kommunal bolig.") == ["saarbare-overganger"]


def test_nynorsk_youth_leaving_prison_are_the_target_group_of_the_transition_area() -> None:
    assert areas("Prosjektet rettar seg mot ungdom som kjem ut frå fengsel, og skal sikre sårbare overgangar "
                 "til eigen bustad.") == ["saarbare-overganger"]


def test_a_stated_target_group_counts_beside_a_stated_area() -> None:
    assert areas("Målgruppen er ungdom mellom 17 og 23 år uten fullført skolegang. Prosjektet skal sikre "
                 "sårbare overganger fra barnevern til voksenliv.") \
        == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_youth_in_the_background_is_no_area_beside_a_stated_one() -> None:
    assert areas("Ungdomsledigheten i regionen har økt de siste årene. Vi vil sikre sårbare overganger for "
                 "dem som flytter fra institusjon.") == ["saarbare-overganger"]


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


def test_ordinary_employers_name_the_area_of_ordinary_working_life() -> None:
    assert areas("Vi vil gi flyktninger i kommunen faste plasser hos vanlige arbeidsgivere i distriktet.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_a_target_group_after_a_target_label_and_colon_counts_beside_a_stated_area() -> None:
    assert areas("Prosjektet skal sikre sårbare overganger fra institusjon til egen bolig. Målgruppe: ungdom "
                 "mellom 16 og 24 år.") == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_young_parents_in_the_background_are_no_area_beside_a_stated_one() -> None:
    assert areas("Prosjektet skal sikre sårbare overganger for dem som skrives ut fra institusjon. Mange av "
                 "dem er unge foreldre.") == ["saarbare-overganger"]


def test_young_parents_stated_as_the_target_group_count_beside_a_stated_area() -> None:
    assert areas("Vi ønsker å bruke ordinært arbeidsliv aktivt. Målgruppen er unge foreldre i kommunen.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_a_target_group_in_the_cell_beside_a_target_label_counts_beside_a_stated_area() -> None:
    assert areas("Prosjektet skal sikre sårbare overganger fra institusjon til egen bolig.",
                 tables=[[["Målgruppe", "Ungdom mellom 16 og 24 år"], ["Varighet", "12 måneder"]]]) \
        == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
