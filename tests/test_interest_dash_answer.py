"""A question answered after a dash at the end of its line ("Interesse for
nettverk/klyngesamarbeid – Ja"): a typed list of answers, or a scan whose
dot leader OCR read as a dash. Only a bare yes or no answers."""

from __future__ import annotations

from soknad_extract.extract.context import Context
from soknad_extract.extract.interest_answers import answer_words
from soknad_extract.extract.interest_lines import answer_after_question
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def _answers(lines: list[str]) -> dict[str, bool | None]:
    ctx = Context(pdf_doc([[(text, 56)] for text in lines]), SCHEME)
    found = {}
    for path, topic in answer_words().topics.items():
        answer = answer_after_question(ctx, topic)
        found[path] = answer[0] if answer else None
    return found


def test_a_yes_or_no_after_a_dash_answers_its_question():
    found = _answers(["4. Interesse", "Interesse for nettverk/klyngesamarbeid - Ja",
                      "Interesse for ekstern prosessevaluering – Nei"])
    assert list(found.values()) == [True, False]


def test_words_after_a_dash_that_are_no_answer_answer_nothing():
    found = _answers(["Interesse for nettverk/klyngesamarbeid - se vedlegg",
                      "Interesse for ekstern prosessevaluering – 2021"])
    assert list(found.values()) == [None, None]
