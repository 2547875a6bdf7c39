"""A signer's role, name and date as two label-value pairs on one line.

A form that leaves a field for each answer often prints the signer's line as
"Leiar Nav Sogndal: Oddny Nes   Dato: 27.01.2020": the role's label with the
name typed into it, then the date's label with the date, a few spaces apart
rather than a tab (Word's legacy FORMTEXT fields, WPS Office, text typed on
a line). Read as one fragment the line is no one's name ("Oddny Nes Dato:
27.01.2020" is not a person). The date's label starts a second column: the
line is split there, the name's pair and the date's pair each a fragment, as
if a tab stood between them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...layout import settings
from ...layout.fragments import Fragment
from ...norwegian import fold
from .columns import split_titles
from .labelrows import join_labelled_approvals
from .wording import full_dates, roles_in
from .words import signature_words

_LABEL = re.compile(r"(?<=\s)((?:[^\s:]+\s+){0,2}[^\s:]+)\s*:")
"""A label of up to three words ending at a colon, after a space."""


def split_run_together(frags: list[Fragment]) -> list[Fragment]:
    """The fragments with what one line runs together split into its
    columns: a signer's name and date pairs (here), two signers' titles
    (``columns``); and an approver's role label joined to the approval
    beside it in the next column (``labelrows``)."""
    return join_labelled_approvals(split_titles(split_label_pairs(frags)))


def split_label_pairs(frags: list[Fragment]) -> list[Fragment]:
    """The fragments with each signer's "role: name  date-label: date" line
    split in two; renumbered in order when any was split (new fragments, the
    input is left as it is)."""
    out: list[Fragment] = []
    for frag in frags:
        out.extend(_split(frag) or [frag])
    if len(out) == len(frags):
        return frags
    return [replace(f, order=i) for i, f in enumerate(out)]


def _split(frag: Fragment) -> list[Fragment] | None:
    text = frag.text
    first_colon = text.find(":")
    if first_colon < 0:
        return None
    roles = roles_in(text)
    if not roles or roles[0][2] > first_colon:
        return None
    at = _date_label_start(text, first_colon)
    if at is None or not text[first_colon + 1:at].strip() or full_dates(text[:at]):
        return None
    if len(full_dates(text[at:])) != 1:
        return None
    x0, top, x1, bottom = frag.box
    if frag.real:
        cut = x0 + (x1 - x0) * at / max(len(text), 1)
        boxes = (x0, top, cut - 1.0, bottom), (cut, top, x1, bottom)
    else:
        width = settings.WORD_COLUMN * 0.9
        boxes = (x0, top, x0 + width, bottom), (x0 + settings.WORD_COLUMN, top, x0 + settings.WORD_COLUMN + width,
                                                bottom)
    return [replace(frag, text=text[:at].strip(), box=boxes[0]),
            replace(frag, text=text[at:].strip(), box=boxes[1])]


def _date_label_start(text: str, after: int) -> int | None:
    """Where the date's label starts, after the name's colon: the longest
    label of the vocabulary that ends at a later colon."""
    labels = signature_words().signer_date_labels
    for match in _LABEL.finditer(text, after + 1):
        words = match.group(1).split()
        for n in range(len(words), 0, -1):
            if fold(" ".join(words[-n:])) in labels:
                return match.start(1) + match.group(1).rfind(words[-n])
    return None
