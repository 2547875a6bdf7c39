"""Ink on a scanned signature table's row, below the row's typed text.

Class: a signature table with one signer a row and a column left empty for
the pen ("Dato | Underskrift | Navn og stilling"), printed, signed and
scanned. The table's lines are read with their cells, but the ink is a
region the scan found, placed by its box only. A signer writes on the row's
whole height, so the ink often starts under the baseline of the row's typed
name and date: it shares too little height with them to stand beside them,
and it is in another column, so no block is near it by distance. The row's
band — from its typed text's top to the next row's — still says whose it is.

Only ink no block claims otherwise is placed this way, and only ink whose
middle lies inside one row's band and between the table's outer edges; the
last row's band is as tall as the row above it.
"""

from __future__ import annotations

from ...layout import BBox
from ...layout.fragments import Fragment
from .block import Block


def block_of_table_row(blocks: list[Block], box: BBox, page: int, frags: list[Fragment]) -> Block | None:
    """The block whose table row's band holds the middle of ink at ``box``."""
    middle_x, middle_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for block in blocks:
        cells = {f.table_cell for f in block.frags if f.real and f.table_cell is not None and f.page == page}
        rows = {(table, row) for table, row, _col in cells}
        if block.page != page or len(rows) != 1:
            continue
        table, row = next(iter(rows))
        table_frags = [f for f in frags if f.page == page and f.real and f.table_cell and f.table_cell[0] == table]
        band = _band(table_frags, row)
        left, right = min(f.box[0] for f in table_frags), max(f.box[2] for f in table_frags)
        if band is not None and band[0] <= middle_y < band[1] and left <= middle_x <= right:
            return block
    return None


def _band(table_frags: list[Fragment], row: int) -> tuple[float, float] | None:
    """From row ``row``'s top to the next row's top (the last row: as tall
    as the row above it); None for a table of one row."""
    tops: dict[int, float] = {}
    for f in table_frags:
        r = f.table_cell[1]
        tops[r] = min(tops.get(r, f.box[1]), f.box[1])
    order = sorted(tops)
    if row not in tops or len(order) < 2:
        return None
    i = order.index(row)
    top = tops[row]
    bottom = tops[order[i + 1]] if i + 1 < len(order) else top + (top - tops[order[i - 1]])
    return top, bottom
