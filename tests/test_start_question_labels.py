"""The start date asked as a question ("Når tek prosjektet til?", "Når
begynner prosjektet?") with the answer on the line under it; a month alone
is its first day (record.md)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page


@pytest.mark.parametrize("question", ["2.3 Når tek prosjektet til?", "Når byrjar tiltaket?",
                                      "Når begynner prosjektet?", "Når kommer prosjektet i gang?"])
def test_a_start_question_with_the_month_under_it(question: str) -> None:
    doc = text_doc(text_page(1, "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020",
                             "Prosjektet sitt namn", "Inn på arbeidsmarknaden", question, "September 2020",
                             "Kva satsingsområde svarar prosjektet på?"))
    got = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert got.get("project.start_date") == "2020-09-01"


@pytest.mark.parametrize(("question", "answer"), [("8. Når skal prosjektet starte?", "1. mars 2020"),
                                                   ("Når skal tiltaket begynne?", "01.03.2020"),
                                                   ("Kva tid skal prosjektet ta til?", "1. mars 2020")])
def test_a_start_question_asked_with_skal(question: str, answer: str) -> None:
    """Numbered question forms ask "Når skal prosjektet starte?" with the
    answer in the paragraph under the question."""
    doc = text_doc(text_page(1, "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020",
                             "6. Kva heiter prosjektet?", "Inn på arbeidsmarknaden", question, answer,
                             "9. Kor stor stillingsressurs søkjer de om?", "Ei 80 % stilling"))
    got = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert got.get("project.start_date") == "2020-03-01"
