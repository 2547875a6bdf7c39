"""Monthly salary rates written beside the yearly budget.

Forms and letters often state what a post costs per month next to what is
applied for per year ("Månedslønn | kr 37 000" over "Lønn og sosiale
kostnader per år | kr 580 000", "Lønn pr. mnd.: 45 000"), or in brackets
after it ("600 000 kr (tilsvarer 50 000 kr per måned inkl. sosiale
kostnader)"): the monthly figure restates the salary for one month, so
counting it as a post would add a twelfth of the salary to the positions,
and reading the bracket as a second amount would leave the cell unread. The
words that mark a rate per month are data (``budget.toml`` ``monthly_rate``).
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import find_amounts, fold

BRACKET_AFTER = re.compile(r"(?P<lead>[^()]+?)\s*\((?P<note>[^()]+)\)")
"""A text that ends in one bracket: what comes before it (``lead``) and what it holds (``note``)."""


def is_monthly_rate(label: str) -> bool:
    """A label that says its amount is a rate per month."""
    return bool(budget_words().monthly_rate.search(fold(strip_bullet(label))))


def without_monthly_note(text: str) -> str:
    """An amount followed by a bracket that holds one amount and says it is
    per month: the bracket only restates the amount by the month, and the
    text is the amount before it. Any other text comes back as it is."""
    match = BRACKET_AFTER.fullmatch(text.strip())
    if not match or len(find_amounts(match.group("note"))) != 1 or not find_amounts(match.group("lead")):
        return text
    return match.group("lead").strip() if is_monthly_rate(match.group("note")) else text
