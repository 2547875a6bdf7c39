"""A page's own image work before Tesseract reads it (``page``): blots
painted out, paper flattened, ink found, ruling lines, tables, check boxes
and dot leaders found and erased from what Tesseract will read. Done once
per way round, however often Tesseract reads the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image as PILImage

from . import blots as ocr_blots
from . import image as ocr_image
from . import leaders as ocr_leaders
from . import marks as ocr_marks
from . import rings as ocr_rings
from . import speckle as ocr_speckle
from . import tables as ocr_tables
from . import ticked as ocr_ticked
from .packed import PackedMask
from .text import PxBox


def ocr_input(
    cleaned: PILImage.Image, binary: np.ndarray, marks: np.ndarray, turned: list[tuple[slice, slice]], dpi: float
) -> np.ndarray:
    """What Tesseract reads, as 8-bit grey pixels (handed to Tesseract as
    they are, with no image copy): ruling lines and check boxes erased, dark
    areas turned. A clean page goes as grey, which keeps the detail of a 200
    dpi scan ("Arne", not "Arme", on our samples). A noisy page goes as our
    mask: Tesseract's own threshold turns its noise into thousands of specks
    that it then tries to read (minutes a page, and no words). Dust far
    from the print of a dusty page is left out for the same reason
    (``ocr_speckle.dust``)."""
    ink = ~marks
    ink &= binary
    dust = ocr_speckle.dust(ink, dpi)
    if ocr_image.is_noisy(cleaned):
        # The mask turned into its grey pixels in its own memory (ink 0, paper
        # 255), where ``np.where`` held a second page: True is the byte 1.
        pixels = ink.view(np.uint8)
        pixels ^= 1
        pixels *= 255
    else:
        del ink  # a page's worth of memory, no longer needed
        pixels = np.asarray(cleaned).copy()
        for area in turned:
            pixels[area] = 255 - pixels[area]
        pixels[marks] = 255
    if dust is not None:
        pixels[dust] = 255
    return pixels


@dataclass
class Prepared:
    """One upright page image made ready for Tesseract: what our own image
    work found on it, done once however many times Tesseract reads it."""

    dpi: float
    """The deskewed image itself is not kept: ``cleaned`` has its size, and a
    page's worth of grey less waits while Tesseract reads."""
    blots: list[PxBox]
    cleaned: PILImage.Image
    binary_bits: PackedMask
    """The ink mask, and below what was erased, at a bit a pixel while
    Tesseract reads (``packed``); ``binary`` and ``marks`` unpack them."""
    grids: list[ocr_tables.Grid]
    boxes: list[ocr_marks.PixelBox]
    marks_bits: PackedMask
    strokes: list[ocr_marks.Piece]
    """Ink pieces that may be pen strokes (``ocr_marks.stroke_pieces``):
    found with the check boxes, from one labelling of the page."""
    ocr_input: np.ndarray
    rings: list[ocr_rings.Ring] = field(default_factory=list)
    """Pen rings round printed options (``ocr_rings``), erased with the marks."""

    @property
    def binary(self) -> np.ndarray:
        return self.binary_bits.unpacked()

    @property
    def marks(self) -> np.ndarray:
        return self.marks_bits.unpacked()


def prepare(raster: ocr_image.Raster) -> Prepared:
    """Blots painted out, paper flattened, ink found, ruling lines, tables,
    check boxes and dot leaders found and erased from what Tesseract will read."""
    dpi, image = raster.dpi, raster.image
    del raster  # the caller's deskewed page is held here alone: freed once cleaned (below)
    scale = dpi / ocr_image.WORK_DPI
    blots = ocr_blots.find_blots(image, scale)
    cleaned = ocr_image.clean(ocr_blots.paint_out(image, blots) if blots else image)
    del image
    binary, turned = ocr_image.invert_filled_areas(ocr_image.binarize(cleaned, scale), scale)

    grids, ruling = ocr_tables.find_grids(binary, scale)
    ruling = ocr_tables.grow(ruling, 2)
    pieces = ocr_marks.ink_pieces(binary, ruling, scale)
    boxes = ocr_marks.find_check_boxes(binary, ruling, scale, pieces)
    boxed = ocr_marks.box_mask(binary.shape, [b.box for b in boxes], pad=3)
    boxed = ocr_ticked.add_spills(boxed, [b.spill for b in boxes], pad=3)
    strokes = ocr_marks.stroke_pieces(pieces, boxed, scale)
    marks = ruling | boxed
    del ruling, boxed
    unmarked = ~marks
    unmarked &= binary
    circled = ocr_rings.find_rings(strokes, binary, scale, unmarked)
    if circled:
        # a ring is no handwriting for the signature search, and is erased so the word inside reads cleanly
        ringed = {index for _, _, indices in circled for index in indices}
        strokes = [s for i, s in enumerate(strokes) if i not in ringed]
        ocr_ticked.add_spills(marks, [piece for _, piece, _ in circled], pad=max(1, round(2 * scale)))
        unmarked &= ~marks
    marks |= ocr_leaders.leader_mask(unmarked, scale)
    del unmarked
    pixels = ocr_input(cleaned, binary, marks, turned, dpi)
    return Prepared(dpi, blots, cleaned, PackedMask(binary), grids, boxes, PackedMask(marks), strokes, pixels,
                    [ring for ring, _, _ in circled])
