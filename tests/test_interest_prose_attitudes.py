"""Interest answers a letter writes in prose, each in its own sentence or
clause (``extract.interest``, ``answers.toml`` [wish], [attitude], [decline]):

- an attitude towards the topic ("stiller seg positivt til", "er opne for")
  is a yes only where the topic is its object; "positive til at deltakerne
  bygger eget nettverk" says nothing about the network question;
- declining by capacity or a plain "nei takk til" is a no;
- the participants ("deltakerne") are no wish to take part;
- a clause that names the topic without a wish of its own takes none from
  the clause before it ("…, og prosessevaluering tar vi stilling til senere"),
  unless it has no verb of its own ("…, men ikkje i følgjeevaluering");
- a label's answer belongs to the label's last sentence: "Vi ønsker å delta
  i klyngesamarbeid. Følgeevaluering: nei." declines the evaluation only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _answers(tmp_path: Path, sentence: str) -> tuple[bool | None, bool | None]:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    document.add_paragraph("Nav Solvik søker om midler til prosjektet Ung i arbeid, med oppstart 1. september 2020.")
    document.add_paragraph(sentence)
    document.save(str(tmp_path / "letter.docx"))
    values = extract(read_docx(tmp_path / "letter.docx"), S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


@pytest.mark.parametrize("sentence, expected", [
    ("Vi er åpne for en ekstern evaluering av prosjektet.", (None, True)),
    ("Vi er positive til følgjeevaluering.", (None, True)),
    ("Vi stiller oss gjerne til disposisjon for en ekstern prosessevaluering.", (None, True)),
    ("Kontoret er ikkje positive til å delta i nettverk.", (False, None)),
    ("Kontoret tek gjerne del i eit klyngesamarbeid.", (True, None)),
    ("Kontoret er positivt til å være med i en ekstern prosessevaluering.", (None, True)),
])
def test_an_attitude_towards_the_topic_answers(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Vi har ikkje kapasitet til ei ekstern prosessevaluering.", (None, False)),
    ("Vi sier nei takk til følgeevaluering.", (None, False)),
    ("Kontoret har ikke anledning til å delta i klyngesamarbeid i år.", (False, None)),
])
def test_a_decline_by_capacity_or_thanks_is_a_no(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Vi er positive til at deltakerne bygger sitt eget nettverk.",
    "Kontoret er åpent for nye deltakere fra nettverket i kommunen.",
    "Deltakerne får tilbud gjennom nettverket vårt.",
    "Deltakerne har gjerne lite nettverk.",
])
def test_an_attitude_or_the_participants_beside_a_mention_answer_nothing(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (None, None)


def test_a_clause_without_a_wish_takes_none_from_the_clause_before(tmp_path: Path) -> None:
    sentence = "Vi ønsker å delta i nettverk, og prosessevaluering tar vi stilling til senere."
    assert _answers(tmp_path, sentence) == (True, None)


@pytest.mark.parametrize("sentence, expected", [
    ("Kontoret ønskjer å vere med i klyngesamarbeid, men ikkje i følgjeevaluering.", (True, False)),
    ("Vi ønsker å delta i nettverket, og også i en ekstern evaluering.", (True, True)),
])
def test_a_clause_with_no_verb_of_its_own_takes_the_sentences_wish(
        tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Vi ønsker å delta i klyngesamarbeid. Følgeevaluering: nei.",
    "Vi vil gjerne vere med i nettverket. Prosessevaluering: nei takk.",
])
def test_a_label_answers_with_its_last_sentence(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (True, False)
