"""An office's written answer to an interest question that goes on to point
to a description ("Ja, se beskrivelse i punkt 4.") or to mention the other
option ("Ja, men nei til prosessevaluering.") is still the answer: only a
line that opens with an instruction's wording, defines an option ("Ja: …",
"Ja – beskriv kort …") or offers both ("Ja/Nei", "ja eller nei") is the
form's instruction (``extract.interest``). Serves letters and forms that
answer on or under the question's line in free text."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_NETWORK = "Ønsker kontoret å delta i nettverk/klyngesamarbeid?"
_EVALUATION = "Ønsker kontoret ekstern prosessevaluering?"


def _letter(tmp_path: Path, paragraphs: list[str]) -> dict:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(tmp_path / "letter.docx"))
    return extract(read_docx(tmp_path / "letter.docx"), S2020).draft.values


def test_a_yes_on_the_questions_line_that_points_to_a_description_answers(tmp_path: Path) -> None:
    values = _letter(tmp_path, [f"{_NETWORK} Ja, se beskrivelse i punkt 4.", f"{_EVALUATION} Nei."])
    assert values["interest.network"] is True
    assert values["interest.process_evaluation"] is False


def test_a_yes_under_the_question_that_mentions_a_no_answers(tmp_path: Path) -> None:
    values = _letter(tmp_path, ["Interesse", _NETWORK, "Ja, men nei til prosessevaluering.", _EVALUATION, "Nei"])
    assert values["interest.network"] is True
    assert values["interest.process_evaluation"] is False


@pytest.mark.parametrize("instruction", ["Svar ja eller nei.", "Ja/Nei", "Skriv ja eller nei i feltet."])
def test_a_line_offering_both_options_is_no_answer(tmp_path: Path, instruction: str) -> None:
    values = _letter(tmp_path, ["Interesse", _NETWORK, instruction])
    assert values.get("interest.network") is None
