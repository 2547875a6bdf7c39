"""A scan's bracket boxes where OCR read the "[" of an empty box as a
stroke ("l", "|", "I") glued to the option before it: "[X] Jal ] Nei" is
"[X] Ja [ ] Nei". The line's first whole box shows it is a line of boxes;
a word that is an option in its own right, or text with no box, stays."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.interest_rows import _mended_brackets
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("network, evaluation, expected", [
    ("Samarbeid i nettverk: [X] Jal ] Nei", "Ekstern prosessevaluering: [ ] Ja [X] Nei", (True, False)),
    ("Samarbeid i nettverk: [ ] Ja [X] Nei", "Ekstern prosessevaluering: [x] JaI] Nei", (False, True)),
    ("Samarbeid i nettverk: [X] Ja |] Nei", "Ekstern prosessevaluering: [X] Ja | ] Nei", (True, True)),
])
def test_an_empty_box_ocr_broke_still_parts_the_options(network, evaluation, expected) -> None:
    doc = pdf_doc([[("Prosjektnavn:", 50), ("Trygg overgang", 250)], [(network, 50)], [(evaluation, 50)]])
    values = extract(doc, S2020).draft.values
    assert (values.get("interest.network"), values.get("interest.process_evaluation")) == expected


@pytest.mark.parametrize("text", ["Hotell ] x", "Jal ] Nei [X]", "Budsjett [X] Total ] 12"])
def test_text_without_a_broken_box_stays(text) -> None:
    assert _mended_brackets(text) == text
