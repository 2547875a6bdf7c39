"""A form's role label that asks for the name under it.

Class: web-form prints and fillable forms whose approval section labels
each answer field with the role and what to type ("Godkjent av
kommunedirektør (navn, dato)", Nynorsk "Nav-leiar (namn og dato)"), the
answer in the box under the label. Printed signers put the name over the
title, so a name above a role block is usually its own; under such a label
the name the form asks for is the one below it, and the name above belongs
to the field before.

So also a signature label that names the role and ends with a colon
("Underskrift NAV-leder:", "Signatur rådmann:"), stacked one block under
another with the ink and a "Navn/dato:" line under each: the colon hands
what follows to the label, and the name under it is its block's, not the
next block's (an empty next block is a role that has not signed).
"""

from __future__ import annotations

import re

from ...layout import settings
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from ...norwegian import fold
from .wording import is_bare_line, is_opener, roles_in
from .words import signature_words

_NOTE = re.compile(r"\(([^()]{1,40})\)\s*:?\s*$")
"""A short note in brackets that ends the label."""
_SEPARATORS = re.compile(r"[\s,/+&]+")


def asks_name_below(label: str) -> bool:
    """The label ends with a note naming what to type, the name among it."""
    note = _NOTE.search(label)
    if note is None:
        return False
    words = {w for w in _SEPARATORS.split(fold(note.group(1))) if w}
    vocabulary = signature_words()
    return bool(words & vocabulary.field_note_names) and words <= vocabulary.field_note_words


def asks_below(label: Fragment, members: list[Fragment]) -> bool:
    """The role label hands the lines under it to its block: a note asking
    for the name (``asks_name_below``), or a signature label naming one role
    and ending with a colon ("Underskrift NAV-leder:") that heads its block.
    A colon label right under a line to sign on ("Kari Lund / ____ /
    Underskrift Nav-leder:") closes its block instead: the name under it
    is the next block's."""
    text = label.text.rstrip()
    if asks_name_below(text):
        return True
    if len({r[0] for r in roles_in(text)}) != 1 or not is_opener(label):
        return False
    if text.endswith(":"):
        return not any(_line_right_above(f, label) for f in members)
    return _heads_field_stack(label, members)


def _heads_field_stack(label: Fragment, members: list[Fragment]) -> bool:
    """The label is one of a column of signature captions, each followed by
    its own name field ("Signatur leder Nav Vik" / ink / "Navn: … Dato: …" /
    "Signatur rådmann" / "Navn: … Dato: …"), the name field empty where the
    role has not signed: the first caption has no name field over it and the
    last has one under it, so every caption heads the fields that follow it
    and the name under a caption is its own, not the next block's."""
    column = sorted((f for f in members if f.page == label.page and x_overlap(f.box, label.box) > 0),
                    key=lambda f: f.box[1])
    kinds = []
    for f in column:
        if _name_field(f.text):
            kinds.append(1)
        elif is_opener(f) and len({r[0] for r in roles_in(f.text)}) == 1:
            kinds.append(0)
    return len(kinds) >= 4 and kinds == [0, 1] * (len(kinds) // 2)


def _name_field(text: str) -> bool:
    """A labelled field for a signer's printed name ("Navn:", "Namn: Kari
    Moe"), empty or filled: the label names no role and is no signature
    word."""
    found = signature_words().name_label.match(text.strip())
    if found is None:
        return False
    head = text.strip()[:found.end()]
    return not roles_in(head) and signature_words().opener.search(fold(head)) is None


def _line_right_above(frag: Fragment, label: Fragment) -> bool:
    """A bare line to sign on within a row gap above ``label``, over it."""
    return (frag.page == label.page and is_bare_line(frag) and x_overlap(frag.box, label.box) > 0
            and 0 <= label.box[1] - frag.box[3] <= settings.SIGNATURE_ROW_GAP)
