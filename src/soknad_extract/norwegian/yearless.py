"""Dates written without their year, which ``find_dates`` leaves alone
because a day alone is no date: "1. april", "1. mars d.å.", "01.03. i år",
"mars i år", and the short form "1/3-2020" that only a start word makes a
date ("perioden 1/3-2020 til 28/2-2021"; in running text "1/3" is a fraction).

The year comes from elsewhere (the letter's date, the scheme's year): that
judgement is the caller's. ``this_year`` is the pattern of the words that say
"this year" ("d.å.", "i år"), the vocabulary's; with it a numeric day and
month or a month alone is read too, without it only a day and a month name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .dates import MONTH, MONTH_NUMBERS, PERIOD_JOIN, full_year


@dataclass(frozen=True)
class Yearless:
    """A day and month found in a text, with offsets into it."""

    start: int
    end: int
    text: str
    month: int
    day: int
    this_year: bool
    """The text says the year is the current one ("d.å.", "i år")."""

    def on(self, year: int) -> date | None:
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


_FOLLOWED_BY_YEAR = r"(?!\.?,?\s*(?:\d{4}|\d{2}(?!\d)(?!\s*%)))"
"""No year follows ("1. mars 2020", "1. mars 20" are ``find_dates``' own)."""
_NO_PERIOD_END = r"(?!" + PERIOD_JOIN + r"\d{1,2}\.?\s*" + MONTH + r"\.?,?\s*\d{4})"
"""Not the first day of a period whose year stands at its end (``find_dates``)."""


@lru_cache(maxsize=64)
def _patterns(this_year: str) -> tuple[re.Pattern[str], ...]:
    rel = rf"(?:\s*,?\s*(?P<rel>{this_year}))" if this_year else "(?P<rel>(?!))"
    textual = re.compile(
        rf"(?<!\d)(?<!\d[.,/])(?P<d>\d{{1,2}})\.\s*(?P<mon>{MONTH})\.?{_FOLLOWED_BY_YEAR}{_NO_PERIOD_END}{rel}?",
        re.IGNORECASE)
    if not this_year:
        return (textual,)
    numeric = re.compile(rf"(?<![\d.,/])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.?{rel}", re.IGNORECASE)
    month = re.compile(rf"(?<![^\W\d_])(?<!\d\.\s)(?<!\d\.)(?P<mon>{MONTH}){rel}", re.IGNORECASE)
    return textual, numeric, month


def find_yearless(text: str, this_year: str = "") -> list[Yearless]:
    """Every day and month without a year in ``text``, in text order;
    ``this_year`` is a regular expression (case ignored) for the words that
    say the current year."""
    found: list[Yearless] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns(this_year):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month = MONTH_NUMBERS[groups["mon"][:3].casefold()] if groups.get("mon") else int(groups["m"])
            if not 1 <= month <= 12:
                continue
            taken.append(m.span())
            found.append(Yearless(m.start(), m.end(), m.group(), month, int(groups.get("d") or 1),
                                  bool(groups.get("rel"))))
    return sorted(found, key=lambda y: y.start)


_SHORT = re.compile(r"(?<![\d/.,])(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*-\s*(?P<y>20\d{2}|\d{2})(?![\d/.,]\d)")


def find_short_dates(text: str) -> list[tuple[int, int, date]]:
    """Short dates "1/3-2020", "15/8-20" in ``text`` as (start, end, date),
    for a caller that knows a date stands there (after a start word)."""
    found = []
    for m in _SHORT.finditer(text):
        try:
            found.append((m.start(), m.end(), date(full_year(m.group("y")), int(m.group("m")), int(m.group("d")))))
        except ValueError:
            continue
    return found
