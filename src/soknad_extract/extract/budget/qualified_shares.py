"""A count of posts qualified by the share it amounts to, in one phrase: "ei
stilling tilsvarande 80 prosent", "en prosjektstilling som tilsvarer 60 %",
"en stilling som veileder på 50 %", "to stillinger tilsvarende 1,5 årsverk".

``norwegian.find_percents`` reads such a phrase as two hits, the count ("ei
stilling", a full post of 100 %) and the share beside it; this is one
statement of the share, never a full post and a share. The words that tie
the two are data (``budget.toml``'s ``share_equivalent`` and ``share_on``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.budget.words import alternation
from soknad_extract.norwegian import Match, find_percents
from soknad_extract.vocabulary import Entry, vocabulary_dir

_ONE = r"(?:en|ei|ein|én|éi|éin|ett|eitt|1)"
_MANY = {"to": 2, "tre": 3, "fire": 4, "2": 2, "3": 3, "4": 4}
_WHOLE = re.compile(r"\b(?:hel|heil|full|halv|deltids?)\b", re.I)
_UNIT = re.compile(r"%|prosent|årsverk", re.I)


@lru_cache(maxsize=4)
def _patterns(folder: Path) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The count of posts (its number in ``q``), the tie of one post to its
    size (an equivalence or "på", after a role perhaps), and the tie of
    several posts (an equivalence only)."""
    entry = Entry("budget", folder)
    equal = alternation(entry.table("share_equivalent").both())
    on = alternation(entry.table("share_on").both())
    count = re.compile(rf"(?P<q>{_ONE}|{'|'.join(_MANY)})\s+(?:[^\W\d_]+\s+)?[^\W\d_]*(?:stilling|stillinga|stillingen"
                       rf"|stillinger|stillingar|årsverk)", re.I)
    role = r"(?:\s+som(?:\s+(?!(?:og|samt|eller|på|i)\b)[^\W\d_][\w-]*){1,3})?"
    one = re.compile(rf"{role}\s*,?\s+(?:{equal}|{on})\s+", re.I)
    many = re.compile(rf"{role}\s*,?\s+{equal}\s+", re.I)
    return count, one, many


def find_shares(text: str) -> list[Match]:
    """``find_percents`` of ``text`` with each count of posts and the share
    it is said to amount to made one hit of that share."""
    hits = find_percents(text)
    if len(hits) < 2:
        return hits
    count, one, many = _patterns(vocabulary_dir())
    out: list[Match] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        size = hits[i + 1] if i + 1 < len(hits) else None
        posts = _posts(hit, count)
        if size is not None and posts and _UNIT.search(size.text) and 0 < float(size.value) <= posts * 100:
            tie = (one if posts == 1 else many).fullmatch(text, hit.end, size.start) or _answer_detail(text, hit, size)
            if tie:
                out.append(Match(size.value, hit.start, size.end, text[hit.start: size.end]))
                i += 2
                continue
        out.append(hit)
        i += 1
    return out


def _answer_detail(text: str, count: Match, size: Match) -> bool:
    """An answer that is a count of posts and, after a comma, their size and
    nothing else ("1 stilling, 80 %", "to stillingar, 150 %"): the comma
    opens the count's detail. In running text a comma may start another
    clause, so only a whole answer is read so."""
    return (text[count.end: size.start].strip() == "," and not text[: count.start].strip()
            and not text[size.end:].strip(" ."))


def _posts(hit: Match, count: re.Pattern[str]) -> int | None:
    """How many posts a bare count of posts names ("ei stilling" 1, "to
    stillingar" 2); None for a share or a post said to be whole or part."""
    m = count.fullmatch(hit.text.strip())
    if not m or _WHOLE.search(hit.text) or _UNIT.search(hit.text):
        return None
    q = m["q"].casefold()
    posts = _MANY.get(q, 1)
    return posts if float(hit.value) == posts * 100 else None
