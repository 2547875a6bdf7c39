"""A row of printed options ("Ja  Nei") is never an answer: not the value of
the label above it, nor the head of a wrapped question on the next line."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _interest(rows) -> tuple[object, object]:
    values = extract(pdf_doc([[("Prosjektnavn:", 50), ("Trygg overgang", 250)], *rows]), S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


def test_options_under_a_label_are_no_answer() -> None:
    assert _interest([[("Nettverkssamarbeid", 50)], [("Ja", 70), ("Nei.", 150)],
                      [("Ekstern evaluering av prosessen", 50)], [("Ja", 70), ("Nei.", 150)]]) == (None, None)


def test_options_over_the_next_question_are_no_answer_to_it() -> None:
    assert _interest([[("Vil kontoret delta i nettverk med andre kontor?", 50)], [("Ja", 70), ("Nei", 150)],
                      [("Vil kontoret delta i ekstern prosessevaluering?", 50)]]) == (None, None)
