"""Printed options down the rows of a table, chosen by a mark in another
cell of the row.

Word forms made without check boxes print each option in a row of its own
and let the office type a mark beside the one that applies ("Nytt prosjekt |
" / "Vidareføring (2. år) | X", "☒" or "Ja" in the second column). A label
above such a grid ("Type søknad") has no answer of its own: the first
option under it is the question's wording, and only the marked row answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from soknad_extract.extract.context import Context
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.rows import Span

T = TypeVar("T")

_MAX_GAP = 1
"""Rows of one grid follow each other; one row between (a note) at most."""


def is_mark(text: str) -> bool:
    """A cell that marks its row: "X", "Ja", or one ticked box alone ("☒")."""
    if written_answer(text) is True:
        return True
    boxes = find_glyph_boxes(text)
    return len(boxes) == 1 and boxes[0].checked and not boxes[0].label


def marked_option(ctx: Context, option_of: Callable[[str], T | None]) -> tuple[T, Span, Span] | None:
    """The one option of a grid that is marked, with the option's cell and the mark's.

    A grid is two or more rows close together whose first cell prints an
    option (``option_of`` says which) and, across them, at least two
    different options. None when no row or more than one row is marked:
    the grid then answers nothing and the other readers decide."""
    grid: list[tuple[T, Span, list[Span]]] = []
    last = -_MAX_GAP - 2
    for i, row in enumerate(ctx.rows):
        cells = row.filled()
        option = option_of(cells[0].text) if cells else None
        if option is None:
            continue
        if i - last > _MAX_GAP + 1:
            answer = _answer(grid)
            if answer is not None:
                return answer
            grid = []
        grid.append((option, cells[0], cells[1:]))
        last = i
    return _answer(grid)


def _answer(grid: list[tuple[T, Span, list[Span]]]) -> tuple[T, Span, Span] | None:
    if len({option for option, _, _ in grid}) < 2:
        return None
    marked = [(option, printed, cell) for option, printed, rest in grid for cell in rest if is_mark(cell.text)]
    return marked[0] if len(marked) == 1 else None
