"""Two or three text columns on one page, read column by column.

A form may set its fields in two columns of text without table rules: the
applicant and project on the left, the budget on the right, each column a
stack of labels over their answers. A visual row then holds a label of one
column beside text of the other ("KOMMUNE | Lønn og sosiale utgifter"), and
read as one row the label would take the other column's text as its answer.

A one-column form also puts text far apart on one line: a label at the
margin, its answer at a tab stop. Both show a gutter (many consecutive rows
with text starting at the same x and nothing crossing it); what tells them
apart is what stands on each side. In a column layout each side is a stack
of its own: a label-styled line (bold, capitals, or a colon) over a plain answer line,
on the left and on the right alike. Beside a tab stop the right side holds
only answers, so such a gutter is left alone.

A newsletter-style page sets three such columns side by side (contact,
budget, priorities); each of the three must then be a stack of its own, and
the page is read the first column down, then the second, then the third.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TypeVar

from soknad_extract.layout import settings
from soknad_extract.layout.model import BBox, Line, Table

Piece = Line | Table
"""A line of text, or a borderless table standing as one block in a column."""
P = TypeVar("P", bound=Piece)


def reflow_columns(rows: Sequence[list[P]]) -> list[list[P]]:
    """``rows`` (consecutive visual rows of a page, top to bottom) with each
    two-column band read as its left column's rows, then its right column's."""
    out: list[list[P]] = []
    i = 0
    bounds = _Bounds(rows)
    while i < len(rows):
        band = _band_at(rows, i, bounds)
        if band is None:
            out.append(rows[i])
            i += 1
            continue
        end, gutters = band
        for column in range(len(gutters) + 1):
            out.extend(part for part in (_column(r, gutters, column) for r in rows[i:end]) if part)
        i = end
    return out


def _box(piece: Piece) -> BBox:
    assert piece.bbox is not None
    return piece.bbox


def _side(row: list[P], gutter: float, left: bool) -> list[P]:
    return [line for line in row if (_box(line)[0] < gutter - settings.ROW_TOLERANCE) == left]


def _column(row: list[P], gutters: tuple[float, ...], column: int) -> list[P]:
    """The row's pieces in column ``column`` (0 left of the first gutter)."""
    return [line for line in row
            if sum(_box(line)[0] >= gutter - settings.ROW_TOLERANCE for gutter in gutters) == column]


class _Bounds:
    """What rows ``start`` to ``end`` hold at most, from running sums over
    the page's rows: label-styled pieces, and rows of at least two and of
    at least three pieces. A band of n columns needs
    ``COLUMN_MIN_STACKED_LABELS`` label-styled pieces in each column (each
    piece stands in one column) and ``COLUMN_MIN_SHARED_ROWS`` rows with a
    piece in each, so a stretch that holds fewer cannot be one: most
    candidate bands are let go before ``_is_column_band`` splits them, and
    most start rows near a page's end before any walk. Necessary
    conditions only: a stretch that passes is tested in full."""

    def __init__(self, rows: Sequence[list[P]]) -> None:
        self.labels, self.pairs, self.triples = [0], [0], [0]
        for row in rows:
            self.labels.append(self.labels[-1] + sum(1 for piece in row if _label_styled(piece)))
            self.pairs.append(self.pairs[-1] + (len(row) >= 2))
            self.triples.append(self.triples[-1] + (len(row) >= 3))

    def may_hold(self, start: int, end: int, columns: int) -> bool:
        """Rows ``start`` up to ``end`` (exclusive) may hold a band of ``columns`` columns."""
        shared = self.triples if columns >= 3 else self.pairs
        return (self.labels[end] - self.labels[start] >= columns * settings.COLUMN_MIN_STACKED_LABELS
                and shared[end] - shared[start] >= settings.COLUMN_MIN_SHARED_ROWS)


def _band_at(rows: Sequence[list[P]], start: int, bounds: _Bounds | None = None) -> tuple[int, tuple[float, ...]] | None:
    """(end, gutter xs) of a band of columns starting at row ``start``, or None.
    The band starts at a row with text on each side of its gutters and runs
    while no line crosses a gutter and no more than a few rows in a row
    leave all but the left column empty (a long left column is one column
    again). Three columns (both gutters of a three-piece row) are tried
    before two, so a right-hand pair is never taken as one column."""
    if bounds is not None and not bounds.may_hold(start, len(rows), 2):
        return None  # the rest of the page holds no band (three columns need more)
    row = sorted(rows[start], key=lambda line: _box(line)[0])
    starts = sorted({_box(line)[0] for line in row[1:]})
    candidates = ([tuple(starts)] if len(starts) == 2 else []) + [(gutter,) for gutter in starts]
    for gutters in candidates:
        if bounds is not None and not bounds.may_hold(start, len(rows), len(gutters) + 1):
            continue
        end, last = start, start
        while end < len(rows) and not any(_crosses(rows[end], gutter) for gutter in gutters):
            if _side(rows[end], gutters[0], False):
                last = end
            elif end - last > settings.COLUMN_MAX_EMPTY_ROWS:
                break
            end += 1
        if bounds is not None and not bounds.may_hold(start, last + 1, len(gutters) + 1):
            continue
        band = rows[start:last + 1]
        if _is_column_band(band, gutters):
            return _answer_end(rows, last, end, gutters[0]), gutters
    return None


def _answer_end(rows: Sequence[list[P]], last: int, end: int, gutter: float) -> int:
    """The band's end: past its last row with right-hand text, and past the
    plain lines that answer a left label standing alone as the left column's
    last line so far (on that row, or above it where the baselines differ)."""
    left = next((side for side in (_side(rows[j], gutter, True) for j in range(last, -1, -1)) if side), [])
    stop = last + 1
    if len(left) == 1 and _label_styled(left[0]):
        while (stop < end and not _side(rows[stop], gutter, False)
               and not any(_label_styled(piece) for piece in rows[stop])):
            stop += 1
    return stop


def _crosses(row: list[P], gutter: float) -> bool:
    """A line of the row runs across the gutter."""
    edge = gutter - settings.ROW_TOLERANCE
    return any(_box(line)[0] < edge < _box(line)[2] for line in row)


def _is_column_band(band: list[list[P]], gutters: tuple[float, ...]) -> bool:
    """Enough rows with text in every column, and each column a stack of
    label-styled lines over plain answer lines."""
    columns = range(len(gutters) + 1)
    split = [[_column(r, gutters, c) for c in columns] for r in band]
    shared = sum(1 for parts in split if all(parts))
    if shared < settings.COLUMN_MIN_SHARED_ROWS:
        return False
    if any(_ragged_left([piece for parts in split for piece in parts[c]]) for c in columns[1:]):
        return False
    return all(_stacked_labels([parts[c] for parts in split]) >= settings.COLUMN_MIN_STACKED_LABELS
               for c in columns)


def _ragged_left(column: list[P]) -> bool:
    """Most of a column's lines start at different x, each ending at the
    same right edge: answers set right-aligned at the far edge of a ruled
    table ("Nav-kontor ........ Nav Kongsberg"), each beside its label on
    its own baseline; a column of text of its own starts its lines at its
    left edge."""
    boxes = [_box(piece) for piece in column if isinstance(piece, Line)]
    if len(boxes) < settings.COLUMN_MIN_SHARED_ROWS:
        return False
    left, right = min(box[0] for box in boxes), max(box[2] for box in boxes)
    tolerance = settings.ROW_TOLERANCE
    at_left = sum(1 for box in boxes if box[0] - left <= tolerance)
    at_right = sum(1 for box in boxes if right - box[2] <= tolerance)
    return at_right * 2 > len(boxes) and at_left * 2 < len(boxes)


def _stacked_labels(side: list[list[P]]) -> int:
    """How many times a side holds a label-styled line alone over a plain
    line: the next row with text on this side, since the columns' baselines
    need not line up (a row may hold only the other column's line)."""
    count = 0
    side = [pieces for pieces in side if pieces]
    for above, below in zip(side, side[1:]):
        if len(above) == 1 and below and _label_styled(above[0]) and not _label_styled(below[0]):
            count += 1
    return count


def _label_styled(line: Piece) -> bool:
    """Set as a label: bold, in capitals, or ending in a colon with its
    answer on the line under it."""
    if isinstance(line, Table):
        return False
    return _styled(line.text, line.style)


@functools.lru_cache(maxsize=4096)
def _styled(text: str, style: str | None) -> bool:
    """``_label_styled`` of a line's text and style (a page's lines are
    asked again by every start row's bands and by each caller)."""
    if text.rstrip().endswith(":"):
        return True
    letters = [c for c in text if c.isalpha()]
    capitals = len(letters) >= 3 and all(c.isupper() for c in letters)
    return capitals or style in ("bold", "heading")
