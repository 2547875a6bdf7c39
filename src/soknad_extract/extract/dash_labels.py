"""A spaced dash as the separator of a known label and its answer.

Some offices type their forms as plain lines "Kontaktperson – Håkon Lien",
"Stillingsressurs – 60 %" (an en dash or a hyphen with a space on each side)
where others write a colon. A dash is also ordinary punctuation in titles
and names ("«Losen» – fra skole til jobb", "Nav Vest – Bergen"), so the dash
separates only when the words before it are a label of the vocabulary on
their own, and only on a line of its own: a label cell with its answer in
the cell beside it ("Kontaktperson – navn / e-post / telefon" | "Ola Dahl")
keeps its dash as part of the label; anything else is left whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DASH = re.compile(r"\s+[–—-]\s+")
"""A dash with white space on both sides: a hyphen inside a word
("Nav-kontor", "E-post") is never a separator."""


def split_dash_label(text: str, classify: Callable[[str], str | None]) -> tuple[str, str] | None:
    """(label, answer) of "Label – answer" when the text before the first
    spaced dash is a known label and an answer follows; else None. Words
    after the dash that are a label of another field say how to answer
    ("Kontaktperson – navn / e-post / telefon", the answer below): the
    whole text is the label then."""
    found = _DASH.search(text)
    if found is None:
        return None
    head, tail = text[: found.start()].strip(), text[found.end():].strip()
    field = classify(head) if head and tail else None
    if field is None or classify(tail) not in (None, field):
        return None
    return head, tail
