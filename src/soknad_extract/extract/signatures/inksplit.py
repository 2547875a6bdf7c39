"""A handwritten signature the ink finder split in two.

Class: a scanned or photographed form where the signer lifted the pen
between first name and surname, or drew a long flourish, so that the ink
finder returns two regions side by side over the same line to sign on. The
first region is given to the signer's block; the second, a little to its
right, stands too far from the printed name to be claimed and would be
reported as ink without a signer — evidence, for validation, of a signature
whose name and title could not be read, which hides a block that is really
empty (the other party's caption with no ink over it).

A region is the same signature as ink already given to a block when it
stands on the same row (their heights overlap by half the lower one), the
gap between them is no wider than the taller one is high (a pen lifted, not
another signer's column), and no other block's text stands over or under
the gap or the region. Anything else stays unclaimed, and the "cannot tell"
path speaks for it.
"""

from __future__ import annotations

from ...layout import BBox, Document, Image
from ...layout.fragments import image_box
from ...layout.geometry import on_one_line
from .block import Block


def claim_split_ink(doc: Document, blocks: list[Block], unclaimed: list[Image]) -> list[Image]:
    """Give each unclaimed region that continues a block's ink to that
    block; the regions left unclaimed are returned."""
    rest: list[Image] = []
    for image in unclaimed:
        box = image_box(image, doc)
        owner = _continued(image.page, box, blocks) if box is not None else None
        if owner is None:
            rest.append(image)
            continue
        block, confidence = owner
        block.images.append((image, box, confidence))
    return rest


def _continued(page: int, box: BBox, blocks: list[Block]) -> tuple[Block, float] | None:
    """The block whose ink ``box`` continues, with that ink's confidence."""
    found: list[tuple[Block, float]] = []
    for block in blocks:
        if block.page != page:
            continue
        for _image, ink, confidence in block.images:
            if on_one_line(ink, box) and _gap(ink, box) <= max(ink[3] - ink[1], box[3] - box[1]):
                span = (min(ink[0], box[0]), max(ink[2], box[2]))
                if not _others_in(span, page, block, blocks):
                    found.append((block, confidence))
                break
    return found[0] if len({id(b) for b, _ in found}) == 1 else None


def _gap(a: BBox, b: BBox) -> float:
    return max(a[0], b[0]) - min(a[2], b[2])


def _others_in(span: tuple[float, float], page: int, block: Block, blocks: list[Block]) -> bool:
    """Another block's text stands within the columns ``span`` covers."""
    return any(f.box[0] < span[1] and f.box[2] > span[0]
               for other in blocks if other is not block and other.page == page for f in other.frags)
