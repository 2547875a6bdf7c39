"""Nynorsk words a scan read without their marks where the word read is a
Bokmål word ("Overgang fra skule til arbeid" for "Overgang frå skule til
arbeid"), put back in a document the toolkit judged to be in Nynorsk.

The OCR reader's own list (``readers/ocr/marks_lost``) holds only words whose
unmarked form is no word at all; these are words of Bokmål, so only the
document's language tells that the mark was lost (Nynorsk writes "frå", never
"fra"). The words are data (``schemas/vocabulary/ocr_words.toml``,
``nynorsk_lost_marks``), put back letter for letter in the word's own case;
a word of fewer than four capitals may be an abbreviation and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..vocabulary import Entry, VocabularyError, vocabulary_key

_UNMARK = str.maketrans("åø", "ao")
_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")


@lru_cache(maxsize=4)
def _words(key: str) -> dict[str, str]:
    entry = Entry("ocr_words", Path(key)).table("nynorsk_lost_marks")
    found = {}
    for word in entry.strings("nn"):
        if not set(word) & {"å", "ø"}:
            raise VocabularyError(f"{entry.path}: nynorsk_lost_marks.nn: {word!r} holds no å or ø")
        found[word.translate(_UNMARK)] = word
    return found


def _put_back(match: re.Match[str], words: dict[str, str]) -> str:
    read = match.group(0)
    word = words.get(read.lower())
    if word is None or read.isupper() and len(read) < 4:
        return read
    if read.isupper():
        return word.upper()
    if read[0].isupper():
        return word[0].upper() + word[1:]
    return word if read.islower() else read


def restore_nynorsk(text: str) -> str:
    """``text`` (OCR'd, in a Nynorsk document) with its listed words put back."""
    words = _words(vocabulary_key())
    return _WORD.sub(lambda m: _put_back(m, words), text)
