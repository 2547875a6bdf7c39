"""A typed "X" among the bare options "Ja" and "Nei": at the line's start it
opens the option after it; beside a wide gap it hugs the option across from
the gap; single-spaced between them ("Ja X Nei") the document's own habit,
shown by another line ("X Ja Nei"), decides, and without one nothing does."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("text, answer", [
    ("X Ja Nei", True), ("X Nei Ja", False), ("Ja    X Nei", False), ("Ja X\tNei", True),
    ("Nei X    Ja", False), ("Ja X Nei", None), ("Ja Nei", None),
])
def test_a_typed_x_among_bare_options(text, answer) -> None:
    assert written_answer(text) is answer


def _interest(rows: list[list[str]]):
    record = extract(word_doc("Søknad om tilskudd til utvikling av sosiale tjenester", tables=[rows]), S2020)
    return record.draft.get("interest.network"), record.draft.get("interest.process_evaluation")


def test_the_documents_habit_reads_a_mark_between_options() -> None:
    assert _interest([["1", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "X Nei Ja"],
                      ["2", "Ønsker kontoret ekstern prosessevaluering?", "Ja X Nei"]]) == (False, False)
    assert _interest([["1", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Ja Nei X"],
                      ["2", "Ønsker kontoret ekstern prosessevaluering?", "Ja X Nei"]]) == (False, True)


def test_without_a_habit_a_mark_between_options_answers_nothing() -> None:
    assert _interest([["1", "Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Ja X Nei"],
                      ["2", "Ønsker kontoret ekstern prosessevaluering?", "Ja X Nei"]]) == (None, None)
