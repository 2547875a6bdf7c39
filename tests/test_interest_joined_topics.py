"""One wish or decline that governs both interest topics joined by "og",
"samt", "eller" (``extract.interest_clauses.governs``, ``answers.toml``
[topic_joiner]): corpus 85 lt10 read "Vi deltar gjerne i
nettverk/klyngesamarbeid og i ekstern prosessevaluering" as a yes to the
network only. A contrast still parts the clauses, and a verbless denied
clause takes the attitude of its sentence as a no."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_interest_prose_attitudes import _answers


@pytest.mark.parametrize("sentence", [
    "Vi deltar gjerne i nettverk og ekstern prosessevaluering.",
    "Kontoret deltek gjerne i klyngjesamarbeid og i følgjeevaluering.",
    "Vi stiller gjerne opp i nettverk samt i ekstern prosessevaluering.",
    "Vi tar gjerne del i nettverk og i ekstern prosessevaluering.",
])
def test_one_attitude_governs_both_topics(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (True, True)


@pytest.mark.parametrize("sentence", [
    "Vi har ikke behov for nettverk eller ekstern prosessevaluering.",
    "Vi takkar nei til nettverk og følgjeevaluering.",
    "Vi har ikkje kapasitet til nettverk samt ekstern prosessevaluering.",
])
def test_one_decline_governs_both_topics(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (False, False)


@pytest.mark.parametrize("sentence, expected", [
    ("Vi deltar gjerne i nettverk, men ikke i ekstern prosessevaluering.", (True, False)),
    ("Vi deltek gjerne i klyngjesamarbeid, men ikkje i følgjeevaluering.", (True, False)),
    ("Vi deltar gjerne i nettverk for prosessevaluering.", (True, None)),
    ("Vi ønsker å delta i nettverk, og prosessevaluering tar vi stilling til senere.", (True, None)),
])
def test_a_contrast_or_an_unjoined_mention_parts_the_topics(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected
