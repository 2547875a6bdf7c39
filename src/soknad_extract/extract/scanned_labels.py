"""Labels a scan's text recognition misspelt by one letter.

Tesseract drops, adds or swaps a letter in a label now and then
("Oppstat", "Stiling", "Kontaktpersn"), and a misspelt label is no label:
its answer is then lost and the field reported missing, a false error. On
a scanned page a word of a short label that the label vocabulary does not
know is read as the vocabulary's word one letter away, when exactly one
such word exists; the label is then classified again. Typed and born-digital
text is never respelt: there a misspelling is what the office wrote.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract.extract.label_words import label_words
from soknad_extract.extract.labels import classify_label
from soknad_extract.norwegian import fold

MIN_RESPELT_LETTERS = 5
"""Shorter words are too close to too many others to respell."""
MIN_ANCHORED_LETTERS = 4
"""A word this short is respelt only beside a label word read as it stands
("Nvtt/videreført" → "Nytt/videreført"): the known word says the text is a
label, and the short word's one neighbour among the labels' words is then
its reading."""
MAX_LABEL_WORDS = 4
"""Only short labels are respelt: a longer text is prose, not a label."""
_WORD = re.compile(r"[a-zæøåé]+")


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter dropped, added or replaced."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@lru_cache(maxsize=4096)
def _respelt(word: str, known: frozenset[str], anchored: bool = False) -> str | None:
    if word in known or len(word) < (MIN_ANCHORED_LETTERS if anchored else MIN_RESPELT_LETTERS):
        return None
    near = [w for w in known if _one_letter_apart(word, w)]
    return near[0] if len(near) == 1 else None


def classify_scanned_label(text: str) -> str | None:
    """``classify_label``, and on failure the label with its misspelt words
    respelt (see the module's docstring)."""
    key = classify_label(text)
    if key is not None:
        return key
    folded = fold(text)
    words = _WORD.findall(folded)
    if not words or len(folded.split()) > MAX_LABEL_WORDS:
        return None
    known = label_words()
    anchored = any(len(w) >= MIN_RESPELT_LETTERS and w in known for w in words)
    respelt = _WORD.sub(lambda m: _respelt(m.group(), known, anchored) or m.group(), folded)
    return classify_label(respelt) if respelt != folded else None
