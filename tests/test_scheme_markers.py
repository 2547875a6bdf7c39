"""A scheme's marker words searched as one compiled pattern find the family
that each word's own search found, on the samples' texts and on texts made
of the markers themselves (another scheme's list right after must not be
answered from the pattern kept for the one before)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from soknad_extract import norwegian
from soknad_extract.readers import read_document
from soknad_extract.schemes import Scheme, _family_of, load_schemes

ROOT = Path(__file__).resolve().parents[1]


def _family_word_by_word(text: str, schemes: list[Scheme]) -> str | None:
    folded = norwegian.fold(text)
    for scheme in schemes:
        for marker in scheme.markers:
            if re.search(r"\b" + re.escape(marker.rstrip("*")), folded):
                return scheme.family
    return None


def _texts() -> list[str]:
    markers = [m for s in load_schemes().values() for m in s.markers]
    rng = random.Random(13)
    made = ["", "Søknad om tilskudd", *markers, *(m.rstrip("*") + "et" for m in markers)]
    made += [" ".join(rng.sample(markers, min(3, len(markers)))) for _ in range(20)]
    made += ["x" + m.rstrip("*") for m in markers]
    samples = sorted(p for p in (ROOT / "samples" / "born_digital").glob("*.pdf") if not p.name.startswith("broken_"))[:8]
    return made + [read_document(p).text() for p in samples]


def test_family_by_one_pattern_is_the_family_word_by_word() -> None:
    schemes = list(load_schemes().values())
    for text in _texts():
        for order in (schemes, schemes[::-1]):
            assert _family_of(text, order) == _family_word_by_word(text, order), text[:60]


def test_markers_of_another_scheme_are_not_answered_from_the_last() -> None:
    base = next(iter(load_schemes().values()))
    one = base.model_copy(update={"family": "one", "markers": ["alfa*"]})
    two = base.model_copy(update={"family": "two", "markers": ["beta"]})
    assert _family_of("beta her", [one]) is None
    assert _family_of("beta her", [one, two]) == "two"
    assert _family_of("alfabet", [two, one]) == "one"
