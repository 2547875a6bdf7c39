"""A count of posts whose size follows in brackets: "en stilling som
jobbspesialist (50 %)", "ei prosjektstilling (80 %)", "to stillinger (2 x
50 %)", or after the role with "på" ("en stilling som familiekoordinator på
60 %"). The count says how many posts, the share their size: one statement
of the share, never a full post and a share beside it.

Only a bracket holding nothing but the share (perhaps with "stilling") sizes
the post: "(50 % av lønnskostnaden)", "(inntil 50 %)" or "(50 % finansiert av
kommunen)" say something else, and the count stays as it was read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ._text import Match

_ROLE_WORD = r"(?!(?:og|samt|eller|på|i)\b)[^\W\d_][\w-]*"
_ROLE = rf"[ \t]+som(?:[ \t]+{_ROLE_WORD}){{1,3}}"
"""The post's role after the count, a few words ("som jobbspesialist", "som
IPS-jobbspesialist i Nav"); no "og" (a second post) among them."""
_OPEN = re.compile(rf"(?:{_ROLE})?[ \t]*\([ \t]*", re.IGNORECASE)
_CLOSE = re.compile(r"[ \t]*(?:stilling(?:er|ar)?[ \t]*)?\)", re.IGNORECASE)
_ON = re.compile(rf"{_ROLE}[ \t]+på[ \t]+", re.IGNORECASE)
_ON_END = re.compile(r"[ \t]*(?:stilling(?:en|a)?[ \t]*)?(?=[.,;:!?]|$)", re.IGNORECASE | re.MULTILINE)
_SEVERAL = re.compile(r"[x×*+]|\bog\b|,", re.IGNORECASE)
"""A bracket sizing several posts lists them ("2 x 50 %", "100 % + 50 %")."""


def sized_posts(text: str, hits: list[Match], post_count: Callable[[str], Decimal | None]) -> list[Match]:
    """``hits`` with each count of posts and the size stated right after it
    made one hit of that size. ``post_count`` gives the number of posts a
    hit's text counts ("en stilling" is 1), None for a hit that is no bare count."""
    out: list[Match] = []
    skip = False
    for i, hit in enumerate(hits):
        if skip:
            skip = False
            continue
        size = hits[i + 1] if i + 1 < len(hits) else None
        end = _size_end(text, hit, size, post_count) if size is not None else None
        if end is None:
            out.append(hit)
            continue
        out.append(Match(size.value, hit.start, end, text[hit.start: end]))
        skip = True
    return out


def _size_end(text: str, count: Match, size: Match, post_count: Callable[[str], Decimal | None]) -> int | None:
    """Where the statement of ``count``'s posts and their ``size`` ends, or None when ``size`` is no size of them."""
    posts = post_count(count.text)
    if posts is None or not 0 < Decimal(str(size.value)) <= posts * 100:
        return None
    if posts > 1 and not _SEVERAL.search(size.text):
        return None  # "to stillinger (50 %)": each post's, or both together
    if _OPEN.fullmatch(text, count.end, size.start):
        close = _CLOSE.match(text, size.end)
        return close.end() if close else None
    if posts == 1 and _ON.fullmatch(text, count.end, size.start):
        end = _ON_END.match(text, size.end)
        return end.end() if end else None
    return None
