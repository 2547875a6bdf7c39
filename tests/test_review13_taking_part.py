"""Taking part ("deltar", "tar gjerne del", "bidrar gjerne", "er gjerne med")
is a wish only where the interest topic is its object (``answers.toml``
[attitude]): "Vi tar gjerne del i nettverkssamarbeid" is a yes, but a letter
telling what the office or its users already do beside a network wishes
nothing (review13 probes: each of these read the network as wanted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_interest_prose_attitudes import _answers


@pytest.mark.parametrize("sentence", [
    "Kontoret deltar i dag i et regionalt nettverk for ungdomsveiledere.",
    "Vi bidrar gjerne med erfaringer fra nettverket vårt i regionen.",
    "Jobbspesialisten er gjerne med deltakerne i møter med nettverket.",
    "Brukerne tar gjerne del i aktiviteter i nettverket.",
])
def test_taking_part_beside_a_network_wishes_nothing(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (None, None)


@pytest.mark.parametrize("sentence", [
    "Vi tar gjerne del i nettverkssamarbeid.",
    "Nav Solvik deltar gjerne i nettverk.",
    "Kontoret tek gjerne del i eit klyngesamarbeid.",
])
def test_taking_part_in_the_network_is_a_yes(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (True, None)
