"""The amounts that close a budget line written as text.

A letter or a receipt writes a post as its label and then its amounts
("Prosjektkoordinator 100 % ..... kr 610 000", "Familiekoordinator – 50 % –
305 000 kr", "Lønn og sosiale kostnader stilling 1: 600 000"). The pattern
that splits such a line into its label and its amounts is slow to refuse a
line that is something else, so cheap checks on the line's shape go first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract.extract.budget.marks import WHOLE_KRONER
from soknad_extract.extract.budget.words import title_words

_LINE_TAIL_PATTERN = (
    r"^(?P<label>.*?(?:[A-Za-zÆØÅæøå)]<post-number>)[^\d]*?)[\s.:…_-]*"
    rf"(?P<numbers>(?:(?:kr\.?|nok)\s*)?\d[\d\s.,'’%]*{WHOLE_KRONER}?(?:\s*(?:kr\.?|kroner|kronar|nok|%|prosent))?"
    rf"(?:(?:(?:(?<=%)|(?<=prosent))\s*[:–—-]\s*|\s+)(?:(?:kr\.?|nok)\s*)?\d[\d\s.,'’%]*{WHOLE_KRONER}?"
    r"(?:\s*(?:kr\.?|kroner|kronar|nok|%|prosent))?)*)$"
)
_LINE_TAIL = re.compile(_LINE_TAIL_PATTERN.replace("<post-number>", ""), re.I)
LABEL_MAX = 70
"""Longest label a budget line written as text has; longer, it is prose."""
_NOT_TAIL = re.compile(r"[^\s\d.,'’%:…_\-–—kronaepst]", re.I)
"""A character no amount, currency or share word or separator holds: one past
``LABEL_MAX`` means a longer label, so the slow ``_LINE_TAIL`` is not tried."""
_DIGIT_RUN, _MAX_DIGIT_RUNS = re.compile(r"\d+"), 12
_AFTER_LAST_DIGIT = re.compile(rf"[\s.,'’%]*{WHOLE_KRONER}?(?:\s*(?:kr\.?|kroner|kronar|nok|%|prosent))?", re.I)
"""What ``_LINE_TAIL``'s amounts may end with after their last digit."""


def line_tail(text: str) -> re.Match[str] | None:
    """``text`` split into its label and the amounts closing it (groups
    ``label`` and ``numbers``), or None when it does not end in amounts or
    its label is too long for a budget line's."""
    if _NOT_TAIL.search(text, LABEL_MAX) or not _may_end_in_amount(text):
        return None
    return _LINE_TAIL.match(text) or _numbered_post_tail(text)


def _may_end_in_amount(text: str) -> bool:
    """Whether ``text`` ends the way ``_LINE_TAIL`` needs: its last digit
    belongs to the amounts that close the line, so only a currency or share
    word, separators or ",-" may follow it, and it holds no more runs of
    digits than a budget line has (``_LINE_TAIL`` takes time exponential in
    them to refuse a list of figures). Tried first, since the pattern is slow
    to refuse a line that names an amount and goes on ("tlf. 62 42 67 00")."""
    if len(_DIGIT_RUN.findall(text)) > _MAX_DIGIT_RUNS:
        return False
    end = len(text)
    while end and not text[end - 1].isdecimal():
        end -= 1
    return bool(end) and _AFTER_LAST_DIGIT.fullmatch(text, end) is not None


@lru_cache(maxsize=4)
def _numbered_post_patterns(post: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    number = rf"\b{post}\s*(?:nr\.?\s*)?\d{{1,2}}"
    return (re.compile(rf"{number}\s*:", re.I),
            re.compile(_LINE_TAIL_PATTERN.replace("<post-number>", rf"|{number}(?=\s*:)"), re.I))


def _numbered_post_tail(text: str) -> re.Match[str] | None:
    """A form's line whose label ends in the number of the post it pays for
    ("Lønn og sosiale kostnader stilling 1: 600 000", "… stilling nr. 2:"):
    the number is part of the label, not of the amount. Forms that list
    their positions one numbered field each write it so."""
    has_number, tail = _numbered_post_patterns(title_words().title_post)
    return tail.match(text) if has_number.search(text) else None
