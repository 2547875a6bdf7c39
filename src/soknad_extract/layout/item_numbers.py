"""Item numbers in a column of their own: "1.1 | question | answer" forms.

Many Word and PDF forms print each question with its item number in a narrow
column before it ("1 | Søker", "1.1 | Navn på Nav-kontoret | NAV Gjøvik",
"3.1 | Lønn | kr 331 000"). The number is never a value, an amount or a
label's answer. The rows view gives every reader of rows a shape it knows:
an answered item without its number ("Lønn | kr 331 000", so a budget line
"3.3 | Sum | 310 000" is a sum and "3.1" no amount), an unanswered one with
its number joined to it ("2 Prosjektet": a numbered section heading, never a
label whose answer is the next row's question "Prosjektets navn"; "2.1
Prosjektets navn" answered in the row below, as a form that prints number and
question in one cell).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from soknad_extract.layout.geometry import union
from soknad_extract.layout.model import Cell
from soknad_extract.vocabulary import Entry, vocabulary_dir

_ITEM = re.compile(r"^\(?([1-9]\d?(?:\.[1-9]\d?){0,2})[.)]?$")
"""An item number alone in its cell: "1", "2.", "1.1", "3.2.1", "(4)";
never a year, an amount or a share (three digits or more), nor a date, a
time or a decimal ("01.03.20", "08.30", "0.5": a form numbers from 1,
never pads a part with a zero, and goes no deeper than three levels)."""
_MIN_ITEMS = 3
"""A column of fewer numbers is no numbering (a row or two may start with a count)."""


@lru_cache(maxsize=4)
def _headings(folder: Path) -> frozenset[str]:
    """Headings of an item number column ("Nr.", ``labels.toml``)."""
    return Entry("labels", folder).table("item_number_heading").words()


def _heading(text: str) -> bool:
    return text.casefold().removesuffix(".") in _headings(vocabulary_dir())


def item_number(text: str) -> tuple[int, ...] | None:
    """The parts of an item number standing alone ("2.1" → (2, 1)), else None."""
    found = _ITEM.match(text.strip())
    return tuple(int(part) for part in found.group(1).split(".")) if found else None


def numbering(numbers: list[tuple[int, ...]]) -> bool:
    """Numbers that rise one after the other as a form numbers its items
    (1 < 1.1 < 1.2 < 2), at least three of them."""
    return len(numbers) >= _MIN_ITEMS and all(a < b for a, b in zip(numbers, numbers[1:]))


def numbered_column(rows: list[list[Cell]]) -> bool:
    """The table's first column holds item numbers and nothing else: at
    least three, rising from row to row as a form numbers its items
    (1 < 1.1 < 1.2 < 2), each beside a question. A count of positions
    ("1 | Jobbkonsulent", "1 | Veileder") never rises so; a year or an
    amount has too many digits. The first row may head the column ("Nr.").
    A numbered row left empty counts too, as a spreadsheet's printout
    numbers every row, but at least three rows must hold a question."""
    if not rows or min(len(r) for r in rows) < 2:
        return False
    numbers: list[tuple[int, ...]] = []
    questions = 0
    for r, cells in enumerate(rows):
        text = cells[0].text.strip()
        if not text or (r == 0 and _heading(text)):
            continue
        number = item_number(text)
        if number is None:
            return False
        numbers.append(number)
        questions += any(c.text.strip() for c in cells[1:])
    return questions >= _MIN_ITEMS and numbering(numbers)


def join_item_column(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The table with its item number column folded into the question
    column: "1.1 | Navn | NAV Gjøvik" becomes "Navn | NAV Gjøvik",
    "2 | Prosjektet | " becomes "2 Prosjektet | ". Tables of any other shape
    come back unchanged."""
    if not numbered_column(rows):
        return rows
    return [[_joined(cells[0], cells[1], answered(cells[2:])), *cells[2:]] for cells in rows]


class _Text(Protocol):
    text: str


def answered(rest: Sequence[_Text]) -> bool:
    """A cell after the question holds something (table cells or row spans)."""
    return any(c.text.strip() for c in rest)


def _joined(number: Cell, question: Cell, has_answer: bool) -> Cell:
    keep = item_number(number.text) is not None and not has_answer and bool(question.text.strip())
    text = f"{number.text.strip()} {question.text}" if keep else question.text
    box = question.bbox if number.bbox is None or question.bbox is None else union([number.bbox, question.bbox])
    return Cell(text, box, question.row_span, question.col_span)
