"""The name's own part of a signer's caption, without the marks around it.

A caption may wrap the signer's printed name in marks that are not part of
it: a deputy signs "Tor Berg e.f." (etter fullmakt), "Tor Berg (p.p.)" or
"Tor Berg for Nav-leder Anne Lie"; a form prints the title with the name
in brackets after it ("Nav-leder (Gunn Brenden)"), or the name with the
title in brackets ("Kari Moe (rådmann)"). ``wording.person_name`` cuts the
title away; this module takes the marks off what is left, so the line
still reads as the signer's name. The marks are words of
``signatures.toml`` (``name_suffix_marks``, ``on_behalf``, ``signed_marks``).
A title may name the office before the person ("leder Nav Lørenskog
Kristin Aamodt", "kommunedirektør i Nord-Aurdal Hilde Ødegaard"):
``without_office`` takes the office's name away.
"""

from __future__ import annotations

import re

from ...norwegian import find_dates, fold
from ...norwegian.offices import normalize_office_name
from .daydates import has_day
from .titleplace import without_title_place
from .words import signature_words

_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]+)[)\]]\s*")
"""The whole part in one pair of brackets: "(Gunn Brenden)"."""
_DASHED_DATE = re.compile(r"\s[–—-]\s*\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[a-zæøå]+\s+\d{4})\.?\s*$", re.IGNORECASE)
"""A date after a spaced dash that ends a one-line caption ("Nav-leiar Åse Vik – 29.01.2020")."""


def without_closing_date(text: str) -> str:
    """``text`` without the date that ends it, with that date's label
    ("Kjell Sund   29.01.2020", "Eva Lian, Nav-leiar   Dato: 30.01.20" →
    "Kjell Sund", "Eva Lian, Nav-leiar"): the caption under the ink gives the
    signer's name, title and date on one line, the date set off by spaces or
    by its own label (``signer_date_labels``) instead of a comma; the date
    finder reads the date. Left as it is when no dated day ends the line,
    or a full stop after the date ends a sentence ("… og kommunedirektør Nils
    Lothe 28.01.2020.", a wrapped approval sentence, not a caption)."""
    found = [m for m in find_dates(text) if has_day(m)]
    if not found or text[found[-1].end:].strip():
        return text
    words = text[:found[-1].start].rstrip(" ,;:–-").split()
    labels = signature_words().signer_date_labels
    for n in range(min(3, len(words)), 0, -1):
        if fold(" ".join(words[-n:])) in labels:
            words = words[:-n]
            break
    return " ".join(words).rstrip(" ,;:–-")


def name_part(text: str, after_title: bool, before_title: bool) -> str:
    """``text`` without the marks around the name: brackets when it follows
    the title ("Nav-leder (Gunn Brenden)"), "for" or an opening bracket when
    the title follows ("Tor Berg for Nav-leder …", "Kari Moe (rådmann)"),
    a signed mark ("(sign.)") and a mark of signing on another's behalf
    ("e.f.") at its end; nor the date a one-line caption gives after a
    spaced dash ("Nav-leder Kari Moe – 29.01.2020"), which the date finder reads."""
    words = signature_words()
    text = _DASHED_DATE.sub("", text)
    if before_title:
        text = words.behalf_before_title.sub("", text).rstrip(" ([")
    whole = _BRACKETED.fullmatch(text) if after_title else None
    if whole is not None:
        text = whole.group(1)
    text = words.signed_mark.sub("", text)
    return words.name_suffix_mark.sub("", text).strip(" _.-–")


def without_office(text: str, title: str | None) -> str:
    """The words after a title without the office the title names: "leder
    Nav Lørenskog Kristin Aamodt" and "leder i Nav Tromsø Lise Johansen"
    leave the person. The office's name ends where ``normalize_office_name``
    ends it (place qualifiers and compass points kept with the place); left
    as it is when no office opens the words or fewer than two words remain.
    The municipality a leader's title names goes too ("kommunedirektør i
    Nord-Aurdal Hilde Ødegaard", ``titleplace``)."""
    rest = text.strip()
    probe = f"Nav {rest}" if fold(title or "").endswith("nav") else rest
    if fold(probe[:4]) not in ("nav", "nav "):
        return without_title_place(text)
    office = normalize_office_name(probe)
    person = probe.split()[len(office.split()):] if office else []
    return " ".join(person) if len(person) >= 2 else text
