"""Marks on scanned pages that OCR does not read: check boxes and ink.

Check boxes: a printed box is a small hollow square, so it is found as a
connected ink component of check-box size whose four sides and four corners
are inked (a letter O has no corners, an H no top) and drawn with a thin
line (the serifs of a bold H close its top; its stems are thick). Ticked or not is the
share of ink inside the box, away from its frame (peers.md, pdfplumber #13).
The boxes are erased before OCR so that Tesseract does not read them as
"O", "[]" or "X" and count them twice.

Ink: handwriting OCRs as nothing or as low-confidence junk. What is left of
the page's ink after removing ruling lines, check boxes and confidently read
words, and that is made of long, thin, curving strokes, is reported as an
ink region for the signature detector. A logo (filled, thick) or a printed
line (straight) is not.

Sizes are pixels at 300 dpi, multiplied by ``scale = dpi / 300``.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ...layout.settings import (
    OCR_BOX_FRAME_MAX_RATIO,
    OCR_CHECKBOX_MAX_PX300,
    OCR_CHECKBOX_MIN_PX300,
    OCR_CONFIDENT_WORD,
    OCR_INK_EDGE_PX300,
    OCR_INK_MIN_WORD_HEIGHTS,
    OCR_INK_PIECE_MIN_PX300,
    OCR_STROKE_MAX_WIDTH_PX300,
    OCR_STROKE_MIN_PX300,
    OCR_TICKED_INK_RATIO,
)
from . import ticked
from .components import EIGHT, Slices, components, first_pixel
from .image import ink_area
from .text import OcrLine, OcrWord, PxBox


@dataclass
class PixelBox:
    box: PxBox
    checked: bool
    ink_share: float
    confidence: float
    spill: Piece | None = None
    """The ink of a tick that runs out of the box (``ticked``), with the
    box: erased before OCR with it, so that it is not read as a letter."""


@dataclass
class InkRegion:
    box: PxBox
    ink_ratio: float


def _sides_inked(component: np.ndarray) -> bool:
    """All four sides of the bounding box mostly inked, and all four corners:
    the outline of a square."""
    height, width = component.shape
    band = max(2, round(min(height, width) * 0.15))
    sides = (
        component[:band, :].any(axis=0).mean(),
        component[-band:, :].any(axis=0).mean(),
        component[:, :band].any(axis=1).mean(),
        component[:, -band:].any(axis=1).mean(),
    )
    if min(sides) < 0.85:
        return False
    corners = (
        component[:band, :band], component[:band, -band:],
        component[-band:, :band], component[-band:, -band:],
    )
    return all(c.mean() >= 0.2 for c in corners)


def _edge_run(lines: np.ndarray) -> float:
    """The lower quartile of the lengths of the first ink run along each row
    of ``lines``: the frame's width where no tick touches it (a bold X
    runs into the frame along half the rows)."""
    runs = []
    for line in lines:
        inked = np.flatnonzero(line)
        if inked.size == 0:
            continue
        gaps = np.flatnonzero(~line[inked[0]:])
        runs.append(int(gaps[0]) if gaps.size else line.size - int(inked[0]))
    return float(np.percentile(runs, 25)) if runs else 0.0


def _thin_frame(component: np.ndarray) -> bool:
    """The outline is a thin line on all four sides (or the box is filled
    solid): not the thick stems and serifs of a bold capital."""
    if component.mean() >= 0.9:
        return True
    height, width = component.shape
    limit = max(3.0, OCR_BOX_FRAME_MAX_RATIO * min(height, width))
    sides = (component, component[:, ::-1], component.T, component.T[:, ::-1])
    return all(_edge_run(side) <= limit for side in sides)


Piece = tuple[Slices, np.ndarray]


def _box_sized(scale: float) -> Callable[[int, int], bool]:
    low, high = OCR_CHECKBOX_MIN_PX300 * scale, OCR_CHECKBOX_MAX_PX300 * scale
    return lambda height, width: low <= width <= high and low <= height <= high and 0.75 <= width / height <= 1.33


def _stroke_sized(scale: float) -> Callable[[int, int], bool]:
    smallest = OCR_INK_PIECE_MIN_PX300 * scale
    return lambda height, width: max(width, height) >= smallest


def ink_pieces(binary: np.ndarray, exclude: np.ndarray, scale: float = 1.0) -> list[Piece]:
    """The pieces of the page's ink (``binary`` less ``exclude``) that are
    large enough to be a check box or part of a pen stroke: the page is
    labelled once for both searches."""
    box_sized, stroke_sized = _box_sized(scale), _stroke_sized(scale)
    return list(components(binary & ~exclude, lambda h, w: box_sized(h, w) or stroke_sized(h, w)))


def find_check_boxes(
    binary: np.ndarray, exclude: np.ndarray, scale: float = 1.0, pieces: list[Piece] | None = None
) -> list[PixelBox]:
    """Printed check boxes on the page, ticked or not. ``exclude`` masks
    pixels that are already known to be something else (ruling lines);
    ``pieces`` are ``ink_pieces`` of the same, when already found."""
    ink = binary & ~exclude
    box_sized = _box_sized(scale)
    if pieces is None:
        largest, smallest = OCR_CHECKBOX_MAX_PX300 * scale, OCR_CHECKBOX_MIN_PX300 * scale
        pieces = list(components(ink, lambda h, w: box_sized(h, w) or ticked.may_hold_box(h, w, largest, smallest)))
    boxes: list[PixelBox] = []
    found = ticked.candidates(pieces, box_sized, _is_frame, scale, ink)
    for slices, component, spill in sorted(found, key=lambda c: first_pixel(c[:2])):
        height, width = component.shape
        margin = max(3, round(min(width, height) * 0.22))
        inner = ink[slices][margin:height - margin, margin:width - margin]
        if inner.size == 0:
            continue
        share = float(inner.mean())
        checked = share >= OCR_TICKED_INK_RATIO
        certainty = min(1.0, abs(share - OCR_TICKED_INK_RATIO) / OCR_TICKED_INK_RATIO)
        box = (slices[1].start, slices[0].start, slices[1].stop, slices[0].stop)
        boxes.append(PixelBox(box, checked, share, round(0.5 + 0.5 * certainty, 3), spill if checked else None))
    return boxes


def _is_frame(component: np.ndarray) -> bool:
    return _sides_inked(component) and _thin_frame(component)


def stroke_pieces(pieces: list[Piece], boxes: np.ndarray, scale: float = 1.0) -> list[Piece]:
    """The ink pieces that may be pen strokes, with the check boxes'
    pixels (``boxes``) taken out: what labelling the ink without the boxes
    would give, since taking pixels out only splits pieces. Filled shapes
    (more than half their box inked) are no strokes."""
    stroke_sized = _stroke_sized(scale)
    strokes: list[Piece] = []
    for slices, component in pieces:
        if not stroke_sized(*component.shape):
            continue
        covered = boxes[slices] & component
        if covered.any():
            offset = (slices[0].start, slices[1].start)
            split = [
                ((slice(r.start + offset[0], r.stop + offset[0]), slice(c.start + offset[1], c.stop + offset[1])), part)
                for (r, c), part in components(component & ~covered, stroke_sized)
            ]
        else:
            split = [(slices, component)]
        strokes += [(s, part) for s, part in split if part.sum() / part.size <= 0.5]
    return strokes


def box_mask(shape: tuple[int, int], boxes: list[PxBox], pad: int = 0) -> np.ndarray:
    """A mask with the given boxes (grown by ``pad``) set."""
    mask = np.zeros(shape, dtype=bool)
    for x0, y0, x1, y1 in boxes:
        mask[max(0, y0 - pad):max(0, y1 + pad), max(0, x0 - pad):max(0, x1 + pad)] = True
    return mask


def _row_words(words: list[OcrWord], box: PxBox) -> list[OcrWord]:
    """Words whose vertical centre lies in the box's row band."""
    height = box[3] - box[1]
    top, bottom = box[1] - 0.5 * height, box[3] + 0.5 * height
    return [w for w in words if top <= (w.box[1] + w.box[3]) / 2 <= bottom]


def _chain(words: list[OcrWord], start_x: float, limit_x: float, first_gap: float) -> list[OcrWord]:
    """Words left to right from ``start_x``, as long as they follow one
    another closely and stay left of ``limit_x``."""
    chain: list[OcrWord] = []
    edge = start_x
    for word in sorted(words, key=lambda w: w.box[0]):
        if word.box[0] < start_x - 2 or (word.box[0] + word.box[2]) / 2 >= limit_x:
            continue
        height = word.box[3] - word.box[1]
        allowed = first_gap if not chain else 2.5 * max(height, 10)
        if word.box[0] - edge > allowed:
            break
        chain.append(word)
        edge = word.box[2]
    return chain


def _clean_label(text: str) -> str | None:
    return text.strip(" \t:;,|?") or None


def _box_rows(boxes: list[PxBox]) -> list[list[int]]:
    """Indices of the boxes grouped into rows (vertical centres close),
    each row left to right, rows top to bottom."""
    order = sorted(range(len(boxes)), key=lambda i: ((boxes[i][1] + boxes[i][3]) / 2, boxes[i][0]))
    rows: list[list[int]] = []
    for i in order:
        box = boxes[i]
        centre = (box[1] + box[3]) / 2
        if rows:
            first = boxes[rows[-1][0]]
            if abs(centre - (first[1] + first[3]) / 2) <= max(box[3] - box[1], 10) * 0.6:
                rows[-1].append(i)
                continue
        rows.append([i])
    return [sorted(row, key=lambda i: boxes[i][0]) for row in rows]


def find_questions(boxes: list[PxBox], words: list[OcrWord], lines: list[OcrLine]) -> list[str | None]:
    """The question each box answers, aligned with ``boxes``: the words left
    of the first box on its row ("Interessert i nettverk? ☐ Ja ☒ Nei"), else
    the nearest line above that is neither a row of boxes nor a wrapped
    label (a list of boxes under its question)."""
    rows = _box_rows(boxes)
    spans = [(min(boxes[i][1] for i in row), max(boxes[i][3] for i in row)) for row in rows]
    questions: list[str | None] = [None] * len(boxes)
    for row in rows:
        first = boxes[row[0]]
        left = [w for w in _row_words(words, first) if w.box[2] <= first[0] + 2]
        question = _clean_label(" ".join(w.text for w in sorted(left, key=lambda w: w.box[0])))
        if question is None:
            question = _question_above(first, lines, spans)
        for i in row:
            questions[i] = question
    return questions


def label_boxes(
    boxes: list[PixelBox], words: list[OcrWord], lines: list[OcrLine]
) -> list[tuple[PixelBox, str | None, str | None]]:
    """Each box with its label (the words right of it on its row, up to the
    next box) and its question (``find_questions``)."""
    plain = [b.box for b in boxes]
    questions = find_questions(plain, words, lines)
    result: list[tuple[PixelBox, str | None, str | None]] = []
    for row in _box_rows(plain):
        for position, i in enumerate(row):
            box = boxes[i]
            limit = boxes[row[position + 1]].box[0] if position + 1 < len(row) else float("inf")
            width = box.box[2] - box.box[0]
            label_words = _chain(_row_words(words, box.box), box.box[2], limit, first_gap=3 * width)
            result.append((box, _clean_label(" ".join(w.text for w in label_words)), questions[i]))
    return result


def _question_above(box: PxBox, lines: list[OcrLine], box_rows: list[tuple[int, int]]) -> str | None:
    """Walk up from a box through the rows of boxes above it and their
    wrapped labels to the first line that is neither: the question. A
    wrapped label starts right of the box's left edge (under its label, or
    under the box when the label wraps to the cell's edge) and hangs just
    below a row of boxes."""
    top = box[1]
    for line in sorted(lines, key=lambda l: -l.box[3]):
        x0, y0, _, y1 = line.box
        if y1 > top + 2:
            continue
        height = max(y1 - y0, 10)
        if top - y1 > 3 * height:
            return None
        in_box_row = any(y0 < row_bottom and y1 > row_top for row_top, row_bottom in box_rows)
        hangs_below_boxes = any(0 <= y0 - row_bottom <= 1.5 * height for _, row_bottom in box_rows)
        wrapped_label = x0 >= box[2] - 2 or (x0 >= box[0] - 4 and hangs_below_boxes)
        if in_box_row or wrapped_label:
            top = min(top, y0)
            continue
        return _clean_label(line.text)
    return None


def _confident_word_mask(shape: tuple[int, int], words: list[OcrWord]) -> np.ndarray:
    """Boxes of words read with decent confidence and of ordinary text
    height: these are printed text, not handwriting."""
    heights = [w.box[3] - w.box[1] for w in words if w.confidence >= OCR_CONFIDENT_WORD]
    typical = statistics.median(heights) if heights else 40
    printed = [
        w.box for w in words
        if w.confidence >= OCR_CONFIDENT_WORD
        and sum(c.isalnum() for c in w.text) >= 2
        and (w.box[3] - w.box[1]) <= 1.6 * typical
    ]
    return box_mask(shape, printed, pad=2)


def find_ink(
    binary: np.ndarray, exclude: np.ndarray, words: list[OcrWord], strokes: list[Piece], scale: float = 1.0
) -> list[InkRegion]:
    """Regions of handwriting not explained by printed text, ruling lines or
    check boxes (``exclude``); ``strokes`` are the ``stroke_pieces`` of the
    ink outside ``exclude``.

    Every ink piece that no confident printed word covers and that is drawn
    with a pen (thin, not filled) is a candidate; nearby candidates are
    grouped, because a signature often falls apart into letter-sized pieces.
    A group is ink only when it holds at least one long stroke (printed
    letters are never 0.3 inch long, a signature nearly always has one) and
    stands taller than a line of print: on a blurred copy a bold printed
    word melts into one long blob, but it stays one text line high."""
    printed = _confident_word_mask(binary.shape, words)
    heights = [w.box[3] - w.box[1] for w in words if sum(c.isalnum() for c in w.text) >= 2]
    min_height = max(20 * scale, OCR_INK_MIN_WORD_HEIGHTS * (statistics.median(heights) if heights else 0))
    long_px, thin_px = OCR_STROKE_MIN_PX300 * scale, max(2, round(OCR_STROKE_MAX_WIDTH_PX300 * scale / 2))
    pieces = np.zeros_like(binary)
    long_strokes = np.zeros_like(binary)
    for slices, component in strokes:
        height, width = component.shape
        count = int(component.sum())
        if printed[slices][component].mean() >= 0.6:
            continue
        # A pen stroke vanishes when eroded by half its width; a filled shape does not.
        if ndimage.binary_erosion(component, iterations=thin_px).sum() > 0.15 * count:
            continue
        pieces[slices] |= component
        if max(width, height) >= long_px and min(width, height) >= 15 * scale:
            long_strokes[slices] |= component
    del printed  # a page's worth, not needed for the grouping
    if not long_strokes.any():
        return []
    reach = max(3, round(25 * scale))
    # Grouping grows the pieces by ``reach``: only their window is labelled.
    window = ink_area(pieces, pad=reach + 1)
    if window is None:
        return []
    grouped, _ = ndimage.label(ndimage.binary_dilation(pieces[window], iterations=reach), structure=EIGHT)
    regions: list[InkRegion] = []
    for index, inside in enumerate(ndimage.find_objects(grouped), start=1):
        if inside is None:
            continue
        slices = (
            slice(inside[0].start + window[0].start, inside[0].stop + window[0].start),
            slice(inside[1].start + window[1].start, inside[1].stop + window[1].start),
        )
        group = grouped[inside] == index
        if not (long_strokes[slices] & group).any():
            continue
        members = pieces[slices] & group
        rows = np.flatnonzero(members.any(axis=1))
        cols = np.flatnonzero(members.any(axis=0))
        y0, y1 = slices[0].start + int(rows[0]), slices[0].start + int(rows[-1]) + 1
        x0, x1 = slices[1].start + int(cols[0]), slices[1].start + int(cols[-1]) + 1
        if x1 - x0 < long_px or y1 - y0 < min_height or y1 - y0 > 600 * scale:
            continue
        edge = OCR_INK_EDGE_PX300 * scale
        if x0 < edge or y0 < edge or x1 > binary.shape[1] - edge or y1 > binary.shape[0] - edge:
            continue  # the shadow of the page edge or of a photographed page's corner
        ratio = float((binary[y0:y1, x0:x1] & ~exclude[y0:y1, x0:x1]).mean())
        regions.append(InkRegion((x0, y0, x1, y1), round(ratio, 4)))
    return regions
