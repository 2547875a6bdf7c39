"""A signing table's row: the role in one cell, the signer in the next.

Class: a Word form's signature table with one row per signer, the role in
the left cell ("Leiar i Nav Voss", "Kommunedirektør") and in the right cell
the place and date, room (or ink) to sign on and "Namn: Oddbjørn Hauge"
under it. The block finder reads the right cell's name as a signer of its
own with no role, and the role cell as a role with no name, so the ink and
the name stand apart from the role they sign for. They are one signer: the
name's cell and the role's cell are two columns of one table row. Only a
role block with no name takes a name this way, and only from a block whose
every fragment lies in that same row, so a name in another row (the
contact's answer, another signer's cell) never moves.

The same holds when the name's cell also prints the signer's title
("Leder Nav Elverum" | ink | "Knut Grindalen" / "NAV-leder"): the row's
role cell is then a nameless block of the same role. One row, one role, one
signer: the named block takes the role cell's lines and ink (and its title
only where that is the better one, a "Tittel:" label over a heading).
"""

from __future__ import annotations

from ...layout.fragments import Fragment
from .block import Block


def names_in_table_rows(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each unroled name in a signing table's row joined to
    the row's one role block with no name of its own."""
    gone: set[int] = set()
    for named in blocks:
        row = _row_of(named)
        if named.listed or named.name_frag is None or row is None:
            continue
        if named.role is not None:
            _take_role_cell(named, row, [b for b in blocks if id(b) not in gone], gone)
            continue
        owners = [b for b in blocks if b is not named and id(b) not in gone and b.role is not None
                  and b.name is None and not b.listed and b.page == named.page and _row_of(b) == row]
        if len(owners) != 1:
            continue
        owner = owners[0]
        owner.name, owner.name_frag = named.name, named.name_frag
        theirs = [f for f in named.frags if f is not named.date_frag or _cell_row(f) == row]
        owner.frags.extend(f for f in theirs if f not in owner.frags)
        owner.images.extend(named.images)
        if owner.date is None and named.date_frag in theirs:
            owner.date, owner.date_frag = named.date, named.date_frag
        gone.add(id(named))
    return [b for b in blocks if id(b) not in gone]


def _take_role_cell(named: Block, row: tuple[int, int], blocks: list[Block], gone: set[int]) -> None:
    """Join to ``named`` the one nameless block of its role in its table row."""
    cells = {f.table_cell for f in named.frags if f is not named.date_frag and f.table_cell is not None}
    same = [b for b in blocks if b is not named and b.role == named.role and b.name is None and not b.listed
            and not b.on_behalf and b.page == named.page and _row_of(b) == row
            and not any(f.table_cell in cells for f in b.frags)]
    if len(same) != 1:
        return
    cell = same[0]
    if cell.title and (named.title is None or cell.title_rank > named.title_rank):
        named.title, named.title_rank = cell.title, cell.title_rank
    named.frags.extend(f for f in cell.frags if f not in named.frags)
    named.role_frags.extend(f for f in cell.role_frags if f not in named.role_frags)
    named.images.extend(cell.images)
    if named.date is None and cell.date is not None:
        named.date, named.date_frag = cell.date, cell.date_frag
    gone.add(id(cell))


def _row_of(block: Block) -> tuple[int, int] | None:
    """(table, row) when every fragment of ``block`` is a cell of that one
    table row; None otherwise. A date line the block took from the next row
    (the block finder reads the nearest date under a name) does not count."""
    own = [f for f in block.frags if f is not block.date_frag] or block.frags
    rows = {_cell_row(f) for f in own}
    return next(iter(rows)) if len(rows) == 1 and None not in rows else None


def _cell_row(frag: Fragment) -> tuple[int, int] | None:
    """(table, row) of a table cell's fragment; None outside tables."""
    return (frag.table_cell[0], frag.table_cell[1]) if frag.table_cell is not None else None
