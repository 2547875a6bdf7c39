"""The amount pattern of ``amounts``, and which of its forms a text needs.

Three forms of one pattern, each giving, on the texts it is chosen for, the
matches of the whole: without number phrases where no scale word stands
(``_SCALE_WORD``), and without number words and multipliers where no
multiplier is written (``_MULTIPLIER_WORD``): on the bench's lines the last
form searches in two thirds of the time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import AND_A_HALF_PATTERN, NUMBER_PATTERN, NUMBER_PHRASE_PATTERN, NUMBER_WORD_PATTERN

_NOT_LETTER = r"(?![^\W\d_])"
_MULTIPLIER = (
    rf"(?:milliard(?:er|ar)?|mrd|mill(?:ion(?:er|ar|en|ane|ene)?)?|mnok|mkr"
    rf"|tusen|tkr|tnok|knok){_NOT_LETTER}\.?"
)
# "kr"/"NOK" right before another number is that number's prefix, not this
# one's suffix ("budsjett 2020 kr 610 000"), unless that number is a year
# ("1 000 000 kr 2020").
_YEAR_AHEAD = r"(?:19|20)\d\d(?!\d|[ .,']\d)"
_CURRENCY_SUFFIX = (
    rf"(?:kroner|kronar|krone){_NOT_LETTER}"
    rf"|(?:kr|nok|nkr){_NOT_LETTER}\.?(?![ \t]*:?[ \t]*(?!{_YEAR_AHEAD})\d)"
)


def _amount_pattern(phrase: str, multipliers: bool = True) -> re.Pattern[str]:
    """An amount: a number in figures, a number word before a multiplier, or
    (``phrase``) a number written in words before a currency. Without
    ``multipliers`` the number word and the multiplier after a number never
    match (their groups stay, empty)."""
    word = rf"{NUMBER_WORD_PATTERN}(?:{AND_A_HALF_PATTERN})?" if multipliers else "(?!)"
    mult = _MULTIPLIER if multipliers else "(?!)"
    return re.compile(
        rf"""
        (?:(?P<pre>(?<![^\W\d_])(?:kr|nok|nkr|mnok|tnok){_NOT_LETTER}\.?)[ \t]*:?[ \t]*)?
        (?:
            (?P<phrase>{phrase})(?=[ \t]+(?:{_CURRENCY_SUFFIX}))
          | (?P<num>{NUMBER_PATTERN})
          | (?P<word>{word})(?=[ \t]+{_MULTIPLIER})
        )
        (?P<dash>[,.]-+)?
        (?:
            (?P<apos>')(?![^\W\d_]|')
          | (?P<k>k){_NOT_LETTER}
          | [ \t](?P<ks>k){_NOT_LETTER}(?!\))
          | [ \t]*(?P<mult>{mult})
        )?
        (?:[ \t]*(?P<cur>{_CURRENCY_SUFFIX}))?
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_AMOUNT_NO_PHRASE = _amount_pattern(r"(?!)")
"""The amount pattern for a text without a scale word, where no number
phrase can stand: the phrase alternative looks up to nine words ahead from
every word, over half of the search time on ordinary lines."""
_AMOUNT_FIGURES = _amount_pattern(r"(?!)", multipliers=False)
"""The amount pattern for a text that writes no multiplier: the number word
alternative, tried at every word of ``_AMOUNT_NO_PHRASE``, cannot match
there (its look-ahead asks for a multiplier), nor can the multiplier after a
number; without them the search takes two thirds of the time."""
_MULTIPLIER_WORD = re.compile(r"mill|mrd|mnok|mkr|tusen|tkr|tnok|knok", re.IGNORECASE)
"""What every ``_MULTIPLIER`` holds ("milliard" holds "mill"), under the
same case rules (``re.IGNORECASE`` on literals, as there)."""
_SCALE_WORD = re.compile(r"hundre|tusen|million", re.IGNORECASE)
"""What every number phrase holds ("seks hundre og ti tusen", "titusen")."""


@lru_cache(maxsize=1)
def _amount_with_phrases() -> re.Pattern[str]:
    """Compiled on first use: few texts write a number in words."""
    return _amount_pattern(NUMBER_PHRASE_PATTERN)


def amount_pattern(text: str) -> re.Pattern[str]:
    """The form of the amount pattern ``text`` (prepared) needs: the matches
    are those of the whole pattern with number phrases."""
    if _SCALE_WORD.search(text):
        return _amount_with_phrases()
    return _AMOUNT_NO_PHRASE if _MULTIPLIER_WORD.search(text) else _AMOUNT_FIGURES
