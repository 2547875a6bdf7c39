"""Whom a project serves, and how, in a letter's own words.

A target group that a relative clause defines by another area ("unge
voksne som løslates fra fengsel", "ungdom som går frå vidaregåande skule
til arbeid") is whom that area's project serves: it chooses no area of its
own, in the answer to the area question as in a letter's prose; a project
that follows such a group up by its own area's verb ("skal følge opp
ungdom som …") still chooses it. "Unge" with a noun for the office's
clients ("unge arbeidssøkere", "unge deltakarar") is a target group as
"unge voksne" is; follow-up at the workplace ("oppfølging ute på
arbeidsplassen") is ordinary working life's method."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def areas(*paragraphs: str) -> list[str] | None:
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), S2020).draft.values.get("priority_areas")


def answered(label: str, answer: str) -> list[str] | None:
    doc = word_doc(HEAD, tables=[[["Kontaktperson", "Kari Moen"], [label, answer]]])
    return extract(doc, S2020).draft.values.get("priority_areas")


def test_a_group_defined_by_release_from_prison_is_the_transition_areas() -> None:
    assert areas("Prosjektet skal gi ungdom mellom 18 og 25 år som kommer ut av fengsel en fast kontaktperson, "
                 "og sikre overgangen til bolig og arbeid.") == ["saarbare-overganger"]


def test_nynorsk_group_defined_by_leaving_school_is_the_transition_areas() -> None:
    assert areas("Tiltaket gir unge vaksne som går frå skule til arbeid ein fast rettleiar.") \
        == ["saarbare-overganger"]


def test_the_answer_naming_an_area_then_its_group_chooses_that_area_only() -> None:
    assert answered("Prioritert område",
                    "Sikring av sårbare overganger – ungdom som står i fare for å falle mellom to stoler "
                    "etter videregående.") == ["saarbare-overganger"]


def test_a_group_the_project_follows_up_by_its_areas_verb_still_counts() -> None:
    assert areas("Prosjektet skal følge opp ungdom som løslates fra fengsel, med bolig og arbeid.") \
        == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_a_group_without_a_defining_clause_still_counts_beside_the_other_area() -> None:
    assert areas("Prosjektet gir unge voksne en fast veileder, og skal sikre overgangen fra fengsel til arbeid.") \
        == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_young_clients_named_by_their_noun_are_a_target_group() -> None:
    assert areas("Vi vil gi unge arbeidssøkere praksis hos lokale arbeidsgivere i handelen.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]
    assert areas("Me vil gje unge deltakarar arbeidstrening hos lokale arbeidsgjevarar.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_follow_up_at_the_workplace_names_ordinary_working_life() -> None:
    assert areas("Prosjektet skal gi flyktninger tett oppfølging på arbeidsplassen de første månedene.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]
    assert areas("Tiltaket gjev innvandrarar oppfølging ute i verksemda, i samarbeid med lokale verksemder.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_a_group_given_its_areas_work_after_the_relative_clause_still_counts() -> None:
    assert areas("Prosjektet skal gi ungdom som står utenfor skole tett oppfølging mot ordinært arbeidsliv.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_another_areas_phrase_far_into_the_sentence_defines_no_group() -> None:
    assert areas("Prosjektet skal hjelpe ungdom som har droppet ut av skolen og mistet kontakten med Nav "
                 "til å få fast jobb i ordinære bedrifter i kommunen.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_a_group_another_areas_phrase_is_for_is_whom_that_area_serves() -> None:
    assert areas("Tiltaket skal bruke lokale bedrifter og det ordinære arbeidslivet som læringsarena for "
                 "unge arbeidssøkere.") == ["ordinaert-arbeidsliv"]
    assert areas("Prosjektet skal sikre sårbare overgangar frå skule til arbeid for dei unge vaksne i kommunen.") \
        == ["saarbare-overganger"]


def test_follow_up_for_a_group_is_its_own_areas_work() -> None:
    assert areas("Tiltaket skal gi tett oppfølging i ordinært arbeidsliv for ungdom.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]
