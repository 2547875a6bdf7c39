"""A letter may decline an interest topic with the topic put first, as
Norwegian fronts the object ("Ekstern prosessevaluering har vi ikkje behov
for i år", "Følgeevaluering trenger vi ikke"): a no (``answers.toml``
[decline_fronted], [fronted_tail]; ``interest_clauses.declines_fronted``).
A fronted topic whose phrase goes on to decline something else ("Nettverket
trenger vi ikke å bygge opp selv") is no answer. Letters built here."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _letter(tmp_path: Path, *sentences: str, nynorsk: bool = False) -> dict:
    document = WordDocument()
    if nynorsk:
        document.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020")
        document.add_paragraph("Nav Nesbyen søkjer om midlar til prosjektet Ung i arbeid, med oppstart 1. mars 2020.")
    else:
        document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
        document.add_paragraph("Nav Solvik søker om midler til prosjektet Ung i arbeid, med oppstart 1. mars 2020.")
    for sentence in sentences:
        document.add_paragraph(sentence)
    document.save(str(tmp_path / "letter.docx"))
    return extract(read_docx(tmp_path / "letter.docx"), S2020).draft.values


@pytest.mark.parametrize("sentence, nynorsk", [
    ("Ekstern prosessevaluering har vi ikkje behov for i år.", True),
    ("Følgjeevaluering treng vi ikkje.", True),
    ("Prosessevaluering ønskjer me ikkje denne gongen.", True),
    ("Ekstern prosessevaluering har vi ikke behov for nå.", False),
    ("Følgeevaluering trenger vi ikke i denne omgang.", False),
    ("Prosessevaluering ønsker vi ikke.", False),
])
def test_a_fronted_decline_of_the_evaluation_is_a_no(tmp_path: Path, sentence: str, nynorsk: bool) -> None:
    values = _letter(tmp_path, "Vi ønsker å delta i nettverk/klyngesamarbeid.", sentence, nynorsk=nynorsk)
    assert values["interest.process_evaluation"] is False
    assert values["interest.network"] is True


@pytest.mark.parametrize("sentence, nynorsk", [
    ("Nettverk har vi ikke kapasitet til i år.", False),
    ("Nettverk/klyngesamarbeid takkar vi nei til.", True),
])
def test_a_fronted_decline_of_the_network_is_a_no(tmp_path: Path, sentence: str, nynorsk: bool) -> None:
    assert _letter(tmp_path, sentence, nynorsk=nynorsk)["interest.network"] is False


@pytest.mark.parametrize("sentence", [
    "Nettverket trenger vi ikke å bygge opp selv, fordi kontoret har mange arbeidsgivere.",
    "Nettverket treng vi ikkje å byggje frå grunnen av.",
])
def test_a_fronted_topic_before_another_decline_is_no_answer(tmp_path: Path, sentence: str) -> None:
    assert _letter(tmp_path, sentence).get("interest.network") is None
