"""Where a title that names a sector after it ends ("Kommunalsjef helse og
omsorg", "kommunaldirektør for oppvekst, kultur og inkludering").

Split from ``wording`` so that module keeps to reading a fragment's parts.
"""

from __future__ import annotations

import re

from .words import signature_words

_WORDS = re.compile(r"(\s*,)?\s+([^\s,.;:()]+)")
"""The words after a title, each with the comma before it, if any; a full
stop, a colon or a bracket ends the run."""
_ITEM_MAX_WORDS = 2
"""An item of a sector's enumeration is a word or two ("psykisk helse"):
more words between its commas, or after the list word, are a sentence going
on."""


def sector_end(text: str, end: int) -> int:
    """Extend "Kommunalsjef" over the sector written after it in lower case
    ("Kommunalsjef helse og omsorg", "kommunalsjef for oppvekst"), never
    over a place or a name ("kommunalsjef i Hamar", "Kommunalsjef Ola Hansen").
    A sector may be an enumeration ("for helse, omsorg og velferd"): a comma
    goes on with the title only where lower-case items follow it and a list
    word ("og", "eller") closes them before the next stop, so the title keeps
    its whole list; a comma before a date, a place, a name or a phone, or one
    whose words never close as a list, ends it, and so do more words after
    the list's last item than an item has."""
    words = signature_words()
    best, listed, items, closed, at = end, False, 0, False, end
    last_item = end  # the list's last item's first word: where a sentence going on after it stops the title
    for m in _WORDS.finditer(text, end):
        if m.start() != at:
            break
        at, word = m.end(), m.group(2)
        if m.group(1):
            listed, items, closed = True, 0, False
        if not word[:1].islower() or word in words.sector_stops:
            break
        if listed and not closed and word in words.sector_list_ends and items:
            closed, items = True, 0
        elif word not in words.sector_joins:
            items += 1
            if listed and items > _ITEM_MAX_WORDS:
                return last_item if closed else best
            if not listed or closed:
                best = m.end()
                last_item = best if closed and items == 1 else last_item
    return best
