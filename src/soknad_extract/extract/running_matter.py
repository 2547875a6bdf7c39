"""Running heads and feet: the lines a document prints on most of its pages.

A letterhead's address line, "Side 2 av 3", a case number or the office's
org.nr. and switchboard stand at the same place on every page. They hold no
answer to the question printed above them: a label at the foot of a page is
answered at the top of the next, under the running head. A line is running
matter when the same words (figures aside: "Side 1 av 3", "Side 2 av 3")
stand among the first or last lines of at least half the pages, and of at
least two, at the same height where the reader gives boxes.
Their words still count where the extractors read them today (an org.nr.):
this view only says where a page's own text ends.
"""

from __future__ import annotations

import re

from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import fold

__all__ = ["next_row_across_break", "running_rows"]

_SAME_PLACE_PT = 12.0
"""How far (pt) the tops of one running line may lie apart on two pages."""
_EDGE_ROWS = 3
"""Rows at a page's top or foot that may be running matter when the reader gives no boxes."""
_MIN_KEY = 3
"""Fewest characters of a line's words that may make it running matter."""

_cache: list[tuple[list[Row], frozenset[int]]] = []


def running_rows(rows: list[Row]) -> frozenset[int]:
    """The indexes of the rows that are running matter (see the module).
    The last list asked about is remembered: the pair finder asks once per label."""
    if _cache and _cache[0][0] is rows:
        return _cache[0][1]
    found = _running(rows)
    _cache[:] = [(rows, found)]
    return found


def next_row_across_break(rows: list[Row], i: int) -> int | None:
    """The row after row ``i`` in reading order, past running matter: the
    next row of the same page, or, when only running matter follows row
    ``i`` on its page, the first row of the next page that is not. None when
    nothing follows, or only running matter does."""
    running = running_rows(rows)
    for j in range(i + 1, len(rows)):
        if rows[j].page > rows[i].page + 1:
            return None
        if j not in running:
            return j
    return None


def _running(rows: list[Row]) -> frozenset[int]:
    pages = {row.page for row in rows}
    if len(pages) < 2:
        return frozenset()
    by_key: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        key = _key(row)
        if len(key) >= _MIN_KEY:
            by_key.setdefault(key, []).append(index)
    edges = _edge_rows(rows)
    needed = max(2, (len(pages) + 1) // 2)
    found: set[int] = set()
    for indexes in by_key.values():
        if len({rows[k].page for k in indexes}) < needed:
            continue
        for k in indexes:
            top = _top(rows[k])
            same = {rows[m].page for m in indexes if rows[m].page != rows[k].page and m in edges
                    and _same_place(top, rows[m])}
            if len(same) + 1 >= needed and k in edges:
                found.add(k)
    return frozenset(found)


def _same_place(top: float | None, other: Row) -> bool:
    other_top = _top(other)
    if top is None or other_top is None:
        return top is None and other_top is None
    return abs(top - other_top) <= _SAME_PLACE_PT


def _key(row: Row) -> str:
    """The row's words folded, figures masked ("side # av #")."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", fold(row.text))).strip()


def _top(row: Row) -> float | None:
    tops = [cell.bbox[1] for cell in row.filled() if cell.bbox is not None]
    return min(tops) if tops else None


def _edge_rows(rows: list[Row]) -> set[int]:
    """The first and last ``_EDGE_ROWS`` rows of every page."""
    by_page: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        by_page.setdefault(row.page, []).append(index)
    return {k for indexes in by_page.values() for k in indexes[:_EDGE_ROWS] + indexes[-_EDGE_ROWS:]}
