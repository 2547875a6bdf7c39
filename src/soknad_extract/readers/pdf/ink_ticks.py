"""Ticks drawn by hand over the empty boxes of a typed form.

An office prints the typed form, ticks its boxes with a pen and sends a PDF
made from the form with the ticks laid over it: each tick a small picture
(a scanned stroke, a stamp of a pen tool) placed on an empty printed box,
while the page's text stays the form's. The box's drawing holds no mark; the
picture on it is the mark. A picture counts when it is about the box's size
(a tick overshoots its box, a logo or a signature is far larger) and its
centre lies inside the box."""

from __future__ import annotations

from typing import Any

from ...layout import BBox

_MIN_SIZE = 0.5
"""Smallest picture, in box sizes, that is a tick rather than a speck."""
_MAX_SIZE = 3.0
"""Largest picture, in box sizes: a tick overshoots its box, no more."""


def inked(box: BBox, images: list[dict[str, Any]]) -> bool:
    """A small picture centred on ``box`` (``images``: the page's image
    objects, ``pdfium_objects``)."""
    size = max(box[2] - box[0], box[3] - box[1])
    for raw in images:
        x0, top, x1, bottom = raw["x0"], raw["top"], raw["x1"], raw["bottom"]
        side = max(x1 - x0, bottom - top)
        if not _MIN_SIZE * size <= side <= _MAX_SIZE * size:
            continue
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
            return True
    return False
