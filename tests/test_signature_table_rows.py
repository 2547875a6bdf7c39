"""Ink on a scanned signature table's row ("Dato | Underskrift | Navn og
stilling"), written below the baseline of the row's typed name and date,
belongs to that row's signer; ink outside the table, or a table of one row
(no band to measure), is left to the other rules."""

from __future__ import annotations

from soknad_extract.extract.signatures.block import Block
from soknad_extract.extract.signatures.tablerows import block_of_table_row
from soknad_extract.layout.fragments import Fragment


def _frag(text: str, x: float, y: float, cell: tuple[int, int, int], order: int) -> Fragment:
    return Fragment(text=text, page=1, box=(x, y, x + 5.5 * len(text), y + 9.0), real=True,
                    order=order, ocr=True, table_cell=cell)


def _table() -> tuple[list[Fragment], list[Block]]:
    header = [_frag("Dato", 63, 478, (2, 0, 0), 0), _frag("Underskrift", 149, 476, (2, 0, 1), 1),
              _frag("Navn og stilling", 333, 477, (2, 0, 2), 2)]
    first = [_frag("16.01.2020", 64, 495, (2, 1, 0), 3), _frag("Kari Lie, Nav-leder", 333, 495, (2, 1, 2), 4)]
    second = [_frag("30.01.2020", 63, 541, (2, 2, 0), 5), _frag("Per Moe, rådmann", 332, 541, (2, 2, 2), 6)]
    blocks = [Block(page=1, role="nav_leader", title="Nav-leder", frags=first[::-1], name="Kari Lie"),
              Block(page=1, role="municipality", title="Rådmann", frags=second[::-1], name="Per Moe")]
    return header + first + second, blocks


def test_ink_below_the_rows_typed_text_is_the_rows() -> None:
    frags, blocks = _table()
    assert block_of_table_row(blocks, (153, 502, 225, 524), 1, frags) is blocks[0]
    assert block_of_table_row(blocks, (153, 546, 228, 572), 1, frags) is blocks[1]


def test_ink_outside_the_table_is_nobodys() -> None:
    frags, blocks = _table()
    assert block_of_table_row(blocks, (153, 640, 225, 662), 1, frags) is None  # below the last row's band
    assert block_of_table_row(blocks, (520, 502, 580, 524), 1, frags) is None  # right of the table
    assert block_of_table_row(blocks, (153, 502, 225, 524), 2, frags) is None  # another page


def test_a_table_of_one_row_gives_no_band() -> None:
    frags, blocks = _table()
    only = [f for f in frags if f.table_cell[1] == 1]
    assert block_of_table_row(blocks[:1], (153, 502, 225, 524), 1, only) is None
