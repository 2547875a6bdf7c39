"""Letters whose facts are only in running prose, on letters built here:
a project named after the verb that carries it on ("ønsker å videreføre
prosjektet Jobbhuset, som …"), a request that names its posts before its
only amount ("midler til to stillinger …, til sammen 1 220 000 kroner") or
says it pays for salary alone, and a continuation's year said in words
("det tredje og siste året")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def letter(*sentences: str) -> dict:
    doc = word_doc(
        "Statsforvalteren i Eksempel",
        "Eksempelby 15. januar 2020",
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020",
        *sentences,
        "Kontaktperson for søknaden er Kari Nordmann, som nås på kari.nordmann@nav.no.",
    )
    return extract(doc, S2020).draft.values


# 1. A project named in running prose after the verb that carries it on.

@pytest.mark.parametrize("sentence, title", [
    ("Nav Eksempel ønsker å videreføre prosjektet Arbeid først, som fikk tilskudd i 2019.", "Arbeid først"),
    ("Nav Eksempel søkjer om å vidareføre prosjektet Ut i jobb, som starta i fjor.", "Ut i jobb"),
    ("Vi vil starte opp prosjektet Sammen videre. Det skal hjelpe unge.", "Sammen videre"),
    ("Nav Eksempel vil gjennomføre prosjektet Veien fram, som har gode resultater.", "Veien fram"),
])
def test_a_project_named_after_the_verb_that_carries_it_on_is_the_title(sentence: str, title: str) -> None:
    assert letter(sentence)["project.title"] == title


@pytest.mark.parametrize("sentence", [
    "Nav Eksempel ønsker å videreføre prosjektet i ordinær drift etter prosjektperioden.",
    "Vi vil gjennomføre prosjektet sammen med kommunen og frivillige.",
    "Målet er å etablere prosjektet som en fast del av tjenesten.",
])
def test_an_ordinary_noun_phrase_after_the_verb_is_no_title(sentence: str) -> None:
    assert letter(sentence).get("project.title") is None


# 2. A request that names its posts before its only amount.

def test_posts_named_before_the_only_amount_are_its_positions_part() -> None:
    got = letter("Vi ber om midler til to stillinger som jobbspesialist, til sammen 1 220 000 kroner "
                 "inkludert sosiale kostnader. Kommunen bidrar selv med kontorplass.")
    assert got["amounts.total"] == 1_220_000
    assert got["amounts.positions"] == 1_220_000
    assert got.get("amounts.competence") is None


@pytest.mark.parametrize("sentences", [
    ("Vi ber om midler til to stillinger og kompetanseheving, til sammen 1 230 000 kroner.",),
    ("Vi ber om midler til to stillinger, til sammen 1 230 000 kroner.",
     "Av dette er 10 000 kroner til kompetanse."),
    ("Vi ber om midler til prosjektet, til sammen 620 000 kroner.",),
])
def test_a_sum_that_may_hold_more_than_posts_is_not_the_positions_part(sentences: tuple[str, ...]) -> None:
    got = letter(*sentences)
    assert got.get("amounts.positions") != got.get("amounts.total")


# 2b. An amount said to pay for salary alone, in brackets after it or in a
# sentence of its own after the label that gives it.

@pytest.mark.parametrize("sentences", [
    ("Omsøkt beløp: kr 305 000,- (lønn inkl. sosiale kostnader). Vi søker ikke om kompetansemidler.",),
    ("Omsøkt beløp: kr 610 000",
     "Beløpet gjelder lønn og sosiale utgifter til én stilling som arbeidsveileder."),
])
def test_an_amount_said_to_pay_for_salary_alone_is_the_positions_part(sentences: tuple[str, ...]) -> None:
    got = letter(*sentences)
    assert got["amounts.positions"] == got["amounts.total"]
    assert got["amounts.total"] in (305_000, 610_000)


@pytest.mark.parametrize("sentences", [
    ("Omsøkt beløp: kr 620 000 (lønn og kompetanseheving).",),
    ("Omsøkt beløp: kr 620 000",
     "Beløpet gjelder lønn og sosiale utgifter, og kr 10 000 til kompetanse."),
    ("Omsøkt beløp: kr 620 000", "Beløpet gjelder lønn og sosiale utgifter.",
     "Kompetansemidler utgjør kr 10 000."),
])
def test_an_amount_that_may_pay_for_more_than_salary_is_not_the_positions_part(sentences: tuple[str, ...]) -> None:
    got = letter(*sentences)
    assert got.get("amounts.positions") != 620_000


# 3. A continuation's year said in words.

@pytest.mark.parametrize("sentence", [
    "Prosjektet fekk tilskot i 2018 og 2019, og 2020 vert det tredje og siste året.",
    "Prosjektet fikk tilskudd i fjor, og 2020 blir det andre året.",
    "Nav Eksempel søkjer om tilskot til å halde fram med prosjektet.",
])
def test_a_later_year_or_going_on_said_in_words_is_a_continuation(sentence: str) -> None:
    assert letter(sentence)["project.kind"] == "continuation"


def test_the_first_year_said_in_words_is_no_continuation() -> None:
    got = letter("Dette er et nytt prosjekt, og 2020 blir det første året.")
    assert got["project.kind"] == "new"


@pytest.mark.parametrize("sentence", [
    "Prosjektet skal gå over tre år. I det andre året skal vi utvide tilbudet til flere.",
    "Prosjektet går over tre år, og det tredje året brukar vi på å evaluere.",
    "Prosjektet er planlagt over tre år. I det tredje og siste året skal vi evaluere.",
    "Vi søker om midler til et nytt prosjekt over tre år. I det tredje og siste året skal tiltaket evalueres.",
])
def test_a_new_projects_plan_for_a_later_year_is_no_continuation(sentence: str) -> None:
    """"I det andre året skal vi …" is a plan for a year to come, not the
    year the project is in: only "2020 blir det andre året" says it goes on."""
    assert letter(sentence).get("project.kind") != "continuation"
