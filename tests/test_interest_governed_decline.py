"""Letter prose that names the network or the evaluation: a decline answers
only when the topic is what is declined ("har ikke behov for ekstern
prosessevaluering", "ønsker ikke å delta i nettverk"), not when the sentence
declines something else and mentions the topic ("Vi trenger ikke å starte
fra bunnen av, fordi kontoret har et godt nettverk av arbeidsgivere"); and a
sentence whose wish governs the topic outweighs a weaker mention elsewhere
(``extract.interest``, ``answers.toml`` [decline], [governed_bridge])."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _letter(tmp_path: Path, *sentences: str) -> dict:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    document.add_paragraph("Nav Solvik søker om midler til prosjektet Ung i arbeid, med oppstart 1. september 2020.")
    for sentence in sentences:
        document.add_paragraph(sentence)
    document.save(str(tmp_path / "letter.docx"))
    return extract(read_docx(tmp_path / "letter.docx"), S2020).draft.values


@pytest.mark.parametrize("mention", [
    "Vi trenger ikke å starte fra bunnen av, fordi kontoret allerede har et godt nettverk av arbeidsgivere.",
    "Vi treng ikkje byggje opp alt frå grunnen, for kontoret har alt eit godt nettverk av arbeidsgjevarar.",
    "Kontoret har ikke behov for nye samarbeidsarenaer utover nettverket vi har i dag.",
])
def test_a_decline_of_something_else_is_no_answer(tmp_path: Path, mention: str) -> None:
    assert _letter(tmp_path, mention).get("interest.network") is None
    values = _letter(tmp_path, mention, "Nav Solvik ønsker å delta i nettverk/klyngesamarbeid.")
    assert values["interest.network"] is True


@pytest.mark.parametrize("decline", [
    "Nav Solvik ønsker ikke å delta i nettverk/klyngesamarbeid.",
    "Vi har ikke behov for å delta i et nettverk.",
    "Vi treng ikkje å vere med i nettverk.",
])
def test_a_decline_of_the_topic_is_a_no(tmp_path: Path, decline: str) -> None:
    assert _letter(tmp_path, decline)["interest.network"] is False


def test_a_governed_wish_outweighs_an_earlier_mention(tmp_path: Path) -> None:
    values = _letter(tmp_path, "Deltakere som ikke ønsker ordinært arbeid, får tilbud gjennom nettverket av arbeidsgivere.",
                     "Nav Solvik ønsker å delta i nettverk/klyngesamarbeid.")
    assert values["interest.network"] is True
