"""Ink on a bare line to sign on belongs to the caption printed under it.

Signers stacked one under the other, each as ink, then a line
("______________"), then a caption ("29.01.2020, Tor Amdal, Kommunedirektør"):
the ink of the lower signer stands just under the upper signer's caption,
nearer to it than to its own, so nearness alone gives both pictures to the
upper signer and the lower one looks unsigned. The line between ink and
caption says whose the ink is. Only a caption that prints the signer's name
with the title (a printed signer) is taken so: a label or title alone under a
line may as well open the next block of a caption-above-the-line form.

A table cell says whose ink it holds only when one signer stands in it.
Signers stacked in ONE cell (a whole form kept inside a 1×1 layout table, a
signature cell with both signers one under the other) share it, and the cell
cannot tell them apart: there the ink is placed as on an open page, by its
own position among them.
"""

from __future__ import annotations

from collections.abc import Callable

from ...layout import BBox, Image
from ...layout.geometry import x_overlap
from ...layout.fragments import Fragment
from .block import Block
from .wording import is_bare_line


def owner_by_layout(image: Image, box: BBox, blocks: list[Block], members: list[Fragment],
                    nearness: Callable[[Block, BBox, tuple[int, int, int] | None], float | None]) -> Block | None:
    """The block the layout gives the ink in ``box`` to before mere
    nearness is weighed: the caption under its line, or among signers
    sharing its table cell the nearest by ``nearness`` (the caller's
    measure of ink to block, given no cell). None when the layout says
    nothing."""
    return (block_under_line(box, image.page, blocks, members)
            or block_in_shared_cell(image, blocks, lambda b: nearness(b, box, None)))


def block_under_line(box: BBox, page: int, blocks: list[Block], members: list[Fragment]) -> Block | None:
    """The block whose printed caption stands right under the bare line at
    the foot of the ink in ``box``, or None. Only where every bare line on
    the page has such a caption under it: with captions over the lines, the
    last line has none, and the next signer's caption may stand close under
    the line before it."""
    line = _line_under(box, page, members)
    if line is None:
        return None
    bare = [f for f in members if f.page == page and is_bare_line(f)]
    if any(_owner(f, blocks, members) is None for f in bare):
        return None
    return _owner(line, blocks, members)


def _owner(line: Fragment, blocks: list[Block], members: list[Fragment]) -> Block | None:
    """The printed signer whose caption is the first line under ``line``."""
    caption = _next_below(line, members)
    if caption is None:
        return None
    owners = [b for b in blocks if b.page == line.page and caption is b.name_frag and b.printed_signer]
    return owners[0] if len(owners) == 1 else None


def _line_under(box: BBox, page: int, members: list[Fragment]) -> Fragment | None:
    """The bare line the ink stands on: it starts inside the ink or within
    one line's height under it, in the same column."""
    found = []
    for f in members:
        if f.page != page or not is_bare_line(f) or x_overlap(f.box, box) <= 0:
            continue
        height = max(f.box[3] - f.box[1], 6.0)
        if box[1] <= f.box[1] <= box[3] + height:
            found.append(f)
    return min(found, key=lambda f: f.box[1]) if found else None


def _next_below(line: Fragment, members: list[Fragment]) -> Fragment | None:
    """The first printed line under ``line`` in its column, if it follows
    within one and a half line heights."""
    height = max(line.box[3] - line.box[1], 6.0)
    below = [f for f in members if f.page == line.page and f.text.strip() and f is not line
             and x_overlap(f.box, line.box) > 0 and line.box[3] - 1.0 <= f.box[1] <= line.box[3] + 1.5 * height]
    return min(below, key=lambda f: f.box[1]) if below else None


def block_in_shared_cell(image: Image, blocks: list[Block],
                         nearness: Callable[[Block], float | None]) -> Block | None:
    """The block nearest the ink by ``nearness`` (the open page's measure)
    among the blocks printed in the table cell that holds it, when that cell
    holds more than one; None when it holds at most one (the cell decides),
    when none is near, or when the picture has no place of its own in the
    cell (a Word picture whose paragraph is unknown stands in for the whole
    cell)."""
    cell = image.table_cell
    if cell is None or (image.bbox is None and image.paragraph_index is None):
        return None
    sharing = [b for b in blocks if b.page == image.page and any(f.table_cell == cell for f in b.frags)]
    if len(sharing) < 2:
        return None
    near = [(d, i) for i, b in enumerate(sharing) if (d := nearness(b)) is not None]
    return sharing[min(near)[1]] if near else None
