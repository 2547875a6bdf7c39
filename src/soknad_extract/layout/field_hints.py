"""Guidance a form prints beside a field, between its label and the answer.

Word forms and the tables read from them set an instruction, a description
of the answer wanted or a unit in a cell of its own ("Nav-kontor | Oppgi
kontorets navn | [felt]", "Org.nr. | 9 siffer | [felt]", "Lønn | kr |
[felt]"). The Word reader passes over such a cell when it names a field, and
the pair finder over such a column when it pairs a label with its answer:
one test, on the words of ``field_hints.toml``, serves both.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir


@lru_cache(maxsize=4)
def _hints(folder: Path) -> Wordings:
    return Entry("field_hints", folder).table("beside_field").wordings()


def is_field_hint(text: str) -> bool:
    """``text`` (the cell's text, its frame of brackets and marks already
    stripped by the caller) reads as the form's guidance or a unit."""
    return bool(_hints(vocabulary_dir()).search(fold(text)))
