"""A row of role headings over side-by-side signing columns.

Class: a form's signing columns each headed by its signer's role on one
row ("Nav-leder" | "Rådmann"), the place and date, the pen space and the
name under each heading. The zone opens at a column's place-and-date
label ("Sted/dato: ____") and takes that column's heading over it; a
column filled in by hand or by typing ("Hammerfest, 28.01.2020" where the
label was) opens nothing of its own. The headings beside the one taken,
on its row, head the other columns: they are the zone's too, so that a
signed column keeps its role when the column beside it was left empty.
"""

from __future__ import annotations

from collections.abc import Callable

from ...layout import settings
from ...layout.fragments import Fragment
from ...layout.geometry import on_one_row, x_overlap


def headings_beside(headings: list[Fragment], page_frags: list[Fragment],
                    is_heading: Callable[[Fragment], bool]) -> list[Fragment]:
    """The role headings standing on the row of each of ``headings``, in
    other columns (no overlap across the page), outside tables; each must be
    a heading by ``is_heading`` too."""
    found: list[Fragment] = []
    for heading in headings:
        if not heading.real or heading.table_cell is not None:
            continue
        found += [f for f in page_frags if f is not heading and f.real and f.table_cell is None
                  and f not in found and on_one_row(f.box, heading.box, settings.LINE_OVERLAP)
                  and x_overlap(f.box, heading.box) < 0 and is_heading(f)]
    return found
