"""What a compiled pattern needs in a text before it can match there.

An extractor that searches every sentence of a letter for a rare wording
("selv om … ikke … krysset av for", vocabulary ``areas.conceded_area``)
and first does costly work per sentence (tokenising it for phrase hits)
can rule most sentences, and most documents, out at once: a match holds
the pattern's literal runs ("selv", "om", "ikke", "av"), so a text lacking
them cannot match, whatever the wording list says after the next edit. The
literals are read from the pattern itself (``re``'s own parser), so they are
never a stale copy of the vocabulary; what the reading does not understand
(case-insensitive parts, a run under a repeat that may be absent) asks
nothing, which keeps the test a necessary condition only.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11 renamed sre_parse; without it every text may match
    from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a future Python without the module
    _sre = _sre_parse = None

Needs = tuple[frozenset[str], ...]
"""Alternatives, each a set of strings a match holds all of; one empty set
asks nothing."""
_ANYTHING: Needs = (frozenset(),)
_MAX_ALTERNATIVES = 64
"""Past this many alternatives a part's needs are dropped (a weaker test,
never a wrong one)."""


def _and(left: Needs, right: Needs) -> Needs:
    if right == _ANYTHING:
        return left
    if left == _ANYTHING:
        return right
    joined = tuple(dict.fromkeys(a | b for a in left for b in right))
    return joined if len(joined) <= _MAX_ALTERNATIVES else left


def _or(options: list[Needs]) -> Needs:
    joined = tuple(dict.fromkeys(alternative for needs in options for alternative in needs))
    if frozenset() in joined or len(joined) > _MAX_ALTERNATIVES:
        return _ANYTHING
    return joined


def _sequence(items) -> Needs:
    """Needs of items matched one after the other: a run of literals (with
    zero-width assertions inside it) is one string; every item that must
    match adds its own needs."""
    needs, run = _ANYTHING, ""
    for op, arg in items:
        if op is _sre.LITERAL:
            run += chr(arg)
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the run goes on in the matched text
        if run:
            needs, run = _and(needs, (frozenset((run,)),)), ""
        needs = _and(needs, _item(op, arg))
    return _and(needs, (frozenset((run,)),)) if run else needs


def _item(op, arg) -> Needs:
    if op is _sre.SUBPATTERN:
        _, add_flags, _, inner = arg
        return _ANYTHING if add_flags & re.IGNORECASE else _sequence(inner)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(arg)
    if op is _sre.BRANCH:
        return _or([_sequence(branch) for branch in arg[1]])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, inner = arg
        return _sequence(inner) if low >= 1 else _ANYTHING
    return _ANYTHING


@lru_cache(maxsize=256)
def needs(pattern: re.Pattern[str]) -> Needs:
    """The strings a match of ``pattern`` holds: one of the alternatives
    whole. A pattern this cannot read asks nothing."""
    if _sre_parse is None or pattern.flags & re.IGNORECASE:
        return _ANYTHING
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern: no pre-check
        return _ANYTHING
    return _ANYTHING if parsed.state.flags & re.IGNORECASE else _sequence(parsed.data)


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only where ``pattern`` cannot match ``text`` nor any part of it."""
    return any(all(part in text for part in alternative) for alternative in needs(pattern))
