"""An answer that wraps within its column where the page holds more than one.

A section set in two columns ("Om søkeren" beside "Om prosjektet") or a form
with two label/answer pairs a row wraps a long answer onto the next line of
its own column, while the other column's next line shares that row:
"Kontaktperson: Per Olav Berg" over "Lunde", with "Stilling: 100 %" to
the right. ``pair_shapes.wrapped_answer`` reads a wrap only where the line
below stands alone; here the line below is the answer's when it starts where
the answer's line starts, close under it (one line's leading, no paragraph
gap), nothing else on its row reaches into the answer's column, it has no
label of its own, nor a label left of it whose answer it is, and it goes on with the answer: in lower case, or as the
rest of a person's name (one capitalised word, no role) under a
label that asks for a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from soknad_extract.layout import settings
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import fold, normalize_space
from soknad_extract.norwegian.letters import LOWER, UPPER
from soknad_extract.vocabulary import Entry, vocabulary_dir

_PERSON_KEYS = frozenset({"contact_name", "project_leader", "person_name"})
_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_NAME = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|[{UPPER}]\.|van|von|de)){{1,2}}")
"""The answer before the wrap: a name of two or three words."""
_REST = re.compile(_WORD)
"""The rest of the name on the next line: one capitalised word (a surname,
"Nordheim-Lie"); two are another person ("Ola Dahl" over "Kari Lid")."""


@lru_cache(maxsize=4)
def _titles(folder: Path) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """Role words (``contact.toml`` [leading_titles]: whole, "*leder" endings,
    "prosjekt*" openings) and the capitalised words that are no name."""
    entry = Entry("contact", folder)
    titles = [fold(t) for t in entry.table("leading_titles").both()]
    return (frozenset(t for t in titles if "*" not in t), tuple(t[1:] for t in titles if t.startswith("*")),
            tuple(t[:-1] for t in titles if t.endswith("*")), frozenset(entry.table("not_names").both()))


def _is_role(word: str) -> bool:
    whole, endings, openings, not_names = _titles(vocabulary_dir())
    folded = fold(word)
    return folded in whole or folded.endswith(endings) or folded.startswith(openings) or word in not_names


def _rest_of_name(label: str, answer: str, line: str, classify: Callable[[str], str | None]) -> bool:
    return (classify(label) in _PERSON_KEYS and _NAME.fullmatch(answer) is not None
            and _REST.fullmatch(line) is not None and not any(_is_role(word) for word in line.split()))


def _clear_of(cell: Span, left: float, right: float) -> bool:
    """The cell stands wholly left or right of the column from ``left`` to ``right``."""
    return cell.bbox is not None and (cell.bbox[0] > right or cell.bbox[2] < left)


def wrapped_in_column(rows: list[Row], i: int, label: str, value: Span,
                      classify: Callable[[str], str | None], label_left: float | None = None) -> Span:
    """The answer on row ``i`` joined with the line it wrapped onto in its
    own column (see the module); the answer unchanged where none is. An
    answer in a cell of its own has its label's cell at ``label_left``: a
    line with a cell below that label is the next pair's answer ("Prosjekt:
    | Ung i Alta" over "Status: | nytt prosjekt")."""
    if value.bbox is None or i + 1 >= len(rows) or value.text.rstrip().endswith((".", "!", "?", ":")):
        return value
    below = rows[i + 1]
    if below.page != value.page or below.in_table:
        return value
    left, top, right, bottom = value.bbox
    same = [c for c in below.filled() if c.bbox is not None and abs(c.bbox[0] - left) <= settings.ROW_TOLERANCE]
    if len(same) != 1 or not all(_clear_of(c, left, max(right, same[0].bbox[2])) for c in below.filled()
                                 if c is not same[0]):
        return value
    line = same[0]
    start = left if label_left is None else min(label_left, left)
    if any(c is not line and c.bbox[2] < left and (classify(c.text) is not None or c.bbox[2] > start)
           for c in below.filled()):
        return value  # the line answers the label left of it ("Kommunen ønsker evaluering | ja")
    text = normalize_space(line.text)
    answer = normalize_space(value.text)
    if not text or ":" in text or classify(text) is not None or not 0 <= line.bbox[1] - bottom <= bottom - top:
        return value
    if not (text[:1].islower() or _rest_of_name(label, answer, text, classify)):
        return value
    box = (left, top, max(right, line.bbox[2]), line.bbox[3])
    return Span(f"{answer} {text}", value.page, box, min(value.confidence, line.confidence), value.method)
