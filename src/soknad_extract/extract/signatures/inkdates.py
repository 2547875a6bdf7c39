"""Dates written beside the ink: "22.01.2020" printed or written right of
(or left of) a signature, above the line the signer signs on.

Where each signer dates their own signature on the same row as the ink, the
date's place is the ink's row, not the printed name's: the name stands under
the line, and the next signer's date may stand closer to it than its own.
So once the ink is placed on its block, a date on the ink's row, beside it,
is that block's date, whatever the nearest-line rule said before. Only on
pages with real geometry (PDF, scans): a Word picture's place is a guess.
"""

from __future__ import annotations

from ...layout import BBox
from .blocks import Block
from .fragments import Fragment
from .wording import signing_dates
from .zones import Zones

_SIDE_GAP = 120.0
"""Points between the ink and a date beside it."""
_ROW_REACH = 0.35
"""Share of the ink's height above it that is still its row: a date above
the signing line stands level with the top of the strokes."""
_MAX_WORDS = 4
"""A date beside ink is short: "22.01.2020", "Gol, 4. februar 2020"."""


def dates_beside_ink(blocks: list[Block], zones: Zones) -> None:
    """Give each inked block the date that stands on its ink's row; a date
    goes to the nearest ink when two could claim it."""
    dated = [(f, ds[0]) for f in zones.members
             if f.real and len(f.text.split()) <= _MAX_WORDS and (ds := signing_dates(f))]
    inks = [box for block in blocks for image, box, _c in block.images if image.bbox is not None]
    dated = [(f, when) for f, when in dated if not any(_over(ink, f.box) for ink in inks)]
    claims: dict[int, tuple[float, Block]] = {}
    for block in blocks:
        placed = [(image, box, conf) for image, box, conf in block.images if image.bbox is not None]
        if not placed:
            continue
        _image, ink, _conf = max(placed, key=lambda t: t[2])
        for index, (frag, _date) in enumerate(dated):
            gap = _beside(ink, frag) if frag.page == block.page else None
            if gap is not None and (index not in claims or gap < claims[index][0]):
                claims[index] = (gap, block)
    best: dict[int, tuple[float, int]] = {}
    for index, (gap, block) in claims.items():
        if id(block) not in best or gap < best[id(block)][0]:
            best[id(block)] = (gap, index)
    for block in blocks:
        if id(block) in best:
            frag, when = dated[best[id(block)][1]]
            block.date, block.date_frag = when, frag
            if frag not in block.frags:
                block.frags.append(frag)


def _over(ink: BBox, box: BBox) -> bool:
    """The date stands in the ink's column (over or under it): it is that
    column's date line, not a date beside anyone's ink."""
    return min(ink[2], box[2]) - max(ink[0], box[0]) > 0


def _beside(ink: BBox, frag: Fragment) -> float | None:
    """The horizontal gap from the ink to a date on its row, or None."""
    height = ink[3] - ink[1]
    middle = (frag.box[1] + frag.box[3]) / 2
    if not ink[1] - _ROW_REACH * height <= middle <= ink[3]:
        return None
    gap = max(frag.box[0] - ink[2], ink[0] - frag.box[2])
    return gap if 0.0 <= gap <= _SIDE_GAP else None
