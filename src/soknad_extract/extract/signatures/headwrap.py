"""A signer's role heading wrapped over two lines in a narrow column.

Class: signing blocks set side by side in narrow columns (two, three or four
signers on one row: the Nav leader and one or more municipalities' leaders
of an inter-municipal project), each headed by the signer's title and the
party it is held in, then place and date, room for the pen, the line and the
printed name. A column too narrow for "Kommunedirektør, Notodden kommune"
shows "Kommunedirektør," on the heading's line and "Notodden kommune" under
it ("Rådmann, Hjartdal" / "kommune"; "Leder," / "Nav Notodden"). Read apart,
the second line is no part of the block: the heading stands a line higher
than its text ends, and the printed name under the pen falls out of the
block's reach. The two lines are one heading: joined on the heading's line,
the block reaches down as its column does.

Only where the shape is unmistakable: the second line stands straight under
the first at the same left edge, names no role, person or date, and the
words after the title with it are a party as a heading names one ("<X>
kommune", "Nav <X>"; the vocabulary's ``party_starts``/``party_ends``),
after at most a small word ("i", "for"), and few words, no log line's dash
or sentence; the first line names no person and opens with its title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import union
from ...norwegian import fold
from .wording import person_name, roles_in
from .words import signature_words
from .wrapped import SAME_EDGE

_LEADS = ("i", "for", "ved")
"""Small words between a title and its party ("Kommunedirektør i" / "Notodden kommune")."""
_WORDS_BEFORE = 2
"""Words a heading may hold before its title ("Signatur", "For", "Underskrift ass.")."""
_PARTY_WORDS = 4
"""Words of a party after its title ("Nav Midt-Telemark", "Nord-Aurdal kommune", "Nav Indre Østfold")."""
_PARTY_WORD = re.compile(r"[^\W\d_][\w.-]*")
"""A word of a party's name: letters, perhaps a hyphen or a dot; never a dash, a digit or a sentence's punctuation."""


def join_wrapped_headings(frags: list[Fragment]) -> list[Fragment]:
    """``frags`` with each role heading's wrapped party line joined into it."""
    gone: set[int] = set()
    joined: dict[int, Fragment] = {}
    for a in frags:
        if a.order in gone or not _may_open(a):
            continue
        b = next((g for g in frags if g.order not in gone and g.order not in joined and _wraps(a, g)), None)
        if b is None:
            continue
        joined[a.order] = replace(a, text=f"{a.text} {b.text}", box=union([a.box, b.box]))
        gone.add(b.order)
    if not joined:
        return frags
    return [joined.get(f.order, f) for f in frags if f.order not in gone]


def _may_open(frag: Fragment) -> bool:
    return frag.real and _plain(frag.text) and person_name(frag.text, ocr=frag.ocr) is None


def _plain(text: str) -> bool:
    """No digit and no label's colon: neither a date line nor "Navn: …"."""
    return not any(ch.isdigit() for ch in text) and ":" not in text


def _wraps(first: Fragment, line: Fragment) -> bool:
    """``line`` ends the heading ``first`` opens (see the module)."""
    if (not line.real or line.page != first.page or line.box[1] <= first.box[1]
            or abs(line.box[0] - first.box[0]) > SAME_EDGE or not adjacent(first, line)):
        return False
    if not _plain(line.text) or roles_in(line.text) or person_name(line.text, ocr=line.ocr) is not None:
        return False
    text = f"{first.text.rstrip()} {line.text.strip()}"
    roles = roles_in(text)
    if len({r[0] for r in roles}) != 1 or roles[0][2] >= len(first.text.rstrip()) or roles[-1][1] is None:
        return False
    if len(fold(first.text[:roles[0][2]]).split()) > _WORDS_BEFORE:
        return False
    rest = fold(text[roles[-1][3]:]).strip(" ,;–-").split()
    if rest and rest[0] in _LEADS:
        rest = rest[1:]
    if not 0 < len(rest) <= _PARTY_WORDS or not all(_PARTY_WORD.fullmatch(w) for w in rest):
        return False
    return signature_words().party.fullmatch(" ".join(rest)) is not None
