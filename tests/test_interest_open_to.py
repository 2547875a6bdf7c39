"""Interest said in other words than a wish (``extract.interest``,
``answers.toml`` [attitude] and [decline]): an office that is open to the
evaluation, takes it gladly, could well think of it or signs up for the
network says yes, also with a word inside the phrase ("er også opne for")
and with the subject after the verb when a condition opens the sentence (a
conditional yes is a yes); one that abstains or opts out says no without a
negation word. Each answers only where the topic is the phrase's object:
taking in participants from the network says nothing."""

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
    ("Kontoret er dessuten åpent for følgeevaluering.", (None, True)),
    ("Vi tek gjerne imot ei ekstern evaluering av tiltaket.", (None, True)),
    ("Vi tar gjerne i mot en ekstern prosessevaluering.", (None, True)),
    ("Vi kan godt tenke oss en ekstern prosessevaluering.", (None, True)),
    ("Kontoret melder seg gjerne på klyngesamarbeidet.", (True, None)),
    ("Vi har lyst på ei ekstern prosessevaluering.", (None, True)),
    ("Nav Solvik vil være med i nettverk med andre kontor.", (True, None)),
    ("Vi stiller oss gjerne til rådighet for en følgeevaluering.", (None, True)),
])
def test_an_open_attitude_towards_the_topic_is_a_yes(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Dersom vi får tilskot, tek vi gjerne imot følgjeevaluering.", (None, True)),
    ("Hvis søknaden innvilges, kan vi godt tenke oss å delta i klyngesamarbeid.", (True, None)),
    ("Om vi får midler, er vi også åpne for en ekstern evaluering.", (None, True)),
])
def test_a_conditional_yes_with_the_subject_after_the_verb_is_a_yes(
        tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kontoret er ikkje ope for følgjeevaluering.", (None, False)),
    ("Vi kan ikke tenke oss ekstern prosessevaluering nå.", (None, False)),
    ("Vi avstår fra en ekstern evaluering.", (None, False)),
    ("Kontoret vel bort klyngesamarbeid i år.", (False, None)),
    ("Vi har ikkje tid til nettverk no.", (False, None)),
])
def test_a_closed_attitude_or_an_opt_out_is_a_no(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Vi tar ofte imot deltakere fra nettverket til andre kontor.",
    "Kontoret er alltid åpent for nye tiltak fra nettverket i regionen.",
    "Vi kan tenke oss å bruke nettverket til rekruttering.",
    "Vi vil være med å bygge nettverk rundt deltakerne.",
])
def test_the_phrase_beside_a_mere_mention_answers_nothing(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (None, None)
