"""The marks offices write around an amount in figures, in one place for
every pattern of the budget reader that finds an amount in a cell or a line.

An amount in whole kroner is closed by a dash after a comma or a full stop
("kr 366 000,-", "kr 366 000.-", "366 000,–", "610.000,--"); the currency
stands before or after it ("kr", "kr.", "NOK", "kroner", "kronar"), with or
without that dash. None of these changes the amount, and none may stop a
cell, a grid or a line being read as one: ``norwegian.amounts`` reads them
all, and these patterns accept what it reads.

The patterns are strings to build larger patterns from; they match both
text as written (en and em dashes) and folded text (ASCII dashes), case-
insensitively when the pattern using them is.
"""

from __future__ import annotations

import re

WHOLE_KRONER = r"(?:[.,][-–—]{1,2})"
"""The dash closing an amount in whole kroner: ",-", ".-", ",--", ",–"."""
CURRENCY_BEFORE = r"(?:kr\.?|nok|nkr)"
"""The currency written before an amount ("kr 366 000", "Kr. 366 000", "NOK 366 000")."""
CURRENCY_AFTER = r"(?:kr\.?|kroner|kronar|nok)"
"""The currency written after an amount ("366 000 kr", "366 000 kronar")."""

_MONEY_MARK = re.compile(rf"(?<![^\W\d_])(?:kr|kroner|kronar|nok)(?![^\W\d_])|(?<=\d){WHOLE_KRONER}(?!\d)", re.I)
_LOOSE_MONEY_MARK = re.compile(rf"kr|nok|(?<=\d){WHOLE_KRONER}(?!\d)", re.I)


def says_money(text: str) -> bool:
    """Whether ``text`` marks its amount as money by a currency word or the
    whole-kroner dash ("kr", "kronar", "NOK", ",-", ".-")."""
    return bool(_MONEY_MARK.search(text))


def marked_as_money(text: str) -> bool:
    """Like ``says_money``, but a currency anywhere in a word counts ("tkr",
    "kroner"): for the figures of one cell or one line's tail, where a small
    number needs some mark before it is read as kroner."""
    return bool(_LOOSE_MONEY_MARK.search(text))


NOTHING = re.compile(rf"\s*(?:[-–—]{{1,2}}|(?:kr\.?\s*)?0(?:[.,]00?)?{WHOLE_KRONER}?(?:\s*{CURRENCY_AFTER})?)\s*", re.I)
"""A post's answer that is nothing in figures: a dash, "0", "0,00", "kr 0,-", "0 kr"."""


def states_nothing(text: str) -> bool:
    """The answer beside a post says nothing is asked for it ("0", "–", "0,-")."""
    return bool(NOTHING.fullmatch(text))
