"""Signers' titles run together across columns on one PDF row.

Signers side by side in a table without borders (a Word letter exported to
PDF) each have their title under their name. When one title fills its
column ("konstituert kommunedirektør"), the next column's title
("ordførar") follows it no farther than a word space or two, and the row
reads as one fragment: "konstituert kommunedirektør ordførar". The columns
still show on the rows just above and below, where the names, the dates and
the lines to sign on start at the same x. A fragment that is two titles and
nothing else, the second starting where such a column starts, is the two
signers' titles, each in its own column.
"""

from __future__ import annotations

from dataclasses import replace

from ...layout.fragments import Fragment
from .wording import roles_in

_REACH_ROWS = 3.0
"""Rows above and below (in line heights) whose column starts are read."""
_MISS = 0.1
"""How far (a share of the fragment's width) the second title's estimated
start may lie from the column start; letters are not all equally wide."""
_ALIGNED = 1.5
"""Points by which starts in one column may differ."""
_MIN_ALIGNED = 2
"""Fragments that must start at the column: one could start there by chance."""


def split_titles(frags: list[Fragment]) -> list[Fragment]:
    """The fragments with each run-together pair of titles split in two;
    renumbered in order when any was split (new fragments, the input is left
    as it is)."""
    out: list[Fragment] = []
    for frag in frags:
        out.extend(_split(frag, frags) or [frag])
    if len(out) == len(frags):
        return frags
    return [replace(f, order=i) for i, f in enumerate(out)]


def _split(frag: Fragment, frags: list[Fragment]) -> list[Fragment] | None:
    if not frag.real or frag.table_cell is not None:
        return None
    text = frag.text
    roles = roles_in(text)
    if len(roles) != 2 or not roles[0][1] or not roles[1][1]:
        return None
    (_r1, _t1, start1, end1), (_r2, _t2, start2, end2) = roles
    if text[:start1].strip() or text[end1:start2].strip() or text[end2:].strip(" ,"):
        return None  # words around or between the titles ("Nav-leder og rådmann")
    x0, top, x1, bottom = frag.box
    width = max(x1 - x0, 1.0)
    estimate = x0 + width * start2 / len(text)
    column = _column_start(frag, frags, estimate, _MISS * width)
    if column is None:
        return None
    first_end = min(x0 + width * end1 / len(text), column - 1.0)
    return [replace(frag, text=text[:end1].strip(), box=(x0, top, first_end, bottom)),
            replace(frag, text=text[start2:].strip(), box=(column, top, x1, bottom))]


def _column_start(frag: Fragment, frags: list[Fragment], estimate: float, miss: float) -> float | None:
    """The x where a column starts inside ``frag``, near ``estimate``, shown
    by at least ``_MIN_ALIGNED`` fragments on the rows just above and below."""
    x0, top, x1, bottom = frag.box
    reach = _REACH_ROWS * max(bottom - top, 1.0)
    starts = sorted(g.box[0] for g in frags
                    if g is not frag and g.real and g.page == frag.page
                    and 1.0 < abs(g.box[1] - top) <= reach
                    and x0 < g.box[0] < x1 and abs(g.box[0] - estimate) <= miss)
    for i, start in enumerate(starts):
        aligned = [s for s in starts[i:] if s - start <= _ALIGNED]
        if len(aligned) >= _MIN_ALIGNED:
            return start
    return None
