"""A tick typed between the two options ("Ja ✓ Nei") may close the one
before it or open the one after it; the line alone cannot tell. A document
that shows its habit on another line ("Ja Nei ✓": the tick after its option;
"✓ Ja Nei": before it) decides; without one the answer stays null."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _interest(network: str, evaluation: str) -> tuple[object, object]:
    doc = pdf_doc([[("Prosjektnavn:", 50), ("Trygg overgang", 250)],
                   [("Vil kontoret være med i nettverk for kontorene?", 50), (network, 380)],
                   [("Vil kontoret ha ekstern prosessevaluering?", 50), (evaluation, 380)]])
    values = extract(doc, S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


@pytest.mark.parametrize("network, evaluation, expected", [
    ("Ja ✔ Nei", "Ja Nei ✔", (True, False)),
    ("Nei ✓ Ja", "Ja Nei ✓", (False, False)),
    ("Ja ✔ Nei", "✔ Ja Nei", (False, True)),
])
def test_the_documents_habit_places_a_tick_between_the_options(network, evaluation, expected) -> None:
    assert _interest(network, evaluation) == expected


def test_a_tick_between_the_options_with_no_habit_shown_answers_nothing() -> None:
    assert _interest("Ja ✔ Nei", "Ja ✔ Nei") == (None, None)


@pytest.mark.parametrize("text", ["Ja ✓ Nei", "Nei ✔ Ja"])
def test_a_lone_answer_with_the_tick_between_is_none(text) -> None:
    assert written_answer(text) is None


@pytest.mark.parametrize("text, answer", [("Ja Nei ✓", False), ("✓ Ja Nei", True), ("☒ Ja ☐ Nei", True)])
def test_ticks_outside_the_options_still_answer(text, answer) -> None:
    assert written_answer(text) is answer
