"""A lone "Ja"/"Nei" beside the first line of an interest question that
wraps onto the next row, in a form without ruled cells
(``interest_rows.answer_beside_wrapped_question``)."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

_TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _interest(rows) -> dict[str, object]:
    values = extract(pdf_doc([[(_TITLE, 72)], *rows]), get_scheme("nav-sosiale-tjenester-2020")).draft.values
    return {k: values.get(f"interest.{k}") for k in ("network", "process_evaluation")}


def test_the_answer_beside_a_wrapped_question_answers_it() -> None:
    assert _interest([
        [("Ønsker kontoret å delta i", 72), ("Ja", 260)],
        [("nettverk/klyngesamarbeid?", 72)],
        [("Er kontoret interessert i", 72), ("Nei", 260)],
        [("ekstern prosessevaluering?", 72)],
    ]) == {"network": True, "process_evaluation": False}


def test_an_answer_beside_a_whole_question_does_not_answer_the_row_below() -> None:
    assert _interest([
        [("Har kontoret fått tilskudd før?", 72), ("Ja", 260)],
        [("og hva med nettverk/klyngesamarbeid?", 72)],
    ])["network"] is None
