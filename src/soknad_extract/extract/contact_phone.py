"""A phone number that a phone word introduces, in whatever grouping.

The shape finder (``norwegian.find_phones``) reads only the groupings people
write for phones, so an amount or an org number is never taken for one. A
scan's OCR joins or parts a group now and then ("tlf. 35 01 23 00" read as
"35 0123 00"); where a phone word ("tlf.", "telefon:", ``contact.toml``
[phone_cues]) stands right before the digits, any grouping of eight digits
is the phone, for the word says what they are.

An answer may give the office's switchboard beside the contact's own line
("32 11 74 00 (sentralbord), direkte 917 45 208"); the county wants the
person, so a number the answer calls the switchboard (``contact.toml``
[switchboard_words]) yields to the other. Outside the contact's answer, a
number on a line of the office's letterhead or running footer is the
office's, never the person's (``office_lines``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.norwegian import find_org_numbers, fold
from soknad_extract.norwegian._text import Match
from soknad_extract.layout.rows import Span
from soknad_extract.vocabulary import Entry, vocabulary_dir

_DIGITS = r"(?P<prefix>(?:\+|00)[ ]?47[ .]?)?(?P<body>[2-9]\d{0,5}(?:[ .]\d{1,6}){0,4})(?![\d]|[ .]\d)"
"""Groups of one to six digits, one space or dot apart, as OCR leaves them (a
space it lost joins two groups: "67 934000")."""


@lru_cache(maxsize=4)
def _cued(folder: Path) -> re.Pattern[str]:
    cues = Entry("contact", folder).table("phone_cues").wordings().pattern
    return re.compile(rf"(?:{cues})(?!\w)\.?[ \t]*:?[ \t]*{_DIGITS}", re.I)


def find_cued_phones(text: str) -> list[Match]:
    """Eight digits right after a phone word, in any grouping."""
    found = []
    for m in _cued(vocabulary_dir()).finditer(text):
        digits = re.sub(r"\D", "", m["body"])
        if len(digits) == 8:
            found.append(Match(digits, m.start("body"), m.end("body"), m["body"]))
    return found


def cued_phone(text: str) -> str | None:
    """The digits of a labelled phone answer in a grouping the shape finder
    does not read ("35 0123 00", "67 934000"): the label is the phone word."""
    m = re.fullmatch(rf"\s*{_DIGITS}\s*\.?\s*", text)
    digits = re.sub(r"\D", "", m["body"]) if m else ""
    return digits if len(digits) == 8 else None


_PARTS = re.compile(r"[,;\n|]|\s/\s|\s(?:og|eller)\s")
"""What parts one number's words from the next's in an answer ("sentralbord
…, direkte …", "… / mobil …", "… og mobil …")."""
_NOTE_AFTER = re.compile(r"\s*\(([^()\d]*)\)")
"""A note in brackets right after a number ("32 11 74 00 (sentralbord)")."""


@lru_cache(maxsize=4)
def _switchboard(folder: Path) -> re.Pattern[str]:
    return Entry("contact", folder).table("switchboard_words").wordings().compiled


def _end(text: str, phone: Match) -> int:
    """Where a number's own text ends: after its note in brackets, if any."""
    note = _NOTE_AFTER.match(text, phone.end)
    return note.end() if note else phone.end


def _words_before(text: str, phones: list[Match], i: int) -> str:
    """The words before phone ``i`` back to the mark that parts it from the
    number before, and its note in brackets right after it."""
    before = _PARTS.split(text[_end(text, phones[i - 1]) if i else 0: phones[i].start])[-1]
    note = _NOTE_AFTER.match(text, phones[i].end)
    return fold(before + " " + (note.group(1) if note else ""))


def _words_after(text: str, phones: list[Match], i: int) -> str:
    """The words after phone ``i`` up to the mark that parts it from the next."""
    stop = phones[i + 1].start if i + 1 < len(phones) else len(text)
    return fold(_PARTS.split(text[phones[i].end: stop])[0])


def person_phone(text: str, phones: list[Match]) -> Match | None:
    """The contact's own number among the ``phones`` found in ``text``: the first that
    the answer does not call the switchboard, where one number is called so
    and another is not; else the first number, as written. A number's words
    stand before it ("sentralbord 32 11 74 00") or in brackets after it;
    only where no number has any are they read after it ("32 11 74 00
    sentralbord, 917 45 208 mobil"), so no word is read for two numbers."""
    if len(phones) < 2:
        return phones[0] if phones else None
    switchboard = _switchboard(vocabulary_dir())
    called = [bool(switchboard.search(_words_before(text, phones, i))) for i in range(len(phones))]
    if not any(called):
        called = [bool(switchboard.search(_words_after(text, phones, i))) for i in range(len(phones))]
    if any(called) and not all(called):
        return phones[called.index(False)]
    return phones[0]


def office_lines(spans: list[tuple[int, int, Span]]) -> set[int]:
    """The lines (by ``id``) of the office's letterhead or running footer,
    whose number is the office's switchboard, not a person's: a line that
    gives the office's org number beside it ("Nav Elverum · Org.nr. 971 556
    021 · Telefon 55 55 33 33"), calls the number the switchboard, or is
    repeated word for word on another page (a running footer)."""
    pages: dict[str, set[int]] = {}
    for _start, _end, span in spans:
        pages.setdefault(span.text, set()).add(span.page)
    switchboard = _switchboard(vocabulary_dir())
    return {id(span) for _start, _end, span in spans
            if find_org_numbers(span.text) or switchboard.search(fold(span.text)) or len(pages[span.text]) > 1}
