"""Words broken at a hyphen at a line's end (a derived view over rows).

Narrow columns make typesetters (and soft hyphens, U+00AD, that render as
"-") break a long word over two lines: "Interesse for nettverk/klynge-" then
"samarbeid: ja". A label broken so reads as two lines, neither of which is the
label; this view finds the line that carries on a broken line, so the pair
finder can read the label whole. Geometry only: the next line must stand in
the same column (same left edge), right under the broken one (no blank gap
taller than a line), outside any table, and open with a lower-case letter (a
capital starts a new line of its own). What the joined text means is the
extractors' business.
"""

from __future__ import annotations

import re

from soknad_extract.layout import settings
from soknad_extract.layout.rows import Row, Span

_BROKEN = re.compile(r"[^\W\d_][-\u00ad]$")
"""A line that ends in a letter and a hyphen (hard or soft): a broken word.
A dash set apart by a space ("Kontor -") is no break."""
_CARRIED = re.compile(r"^[a-zæøåäöüé]")
"""The line that carries a broken word on opens with its lower-case rest."""
_LOOK_AHEAD_ROWS = 3
"""Rows searched for the next line of the same column: a page set in two
columns interleaves the other column's lines between them."""


def continuations(rows: list[Row]) -> list[tuple[Span, int, Span]]:
    """Each broken line with the row index and span of the line that carries
    its word on."""
    found: list[tuple[Span, int, Span]] = []
    for i, row in enumerate(rows):
        if row.in_table:
            continue
        for cell in row.filled():
            if cell.bbox is None or not _BROKEN.search(cell.text):
                continue
            below = _line_below(rows, i, cell)
            if below is not None:
                found.append((cell, *below))
    return found


def _line_below(rows: list[Row], i: int, cell: Span) -> tuple[int, Span] | None:
    """The first line under ``cell`` in its column, if it stands close enough
    under it and opens in lower case."""
    x0, top, _, bottom = cell.bbox
    height = bottom - top
    for j in range(i + 1, min(i + 1 + _LOOK_AHEAD_ROWS, len(rows))):
        row = rows[j]
        if row.page != rows[i].page or row.in_table:
            return None
        for other in row.filled():
            if other.bbox is None or abs(other.bbox[0] - x0) > settings.PDF_COLUMN_ALIGN_PT:
                continue
            if not 0 <= other.bbox[1] - bottom <= height:
                return None
            return (j, other) if _CARRIED.match(other.text) else None
    return None


def joined(broken: str, rest: str) -> tuple[str, str]:
    """The two readings of a word broken at a line's end: without the hyphen
    ("klynge-" + "samarbeid" = "klyngesamarbeid", the usual case) and with it
    ("Nav-" + "kontoret" = "Nav-kontoret", a hyphenated compound)."""
    head = broken[:-1]
    return head + rest, head + "-" + rest
