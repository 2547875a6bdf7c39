"""A short label and a pair of yes/no boxes on one line, no colon or question
mark between ("Klyngesamarbeid Ja [ ] Nei [X]", "Ekstern evaluering ☐ Ja ☒ Nei"), as
a Word form saved as PDF prints its interest questions: the ticked box
answers; both boxes ticked, or neither, answers nothing."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _interest(first: str, second: str, pdf: bool) -> tuple:
    doc = (pdf_doc([[(_HEAD, 72)], [("Nav-kontor: Nav Heiane", 72)], [(first, 72)], [(second, 72)]]) if pdf
           else word_doc(_HEAD, "Nav-kontor: Nav Heiane", first, second))
    got = extract(doc, S2020).draft.values
    return got.get("interest.network"), got.get("interest.process_evaluation")


@pytest.mark.parametrize("pdf", [True, False])
@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Klyngesamarbeid Ja [X] Nei [ ]", "Prosessevaluering Ja [ ] Nei [X]", (True, False)),
    ("Nettverkssamarbeid ☐ Ja ☒ Nei", "Ekstern evaluering ☒ Ja ☐ Nei", (False, True)),
    ("Nettverk Ja ☒ Nei ☐", "Prosessevaluering Ja ☒ Nei ☐", (True, True)),
])
def test_short_label_and_a_ticked_box_pair(first: str, second: str, expected: tuple, pdf: bool) -> None:
    assert _interest(first, second, pdf) == expected


@pytest.mark.parametrize("pdf", [True, False])
def test_both_boxes_ticked_or_neither_answers_nothing(pdf: bool) -> None:
    assert _interest("Klyngesamarbeid Ja [X] Nei [X]", "Ekstern evaluering Ja [ ] Nei [ ]", pdf) == (None, None)
