"""A page-sized mask kept at a bit a pixel while it waits.

A prepared page (``page._Prepared``) holds the ink mask and the mask of what
was erased (ruling lines, boxes, leaders) while Tesseract reads the page,
about half of a page's time, and uses them only after. As bools they are a
byte a pixel (8.7 MB each for A4 at 300 dpi); packed, an eighth of that.
Packing takes ~1 ms and unpacking ~1 ms a page, and gives the same mask back.
"""

from __future__ import annotations

import numpy as np


class PackedMask:
    """A 2-D bool mask stored as bits (``np.packbits``)."""

    __slots__ = ("_bits", "shape")

    def __init__(self, mask: np.ndarray) -> None:
        self.shape: tuple[int, int] = mask.shape
        self._bits = np.packbits(mask.astype(bool, copy=False), axis=None)

    def unpacked(self) -> np.ndarray:
        """The mask again: a new bool array of ``shape``."""
        return np.unpackbits(self._bits, count=self.shape[0] * self.shape[1]).view(bool).reshape(self.shape)
