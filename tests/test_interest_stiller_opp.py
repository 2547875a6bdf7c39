"""Offering oneself ("stiller gjerne opp for ekstern prosessevaluering") is
a yes to the topic it governs (``answers.toml`` [attitude]), also in the
clause after a declined one; beside a network it governs nothing (the
holdout2 Lillehammer–Gausdal letter lost its yes when a wish had to stand
in the topic's own clause)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_interest_prose_attitudes import _answers


@pytest.mark.parametrize("sentence, answers", [
    ("Vi ønsker ikke å være med i klyngesamarbeid, men stiller gjerne opp for en ekstern prosessevaluering.",
     (False, True)),
    ("Kontoret stiller opp til ekstern prosessevaluering.", (None, True)),
    ("Vi stiller gjerne opp i nettverket sitt arbeid med rettleiing.", (True, None)),
])
def test_offering_oneself_for_the_topic_is_a_yes(tmp_path: Path, sentence: str, answers: tuple) -> None:
    assert _answers(tmp_path, sentence) == answers


def test_offering_oneself_beside_a_network_wishes_nothing(tmp_path: Path) -> None:
    assert _answers(tmp_path, "Veilederne stiller opp for ungdommene, og nettverket i kommunen er stort.") == (None, None)
