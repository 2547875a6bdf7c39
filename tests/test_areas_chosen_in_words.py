"""Priority areas argued, chosen and excluded in words (fix15c).

An area named to leave it out ("Vi søker ikke om midler til arbeid med …",
"… er ikkje ein del av prosjektet", "… fell utanfor prosjektet") is no
area; areas answered yes or no after each name in running text ("Bruk av
ordinært arbeidsliv – ja; …") are chosen by their answers; a letter that
names one area by its name and states another by the verb of its name
("skal også følge opp …") has both, while the group the named area's project
follows up without such an added word is whom it serves; the goal of work every project names
("med mål om ordinær jobb") is a result, not the working-life area; work
placements in local business ("praksisplasser i næringslivet") are."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.area_answers import answered_areas
from soknad_extract.extract.context import Context
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEADING = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"

WORK, FAMILY, TRANSITIONS = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def _areas(*paragraphs: str) -> list[str] | None:
    return extract(word_doc(HEADING, *paragraphs), S2020).draft.values.get("priority_areas")


@pytest.mark.parametrize("paragraph, expected", [
    ("Tiltaket skal sikre sårbare overganger for innsatte som løslates fra fengsel. "
     "Vi søker ikke om midler til oppfølging av barnefamilier eller andre grupper.", [TRANSITIONS]),
    ("Prosjektet skal bruke ordinært arbeidsliv som arena. Me har ikkje søkt om tilskot til tiltak for "
     "einslege forsørgjarar eller andre unge vaksne.", [WORK]),
    ("Prosjektet skal bruke ordinært arbeidsliv som arena. Overgangar frå skule til arbeid er ikkje "
     "ein del av prosjektet.", [WORK]),
    ("Prosjektet skal bruke ordinært arbeidsliv som arena. Oppfølging av flyktninger faller utenfor "
     "prosjektet.", [WORK]),
])
def test_an_area_named_to_leave_it_out_is_no_area(paragraph: str, expected: list[str]) -> None:
    assert _areas(paragraph) == expected


def test_a_negation_in_an_earlier_clause_leaves_the_area() -> None:
    assert FAMILY in (_areas("Vi har ikke søkt om midler før, men skal nå følge opp unge foreldre med "
                             "lav inntekt tett.") or [])


@pytest.mark.parametrize("paragraph, expected", [
    ("Satsingsområde: Bruk av ordinært arbeidsliv – ja; Oppfølging av barnefamiliar, ungdom og innvandrarar "
     "– nei; Sikring av sårbare overgangar – ja.", [WORK, TRANSITIONS]),
    ("Prioritert område. Bruk av ordinært arbeidsliv: Nei. Oppfølging av barnefamilier, ungdom og "
     "innvandrere: Ja. Sikring av sårbare overganger: Nei.", [FAMILY]),
    ("Områder: Bruk av ordinært arbeidsliv (nei), sikring av sårbare overganger (nei).", []),
])
def test_areas_answered_after_each_name_are_chosen_by_the_answers(paragraph: str, expected: list[str]) -> None:
    assert _areas(paragraph, "Prosjektet skal gi tett oppfølging til deltakerne.") == expected


def test_a_printed_yes_no_after_each_name_is_no_answer() -> None:
    doc = word_doc(HEADING, "Bruk av ordinært arbeidsliv (ja/nei). Sikring av sårbare overganger (ja/nei).")
    assert answered_areas(Context(doc, S2020)) is None


@pytest.mark.parametrize("paragraphs, expected", [
    (("Vi har valgt prioritert område bruk av ordinært arbeidsliv. Prosjektkoordinatoren skal i tillegg "
      "følge opp enslige forsørgere som har stått lenge utenfor arbeid.",), [FAMILY, WORK]),
    (("Prosjektet gjeld sikring av sårbare overgangar for unge som fell ut av skulen. Rettleiaren skal "
      "dessutan følgje opp nykomne flyktningar.",), [FAMILY, TRANSITIONS]),
    (("Vi har valgt prioritert område sikring av sårbare overganger. Prosjektet følger opp ungdom som "
      "flytter fra institusjon til egen bolig.",), [TRANSITIONS]),
    (("Vi har valgt prioritert område sikring av sårbare overganger. Veilederen skal følge opp "
      "arbeidsgiverne underveis.",), [TRANSITIONS]),
])
def test_the_verb_of_an_areas_name_states_it(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert _areas(*paragraphs) == expected


def test_the_goal_of_work_is_no_working_life_area() -> None:
    assert _areas("Prioritert område: Tiltaket rettar seg mot unge flyktningar, med mål om ordinær jobb "
                  "eller skule.") == [FAMILY]


def test_work_placements_in_local_business_are_the_working_life_area() -> None:
    assert _areas("Prosjektet følger opp nyankomne innvandrere og samarbeider med næringslivet i regionen om "
                  "praksisplasser.") == [FAMILY, WORK]


def _boxed(*paragraphs: str) -> list[str] | None:
    boxes = [FormField(kind="checkbox", method="drawn", page=1, label=label, checked=checked)
             for label, checked in (("Bruk av ordinært arbeidsliv", False),
                                    ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                                    ("Sikring av sårbare overganger", False))]
    return extract(word_doc(HEADING, *paragraphs, fields=boxes), S2020).draft.values.get("priority_areas")


@pytest.mark.parametrize("paragraph", [
    "Selv om vi ikke har krysset av for sikring av sårbare overganger, er overgangen fra barnevern til "
    "voksenliv kjernen i prosjektet.",
    "Sjølv om me ikkje har valt sårbare overgangar, skal tiltaket særleg ta vare på unge som går ut av "
    "barnevernet.",
])
def test_an_unticked_area_the_office_concedes_and_argues_for_is_chosen(paragraph: str) -> None:
    assert _boxed(paragraph) == [FAMILY, TRANSITIONS]


def test_an_unticked_area_named_without_a_concession_is_not_chosen() -> None:
    assert _boxed("Vi har ikke krysset av for sikring av sårbare overganger, fordi kommunen har egne tiltak "
                  "for dette.") == [FAMILY]
