"""Interest answers written after the question (issue 12, class 4): "Ja" or
"Nei" after the question's "?" or ":" on its own line, two questions on one
line, the answer opening the next line or the same table cell, in Bokmål and
Nynorsk. A "Nei" is an answer like a "Ja"; null only when nothing answers."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = [("Prosjektnavn:", 50), ("Veien videre", 250)]


def _interest(doc) -> tuple[bool | None, bool | None]:
    values = extract(doc, S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


@pytest.mark.parametrize("network, evaluation, expected", [
    ("Vil Nav-kontoret delta i et klyngesamarbeid? Nei.", "Er det ønskelig med ekstern prosessevaluering? Ja.",
     (False, True)),
    ("Vil kontoret vere med i nettverk? nei", "Vil kontoret ha ekstern prosessevaluering? Ja, gjerne.",
     (False, True)),
    ("Deltakelse i nettverk: Ja", "Ekstern prosessevaluering: Nei, ikke nå", (True, False)),
    ("Deltaking i nettverk: Nei, ikkje no", "Ekstern prosessevaluering: Ikkje aktuelt", (False, False)),
    ("Deltakelse i nettverk: ønsker ikke", "Ekstern prosessevaluering: interessert, men ikke i år", (False, True)),
    ("Deltaking i nettverk: ønskjer ikkje å vere med", "Ekstern prosessevaluering: Ja, om det ikkje kostar", (False, True)),
])
def test_an_answer_after_the_question_mark_on_its_line(network, evaluation, expected):
    doc = pdf_doc([TITLE, [(network, 50)], [(evaluation, 50)]])
    assert _interest(doc) == expected


def test_two_questions_answered_on_one_line():
    doc = pdf_doc([TITLE, [("Klyngesamarbeid: nei. Ekstern evaluering av prosessen: ja.", 50)]])
    assert _interest(doc) == (False, True)


def test_the_answer_opens_the_next_line_in_the_same_cell():
    cell = ("Ønskjer kontoret å ta del i nettverk med andre kontor?\n"
            "Nei, vi har ikkje kapasitet til det i år.\n"
            "Ønskjer kontoret at prosjektet får ekstern prosessevaluering?\n"
            "Ja, det vil vi gjerne.")
    doc = word_doc("Prosjektnamn: Veien videre", tables=[[["Spørsmål", cell]]])
    assert _interest(doc) == (False, True)


def test_the_answer_on_the_next_line_of_a_pdf():
    doc = pdf_doc([TITLE, [("Ønsker kontoret å være med i nettverk med andre kontor?", 50)],
                   [("Nei – ikke i denne runden.", 50)],
                   [("Ønsker kontoret ekstern prosessevaluering?", 50)], [("Ja.", 50)]])
    assert _interest(doc) == (False, True)


def test_unanswered_questions_stay_null():
    """The next question, printed options one a line, or prose after the
    question's colon are no answer."""
    doc = pdf_doc([TITLE, [("Ønsker kontoret å være med i nettverk?", 50)],
                   [("Ønsker kontoret ekstern prosessevaluering?", 50)],
                   [("Ja", 50)], [("Nei", 50)]])
    assert _interest(doc) == (None, None)


def test_a_label_followed_by_prose_is_no_yes_no_answer():
    doc = pdf_doc([TITLE, [("Nettverk: se eget vedlegg om samarbeidet i regionen.", 50)],
                   [("Ekstern prosessevaluering: Ja / Nei", 50)]])
    assert _interest(doc) == (None, None)
