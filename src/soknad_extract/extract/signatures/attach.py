"""Which signature block each ink image belongs to.

Ink goes to the block its paragraph or table cell says (Word), else to the
nearest block on its page: in the same column within a row's gap, or beside
it on its row; a table's ink row goes to the block in the cell under it.
Ink near no block is returned unclaimed (``SignatureReading.unclaimed_ink``).
"""

from __future__ import annotations

from ...layout import BBox, Document, Image, settings
from ...layout.fragments import Fragment, distance, image_box
from .block import Block
from .ink import classify_image
from .paragraphs import owner_of_ink
from .tablerows import block_of_table_row
from .zones import Zones


def attach_ink(doc: Document, blocks: list[Block], zones: Zones, frags: list[Fragment]) -> list[Image]:
    """Put each signature-like image on its nearest block, and so each
    signature that OCR read as tall letters; ink near no block is nobody's
    and is returned."""
    unclaimed: list[Image] = []
    pages = {p.number: p for p in doc.pages}
    scribbles = [Image(page=f.page, bbox=f.box, name="ink") for f in zones.scribbles]
    for image in doc.images() + scribbles:
        box = image_box(image, doc)
        if box is None:
            continue
        verdict = classify_image(image, pages.get(image.page))
        if not verdict.is_ink:
            continue
        owner = owner_of_ink(image, box, pages.get(image.page), blocks, zones.members, ink_distance)
        if owner is not None:
            owner.images.append((image, box, verdict.confidence))
            continue
        best: tuple[float, Block] | None = None
        for block in blocks:
            if block.page != image.page:
                continue
            d = ink_distance(block, box, image.table_cell)
            if d is not None and (best is None or d < best[0]):
                best = (d, block)
        row_owner = block_of_table_row(blocks, box, image.page, frags) if best is None else None
        if row_owner is not None:
            best = (0.0, row_owner)
        if best is not None:
            best[1].images.append((image, box, verdict.confidence))
        else:
            unclaimed.append(image)
    return unclaimed


def ink_by_signing(unclaimed: list[Image], zones: Zones) -> list[Image]:
    """The unclaimed ink that may be a signer's: on a page without a
    signature zone, or not wholly above the page's zone (more than a row's
    gap over its first line). A form filled in by hand gives its answers in
    ink too ("Nav Åmot" in the office's field): OCR finds them as ink, but
    above the signing section they are answers, never a signature whose
    signer could not be read."""
    tops: dict[int, float] = {}
    for f in zones.members:
        if f.real:
            tops[f.page] = min(tops.get(f.page, f.box[1]), f.box[1])
    return [image for image in unclaimed
            if image.page not in tops or image.bbox is None or image.bbox[3] >= tops[image.page] - settings.INK_ROW_GAP]


def ink_distance(block: Block, box: BBox, cell: tuple[int, int, int] | None) -> float | None:
    """How far ink is from a block; ink in a table cell goes first to the
    block in its own cell, else in the same column of its table at or below
    its row (the ink row stands over the caption row), nearest row first,
    else to the block with text in its own row:
    Word's pseudo boxes of adjacent rows touch, the cells do not lie."""
    if cell is not None:
        rows_below = [f.table_cell[1] - cell[1] for f in block.frags
                      if f.table_cell and f.table_cell[0] == cell[0] and f.table_cell[2] == cell[2]
                      and f.table_cell[1] >= cell[1]]
        if rows_below:
            return -1.0 + 0.1 * min(rows_below)
        # A signing table with one signer a row (Rolle | Stad og dato |
        # Underskrift | Namn): the block whose title or name stands in the
        # ink's row (a date line says nothing: blocks borrow it), nearest
        # column first; a block in the ink's column (above) still comes first.
        columns_apart = [abs(f.table_cell[2] - cell[2]) for f in [*block.role_frags, block.name_frag]
                         if f is not None and f.table_cell and f.table_cell[0] == cell[0]
                         and f.table_cell[1] == cell[1]]
        if columns_apart:
            return -0.4 + 0.01 * min(columns_apart)
    # A date line shared by the columns ("Hamar, 27.01.2020" over both) says
    # nothing about which column the ink stands in.
    own = block.core_box
    d = distance(own, box, row_gap=settings.INK_ROW_GAP)
    if d is None:
        return _begun_over(own, box)
    # Ink below the block's last line belongs to the next block down.
    if box[1] > own[3] + 4.0 and box[3] > own[3] + 20.0 and d > 8.0:
        d += 40.0
    return d


BEGUN_OVER_PENALTY = 20.0
"""Points added to the distance of ink that only begins over a block: ink
standing in a block's own column comes first."""


def _begun_over(own: BBox, box: BBox) -> float | None:
    """Ink over a block that starts above the block's printed line and runs
    far past its right end (a long signature begun over the middle of the
    name "Frode Bakke, rådmann"): too little of it stands over the block for
    ``distance``, but the pen began there. Only ink above the block, within
    a row's gap, whose left end lies inside the block's width; it stands
    behind any block whose column holds it, so a neighbour's ink stays the
    neighbour's."""
    gap = own[1] - box[3]
    if not (-2.0 <= gap <= settings.INK_ROW_GAP and own[0] <= box[0] < own[2]):
        return None
    return max(gap, 0.0) + BEGUN_OVER_PENALTY
