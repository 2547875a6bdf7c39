"""Printed lines that Tesseract's page segmentation skipped, read again.

Automatic segmentation (psm 3) sometimes returns no word at all for a
clearly printed line: typically a bold label in a table cell whose ruling
lines are broken, so that neither Tesseract nor our grid finder sees a cell
there, and a dated value loses its label. After the page is read, the ink
that no word box covers (ruling lines and check boxes already taken out,
handwriting regions left alone) is grouped into bands of a text line's
height, and each band is read on its own as one line (psm 7), on a white
canvas that holds only the band's own ink.

Precision first: a misread word can make a false fact, and handwriting or a
signature must never become text. Only confident, word-like readings are
kept (``OCR_REREAD_MIN_CONFIDENCE``: handwriting reads far below it), a band
must look like a line of print (letter-sized pieces, a line's height, more
than a lone glyph), and at most ``OCR_REREAD_MAX_BANDS`` bands a page are
read. A page whose ink is all covered (nearly every page) costs one mask.
"""

from __future__ import annotations

import statistics

import numpy as np
from ...layout.settings import (
    OCR_REREAD_MAX_BANDS,
    OCR_REREAD_MIN_CONFIDENCE,
    OCR_REREAD_MIN_LETTERS,
    OCR_REREAD_WORD_PAD_HEIGHTS,
)
from .components import components
from .marks import InkRegion
from .text import OcrWord, PxBox, run_tesseract

REREAD_PSM = 7
"""One text line: the band is cut out to hold exactly one."""
MIN_BAND_WIDTH = 0.8
"""The narrowest band, in line heights: a word of two letters ("Ja", "og";
at 1.5 "Ja" beside a signature was left out, and its "Nei" read alone
answered the question). A lone glyph is one piece, and is no band."""
SEPARATORS = frozenset({"/", "|"})
BLOCK_BASE = 100_000
"""Block numbers of re-read words start here, one block per band, so that
``lines.group_lines`` never joins them with a row Tesseract numbered."""


def typical_height(words: list[OcrWord]) -> float | None:
    """The median height of the page's words of two letters or more: the
    height of a line of its print, or None when too few words are read."""
    heights = [w.box[3] - w.box[1] for w in words if sum(c.isalnum() for c in w.text) >= 2]
    return float(statistics.median(heights)) if len(heights) >= 3 else None


def _covered(shape: tuple[int, int], boxes: list[PxBox], pad: int) -> np.ndarray:
    mask = np.zeros(shape, dtype=bool)
    for x0, y0, x1, y1 in boxes:
        mask[max(0, y0 - pad):max(0, y1 + pad), max(0, x0 - pad):max(0, x1 + pad)] = True
    return mask


def find_bands(
    ink: np.ndarray, words: list[OcrWord], regions: list[InkRegion], height: float
) -> list[PxBox]:
    """Boxes of the bands of uncovered, print-like ink, largest first: the
    ink outside every word box and ink region (both padded), in pieces no
    larger than a letter or a run of bold letters of one line, joined along
    the row across word spaces. A band stands a text line high (not less
    than half of one, not more than one and a half) and is wider than a
    word of two letters; the page's edges (shadows of a copy) are left out."""
    pad = max(2, round(OCR_REREAD_WORD_PAD_HEIGHTS * height))
    covered = _covered(ink.shape, [w.box for w in words] + [r.box for r in regions], pad)
    edge = round(height)
    covered[:edge, :] = covered[-edge:, :] = True
    covered[:, :edge] = covered[:, -edge:] = True
    free = ~covered
    free &= ink
    if free.sum() < height * height * 0.5:
        return []
    lowest, tallest, widest = 0.2 * height, 1.4 * height, 8 * height
    pieces: list[tuple[PxBox, int]] = [
        ((cols.start, rows.start, cols.stop, rows.stop), int(piece.sum()))
        for (rows, cols), piece in components(free, lambda h, w: lowest <= h <= tallest and w <= widest)
    ]
    del free
    gap = max(1, round(0.5 * height))
    bands: list[tuple[int, PxBox]] = []
    for members in _rows(pieces, gap):
        x0, y0 = min(b[0] for b, _ in members), min(b[1] for b, _ in members)
        x1, y1 = max(b[2] for b, _ in members), max(b[3] for b, _ in members)
        if len(members) < 2 or not 0.5 * height <= y1 - y0 <= 1.5 * height or x1 - x0 < MIN_BAND_WIDTH * height:
            continue
        window = (slice(y0, y1), slice(max(0, x0 - gap), x1 + gap))
        if (ink[window] & covered[window]).any():
            continue  # the rest of a line that a word or an ink region holds: a piece, not a line
        bands.append((sum(n for _, n in members), (x0, y0, x1, y1)))
    bands.sort(key=lambda b: -b[0])
    return [box for _, box in bands[:OCR_REREAD_MAX_BANDS]]


def _rows(pieces: list[tuple[PxBox, int]], gap: int) -> list[list[tuple[PxBox, int]]]:
    """Pieces joined left to right into runs along a row: a piece joins a
    run that it overlaps vertically by half the smaller height, within
    ``gap`` of the run's right end (letters and word spaces, not columns)."""
    runs: list[tuple[list[int], list[tuple[PxBox, int]]]] = []  # each run's [right, top, bottom], its pieces
    for piece in sorted(pieces, key=lambda p: p[0][0]):
        x0, y0, x1, y1 = piece[0]
        for extent, members in runs:
            right, top, bottom = extent
            if x0 - right <= gap and min(bottom, y1) - max(top, y0) >= 0.5 * min(bottom - top, y1 - y0):
                members.append(piece)
                extent[:] = [max(right, x1), min(top, y0), max(bottom, y1)]
                break
        else:
            runs.append(([x1, y0, y1], [piece]))
    return [members for _, members in runs]


def _word_like(word: OcrWord) -> bool:
    """Letters or digits, at least ``OCR_REREAD_MIN_LETTERS`` of them, and
    hardly anything else: what print reads as, not what specks do."""
    letters = sum(c.isalnum() for c in word.text)
    return letters >= OCR_REREAD_MIN_LETTERS and letters >= 0.7 * len(word.text)


def _separator(word: OcrWord) -> bool:
    """A slash or bar standing alone between printed options ("Ja / Nei"):
    print, kept with the words of its band (never a band of its own)."""
    return word.text in SEPARATORS


def read_band(
    ocr_input: np.ndarray, ink: np.ndarray, band: PxBox, dpi: float, lang: str, block: int
) -> list[OcrWord]:
    """The words of one band, read as one line on a white canvas that holds
    only the band's ink (what lies around it, a neighbour's word or a rule's
    stub, is painted white), with boxes in the page's pixels. Every word
    must be confident and word-like (or a lone slash between options), or
    none of the band is kept: a band that reads partly as junk is not print."""
    x0, y0, x1, y1 = band
    height = y1 - y0
    margin = max(4, height // 2)
    crop = np.full((height + 2 * margin, x1 - x0 + 2 * margin), 255, dtype=np.uint8)
    inside = ink[y0:y1, x0:x1]
    region = crop[margin:margin + height, margin:margin + x1 - x0]
    region[inside] = ocr_input[y0:y1, x0:x1][inside]
    words = run_tesseract(crop, dpi, lang, psm=REREAD_PSM)
    if not any(_word_like(w) for w in words) or any(
            w.confidence < OCR_REREAD_MIN_CONFIDENCE or not (_word_like(w) or _separator(w)) for w in words):
        return []
    shift_x, shift_y = x0 - margin, y0 - margin
    return [
        OcrWord(
            w.text,
            (w.box[0] + shift_x, w.box[1] + shift_y, w.box[2] + shift_x, w.box[3] + shift_y),
            w.confidence, block, 1, 1,
        )
        for w in words
    ]


def reread_uncovered(
    ocr_input: np.ndarray,
    binary: np.ndarray,
    marks: np.ndarray,
    words: list[OcrWord],
    regions: list[InkRegion],
    dpi: float,
    lang: str,
) -> list[OcrWord]:
    """Words of the printed lines Tesseract's reading of the page left out
    (``find_bands``, ``read_band``); none on a page it read whole."""
    height = typical_height(words)
    if height is None:
        return []
    ink = ~marks
    ink &= binary
    found: list[OcrWord] = []
    for index, band in enumerate(find_bands(ink, words, regions, height)):
        found += read_band(ocr_input, ink, band, dpi, lang, BLOCK_BASE + index)
    return found
