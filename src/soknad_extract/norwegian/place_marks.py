"""Place names a scan read without their marks ("Gjavik" for "Gjøvik",
"Al" for "Ål"), put back to the one name they can be.

The names are data (``schemas/vocabulary/places.toml``: Norway's
municipalities of 2019 and 2020 by number, the former ones, the counties
and the city districts with a Nav office). A name read without marks differs
from the name only where å was read as "a", ø as "o" or "a", æ as "ae" or
"a". Such a reading is put back when, in order:

- it is itself no name of the list ("Os" is a municipality and stays "Os",
  though "Ås" is one too), and it opens with a capital;
- it is no word of its own (``common_words``: "Bo" is "bo", "Ha" is "ha"),
  unless the text is a field that holds a place (the municipality, the
  office's name), where "Bo" can only be "Bø";
- exactly one of the names it can be was read with its marks elsewhere in
  the same document ("Nav Ål" above "Arbeid for alle i Al"; a name the list
  lacks counts too when the caller knows it for a place, as the office's
  own: "Nav Lågendalen"); or, when none was, exactly one name of the list matches and the reading is a field that
  holds a place or a word of four letters or more (a two-letter word in
  running text needs the document's word for it).

A name of several words ("Indre Østfold") is matched as a whole. Case
follows the reading: "GJAVIK" becomes "GJØVIK"; a word of fewer than four
capitals may be an abbreviation ("AS") and stays.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..vocabulary import Entry, VocabularyError, vocabulary_key

_READ_AS = {"å": ("a",), "ø": ("o", "a"), "æ": ("ae", "a")}
_MARKS = frozenset(_READ_AS)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LONGEST = 4
"""Words in the longest name ("Vestfold og Telemark")."""
_SHORT = 4
"""A reading shorter than this needs the document's word for it (or a place field)."""


@dataclass(frozen=True)
class _Places:
    readings: dict[str, frozenset[str]]
    """A name read without (some of) its marks, lower case → the names it can be."""
    names: frozenset[str]
    """Every name, lower case."""
    common: frozenset[str]


@lru_cache(maxsize=2048)
def _unmarked(name: str) -> frozenset[str]:
    """The ways a scan may read ``name`` (lower case) without its marks."""
    choices = [_READ_AS.get(c, (c,)) for c in name]
    return frozenset("".join(p) for p in itertools.product(*choices)) - {name}


@lru_cache(maxsize=4)
def _places(key: str) -> _Places:
    entry = Entry("places", Path(key))
    names: set[str] = set()
    for table in ("kommuner_2019", "kommuner_2020"):
        for number, written in entry.table(table).data.items():
            if not isinstance(written, str) or not written.strip():
                raise VocabularyError(f"{entry.path}: {table}.{number}: not a name")
            names.update(part.strip() for part in written.split(" - "))
    for listed in ("former", "counties", "districts"):
        names.update(entry.strings(listed))
    readings: dict[str, set[str]] = {}
    for name in names:
        if set(name.lower()) & _MARKS:
            for reading in _unmarked(name.lower()):
                readings.setdefault(reading, set()).add(name)
    return _Places({k: frozenset(v) for k, v in readings.items()}, frozenset(n.lower() for n in names),
                   frozenset(w.lower() for w in entry.strings("common_words")))


def _phrases(text: str):
    """Runs of one to four words of ``text`` one space apart, longest first
    at each place: (index of the first word, number of words, start, end)."""
    words = list(_WORD.finditer(text))
    for i, first in enumerate(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            run = words[i:i + n]
            if all(text[a.end():b.start()] == " " for a, b in zip(run, run[1:])):
                yield i, n, first.start(), run[-1].end()


def names_in(text: str) -> frozenset[str]:
    """The names of the list with marks that ``text`` writes with them ("Nav Ål" → {"Ål"})."""
    places = _places(vocabulary_key())
    found = set()
    for _, _, start, end in _phrases(text):
        phrase = text[start:end]
        if set(phrase.lower()) & _MARKS and phrase.lower() in places.names:
            found.add(phrase)
    return frozenset(found)


def _cased(name: str, read: str) -> str | None:
    letters = [c for c in read if c.isalpha()]
    if all(c.isupper() for c in letters):
        return name.upper() if len(letters) >= _SHORT else None
    return name if read[0].isupper() else None


def _chosen(read: str, places: _Places, known: frozenset[str], place_field: bool) -> str | None:
    key = read.lower()
    if key in places.names or (not place_field and key in places.common):
        return None
    seen = {name for name in known if key in _unmarked(name.lower())}
    if len(seen) == 1:
        return _cased(next(iter(seen)), read)
    candidates = places.readings.get(key, frozenset())
    if seen or len(candidates) != 1 or (not place_field and len(key) < _SHORT):
        return None
    return _cased(next(iter(candidates)), read)


def restore_places(text: str, known: frozenset[str] = frozenset(), place_field: bool = False) -> str:
    """``text`` (OCR'd) with each place name read without its marks put
    back, by the rules above; ``known``: the place names (with marks) the
    document writes elsewhere; ``place_field``: the text is a field that
    holds a place (the municipality, the office's name)."""
    places = _places(vocabulary_key())
    known = frozenset(n for n in known if set(n.lower()) & _MARKS)
    out, at, skip_to = [], 0, -1
    for index, n, start, end in _phrases(text):
        if index < skip_to:
            continue
        name = _chosen(text[start:end], places, known, place_field)
        if name is not None:
            out.append(text[at:start] + name)
            at, skip_to = end, index + n
    return "".join(out) + text[at:]
