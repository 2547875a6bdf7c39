"""Organisation numbers, phone numbers and e-mail addresses.

These are found by shape, and each finder refuses what another one owns:
an org number has nine digits in 3-3-3, a phone eight digits in the groupings
Norwegians write, and neither may touch a currency marker.
"""

from __future__ import annotations

import re
from datetime import date

from ._text import Match, prepare
from .numbers import currency_adjacent

_ORG_NUMBER = re.compile(
    r"(?<!\d)(?<!\d[ .])(?P<num>\d{3}(?P<s>[ .]?)\d{3}(?P=s)\d{3})(?!\d|[.,]\d| \d{3}(?!\d))"
)

_PHONE_BODY = (
    r"[2-9]\d{7}"  # 91234567
    r"|[2-9]\d(?P<s1>[ .-])\d{2}(?P=s1)\d{2}(?P=s1)\d{2}"  # 61 23 45 67
    r"|[2-9]\d{2}(?P<s2>[ .-])\d{2}(?P=s2)\d{3}"  # 612 34 567
    r"|[2-9]\d{2}(?P<s3>[ .-])\d{3}(?P=s3)\d{2}"  # 912 345 67
    r"|[2-9]\d{3}[ .]\d{4}"  # 9123 4567 (not "-": that is a span of years)
)
# Digits glued to letters or slashes are part of an identifier or a URL.
_PHONE = re.compile(
    rf"(?<![\w/+])(?<!\d[ .-])(?P<prefix>(?:\+|00)[ ]?47[ .-]?|\(\+?47\)[ ]?)?"
    rf"(?P<body>{_PHONE_BODY})(?![\w/@]|[ .-]\d)"
)
_TWO_YEARS = re.compile(r"(?:19|20)\d\d(?:19|20)\d\d")

_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w+-]+(?:\.[\w+-]+)*)"
    r"(?P<at>@|[ ]?(?:\(at\)|\[at\]|\(a\))[ ]?)"
    r"(?P<domain>[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,})(?![\w-]|\.[\w-])",
    re.IGNORECASE,
)


_ORG_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2, 1)
"""The Brønnøysund Register Centre's MOD11 weights, the check digit last."""


def is_valid_org_number(digits: str) -> bool:
    """MOD11 check of a Norwegian organisation number (ORG_NUMBER_INVALID):
    the digits times their weights add up to a multiple of 11.

    Spaces are tolerated because the number is often written "974 760 673".
    Written out rather than taken from python-stdnum, whose import brings
    ``ssl`` and ``pydoc`` (~27 ms of every worker's start, for six lines);
    tests/test_norwegian.py keeps stdnum as the reference.
    """
    compact = re.sub(r"\s", "", digits)
    if len(compact) != 9 or not (compact.isascii() and compact.isdigit()):
        return False
    return sum(weight * int(digit) for weight, digit in zip(_ORG_NUMBER_WEIGHTS, compact)) % 11 == 0


def find_org_numbers(text: str) -> list[Match]:
    """Nine-digit organisation numbers ("974 123 456", "NO 974123456 MVA").

    The value is the nine digits whatever the check digit says: a wrong
    number is a finding to report, not something to hide.
    """
    p = prepare(text)
    found = []
    for m in _ORG_NUMBER.finditer(p.text):
        if currency_adjacent(p.text, m.start(), m.end()):
            continue
        found.append(p.match(m.start(), m.end(), re.sub(r"\D", "", m["num"])))
    return found


_TEN_DIGITS = re.compile(r"\s*((?:\d\s?){9}\d)\s*\.?\s*")


def scanned_org_number(text: str) -> str | None:
    """The organisation number of a scanned answer that is ten digits, a
    speck read as a digit at one edge ("0974350238" for 974 350 238): the
    nine digits left when exactly one edge digit is dropped, and only when
    they pass the MOD11 check and open with 8 or 9 as the register's numbers
    do. A typed answer of ten digits is the office's to correct, so only an
    OCR'd answer is read so, by its caller."""
    whole = _TEN_DIGITS.fullmatch(text)
    if whole is None:
        return None
    digits = re.sub(r"\s", "", whole.group(1))
    kept = [nine for nine in (digits[1:], digits[:-1]) if nine[0] in "89" and is_valid_org_number(nine)]
    return kept[0] if len(kept) == 1 else None


def find_phones(text: str) -> list[Match]:
    """Norwegian phone numbers as eight digits, with or without +47/0047.

    Only the groupings people use for phones are read (2-2-2-2, 3-2-3,
    3-3-2, 4-4, eight in a row), so "12 345 678" (an amount) and nine-digit
    org numbers are never phones. Numbers starting with 0 or 1 are not
    subscriber numbers in the Norwegian numbering plan, and "2014 2020" or
    "20152016" are spans of years.
    """
    p = prepare(text)
    found = []
    for m in _PHONE.finditer(p.text):
        digits = re.sub(r"\D", "", m["body"])
        if _TWO_YEARS.fullmatch(digits) or currency_adjacent(p.text, m.start(), m.end()):
            continue
        found.append(p.match(m.start(), m.end(), digits))
    return found


DATE_DIGITS_YEARS = (1900, 2099)
"""Years a date on an application may carry: a birth date, the form's own
date or a project's start or end."""


def is_date_digits(digits: str) -> bool:
    """Eight digits that are a valid calendar date, ddmmyyyy ("29012018"):
    what OCR makes of "29.01.2018" when it loses the dots. Such a run is
    only a phone where a label says so."""
    if len(digits) != 8 or not digits.isdigit():
        return False
    year = int(digits[4:])
    if not DATE_DIGITS_YEARS[0] <= year <= DATE_DIGITS_YEARS[1]:
        return False
    try:
        date(year, int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return True


def find_unlabelled_phones(text: str) -> list[Match]:
    """Phone numbers where no label names them: as ``find_phones``, but eight
    digits in a row that read as a date (``is_date_digits``) are a date."""
    return [m for m in find_phones(text) if not (m.text.isdigit() and is_date_digits(m.value))]


def normalize_phone(text: str) -> str | None:
    """The record's phone form: eight digits, no spaces, no country code."""
    found = find_phones(text)
    return found[0].value if found else None


def find_emails(text: str) -> list[Match]:
    """E-mail addresses, lower-cased; "ola(at)nav.no" is read as "ola@nav.no"
    because offices write it that way to dodge spam harvesters."""
    p = prepare(text)
    return [
        p.match(m.start(), m.end(), f"{m['local']}@{m['domain']}".lower())
        for m in _EMAIL.finditer(p.text)
    ]
