"""New or continuation answered yes or no to a question naming one kind
("Er dette ei vidareføring?" answered "Nei" from a drop-down, "Er dette et
nytt prosjekt?" answered "Nei"): a no says the other kind. And the plan to
go on in ordinary operation after the project ("skal videreføres i
kontorets drift når prosjektet er slutt"), which nearly every application
states, never makes the application a continuation."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.kind import kind_of_yes_no
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _kind(*rows: list[str], fields: list[FormField] = (), text: tuple[str, ...] = ()) -> str | None:
    document = word_doc("Søknad om tilskudd", *text, tables=[[["Prosjektnavn", "Losen"], *rows]], fields=list(fields))
    return extract(document, S2020).draft.values.get("project.kind")


@pytest.mark.parametrize("question, answer, expected", [
    ("Er dette ei vidareføring?", "Nei", "new"),
    ("Er dette en videreføring av et tidligere prosjekt?", "nei", "new"),
    ("Er dette ei vidareføring?", "Ja", "continuation"),
    ("Er dette et nytt prosjekt?", "Nei", "continuation"),
    ("Er det eit nytt tiltak?", "Ja", "new"),
    ("Har prosjektet fått tilskudd fra ordningen tidligere?", "Nei", "new"),
    ("Har tiltaket tidlegare motteke tilskot?", "Ja", "continuation"),
])
def test_a_yes_or_no_to_a_question_about_one_kind(question: str, answer: str, expected: str) -> None:
    assert _kind([question, answer]) == expected


def test_a_no_box_under_a_question_about_one_kind() -> None:
    boxes = [FormField("checkbox", "content_control", 1, label="Ja", checked=False, group="Videreføring av tidligere prosjekt?"),
             FormField("checkbox", "content_control", 1, label="Nei", checked=True, group="Videreføring av tidligere prosjekt?")]
    assert _kind(fields=boxes) == "new"


def test_a_question_naming_both_kinds_or_no_question_is_not_answered() -> None:
    assert kind_of_yes_no("Nytt prosjekt eller videreføring?", True) is None
    assert kind_of_yes_no("Er dette ei vidareføring?", None) is None
    # a no beside a bare option may be another line's box
    assert kind_of_yes_no("Nytt prosjekt", False) is None


_PLANS = ("Metoden skal videreføres i kontorets ordinære drift når prosjektet er slutt.",
          "Tiltaket blir vidareført i drifta etter prosjektperioden.",
          "Målet er at arbeidet videreføres etter at tilskuddet er brukt opp.",
          "Vi planlegger videreføring som en del av ordinær drift.")


def test_a_grant_before_in_running_text_says_no_kind() -> None:
    assert _kind(text=("Kontoret har fått tilskudd tidligere til et annet prosjekt.",)) is None


def test_plans_for_after_the_project_are_no_continuation() -> None:
    assert _kind(text=_PLANS) is None
    assert _kind(text=("Dette er et nytt prosjekt for kontoret.",) + _PLANS + _PLANS) == "new"


def test_a_continuation_is_still_read_beside_such_plans() -> None:
    assert _kind(text=("Prosjektet er en videreføring av Jobbhuset, som har vært i drift siden 2018.",
                       "Arbeidet skal videreføres i ordinær drift.")) == "continuation"
