"""Side-by-side signers whose dates stand on one printed line.

Class: two signing columns ("Nav-leiar Kari Moe" | "Rådmann Ola Lie") over
one line that carries both dates ("Signert elektronisk 21.01.2020 …
Signert elektronisk 24.01.2020", "Dato: 21.01.2020   Dato: 24.01.2020"). A
PDF's text layer often runs the two columns' words into one line; the
line's first date is then only the left column's. The columns take the
dates in the order they stand, left to right, when there are as many dates
as columns over the line; otherwise the line's first date stays the one
that counts, as for any shared date line.
"""

from __future__ import annotations

from datetime import date

from ...layout import BBox
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .block import Block


def column_date(block: Block, frag: Fragment, dates: list[date], blocks: list[Block]) -> date:
    """The date of ``frag`` that is ``block``'s own: the k-th date for the
    k-th of the columns the line runs under, left to right."""
    if len(dates) < 2:
        return dates[0]
    mine = block.core_box
    row = [b for b in blocks if b is block or (b.page == block.page and x_overlap(b.core_box, frag.box) > 0
                                              and _one_row(b.core_box, mine) and x_overlap(b.core_box, mine) <= 0)]
    if len(row) != len(dates):
        return dates[0]
    row.sort(key=lambda b: b.core_box[0])
    return dates[next(i for i, b in enumerate(row) if b is block)]


def _one_row(a: BBox, b: BBox) -> bool:
    """Two blocks stand side by side: their lines share some height."""
    return min(a[3], b[3]) > max(a[1], b[1])


def in_another_signers_row(block: Block, frag: Fragment, blocks: list[Block]) -> bool:
    """``frag`` is a cell of a table row that prints another signer's name and
    none of ``block``'s lines: an approval table ("Godkjent av | Stilling |
    Dato", a row a signer) dates each row's signer, never a neighbour above
    it (the letter's closing names the same people without dates)."""
    row = _row(frag)
    if row is None or any(_row(f) == row for f in block.role_frags + [block.name_frag] if f is not None):
        return False
    return any(other is not block and other.page == block.page and other.name_frag is not None
               and _row(other.name_frag) == row for other in blocks)


def _row(frag: Fragment) -> tuple[int, int] | None:
    return (frag.table_cell[0], frag.table_cell[1]) if frag.table_cell is not None else None
