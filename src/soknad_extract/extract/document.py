"""Facts about the document as a whole: its written standard, and whether it
is a grant application at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir

@dataclass(frozen=True)
class _Words:
    nynorsk: frozenset[str]
    bokmal: frozenset[str]
    request: Wordings
    grant: Wordings


@lru_cache(maxsize=4)
def _words(folder: Path) -> _Words:
    """``schemas/vocabulary/language.toml``; a word in both lists is evidence for neither."""
    entry = Entry("language", folder)
    markers = entry.table("markers")
    nn = frozenset(markers.strings("nn"))
    nb = frozenset(markers.strings("nb"))
    return _Words(nn - nb, nb - nn, entry.table("request").wordings(), entry.table("grant_words").wordings())


def detect_language(text: str) -> str | None:
    vocabulary = _words(vocabulary_dir())
    words = re.findall(r"[a-zæøåò]+", fold(text))
    nn = sum(1 for w in words if w in vocabulary.nynorsk)
    nb = sum(1 for w in words if w in vocabulary.bokmal)
    if nn + nb < 3:
        return None
    return "nn" if nn > nb else "nb"


def is_application(text: str, labelled_fields: int) -> bool:
    """An application asks for money: a form with its answers filled in, or
    a text that requests a grant ("søker om", "søknad om tilskudd",
    "omsøkt beløp"). A memo or report about the grant names it without
    asking for it."""
    if labelled_fields >= 3:
        return True
    folded = fold(text)
    vocabulary = _words(vocabulary_dir())
    return bool(vocabulary.request.search(folded)) and bool(vocabulary.grant.search(folded))
