"""Dates that can date a signature: a day, a month and a year.

A signer's date is the day the pen or the case system put on the document;
a month alone ("januar 2020", "01.2020") names no such day, and the month's
first day read from it would look exact to whoever checks the deadline.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ...norwegian import Match, find_dates

DAY_SLASH_MONTH = re.compile(r"(?<![\d./-])(\d{1,2}) ?/ ?(\d{1,2}) ?- ?(\d{4}|\d{2})(?![\d./-])")
"""The handwritten short form "24/1-2020": day, slash, month, dash, year; a
scan of the pen's strokes may read a space on either side of the slash or
the dash ("30/1 -20", "21 /1-20")."""


def has_day(found: Match) -> bool:
    """The date names its day: written with the day first and either a
    month's name ("28. januar 2020") or two separators ("27.01.2020",
    "2020-01-27"). A month and year alone ("01.2020"), often what a scanner
    leaves of a handwritten date ("30.0 1.2020"), is not the day anyone
    signed: the signer's date stays unknown rather than the month's first."""
    return (found.text[:1].isdigit() and isinstance(found.value, date)
            and (_LETTER.search(found.text) is not None or len(_SEPARATOR.findall(found.text)) >= 2))


_LETTER = re.compile(r"[^\W\d_]")
_SEPARATOR = re.compile(r"[./-]")


def full_dates(text: str) -> list[date]:
    """Dates with a day ("27.01.2020", "28. januar 2020", "24/1-2020"): a
    month alone is not the day someone signed."""
    return list(_full_dates(text))


@lru_cache(maxsize=4096)
def _full_dates(text: str) -> tuple[date, ...]:
    """Memoised: a signature line is asked for its dates by the zones, the
    list reader and the date finder."""
    found = [(m.start, m.value) for m in find_dates(text) if has_day(m)]
    for m in DAY_SLASH_MONTH.finditer(text):
        year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        try:
            found.append((m.start(), date(year, int(m.group(2)), int(m.group(1)))))
        except ValueError:
            continue
    return tuple(value for _start, value in sorted(found, key=lambda t: t[0]))
