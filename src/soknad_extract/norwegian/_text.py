"""Text plumbing shared by the Norwegian parsers.

The finders search a *prepared* copy of the text (odd spaces, dashes and
quotes mapped to ASCII, invisible characters dropped) but must report offsets
into the caller's original text, so preparation keeps an offset map.

A document's lines are prepared, folded and normalised many times over (each
finder and each field asks again), so those functions are memoised per
string; their results are immutable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


class CharMap:
    """``str.translate`` by a table that maps characters to one character or
    to none, done as a scan per target character: translate looks every
    character up (some 90 ns a character on Norwegian text), a regex scan
    for the few characters a table changes is ten or more times faster, and
    most texts hold none of them, so one scan for any of them comes first."""

    def __init__(self, table: dict[int, int | str | None]) -> None:
        self.table = table
        targets = {chr(code): chr(to) if isinstance(to, int) else to or "" for code, to in table.items()}
        # Sorted: a table built from a set lists its characters in another
        # order in every process, and the same pattern is found in ``startup_cache``.
        changed = "".join(sorted(char for char, to in targets.items() if to != char))
        by_target: dict[str, str] = {}
        for char in changed:
            to = targets[char]
            if any(c in changed for c in to):
                raise ValueError(f"{to!r} is a target and changed: scans in turn would change it twice")
            by_target[to] = by_target.get(to, "") + char
        self._changes = re.compile(f"[{re.escape(changed)}]").search if changed else None
        self._scans = [(re.compile(f"[{re.escape(chars)}]").sub, to.replace("\\", "\\\\"))
                       for to, chars in by_target.items()]

    def __call__(self, text: str) -> str:
        if self._changes is None or not self._changes(text):
            return text
        for replace, to in self._scans:
            text = replace(to, text)
        return text


_FOOTNOTE_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_LINE_BREAKS = frozenset("\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029")

# One-to-one replacements so that patterns only need to know ASCII forms. A
# superscript digit is a footnote's mark ("600 000¹"): a space, so that it
# ends the number or word it touches instead of joining it.
_ASCII_MAP = CharMap(str.maketrans(
    {
        **dict.fromkeys(_FOOTNOTE_MARKS, " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    }
))
_DROP_INVISIBLE = CharMap(str.maketrans(dict.fromkeys(_INVISIBLE)))
_FLAT_MAP = CharMap(str.maketrans(
    {
        **{ch: " " for ch in map(chr, range(0x3001)) if ch.isspace() and ch != "\t"},
        **dict.fromkeys(_LINE_BREAKS, "\n"),
        **_ASCII_MAP.table,
    }
))
"""``_flat_char`` for every character at once: one-to-one, so offsets stay."""
_CACHE = 4096


@dataclass(frozen=True)
class Match:
    """A value found inside a longer text, with offsets for evidence."""

    value: object
    start: int
    end: int
    text: str


def _drop_invisible(text: str) -> str:
    return _DROP_INVISIBLE(text)


@lru_cache(maxsize=_CACHE)
def normalize_space(text: str) -> str:
    """Collapse every kind of whitespace to one space, so that values copied
    from Word, PDF or OCR compare equal however they were spaced."""
    return " ".join(_drop_invisible(text).split())  # str.split's whitespace is re's \s


@lru_cache(maxsize=_CACHE)
def fold(text: str) -> str:
    """Matching key: spacing normalised, case folded, typographic quotes and
    dashes made ASCII; æ, ø and å are kept because they carry meaning."""
    return normalize_space(_ASCII_MAP(text)).casefold()


@dataclass(frozen=True)
class Prepared:
    """Searchable copy of a text plus the map back to original offsets.

    Line breaks are kept (a number never continues across a line, a value in
    one table cell must not merge with the next), horizontal spaces of every
    kind become ' ', dashes '-', quotes ASCII; invisible characters vanish.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def match(self, start: int, end: int, value: object) -> Match:
        """Build a Match from prepared-text offsets."""
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return Match(value, o_start, o_end, self.original[o_start:o_end])


@lru_cache(maxsize=_CACHE)
def prepare(text: str) -> Prepared:
    """Prepare `text` for searching, remembering where each character came from."""
    if _INVISIBLE.isdisjoint(text):
        return Prepared(text, _FLAT_MAP(text), tuple(range(len(text) + 1)))
    offsets = [index for index, ch in enumerate(text) if ch not in _INVISIBLE]
    offsets.append(len(text))
    return Prepared(text, _FLAT_MAP(_drop_invisible(text)), tuple(offsets))


def non_overlapping(matches: list[Match]) -> list[Match]:
    """Keep the earliest, then longest, of overlapping matches, in text order.

    Several patterns may describe the same words ("tre 100 % stillinger" and
    "100 %"); the longer reading that starts first is the one the writer meant.
    """
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def overlaps(match: Match, others: list[Match]) -> bool:
    """True when `match` shares any character with one of `others`."""
    return any(match.start < o.end and o.start < match.end for o in others)
