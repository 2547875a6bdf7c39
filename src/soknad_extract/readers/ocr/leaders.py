"""Dot leaders and dashed fill-in lines on a scanned form.

A printed form asks "Nav-kontor ........" and the office types its answer
on the dots. Left in what Tesseract reads, the row of dots under a typed
value is read as text ("cccceeesss…") or makes Tesseract drop the value
above it as noise; solid fill-in lines are ruling lines (``ocr_tables``)
and erased, dots are too small and too many separate pieces for that.

A leader is a row of small pieces of ink of one size on one level, evenly
spaced: many of them (``OCR_LEADER_MIN_DOTS``), each no larger than a
full stop or a short dash, each the same step from the next (a dot lost to
the scan, or merged into a letter's descender, leaves a gap of a whole
number of steps). Print never makes that: full stops, i-dots and accents
stand one or two in a row and unevenly; speckle lies anywhere. The pieces
found are erased from what Tesseract reads, nothing else is: a dot joined
to a letter stays with the letter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...layout.settings import (
    OCR_LEADER_DASH_MAX_PX300,
    OCR_LEADER_DOT_MAX_PX300,
    OCR_LEADER_MAX_STEP_PX300,
    OCR_LEADER_MIN_DOTS,
    OCR_LEADER_REGULAR_SHARE,
)
from .components import components


@dataclass
class _Dot:
    rows: slice
    cols: slice
    pixels: np.ndarray

    @property
    def middle(self) -> tuple[float, float]:
        return (self.rows.start + self.rows.stop) / 2, (self.cols.start + self.cols.stop) / 2


def leader_mask(binary: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """The pixels of the page's dot leaders and dashed lines (``binary`` is
    the ink): a mask of the page's shape."""
    tallest, widest = OCR_LEADER_DOT_MAX_PX300 * scale, OCR_LEADER_DASH_MAX_PX300 * scale
    dots = [
        _Dot(slices[0], slices[1], pixels)
        for slices, pixels in components(binary, lambda h, w: h <= tallest and w <= widest)
        if pixels.sum() >= 2
    ]
    mask = np.zeros(binary.shape, dtype=bool)
    for chain in _chains(dots, OCR_LEADER_MAX_STEP_PX300 * scale, max(2.0, tallest / 2)):
        if _is_leader(chain):
            for dot in chain:
                mask[dot.rows, dot.cols] |= dot.pixels
    return mask


def _chains(dots: list[_Dot], step: float, level: float) -> list[list[_Dot]]:
    """The dots joined left to right into chains: each dot goes on the
    chain whose last dot is nearest before it on the same level (within
    ``level`` pixels up or down, at most ``step`` to the left). Open chains
    are kept by the level of their last dot, so a page of speckle costs a
    look at a few neighbours a dot, not at every open chain."""
    by_level: dict[int, list[list[_Dot]]] = {}
    done: list[list[_Dot]] = []
    for dot in sorted(dots, key=lambda d: d.cols.start):
        y, x = dot.middle
        here = int(y // level)
        near = []
        for key in (here - 1, here, here + 1):
            chains = by_level.get(key, [])
            keep = []
            for chain in chains:
                if x - chain[-1].middle[1] > step:
                    done.append(chain)
                else:
                    keep.append(chain)
                    if abs(chain[-1].middle[0] - y) <= level:
                        near.append((key, chain))
            by_level[key] = keep
        if near:
            key, chain = min(near, key=lambda kc: x - kc[1][-1].middle[1])
            by_level[key].remove(chain)
            chain.append(dot)
        else:
            chain = [dot]
        by_level.setdefault(here, []).append(chain)
    done += [chain for chains in by_level.values() for chain in chains]
    return [c for c in done if len(c) >= OCR_LEADER_MIN_DOTS]


def _is_leader(chain: list[_Dot]) -> bool:
    """Evenly spaced dots of one size: the steps between neighbours are a
    whole number of the usual step (one or two, a dot missing), and the
    pieces are as high and as wide as the usual piece, give or take half."""
    steps = np.diff([dot.middle[1] for dot in chain])
    usual = float(np.median(steps))
    if usual <= 0:
        return False
    ratio = steps / usual
    even = np.abs(ratio - np.round(ratio)) <= 0.25
    regular = even & (np.round(ratio) >= 1) & (np.round(ratio) <= 3)
    heights = np.array([d.rows.stop - d.rows.start for d in chain], dtype=float)
    widths = np.array([d.cols.stop - d.cols.start for d in chain], dtype=float)
    alike = (np.abs(heights - np.median(heights)) <= max(2.0, np.median(heights) / 2)) & (
        np.abs(widths - np.median(widths)) <= max(2.0, np.median(widths) / 2)
    )
    return regular.mean() >= OCR_LEADER_REGULAR_SHARE and alike.mean() >= OCR_LEADER_REGULAR_SHARE
