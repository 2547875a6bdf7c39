"""Remarks in brackets after an amount.

An answer cell often adds a word on where the figure comes from or what it
includes ("200 000 (se formannskapets vedtak)", "580 000 (inkl.
feriepenger)"). Read whole, such a cell is no amount and the post goes
missing; the remark says nothing about the amount's size, so the cell
holds the amount before it. The remark's opening words are data
(``budget.toml`` ``amount_remark``); a bracket that holds an amount of its
own (a breakdown, a monthly rate, last year's figure) is left to the rules
for those, and so is one that says the amount is a rate ("50 000 (ca. per
måned)"): the amount before it is then no yearly post.
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.monthly import BRACKET_AFTER, is_monthly_rate
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold

_NUMBER = re.compile(r"\d{3}")
"""A number of three digits or more in the remark: an amount or a year, never a mere pointer."""


def without_remark(text: str) -> str:
    """The text before a bracketed remark that holds no amount (nor a year);
    any other text as it is. Whether that text is an amount is the caller's
    test."""
    match = BRACKET_AFTER.fullmatch(text.strip())
    if not match or _NUMBER.search(match.group("note")) or not re.search(r"\d", match.group("lead")):
        return text
    if is_monthly_rate(match.group("note")):
        return text
    return match.group("lead").strip() if budget_words().amount_remark.search(fold(match.group("note"))) else text


def without_not_applied(text: str) -> str:
    """The amount before a bracket saying it is not applied for ("150 000
    (ikke omsøkt)", ``budget.toml`` ``not_applied_remark``): for the answer
    to an own part, whose label says as much; any other text as it is."""
    match = BRACKET_AFTER.fullmatch(text.strip())
    if not match or not re.search(r"\d", match.group("lead")):
        return text
    return match.group("lead").strip() if budget_words().not_applied_remark.search(fold(match.group("note"))) else text
