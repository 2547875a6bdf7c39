"""Each signer's own date: the date line in the signer's column or row.

A block's date is the nearest date line to its signer (``attach_dates``),
else the nearest shared date line above it ("Sted og dato: Hamar,
27.01.2020" over both columns), else the zone's only date. What stands
past another signer is that signer's: in a letter whose Nav leader signs
undated above a section "Forankring i kommuneleiinga" dated by its own
signer, the section's date is never the Nav leader's.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from ...layout import BBox, settings
from ...layout.fragments import Fragment, distance
from ...layout.geometry import union, x_overlap
from .headdates import with_label_box
from .wording import signing_dates
from .zones import Zones


class Block(Protocol):
    """What this module reads and sets of ``blocks.Block`` (which calls it)."""

    page: int
    frags: list[Fragment]
    role_frags: list[Fragment]
    name_frag: Fragment | None
    date: date | None
    date_frag: Fragment | None
    listed: bool
    on_behalf: bool

    @property
    def box(self) -> BBox: ...


def attach_dates(blocks: list[Block], zones: Zones) -> None:
    """The block's own date (same column or row), else the nearest shared
    date line above it on the page ("Sted og dato: Hamar, 27.01.2020"),
    else the only date in the zone. A list line's date is its own signers'
    ("Godkjent … 28.01.2020 av kommunalsjef Hanne Wold"), never the next line's."""
    dated = [(f, signing_dates(f)) for f in zones.members]
    dated = [(f, ds) for f, ds in dated if ds]
    listed = {id(f) for b in blocks if b.listed for f in b.frags}
    for block in blocks:
        if block.date is not None:
            continue
        box = _signer_box(block)
        best: tuple[float, Fragment, date] | None = None
        usable = [(f, ds) for f, ds in dated if not (id(f) in listed and f not in block.frags)
                  and not _past_another_signer(block, f, blocks)]
        for f, ds in usable:
            if f.page != block.page:
                continue
            d = distance(box, f.box, row_gap=settings.SIGNATURE_ROW_GAP * 1.5)
            if d is not None and (best is None or d < best[0] or (d == best[0] and _under_top(f, box, best[1]))):
                best = (d, f, ds[0])
        if best is None:
            above = [(box[1] - f.box[3], f, ds[0]) for f, ds in usable
                     if f.page == block.page and f.box[3] <= box[1] + 1.0
                     and x_overlap(with_label_box(f, zones.members), box) > 0]
            if above:
                best = min(above, key=lambda t: t[0])
        if best is not None:
            block.date, block.date_frag = best[2], best[1]
            if best[1] not in block.frags:
                block.frags.append(best[1])
        elif len({ds[0] for f, ds in dated if f.page == block.page}) == 1 and any(
                f.page == block.page for f, _ds in usable):
            # The zone's only date is everyone's, but it stands elsewhere (in
            # another column): the block's place on the page stays its own.
            # A date on another page is another document's (a letter behind),
            # and one in another signer's block below or above, in this
            # column, is that signer's.
            block.date = next(ds[0] for f, ds in dated if f.page == block.page)


def _past_another_signer(block: Block, frag: Fragment, blocks: list[Block]) -> bool:
    """``frag`` stands below the block, past another signer's heading, title
    or printed name in their column: the date there is that signer's
    ("Nav-leiar" / "Forankring i kommuneleiinga" / "Ørsta, 14.01.2020" /
    ink / "ass. rådmann"), never the block's own. A date above stacked
    signers may head them all ("Hamar, 27.01.2020" over two blocks)."""
    box = _signer_box(block)
    if frag.page != block.page or x_overlap(box, frag.box) <= 0 or frag.box[1] < box[3] - 1.0:
        return False
    top, bottom = box[3], frag.box[1]
    for other in blocks:
        if other is block or other.page != block.page or frag in other.role_frags + [other.name_frag]:
            continue
        for g in other.role_frags + ([other.name_frag] if other.name_frag else []):
            if (g not in block.frags and g.box[1] >= top - 1.0 and g.box[3] <= bottom + 1.0
                    and x_overlap(g.box, box) > 0 and x_overlap(g.box, frag.box) > 0):
                return True
    return False


def _under_top(date_frag: Fragment, box: BBox, other: Fragment) -> bool:
    """Of two date lines as near, ``date_frag`` stands under the block's top
    line and ``other`` above it: stacked blocks opened by their title
    ("For kommunen – rådmann" / ink / "Navn: …" / "Dato: …") each end with
    their own date, so the date over the title is the block above's."""
    return date_frag.box[1] >= box[1] > other.box[1]


def _signer_box(block: Block) -> BBox:
    """Where the signer's own lines stand: under a "For kommunedirektøren:"
    heading, the date above the heading is the block before it."""
    own = [f.box for f in block.frags[1:]] if block.on_behalf else []
    return union(own) if own else block.box
