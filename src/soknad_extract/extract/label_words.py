"""The words the label wordings spell out, for the readers of labels that
must judge one word at a time: a scanned label misspelt by a letter
(``scanned_labels``) and how far back a label run on after an answer reaches
(``run_on_labels``). Kept apart from ``labels``, which reads whole wordings."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, vocabulary_dir

_LETTERS = re.compile(r"[a-zæøåé]+")


def label_words() -> frozenset[str]:
    """Every word of four letters or more the label wordings spell out."""
    return _label_words(vocabulary_dir())


@lru_cache(maxsize=4)
def _label_words(folder: Path) -> frozenset[str]:
    entry = Entry("labels", folder)
    return frozenset(w for field in entry.tables("field") for wording in field.both()
                     for w in _LETTERS.findall(fold(wording)) if len(w) >= 4)
