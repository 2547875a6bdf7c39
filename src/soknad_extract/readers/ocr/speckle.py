"""Pages with no print at all: a photo of a desk or a wall, film grain,
scanner speckle on an empty platen.

Fed to Tesseract, such a page is thousands of specks that its layout
analysis tries to group into lines for minutes (the deadline Tesseract's
monitor is given does not stop that part, ``libtesseract``), and in the
end it reads nothing. So the ink OCR would read is looked at first, on a
copy at ~100 dpi: print always leaves some pieces at least the size of a
short word (``OCR_NOPRINT_PRINT_EXTENT_IN``: letters run together into
words there, a handwritten word is one stroke, a ruling line one long
piece), while speckle is many separate dots, none of them that large. A
page covered in specks (``OCR_NOPRINT_MIN_SPECKS_IN2``) with not one piece
of that size holds no text, and is not read.

Precision: the page is skipped only when *nothing* on it has the size of
print; a dark, noisy photo of a signature page keeps its signature and
its few blurred lines as large pieces, and is read. A blank or nearly
blank page has few specks and goes to Tesseract as before (it is fast
there).

Dust: a page of print strewn with dot-sized specks (a dusty platen or
copier drum) is read, but the specks far from any print are taken out of
what Tesseract reads (``dust``). Each is a piece to Tesseract's layout
analysis, whose table search grows far faster than their number: one such
page with a single line of print took Tesseract ~130 s and read the dots as
junk ("ae we ae"); without them it takes under 2 s. Only a page with many
of them (``OCR_DUST_MIN_SPECKS_IN2``) is changed, and only specks no print
lies near (``OCR_DUST_CLEAR_IN``): an i-dot, an accent or a full stop sits
next to its letters, so what a clean page gives Tesseract stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ...layout.settings import (
    OCR_DUST_CLEAR_IN,
    OCR_DUST_EXTENT_IN,
    OCR_DUST_MIN_SPECKS_IN2,
    OCR_DUST_RULE_MIN_SPECKS,
    OCR_NOPRINT_FAINT_GREY,
    OCR_NOPRINT_MIN_SPECKS_IN2,
    OCR_NOPRINT_PRINT_EXTENT_IN,
    OCR_NOPRINT_WORK_DPI,
)
from .components import EIGHT


class NoPrint(RuntimeError):
    """The page holds specks but no print: it was not given to Tesseract."""


@dataclass(frozen=True)
class Specks:
    """What the ink of a page is made of, on the ~100 dpi copy."""

    specks_per_in2: float
    """Separate pieces smaller than print, per square inch of the page."""
    print_pieces: int
    """Pieces at least ``OCR_NOPRINT_PRINT_EXTENT_IN`` long or high."""


def _shrunk(ink: np.ndarray, dpi: float) -> tuple[np.ndarray, int]:
    """The mask shrunk by whole blocks to ~``OCR_NOPRINT_WORK_DPI`` (a block
    with any ink is ink), so a speck stays a speck and the letters of a word
    join; and the block's side in pixels."""
    factor = max(1, round(dpi / OCR_NOPRINT_WORK_DPI))
    height, width = (ink.shape[0] // factor) * factor, (ink.shape[1] // factor) * factor
    # The rows of a block OR-ed together, then its columns: ``any`` over the
    # two strided axes of a 4-D view walks the page ~8 times slower (~50 ms a
    # page at 300 dpi, twice a page).
    rows = ink[:height, :width].reshape(height // factor, factor, width)
    joined = rows[:, 0].copy()
    for offset in range(1, factor):
        joined |= rows[:, offset]
    columns = joined.reshape(height // factor, width // factor, factor)
    small = columns[:, :, 0].copy()
    for offset in range(1, factor):
        small |= columns[:, :, offset]
    return small, factor


def measure(ink: np.ndarray, dpi: float) -> Specks:
    """The specks and print-sized pieces of an ink mask drawn at ``dpi``."""
    small, factor = _shrunk(ink, dpi)
    if not small.size:
        return Specks(0.0, 0)
    labels, count = ndimage.label(small, structure=EIGHT)
    if not count:
        return Specks(0.0, 0)
    resolution = dpi / factor
    extents = np.array([max(rows.stop - rows.start, cols.stop - cols.start) for rows, cols in ndimage.find_objects(labels)])
    large = int((extents >= OCR_NOPRINT_PRINT_EXTENT_IN * resolution).sum())
    area_in2 = (ink.shape[0] / dpi) * (ink.shape[1] / dpi)
    return Specks(round((count - large) / area_in2, 1), large)


def no_print(pixels: np.ndarray, marks: np.ndarray, dpi: float) -> bool:
    """Whether what Tesseract would read (``pixels``: 8-bit grey, or the
    ink mask of a noisy page as 0 and 255) is all speckle: many specks,
    no piece of print. Every pixel darker than ``OCR_NOPRINT_FAINT_GREY``
    counts as ink, and so do the ruling lines and boxes erased from it
    (``marks``): faint grey print Tesseract might still make out, and a
    form's frame, are print."""
    specks = measure((pixels < OCR_NOPRINT_FAINT_GREY) | marks, dpi)
    return specks.print_pieces == 0 and specks.specks_per_in2 >= OCR_NOPRINT_MIN_SPECKS_IN2


def dust(ink: np.ndarray, dpi: float) -> np.ndarray | None:
    """Where the dust specks lie that are away from all larger ink on ``ink`` (a
    mask drawn at ``dpi``), with a block's margin for their grey fringe,
    when the page holds many of them; None on a page that is not dusty
    (nearly every page), which is then left as it is."""
    small, factor = _shrunk(ink, dpi)
    if not small.size:
        return None
    labels, count = ndimage.label(small, structure=EIGHT)
    resolution = dpi / factor
    extents = np.zeros(count + 1, dtype=int)
    for index, (rows, cols) in enumerate(ndimage.find_objects(labels), start=1):
        extents[index] = max(rows.stop - rows.start, cols.stop - cols.start)
    least, most = (max(1.0, extent * resolution) for extent in OCR_DUST_EXTENT_IN)
    speck = (extents >= least) & (extents < most)
    speck[0] = False
    area_in2 = (ink.shape[0] / dpi) * (ink.shape[1] / dpi)
    if speck.sum() < OCR_DUST_MIN_SPECKS_IN2 * area_in2:
        return None  # too few dot-sized pieces, even counting those beside print
    if not (extents >= OCR_NOPRINT_PRINT_EXTENT_IN * resolution).any():
        return None  # no print at all: ``no_print`` decides whether it is speckle
    larger = (extents >= most)[labels]  # print, and any piece that may be (a short word, a digit)
    near = ndimage.binary_dilation(larger, structure=EIGHT, iterations=max(1, round(OCR_DUST_CLEAR_IN * resolution)))
    speck[np.unique(labels[near])] = False
    speck[_in_rules(speck[labels], labels, round(OCR_DUST_CLEAR_IN * resolution))] = False
    if speck.sum() < OCR_DUST_MIN_SPECKS_IN2 * area_in2:
        return None
    mask = np.zeros(ink.shape, dtype=bool)
    blocks = ndimage.binary_dilation(speck[labels], structure=EIGHT)
    mask[:blocks.shape[0] * factor, :blocks.shape[1] * factor] = blocks.repeat(factor, axis=0).repeat(factor, axis=1)
    return mask



def _in_rules(specks: np.ndarray, labels: np.ndarray, reach: int) -> np.ndarray:
    """Labels of the specks that line up into a dashed or dotted rule (an
    answer line, a leader): at least ``OCR_DUST_RULE_MIN_SPECKS`` of them
    in a row or a column, each within ``reach`` of the next. Dust lies at
    random, and its specks seldom line up so."""
    ruled = np.zeros(specks.shape, dtype=bool)
    for along in (np.ones((1, 2 * reach + 1), dtype=bool), np.ones((2 * reach + 1, 1), dtype=bool)):
        runs, count = ndimage.label(ndimage.binary_dilation(specks, structure=along))
        members = np.unique(np.stack([runs[specks], labels[specks]]), axis=1)[0]
        long = np.bincount(members, minlength=count + 1) >= OCR_DUST_RULE_MIN_SPECKS
        ruled |= long[runs] & specks
    return np.unique(labels[ruled])
