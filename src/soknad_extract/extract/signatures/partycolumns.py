"""Signing columns side by side, each headed by the party it signs for.

Class: a printed form filled in by pen, signed, and scanned or photographed,
whose signing section sets the signers side by side, each column headed by
the party it signs for ("For Nav-kontoret" | "For kommuneleiinga"), then
the place and date, room to sign, "Underskrift" under the line, and "Namn:"
and "Stilling:" answered by hand. OCR reads the printed headings well and
the handwritten title often badly ("Nav-lejar", "Rådma nn") or the name not
at all: the signer's block then has no role, or the heading stands alone
over the ink, which nearness may give to the neighbour column's signer
whose block reaches down beside it. The heading says whose column it is:
the one signer under it with no role of their own, or of the heading's
role, is the heading's party's signer, and the ink in the column is theirs.

Only where two or more headings of different parties stand on one row (the
columns are the form's); a column holding a title of another role, or two
signers, is left to the rest of the finder.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...layout import BBox, Image, settings
from ...layout.fragments import Fragment
from ...layout.geometry import on_one_line
from .block import Block
from .ink import classify_image
from .wording import roles_in

_SLACK = 3.0
"""Points left of a heading's left edge its column still holds (a pen starts before the print)."""


@dataclass
class _Column:
    role: str
    heading: Fragment
    block: Block
    left: float
    right: float

    def holds(self, box: BBox) -> bool:
        """``box`` stands in the column: its middle between the column's edges,
        its top under the heading and within the column's reach."""
        middle = (box[0] + box[2]) / 2
        top = self.heading.box[3]
        return (self.left <= middle < self.right and top - 1.0 <= box[1]
                and box[1] <= top + settings.PARTY_COLUMN_REACH)


def signers_in_party_columns(blocks: list[Block], unclaimed: list[Image]) -> tuple[list[Block], list[Image]]:
    """``blocks`` with each party heading joined to its column's one signer
    and given the column's ink (see the module), and the ink still unclaimed."""
    for page in sorted({b.page for b in blocks}):
        for column in _columns([b for b in blocks if b.page == page]):
            owner = _owner(column, blocks)
            if owner is None:
                continue
            if owner is not column.block:
                # The heading is the signer's: the column is read from it, in its row.
                owner.frags.insert(0, column.heading)
                if owner.role is None:
                    owner.role, owner.role_frags = column.role, [column.heading, *owner.role_frags]
                owner.images.extend(column.block.images)
                blocks = [b for b in blocks if b is not column.block]
            for block in blocks:
                if block is owner or block.page != page or column.holds(_anchor(block)):
                    continue
                for ink in [i for i in block.images if column.holds(i[1])]:
                    block.images.remove(ink)
                    owner.images.append(ink)
            for image in [i for i in unclaimed if i.page == page and i.bbox is not None and column.holds(i.bbox)]:
                unclaimed.remove(image)
                owner.images.append((image, image.bbox, classify_image(image).confidence))
    return blocks, unclaimed


def _owner(column: _Column, blocks: list[Block]) -> Block | None:
    """The column's signer: the heading's own block when it holds a name
    already, else the one named block under the heading with no role or
    the heading's; the heading's block when no one is named there. None
    when the column holds another role's title or two signers."""
    inside = [b for b in blocks if b is not column.block and b.page == column.block.page
              and column.holds(_anchor(b))]
    if any(b.role not in (None, column.role) for b in inside):
        return None
    if column.block.name is not None:
        return column.block
    named = [b for b in inside if b.name is not None]
    if len(named) > 1:
        return None
    return named[0] if named else column.block


def _anchor(block: Block) -> BBox:
    """Where a block stands: its printed name, else its own lines."""
    return block.name_frag.box if block.name_frag is not None else block.core_box


def _columns(blocks: list[Block]) -> list[_Column]:
    """The party headings standing on one row, two or more of different
    parties, as columns from each heading's left edge to the next's."""
    headings = sorted(((f, b) for b in blocks if b.role is not None and b.real and not b.listed
                       for f in b.role_frags if f is not b.name_frag and _party_heading(f, b.role)),
                      key=lambda h: h[0].box[0])
    for first, _block in headings:
        row = [(f, b) for f, b in headings if on_one_line(first.box, f.box)]
        if len(row) >= 2 and len({b.role for _f, b in row}) == len(row) and _apart(row):
            edges = [f.box[0] - _SLACK for f, _b in row] + [float("inf")]
            return [_Column(b.role, f, b, left, right) for (f, b), left, right in zip(row, edges, edges[1:])]
    return []


def _party_heading(frag: Fragment, role: str) -> bool:
    """A heading that names the party only ("For Nav-kontoret", "For
    kommuneleiinga"), no signer's title."""
    roles = roles_in(frag.text)
    return bool(roles) and all(r[0] == role and r[1] is None for r in roles)


def _apart(row: list[tuple[Fragment, Block]]) -> bool:
    """Each heading ends before the next begins: columns, not one line's words."""
    return all(f.box[2] <= g.box[0] for (f, _b), (g, _c) in zip(row, row[1:]))
