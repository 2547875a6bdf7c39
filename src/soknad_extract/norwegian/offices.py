"""Nav office names in the record's form: "Nav " + the office's own name.

Documents write "NAV Kongsvinger", "NAV-kontoret i Kongsvinger", "Nav kontor
Bømlo", "NAV KONGSVINGER" or "Nav Oslo, bydel Grorud"; all become "Nav X".
The name is the capitalised word after the prefix, extended only where
Norwegian place names extend ("Lom og Skjåk", "Nord-Østerdal", "Indre
Østfold", "St. Hanshaugen"); it ends at punctuation, digits, "v/", a line
break or any other word, which drops addresses, org numbers and labels.
Oslo's district offices are called by the district alone ("Nav Grorud").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..vocabulary import Entry, vocabulary_dir
from ._text import fold, prepare

_PREFIX = re.compile(
    r"(?<![^\W\d_])(?P<nav>nav)(?![^\W\d_])"
    r"(?:[ \t]*-?[ \t]*kontor(?:et)?(?![^\W\d_])(?:[ \t]+(?:i|for)(?![^\W\d_]))?)?"
    r"(?:[ \t]+oslo[ \t]*,?[ \t]*bydel|[ \t]+bydel)?"
    r"(?:[ \t]*:[ \t]*|[ \t]+)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"St\.|[^\W\d_]+(?:-[^\W\d_]+)*", re.IGNORECASE)
_JOIN = re.compile(r"[ \t]+(?:(?P<og>og)[ \t]+)?", re.IGNORECASE)
_MAX_WORDS = 4


@dataclass(frozen=True)
class _Words:
    not_name: frozenset[str]
    """Labels and address words that can follow "Nav" without naming an office."""
    qualifiers: frozenset[str]
    """A name of several words either joins them with "og" ("Lom og Skjåk")
    or opens with a qualifier ("Øvre Eiker", "St. Hanshaugen") or ends with a
    compass point; any other capitalised word after a name is a new label."""
    compass: frozenset[str]


@lru_cache(maxsize=4)
def _words(folder: Path) -> _Words:
    """``schemas/vocabulary/offices.toml``."""
    entry = Entry("offices", folder)
    return _Words(entry.table("not_name_words").words(), entry.table("place_qualifiers").words(),
                  entry.table("compass").words())


def _is_name_word(word: str, shouting: bool) -> bool:
    if fold(word) in _words(vocabulary_dir()).not_name:
        return False
    return word.isupper() if shouting else word[0].isupper()


def _title(word: str) -> str:
    """"NORD-ØSTERDAL" -> "Nord-Østerdal" for names written in capitals."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def _continues(word: str, following: str) -> bool:
    """Whether two capitalised words form one name ("Indre Østfold", "Bergen
    Nord") rather than a name and the next label ("Hamar Prosjektleder")."""
    words = _words(vocabulary_dir())
    return fold(word) in words.qualifiers or fold(following) in words.compass


def _is_compass(word: str) -> bool:
    """A compass point closes a name in lower case too: the offices' own
    names write "Nav Bergen nord"."""
    return fold(word) in _words(vocabulary_dir()).compass


def _read_name(text: str, pos: int, shouting: bool) -> list[str]:
    """The office's name words from `pos`, with "og" kept between words."""
    words: list[str] = []
    while len(words) < _MAX_WORDS:
        token = _TOKEN.match(text, pos)
        if token is None or not (_is_name_word(token[0], shouting) or (words and _is_compass(token[0]))):
            break
        words.append(_title(token[0]) if shouting else token[0])
        join = _JOIN.match(text, token.end())
        following = _TOKEN.match(text, join.end()) if join else None
        if following is None or not (_is_name_word(following[0], shouting)
                                     or (not join["og"] and _is_compass(following[0]))):
            break
        if join["og"]:
            words.append("og")
        elif not _continues(token[0], following[0]):
            break
        pos = join.end()
    return words


def _is_shouting(nav: str, text: str, pos: int) -> bool:
    """True for "NAV KONGSVINGER": capitals are layout, not the name's case."""
    token = _TOKEN.match(text, pos)
    return nav.isupper() and token is not None and len(token[0]) > 1 and token[0].isupper()


def normalize_office_name(text: str) -> str | None:
    """The first Nav office named in `text` as "Nav X", or None.

    All-lower-case text ("nav kongsvinger") gives None: without capitals a
    name cannot be told from the prose around it.
    """
    p = prepare(text)
    for m in _PREFIX.finditer(p.text):
        shouting = _is_shouting(m["nav"], p.text, m.end())
        words = _read_name(p.text, m.end(), shouting)
        if words:
            return "Nav " + " ".join(words)
    return None


def municipality_from_office(name: str) -> str | None:
    """The name part of an office ("Nav Kongsvinger" -> "Kongsvinger").

    Regional offices give their region ("Lillehammer-Gausdal"); whether that
    is one municipality is for the caller to decide.
    """
    office = normalize_office_name(name)
    return office.removeprefix("Nav ") if office else None
