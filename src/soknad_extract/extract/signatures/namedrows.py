"""A printed signer's date from the row that names them again.

Class: a letter closes with its approvers' names and titles and no dates
("Trine Lea Bore" / "Nav-leder"), and an approval log or table under it
names each again on a row of its own with the date (WebSak's
"Godkjenningslogg": "27.01.2020 | Trine Lea Bore (Nav-leder) | Godkjent";
"Godkjent av | Stilling | Dato"). Read by nearness, the closing's signers
take whatever date stands closest, often a neighbour's row ("24.01.2020 |
Camilla Tjelta (rådgiver) | Sendt til godkjenning": the case officer who
sent it, no approver). Each approver's date is the one on the row that
names that person: the date in the same line, or on the same text row
beside it (or the same table row). A row of the signing job's events that
is no signing ("Sendt til godkjenning") dates nothing. Only where the
person's rows give one date; a date the block prints on its own name or
title line, or beside its ink, stays.
"""

from __future__ import annotations

from datetime import date

from ...layout.fragments import Fragment
from ...layout.geometry import on_one_line
from ...norwegian import fold
from .block import Block
from .servicelog import signing_event
from .wording import signing_dates
from .zones import Zones

_ROW_WORDS = 10
"""Words of a log's or table's row cell naming a signer: the name, the title
in brackets, the action; a longer line is prose."""
_DATE_CELL_WORDS = 4
"""A row's date cell: the date, perhaps a time ("27.01.2020 kl. 09:41")."""


def dates_on_named_rows(blocks: list[Block], zones: Zones) -> None:
    """Give each printed signer the date of the rows that name them (see the module)."""
    for block in blocks:
        if not block.name or block.images or block.listed:
            continue
        own = [f for f in block.role_frags + [block.name_frag] if f is not None]
        if block.date_frag is not None and block.date_frag in own:
            continue
        dates = {d for f in zones.members if f.page == block.page and f not in own
                 and _names(f.text, block.name) for d in _row_dates(f, zones.members)}
        if len(dates) == 1:
            block.date, block.date_frag = dates.pop(), None


def _names(text: str, name: str) -> bool:
    """The line names the person: every word of the name stands in it, and it
    is short enough to be a row's cell."""
    words = fold(text).replace("(", " ").replace(")", " ").replace(",", " ").split()
    wanted = fold(name).split()
    return len(words) <= _ROW_WORDS and bool(wanted) and all(w in words for w in wanted)


def _row_dates(frag: Fragment, members: list[Fragment]) -> list[date]:
    """The dates of the row ``frag`` stands on: its own, else the short date
    cells on its line (text row or table row). None for an event that is no
    signing, and none where the row holds two dates."""
    row = [frag] + [g for g in members if g is not frag and g.page == frag.page and _same_row(frag, g)]
    if any(signing_event(g.text) for g in row):
        return []
    own = signing_dates(frag)
    dates = own or [d for g in row[1:] if len(g.text.split()) <= _DATE_CELL_WORDS for d in signing_dates(g)]
    return dates if len(set(dates)) == 1 else []


def _same_row(a: Fragment, b: Fragment) -> bool:
    if a.table_cell is not None and b.table_cell is not None:
        return a.table_cell[:2] == b.table_cell[:2]
    return a.real and b.real and on_one_line(a.box, b.box)
