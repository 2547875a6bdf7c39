"""A signer's caption with a note that it was signed electronically.

Under a PAdES signature field, or beside a name a case system signed for,
the caption often says how the signing was done: "Marit Hauge, Nav-leiar
(signert digitalt)", "Kari Moe, rådmann (elektronisk godkjent)". The note
in brackets at the end is the approval's wording, but the line is still the
signer's caption, naming the person and the title: the block reads it as a
title line, while the note keeps counting as the approval claim it is.
"""

from __future__ import annotations

import re

from ...norwegian import fold
from .approval_words import says_approval_done
from .wording import person_name, roles_in

_TRAILING_NOTE = re.compile(r"\s*\(([^()]{1,40})\)\s*$")
"""A short note in brackets that ends the line."""


def caption_with_signed_note(text: str) -> bool:
    """``text`` is a name and a title with an approval note in brackets
    after them, and no approval wording outside the brackets."""
    note = _TRAILING_NOTE.search(text)
    if note is None or not says_approval_done(fold(note.group(1))):
        return False
    caption = text[:note.start()]
    return (not says_approval_done(fold(caption)) and len({r[0] for r in roles_in(caption)}) == 1
            and person_name(caption) is not None)
