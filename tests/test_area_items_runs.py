"""The inline answers after area names (``area_answers._item_matches``)
are ``_ITEM.finditer``'s matches, match for match, though only the runs of
name characters an answer can follow are tried: on the samples' texts, on
answered lists, and on made-up texts of every character the pattern reads
specially (brackets, colons, dashes, spaces of other kinds, line breaks)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from soknad_extract.extract.area_answers import _ITEM, _item_matches
from soknad_extract.readers import read_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [p for folder in ("born_digital", "signed") for suffix in ("*.docx", "*.pdf")
           for p in sorted((ROOT / "samples" / folder).glob(suffix)) if not p.name.startswith("broken_")]

WRITTEN = [
    "Satsingsområde: Bruk av ordinært arbeidsliv – ja; Oppfølging av barnefamiliar, ungdom og innvandrarar "
    "– nei; Sikring av sårbare overgangar – ja.",
    "Prioritert område. Bruk av ordinært arbeidsliv: Nei. Oppfølging av barnefamilier, ungdom og "
    "innvandrere: Ja. Sikring av sårbare overganger: Nei.",
    "Områder: Bruk av ordinært arbeidsliv (nei), sikring av sårbare overganger (nei).",
    "Bruk av ordinært arbeidsliv\n(ja)\nSikring av sårbare overganger\n- nei\nOppfølging av ungdom \u00a0- ja",
    "Et langt avsnitt uten kolon eller parentes, bare komma, og mange ord som aldri blir et svar, slik et brev er.",
    "Navn - ja, Navn -ja, Navn- ja, Navn—ja, Navn:ja; Navn ( ja ), Navn (ja/nei)",
    "ja", "", ":", "a\n", "a \n-", "a\u2009-b", "x:\n",
]


def _finditer(text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in _ITEM.finditer(text)]


def _runs(text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in _item_matches(text)]


@pytest.mark.parametrize("text", WRITTEN)
def test_written_lists(text: str) -> None:
    assert _runs(text) == _finditer(text)


def test_sample_texts() -> None:
    matched = 0
    for path in SAMPLES:
        text = read_document(path).text()
        expected = _finditer(text)
        assert _runs(text) == expected, path.name
        matched += len(expected)
    assert matched > 50


def test_made_up_texts() -> None:
    alphabet = ["a", "b", "ja", "nei", " ", " ", "\t", "\n", "\u00a0", "\u2009", ".", ";", ",", ":", "(", ")",
                "-", "–", "—", "/", "x"]
    rng = random.Random(16)
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = _finditer(text)
        assert _runs(text) == expected, repr(text)
        matched += len(expected)
    assert matched > 1000
