"""A letter that declines the external evaluation (or the network) in a
sentence with no wish word: "Vi har ikke behov for ekstern
prosessevaluering", "Vi treng ikkje følgjeevaluering" (``extract.interest``,
``answers.toml`` [decline]). Only a clear decline in the clause naming the
topic answers; a sentence that merely mentions the evaluation stays unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _letter(tmp_path: Path, sentence: str) -> dict:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    document.add_paragraph("Nav Solvik søker om midler til prosjektet Ung i arbeid, med oppstart 1. september 2020.")
    document.add_paragraph(f"Vi ønsker å delta i nettverk med andre kontor. {sentence}")
    document.save(str(tmp_path / "letter.docx"))
    return extract(read_docx(tmp_path / "letter.docx"), S2020).draft.values


@pytest.mark.parametrize("sentence", [
    "Vi har ikke behov for ekstern prosessevaluering.",
    "Kontoret trenger ikke ekstern prosessevaluering i år.",
    "Vi treng ikkje ekstern prosessevaluering.",
    "Vi har ikkje behov for følgjeevaluering.",
])
def test_a_declining_sentence_is_a_no(tmp_path: Path, sentence: str) -> None:
    values = _letter(tmp_path, sentence)
    assert values["interest.process_evaluation"] is False
    assert values["interest.network"] is True


@pytest.mark.parametrize("sentence", [
    "Prosjektet vil bli fulgt av en ekstern prosessevaluering fra Fafo.",
    "Vi kjenner ikke til hvordan ekstern prosessevaluering gjennomføres.",
    "Ekstern prosessevaluering er beskrevet i utlysningen.",
])
def test_a_sentence_that_only_mentions_the_evaluation_stays_unknown(tmp_path: Path, sentence: str) -> None:
    assert _letter(tmp_path, sentence).get("interest.process_evaluation") is None
