"""Which drawn box-sized shapes are check boxes, before their state is read.

Dropped: shapes drawn on top of one another count once (``merge``); the
cells of a digit grid (squares sharing a side, side by side in one row or
stacked in one column); shapes under a form widget; and a box-sized table
cell, whose outline is the table's rules, not a box. Kept: a Word form's
legacy check boxes exported by LibreOffice, one drawn square per table row
(stacked a row's height apart, with the row rule running between them), even
where the table reader took the square's own sides for column boundaries and
so made the square a "cell" of its own.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from ...layout import BBox
from ...layout.geometry import centre_in, iou
from .ruled import page_edges
from .text import CellKey


class _Shape(Protocol):
    """What selection reads of a candidate box (``checkboxes._Box``)."""

    bbox: BBox
    outline: bool
    round: bool
    members: list[dict[str, Any]]


_Box = TypeVar("_Box", bound=_Shape)

SAME_EDGE_PT = 1.5
"""Line ends this close (points) meet."""
HAIRLINE_PT = 1.5
"""An edge this far from straight is still straight (a rule drawn as a
thin strip has two close sides)."""


class _Rules:
    """The page's straight horizontal and vertical edges (lines, the sides
    of rects, straight steps of paths), as the table reader sees them."""

    def __init__(self, page: Any) -> None:
        v, h = page_edges(list(page.lines), list(page.rects), list(page.curves))
        self.vertical = [e[:4] for e in v if e[2] - e[0] <= HAIRLINE_PT]
        self.horizontal = [e[:4] for e in h if e[3] - e[1] <= HAIRLINE_PT]

    def row_rule_between(self, upper: BBox, lower: BBox) -> bool:
        """A horizontal rule in the gap between two stacked squares that runs
        past both by more than a box's width: a table's row rule, so the
        squares sit in two rows of a table, not in one digit grid."""
        reach = max(upper[2] - upper[0], lower[2] - lower[0])
        left, right = min(upper[0], lower[0]), max(upper[2], lower[2])
        for x0, top, x1, bottom in self.horizontal:
            y = (top + bottom) / 2
            if not upper[3] - SAME_EDGE_PT <= y <= lower[1] + SAME_EDGE_PT:
                continue
            if x0 <= left + SAME_EDGE_PT and x1 >= right - SAME_EDGE_PT and (
                    x0 < left - reach or x1 > right + reach):
                return True
        return False

    def own_walls(self, box: BBox, cell: BBox) -> bool:
        """The cell's left and right sides are the box's own and no vertical
        rule at either runs along the box and on past it (a column rule):
        the table reader made a column of the square's sides, so the "cell"
        is the square itself. The sides of other squares in the same column
        (the next row's box) do not run along this one."""
        if abs(cell[0] - box[0]) > SAME_EDGE_PT or abs(cell[2] - box[2]) > SAME_EDGE_PT:
            return False
        for x0, top, x1, bottom in self.vertical:
            at_side = abs(x0 - box[0]) <= SAME_EDGE_PT or abs(x0 - box[2]) <= SAME_EDGE_PT
            along = top < box[3] - SAME_EDGE_PT and bottom > box[1] + SAME_EDGE_PT
            if at_side and along and (top < box[1] - SAME_EDGE_PT or bottom > box[3] + SAME_EDGE_PT):
                return False
        return True


def merge(candidates: list[_Box]) -> list[_Box]:
    """Shapes drawn on top of each other are one box (a white background,
    a grey outline, a coloured fill); a smaller shape inside a box is
    something drawn in it (an inner square), not a box of its own."""
    boxes: list[_Box] = []
    for cand in sorted(candidates, key=lambda c: -(c.bbox[2] - c.bbox[0]) * (c.bbox[3] - c.bbox[1])):
        same = next((b for b in boxes if iou(cand.bbox, b.bbox) > 0.6), None)
        if same is not None:
            same.outline = same.outline or cand.outline
            same.round = same.round and cand.round
            same.members += cand.members
        elif not any(centre_in(cand.bbox, b.bbox) for b in boxes):
            boxes.append(cand)
    return boxes


def _adjacent(a: BBox, b: BBox, rules: _Rules) -> bool:
    """Two squares sharing an edge: cells of a digit grid, not check boxes;
    unless they are stacked with a table's row rule between them."""
    tol = SAME_EDGE_PT
    vertical_overlap = min(a[3], b[3]) - max(a[1], b[1]) > 2
    horizontal_overlap = min(a[2], b[2]) - max(a[0], b[0]) > 2
    if vertical_overlap and (abs(a[2] - b[0]) <= tol or abs(b[2] - a[0]) <= tol):
        return True
    if not horizontal_overlap:
        return False
    upper, lower = (a, b) if a[1] < b[1] else (b, a)
    return abs(upper[3] - lower[1]) <= tol and not rules.row_rule_between(upper, lower)


def select(candidates: list[_Box], page: Any, exclude: list[BBox],
           cells: list[tuple[CellKey, BBox]]) -> list[_Box]:
    kept = merge(candidates)
    if not kept:
        return kept
    rules = _Rules(page)
    kept = [c for c in kept if not any(_adjacent(c.bbox, o.bbox, rules) for o in kept if o is not c)]
    kept = [c for c in kept if not any(centre_in(c.bbox, e, 2.0) for e in exclude)]
    return [c for c in kept if not any(
        iou(c.bbox, cell) > 0.8 and not rules.own_walls(c.bbox, cell) for _, cell in cells)]
