"""A letter with no kind box or label decides by what its text says most;
a continuation request tells its project's history, where the project was
once "nytt" ("I 2019 fikk vi tilskudd til et nytt prosjekt", "Tiltaket vart
starta som eit nytt tiltak i 2018"): that "new" is the past, and the request
is a continuation. A new project's plan to go on in a later year ("kan
videreføres i 2021") is no continuation."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _kind(*paragraphs: str) -> str | None:
    return extract(word_doc("Søknad om tilskudd 2020", *paragraphs), S2020).draft.values.get("project.kind")


@pytest.mark.parametrize("text", [
    "Arbeidslaget var et nytt tiltak da vi søkte i 2019. Nav Dal søker nå om videreføring for 2020.",
    "Tiltaket vart starta som eit nytt tiltak hausten 2018. Me søkjer om å vidareføre tiltaket i 2020.",
    "Da vi søkte i fjor, var dette et nytt prosjekt. Nå ønsker vi å videreføre prosjektet.",
])
def test_a_new_project_in_the_history_leaves_the_continuation(text) -> None:
    assert _kind(text) == "continuation"


@pytest.mark.parametrize("text", [
    "Vi søker om midler til et nytt prosjekt. Målet er at arbeidet kan videreføres i 2021 og 2022.",
    "Me søkjer om tilskot til eit nytt prosjekt, og håpar å vidareføre det i 2021.",
])
def test_a_plan_for_a_later_year_is_no_continuation(text) -> None:
    assert _kind(text) == "new"


def test_a_new_project_with_no_continuation_word_stays_new() -> None:
    assert _kind("Tidligere har vi ikke hatt et slikt tilbud, så vi søker om et nytt prosjekt.") == "new"


@pytest.mark.parametrize(("question", "answer", "kind"), [
    ("Gjelder søknaden et nytt prosjekt eller en videreføring av et prosjekt som tidligere har mottatt tilskudd?",
     "Et nytt prosjekt.", "new"),
    ("Er dette eit nytt prosjekt eller ei vidareføring av eit prosjekt som har fått tilskot før?",
     "Vidareføring.", "continuation"),
])
def test_a_question_offering_both_kinds_leaves_the_answer_to_decide(question, answer, kind) -> None:
    """The question names both kinds (and the project's history); only the
    answer under it says which one this is."""
    assert _kind(question, answer) == kind
