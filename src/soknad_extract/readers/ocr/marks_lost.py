"""Words Tesseract read without their å or ø ("Tett pa ungdom" for "Tett
på ungdom"), or with a letter for one that looks alike ("Nay" for "Nav"),
put back from lists of words kept as data
(``schemas/vocabulary/ocr_words.toml``, ``lost_marks`` and ``misread_words``).

Only a word whose unmarked form is no word at all is listed, so a word read
right is never changed: "for" may be "før" and stays "for". The word is put
back letter for letter in its own case ("Pa" → "På", "SOKNAD" →
"SØKNAD"); a word of two capitals ("PA") may be an abbreviation and stays.
Place names and Nynorsk words whose unmarked form is a Bokmål word ("fra"
for "frå") need the whole document and its language, which the reader does
not have: ``extract/ocr_marks.py`` puts those back in the values read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ... import vocabulary
from ...vocabulary import VocabularyError

_UNMARK = str.maketrans("åø", "ao")
_CORE = re.compile(r"^(\W*)(\w+)(\W*)$")


@lru_cache(maxsize=4)
def _words(folder: str) -> dict[str, str]:
    """The listed words by the form OCR reads them in (without marks, or misread)."""
    found: dict[str, str] = {}
    for lang, words in vocabulary.load("ocr_words", Path(folder)).get("lost_marks", {}).items():
        for word in words:
            if not set(word) & {"å", "ø"}:
                raise VocabularyError(f"ocr_words.toml: lost_marks.{lang}: {word!r} holds no å or ø")
            found[word.translate(_UNMARK)] = word
    for read, meant in vocabulary.load("ocr_words", Path(folder)).get("misread_words", {}).items():
        found[read] = meant
    return found


def restore(text: str) -> str:
    """``text`` (one OCR word) with its å or ø put back when it is a listed
    word read without them, or the listed word meant by a misread one;
    otherwise ``text`` as it is."""
    match = _CORE.match(text)
    if not match or not match.group(2).isalpha():
        return text
    core = match.group(2)
    word = _words(str(vocabulary.vocabulary_dir())).get(core.lower())
    if word is None or (core.isupper() and len(core) < 4):
        return text
    if core.isupper():
        word = word.upper()
    elif core[0].isupper():
        word = word[0].upper() + word[1:]
    elif core != core.lower():
        return text
    return match.group(1) + word + match.group(3)
