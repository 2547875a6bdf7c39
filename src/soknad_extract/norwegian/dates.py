"""Norwegian dates: "1. februar 2020", "01.02.2020", "1.2.20", "2020-02-01",
"februar 2020" (a month alone means its first day, as the record requires),
"1. januar – 31. desember 2020", "01.08.–31.12.2020" (the first day takes
the year written once).

Vague periods ("høsten 2020", "i løpet av våren") are not dates and give None:
a guessed day would look exact to the systems that read the record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from ._text import Match, non_overlapping, prepare

MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mai": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "des": 12,
}
# Bokmål and Nynorsk share the month names.
MONTH = (
    r"(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober"
    r"|november|desember|jan|febr|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|des)"
    r"(?![^\W\d_])"
)
# A dash may join two dates into a period ("01.08.2020-31.07.2021"), so only
# "." and "/" glue a date to neighbouring digits.
_NUMERIC = re.compile(
    r"(?<!\d)(?<!\d[./])(?P<d>\d{1,2})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)"
    r"(?P<y>\d{4}|\d{2})(?!\d|[./]\d)"
)
_ISO = re.compile(
    r"(?<!\d)(?<!\d[./])(?P<y>\d{4})(?P<s>[-./])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
    r"(?!\d|[./]\d)"
)
_TEXTUAL = re.compile(
    rf"(?<!\d)(?<!\d[.,])(?P<d>\d{{1,2}})\.?\s*(?P<mon>{MONTH})\.?,?\s*(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
PERIOD_JOIN = r"\s*(?:[–—-]+|(?<![^\W\d_])(?:til|till)(?:\s+og\s+med)?(?![^\W\d_])|t\.?\s?o\.?\s?m\.?)\s*"
"""What joins a period's first day to its last: a dash, "til", "til og med",
"t.o.m." ("1. januar til 31. desember 2020", "01.08.–31.12.2020")."""
# The first day of a period whose year is written once, at its end ("1. januar –
# 31. desember 2020", "1. mars til 31. desember 2020", "01.08.–31.12.2020"):
# that year. Only the first day is matched, so the last day stays a date of
# its own.
_PERIOD_START = re.compile(
    rf"(?<!\d)(?<!\d[.,])(?P<d>\d{{1,2}})\.?\s*(?P<mon>{MONTH})\.?"
    rf"(?={PERIOD_JOIN}(?P<endd>\d{{1,2}})\.?\s*(?P<end>{MONTH})\.?,?\s*(?P<y>\d{{4}})(?!\d))",
    re.IGNORECASE,
)
_NUMERIC_PERIOD_START = re.compile(
    rf"(?<!\d)(?<!\d[./])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\."
    rf"(?={PERIOD_JOIN}(?P<endd>\d{{1,2}})\.(?P<endm>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})(?!\d|[./]\d))",
    re.IGNORECASE,
)
# "jul" alone is Christmas ("før jul 2020"), so the month-year form needs
# "juli" or "jul.".
_MONTH_YEAR = re.compile(
    rf"(?<![^\W\d_])(?!jul(?!\.|i))(?P<mon>{MONTH})\.?,?\s*(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_NUMERIC_MONTH_YEAR = re.compile(
    r"(?<!\d)(?<!\d[.,/-])(?P<m>0?[1-9]|1[0-2])[./](?P<y>(?:19|20)\d{2})(?!\d|[.,/-]\d)"
)

_DIGIT = re.compile(r"\d").search
"""Every form above needs a digit (a day, a month or a year): a text
without one is not searched five times for nothing."""
_DIGIT_RUN = re.compile(r"\d+")
_FOUR_DIGITS = re.compile(r"\d{4}").search
_MONTH_AHEAD = re.compile("(?=" + "|".join(MONTH_NUMBERS) + ")", re.IGNORECASE)
"""Where a month name can start: each of ``MONTH``'s names starts with one
of the three letters ``MONTH_NUMBERS`` reads it by (same flags)."""
_FORMS = (_TEXTUAL, _PERIOD_START, _NUMERIC, _ISO, _NUMERIC_PERIOD_START, _MONTH_YEAR, _NUMERIC_MONTH_YEAR)


def _form_matches(text: str) -> Iterator[re.Match[str]]:
    """What each form's ``finditer`` over ``text`` gives, form by form, tried
    only where a match can begin. Five forms begin with a digit that no digit
    precedes (the lookbehind each opens with): a run of digits' start. The
    month-year form begins with a month name and needs a four-digit year. A
    scan of the whole text with each form (most lines hold a digit but no
    date) becomes a few anchored tries; the lookbehinds see the text before
    the start."""
    runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
    months = [m.start() for m in _MONTH_AHEAD.finditer(text)] if _FOUR_DIGITS(text) else []
    for pattern in _FORMS:
        end = 0
        for start in months if pattern is _MONTH_YEAR else runs:
            if start >= end and (m := pattern.match(text, start)) is not None:
                end = m.end()
                yield m


def full_year(text: str) -> int:
    """Two-digit years are this century's: the scheme began after 2000."""
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def _build(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _value(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    if groups.get("mon"):
        month = MONTH_NUMBERS[groups["mon"][:3].casefold()]
    else:
        month = int(groups["m"])
    year = full_year(groups["y"])
    end = MONTH_NUMBERS[groups["end"][:3].casefold()] if groups.get("end") else int(groups.get("endm") or 13)
    day = int(groups.get("d") or 1)
    if (month, day) > (end, int(groups.get("endd") or 0)) and end <= 12:
        year -= 1  # "1. desember – 31. januar 2021" began the year before
    return _build(year, month, day)


def find_dates(text: str) -> list[Match]:
    """Every date in running text, including month-year forms, in text order.

    Numbers like "1 220 000" or "610.000" never read as dates: each form
    needs its separators or a month name.
    """
    return list(_find_dates(text))


@lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[Match, ...]:
    """Memoised: each line is asked about again by several finders (amounts
    skip dates, signatures look for a date beside a name)."""
    p = prepare(text)
    if not _DIGIT(p.text):
        return ()
    # Impossible dates stay in the race as blockers, so "31. februar 2020"
    # does not fall back to the month-year reading "februar 2020".
    found = [p.match(m.start(), m.end(), _value(m)) for m in _form_matches(p.text)]
    return tuple(m for m in non_overlapping(found) if m.value is not None)


_SHORT_ANSWER = re.compile(r"\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*-\s*(?P<y>(?:20)?\d{2})\s*\.?\s*")
"""The short date written by hand or in a hurry: day/month, a dash, the year
("1/3-20", "15/8-2020"). Read only as a whole answer under a date's label:
in running text "1/3" is a fraction or a page and "50/50" a split, so
``find_dates`` never reads it."""


def parse_date(text: str) -> date | None:
    """The first date in `text` ("den 1. februar 2020", "01.02.20"), or None;
    an answer that is a short date and nothing else ("1/3-20") is that date."""
    found = find_dates(text)
    if found:
        return found[0].value
    short = _SHORT_ANSWER.fullmatch(text)
    return _value(short) if short else None


_SCANNED_ANSWER = re.compile(
    r"\s*(?P<d>\d{1,2})(?P<s1>[.,])\s?(?P<m>\d{1,2})(?P<s2>[.,])\s?(?P<y>\d{4}|\d{2})\s*\.?\s*")
"""A numeric date as a scan may read it: a dot of the day or the month read
as a comma ("1,1.2020", "01.08,2020"), a speck's space after a separator."""


def parse_scanned_date(text: str) -> date | None:
    """The date of an OCR'd answer that is a numeric date and nothing else,
    one of whose two dots the scan read as a comma ("1,1.2020" for
    1.1.2020). Both read as commas ("1,1,2020") is a list of numbers, not a
    date; in running text "2,5.2020" is no date either, so only a whole
    answer under a date's label is read so, and only from a scan."""
    found = parse_date(text)
    if found is not None:
        return found
    scanned = _SCANNED_ANSWER.fullmatch(text)
    if scanned is None or "." not in (scanned.group("s1"), scanned.group("s2")):
        return None
    return _value(scanned)

