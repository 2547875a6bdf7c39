"""The municipality a signer's title names before the signer's name.

Class: an inter-municipal Nav office's application is approved by the Nav
leader and by the leaders of the municipalities it serves, and a list of
approvers tells them apart by the municipality each leads, between the
title and the name: "… godkjent av Nav-leiar Øystein Skrindo (27.01.2020),
kommunedirektør i Nord-Aurdal Hilde Ødegaard (28.01.2020) og
kommunedirektør i Vestre Slidre Lars Kvalvik (28.01.2020)", "rådmann for
Etnedal Kari Moe", "kommunedirektør Vestre Slidre kommune Lars Kvalvik".
The place is no part of the name, and the words after it are the person.

Where the place ends is read from the words, never guessed: after a lead
word ("i", "for"; vocabulary ``title_places``) it is one of Norway's
municipalities (``places.toml``, the longest that fits, so "Vestre Slidre"
and not "Vestre"), perhaps followed by an end word ("kommune"); without a
lead word, capitalised words followed by the end word. Anything else is
left as it is (a sector, "for helse og omsorg", is the title's own).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...vocabulary import Entry, vocabulary_key

_LONGEST = 4
"""Words in the longest place name ("Nordre Land", "Sogn og Fjordane")."""
_MIN_NAME_WORDS = 2
"""A person's name left after the place: first name and surname."""


@lru_cache(maxsize=4)
def _words(folder: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(lead words, end words, place names), folded, for the vocabulary folder."""
    table = Entry("signatures", Path(folder)).table("title_places")
    places = Entry("places", Path(folder))
    names: set[str] = set()
    for key in ("kommuner_2019", "kommuner_2020"):
        for written in places.table(key).data.values():
            names.update(part.strip().casefold() for part in str(written).split(" - "))
    for key in ("former", "districts"):
        names.update(n.casefold() for n in places.strings(key))
    return table.words(), frozenset(w.casefold() for w in table.strings("ends")), frozenset(names)


def place_words(words: list[str]) -> int:
    """How many of ``words`` (the words after a title) name the municipality
    the title is held in (see the module); 0 when they do not open with one."""
    leads, ends, places = _words(vocabulary_key())
    if not words:
        return 0
    start = 1 if words[0].casefold() in leads else 0
    if start:
        for n in range(min(_LONGEST, len(words) - 1), 0, -1):
            run = words[1:1 + n]
            if (run[0][:1].isupper() and not any(w.endswith(",") for w in run[:-1])
                    and " ".join(run).rstrip(",").casefold() in places):
                end = 1 + n
                if end < len(words) and not run[-1].endswith(",") and words[end].strip(",").casefold() in ends:
                    end += 1
                return end
    for n in range(1, min(_LONGEST, len(words) - start - 1) + 1):
        run = words[start:start + n]
        if (all(w[:1].isupper() for w in run) and not any(w.endswith(",") for w in run)
                and words[start + n].strip(",").casefold() in ends):
            return start + n + 1
    return 0


def without_title_place(text: str) -> str:
    """The words after a title without the municipality it names ("i
    Nord-Aurdal Hilde Ødegaard" → "Hilde Ødegaard"); ``text`` as it is when
    no municipality opens it or fewer than two words would remain."""
    words = text.split()
    n = place_words(words)
    if not n or len(words) - n < _MIN_NAME_WORDS:
        return text
    return " ".join(words[n:]).lstrip(", ")


def is_title_place(text: str) -> bool:
    """``text`` is the municipality of a title and nothing else ("i
    Nord-Aurdal", "for Etnedal kommune")."""
    words = text.split()
    return bool(words) and place_words(words) == len(words)
