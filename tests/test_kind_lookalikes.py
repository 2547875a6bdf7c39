"""Look-alikes of the yes/no kind questions read since fix11b: a question
that names a kind only as the condition of another question ("Hvis
videreføring: er sluttrapporten sendt?"), and a grant from another source
("Har tiltaket tidligere fått tilskudd fra Husbanken?"): their yes or no
says nothing of whether the project is new."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.kind import kind_of_yes_no
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("question, answer", [
    ("Hvis videreføring, er sluttrapport for forrige periode sendt?", False),
    ("Dersom vidareføring: er rapporten for 2019 levert?", True),
    ("3.2 Ved nytt prosjekt: er tiltaket forankret i ledelsen?", False),
    ("Viss nytt tiltak, er det forankra i leiinga?", True),
])
def test_a_kind_named_as_a_condition_is_not_asked(question: str, answer: bool) -> None:
    assert kind_of_yes_no(question, answer) is None


@pytest.mark.parametrize("question", [
    "Har tiltaket tidligere fått tilskudd fra Husbanken?",
    "Har prosjektet fått tilskudd tidligere fra fylkeskommunen?",
])
def test_a_grant_from_another_source_says_no_kind(question: str) -> None:
    assert kind_of_yes_no(question, False) is None
    assert kind_of_yes_no(question, True) is None


def test_a_no_to_a_conditional_question_says_no_kind() -> None:
    doc = word_doc("Søknad om tilskudd", tables=[[["Prosjektnavn", "Losen"],
                                                  ["Hvis videreføring, er sluttrapport sendt?", "Nei"]]])
    assert extract(doc, S2020).draft.values.get("project.kind") != "new"
