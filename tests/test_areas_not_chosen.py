"""Phrases that name an area without choosing it: a negation of what the
project is for ("Prosjektet gjelder ikke innvandrere", "Tiltaket er ikkje
meint for barnefamiliar og ungdom", "… unge foreldre er ikke målgruppen"),
and a sentence telling what the call prioritises ("Direktoratet har i
rundskrivet pekt ut …"). A negated problem ("at ingen faller mellom to
stoler") is still the project's aim, and a sentence that names the call and
the project states the project's own area."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _areas(*paragraphs: str) -> list[str]:
    return extract(word_doc(TITLE, *paragraphs), S2020).draft.values.get("priority_areas") or []


def test_a_negated_target_group_is_no_area() -> None:
    assert _areas("Nav Fjordby vil ansette en jobbspesialist som skal skaffe deltakerne vanlig arbeid hos "
                  "bedrifter i kommunen. Prosjektet gjelder ikke innvandrere eller unge under 25 år.") \
        == ["ordinaert-arbeidsliv"]


def test_a_negation_in_nynorsk_takes_back_the_whole_list() -> None:
    assert _areas("Tiltaket skal sikre sårbare overgangar for dei som blir lauslatne frå fengsel. "
                  "Tiltaket er ikkje meint for barnefamiliar, ungdom eller innvandrarar.") \
        == ["saarbare-overganger"]


def test_a_negation_after_the_group_takes_it_back() -> None:
    assert _areas("Vi skal sikre sårbare overganger fra institusjon til egen bolig. "
                  "Unge foreldre er ikke målgruppen for dette tiltaket.") == ["saarbare-overganger"]


def test_a_negated_problem_is_still_the_aim() -> None:
    assert "saarbare-overganger" in _areas("Målet er at ingen skal falle mellom to stoler når de går fra "
                                           "videregående skole til arbeid, og at unge ikke faller mellom to stoler.")


def test_not_only_youth_is_youth() -> None:
    assert "barnefamilier-ungdom-innvandrere" in _areas(
        "Prosjektet retter seg ikke bare mot ungdom, men også mot nyankomne innvandrere.")


def test_the_calls_areas_quoted_are_no_choice() -> None:
    assert _areas("Direktoratet har i rundskrivet pekt ut bruk av ordinært arbeidsliv, oppfølging av "
                  "barnefamilier, ungdom og innvandrere og sikring av sårbare overganger som prioriterte områder.",
                  "Hos oss skal en veileder følge opp familier med barn der foreldrene har lav inntekt.") \
        == ["barnefamilier-ungdom-innvandrere"]


def test_the_call_and_the_project_in_one_sentence_is_the_projects_area() -> None:
    assert _areas("I tråd med utlysingen skal prosjektet sikre sårbare overganger fra skole til arbeid.") \
        == ["saarbare-overganger"]


def test_a_negation_of_the_phrase_that_holds_the_area_phrase() -> None:
    assert _areas("Vi vil bruke ordinært arbeidsliv som arena for personer med nedsatt arbeidsevne. "
                  "Prosjektet handler ikke om overganger fra institusjon.") == ["ordinaert-arbeidsliv"]


def test_not_knowing_whether_is_no_negation() -> None:
    assert "barnefamilier-ungdom-innvandrere" in _areas(
        "Vi vet ikke om ungdom i kommunen kjenner tilbudet, og vil derfor følge opp ungdom tettere.")


def test_where_the_project_leads_is_not_the_area_its_letter_states() -> None:
    """A letter that states its area by the call's label: the paragraph's
    other sentences say where the participants go, not a second area."""
    assert _areas("Deltakerne skal følges fra institusjon til egen bolig og videre ut i ordinært arbeid. "
                  "Prosjektet har valgt prioritert område sikring av sårbare overganger.") == ["saarbare-overganger"]
