"""The gap between labels and answers that runs down a boxed form.

A form drawn as a stack of boxes, one question per box, often has no rule
between the question and its answer, or one so faint that a photo or a
poor scan loses it: the ruling then makes a one-column table whose every
cell holds a label on the left and the answer further right. What still
shows the column is the text itself: the answers start right of a wide
strip that no word of any row enters, while the words inside a line are
never that far apart. ``tables.split_undrawn_column`` draws the column
rule there again.

Positions are pixels; the sizes are measured in the rows' own text height,
so they hold at every resolution.
"""

from __future__ import annotations

import numpy as np

from ...layout.settings import OCR_GAP_MIN_HEIGHTS, OCR_GAP_SPLIT_MIN_ROWS, OCR_GAP_SPLIT_MIN_SHARE
from .text import PxBox


def shared_gap(rows: list[list[PxBox]], left: int, right: int) -> float | None:
    """The x of the middle of a strip between ``left`` and ``right`` that
    splits rows into words left and right of it with none across, or None.
    The strip is ``OCR_GAP_MIN_HEIGHTS`` word heights wide and splits enough
    rows (``OCR_GAP_SPLIT_MIN_ROWS``, ``OCR_GAP_SPLIT_MIN_SHARE``); of such strips, the one
    that splits the most rows, so that the rule falls between the longest
    label and the answers rather than through a long label that a shorter
    strip would leave whole. ``rows`` holds the word boxes of each row."""
    filled = [row for row in rows if row]
    heights = [box[3] - box[1] for row in filled for box in row]
    if len(filled) < OCR_GAP_SPLIT_MIN_ROWS or right - left < 3:
        return None
    width = right - left
    splits = np.zeros(width, dtype=np.int32)
    for row in filled:
        covered = np.zeros(width, dtype=bool)
        for box in row:
            covered[max(0, box[0] - left):max(0, box[2] - left)] = True
        inside = np.zeros(width, dtype=bool)
        first = max(0, min(box[2] for box in row) - left)
        last = max(0, max(box[0] for box in row) - left)
        inside[first:last] = True
        splits += inside & ~covered
    need = max(OCR_GAP_SPLIT_MIN_ROWS, int(np.ceil(OCR_GAP_SPLIT_MIN_SHARE * len(filled))))
    wide = OCR_GAP_MIN_HEIGHTS * float(np.median(heights))
    for count in range(int(splits.max()), need - 1, -1):
        strip = widest_run(splits >= count)
        if strip is not None and strip[1] - strip[0] >= wide:
            return left + (strip[0] + strip[1]) / 2
    return None


def widest_run(mask: np.ndarray) -> tuple[int, int] | None:
    """Start and end (exclusive) of the longest run of True, or None."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    if not len(starts):
        return None
    widest = int(np.argmax(ends - starts))
    return int(starts[widest]), int(ends[widest])
