"""A question followed by a format note in brackets ("Når starter
prosjektet? (dd.mm.åååå)") with the answer in the box or line under it, as
web-form printouts and typed forms set them (``extract.label_answers``): the
note says how to write the answer and is never the answer, so the line
under the question answers it."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _form(question: str, answer: str) -> dict:
    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav – 2020",
                             "Prosjektets navn", "Inn i arbeid", question, answer,
                             "Sum lønn og sosiale kostnader", "900 000"))
    return extract(doc, S2020).draft.values


@pytest.mark.parametrize("question", ["Når starter prosjektet? (dd.mm.åååå)", "Når starter prosjektet? (dato)",
                                      "Når startar prosjektet? (dd.mm.åååå)"])
def test_a_format_note_after_the_question_leaves_the_answer_below(question: str) -> None:
    assert _form(question, "01.05.2020").get("project.start_date") == "2020-05-01"


def test_a_date_in_brackets_after_the_question_is_its_answer() -> None:
    assert _form("Når starter prosjektet? (1. mai 2020)", "Ja").get("project.start_date") == "2020-05-01"
