"""A phone number that a phone word introduces, in whatever grouping.

The shape finder (``norwegian.find_phones``) reads only the groupings people
write for phones, so an amount or an org number is never taken for one. A
scan's OCR joins or parts a group now and then ("tlf. 35 01 23 00" read as
"35 0123 00"); where a phone word ("tlf.", "telefon:", ``contact.toml``
[phone_cues]) stands right before the digits, any grouping of eight digits
is the phone, for the word says what they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.norwegian._text import Match
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
