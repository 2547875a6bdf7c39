"""The amount pattern's form without number words and multipliers
(``norwegian.amount_pattern``, phase 19b): chosen only for a text that
writes no multiplier, where it must give every match, span and group of the
whole pattern. Held to the whole pattern on made-up amount texts of every
kind (figures with and without markers, number words, phrases, multipliers
in any case, years, dates, phones), and to ``find_amounts`` as it answered
with the whole pattern."""

from __future__ import annotations

import random

from soknad_extract.norwegian import amount_pattern as ap
from soknad_extract.norwegian import amounts
from soknad_extract.norwegian._text import prepare

_PIECES = [
    "kr 610 000", "610 000,-", "NOK 610'", "610'", "10 k", "10k", "0,61 mill.", "15,7 millionar kroner",
    "610 tusen kroner", "to mill.", "tre milliarder", "TNOK 610", "mnok 1,2", "MKR 3", "1 220 000 kroner",
    "seks hundre og ti tusen kroner", "to og en halv million", "ein og ei halv mill", "kr. 400 000",
    "budsjett 2020 kr 610 000", "1 000 000 kr 2020", "01.02.2020", "100 %", "61 23 45 67", "søknad for 2020",
    "Lønn: 590 000", "(eksempel: kr 400 000)", "12 x 50 000 = 600 000", "305 000 + 305 000 = 610 000",
    "Kommunen", "søker", "om", "midler", "\n", "–", "Det er", "kr", "nok", "k", "'", ",-", ".-", "ti", "tolv",
    "KR", "Kr.", "Mill", "TUSEN", "tkr 50", "knok 7", "\u212a", "\u212ar 500", "million", "millioner", "mrd.",
]


def _texts(n: int = 4000) -> list[str]:
    rng = random.Random(1919)
    texts = []
    for _ in range(n):
        parts = [rng.choice(_PIECES) for _ in range(rng.randint(1, 12))]
        texts.append(rng.choice([" ", "  ", "\t", ": "]).join(parts))
    return texts


def _matches(pattern, text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_figures_form_matches_as_the_whole_pattern_where_no_multiplier_is_written() -> None:
    without = 0
    for text in _texts():
        p = prepare(text).text
        whole = ap._amount_with_phrases() if ap._SCALE_WORD.search(p) else ap._AMOUNT_NO_PHRASE
        assert _matches(ap.amount_pattern(p), p) == _matches(whole, p), text
        if not ap._MULTIPLIER_WORD.search(p):
            without += 1
            assert ap.amount_pattern(p) is ap._AMOUNT_FIGURES
            assert _matches(ap._AMOUNT_FIGURES, p) == _matches(ap._AMOUNT_NO_PHRASE, p), text
            assert _matches(ap._AMOUNT_FIGURES, p) == _matches(ap._amount_with_phrases(), p), text
    assert without > 500  # the figures form is exercised


def test_find_amounts_answers_as_with_the_whole_pattern(monkeypatch) -> None:
    texts = _texts(1500)
    new = [[(m.start, m.end, m.value) for m in amounts.find_amounts(t)] for t in texts]
    amounts._find.cache_clear()
    monkeypatch.setattr(amounts, "amount_pattern", lambda text: ap._amount_with_phrases())
    old = [[(m.start, m.end, m.value) for m in amounts.find_amounts(t)] for t in texts]
    amounts._find.cache_clear()
    assert new == old
    assert sum(1 for found in old if found) > 300


def test_a_multiplier_in_any_case_keeps_the_whole_pattern() -> None:
    for text in ["to MILL.", "tre Mrd", "fem tusen", "ti TKR", "2 MNOK", "to milliarder kroner"]:
        p = prepare(text).text
        assert ap.amount_pattern(p) is not ap._AMOUNT_FIGURES
        assert amounts.find_amounts(text), text
