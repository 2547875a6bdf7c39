"""A spaced dash as the separator of a known label and its answer.

Some offices type their forms as plain lines "Kontaktperson – Håkon Lien",
"Stillingsressurs – 60 %" (an en dash or a hyphen with a space on each side)
where others write a colon. A dash is also ordinary punctuation in titles
and names ("«Losen» – fra skole til jobb", "Nav Vest – Bergen"), so the dash
separates only when the words before it are a label of the vocabulary on
their own; anything else is left whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DASH = re.compile(r"\s+[–—-]\s+")
"""A dash with white space on both sides: a hyphen inside a word
("Nav-kontor", "E-post") is never a separator."""


def split_dash_label(text: str, is_label: Callable[[str], bool]) -> tuple[str, str] | None:
    """(label, answer) of "Label – answer" when the text before the first
    spaced dash is a known label and an answer follows; else None."""
    found = _DASH.search(text)
    if found is None:
        return None
    head, tail = text[: found.start()].strip(), text[found.end():].strip()
    if not head or not tail or not is_label(head):
        return None
    return head, tail
