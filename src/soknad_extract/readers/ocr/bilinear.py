"""Pillow's bilinear enlargement of a float ("F") image, a band of rows at a
time, with the same values bit for bit.

``ocr_image.clean`` divides the page by its paper's brightness, estimated on
a copy an eighth of the size and enlarged back bilinearly. Enlarged whole,
that estimate is a float32 page (35 MB at 300 dpi) held beside the page and
its cleaned copy; here only a band of it exists at a time.

Pillow resizes in two passes, each row first (into a float32 image of the
small height), then each column, every output value a sum in double of the
input values times weights from ``precompute_coeffs`` (Resample.c), cast to
float32. The first pass is Pillow's own (a resize to the full width and the
small height does only that pass). The second is done here with Pillow's
weights, computed in the same double arithmetic, and the sum taken in the
same order; tests compare the result with Pillow's on many sizes.
"""

from __future__ import annotations

import numpy as np
from PIL import Image


def taps(in_size: int, out_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Per output row: the first input row it reads and its weights (as many
    as Pillow's kernel has, zero past the rows it uses), as
    ``precompute_coeffs`` gives them for the bilinear filter."""
    scale = in_size / out_size
    filterscale = max(scale, 1.0)
    support = filterscale  # the bilinear filter's support is 1
    size = int(np.ceil(support)) * 2 + 1
    center = (np.arange(out_size, dtype=np.float64) + 0.5) * scale
    first = np.maximum(np.trunc(center - support + 0.5).astype(np.int64), 0)
    count = np.minimum(np.trunc(center + support + 0.5).astype(np.int64), in_size) - first
    offsets = np.arange(size)
    distance = np.abs(((offsets[None, :] + first[:, None]).astype(np.float64) - center[:, None] + 0.5) * (1.0 / filterscale))
    weights = np.where(distance < 1.0, 1.0 - distance, 0.0)
    weights[offsets[None, :] >= count[:, None]] = 0.0
    total = np.zeros(out_size)
    for column in weights.T:  # summed in Pillow's order
        total = total + column
    safe = np.where(total == 0.0, 1.0, total)
    return first, np.where(total[:, None] != 0.0, weights / safe[:, None], weights)


class Enlarged:
    """A float32 image enlarged to ``size`` (width, height) with Pillow's
    bilinear filter, whose rows are made on request (``rows``)."""

    def __init__(self, small: np.ndarray, size: tuple[int, int]) -> None:
        width, height = size
        self._across = np.asarray(Image.fromarray(small).resize((width, small.shape[0]), Image.Resampling.BILINEAR))
        self._first, self._weights = taps(small.shape[0], height)

    def rows(self, top: int, stop: int) -> np.ndarray:
        """Rows ``top`` to ``stop`` of the enlarged image (float32), as
        ``Image.resize`` gives them."""
        first, weights = self._first[top:stop], self._weights[top:stop]
        last = self._across.shape[0] - 1
        total: np.ndarray | None = None
        for i in range(weights.shape[1]):
            if not weights[:, i].any():
                continue  # adds +0.0 to every sum of non-negative terms: nothing
            part = self._across[np.minimum(first + i, last)] * weights[:, i, None]
            total = part if total is None else np.add(total, part, out=total)
        if total is None:
            return np.zeros((len(first), self._across.shape[1]), dtype=np.float32)
        return total.astype(np.float32)
