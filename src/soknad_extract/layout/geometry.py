"""Box arithmetic shared by readers and extractors, so that "overlap" or
"inside" means the same thing everywhere.

A box is ``(x0, top, x1, bottom)`` with the origin at the top left: PDF
points in the layout model (``BBox``), or pixels inside the OCR reader
(whole numbers; every helper here keeps the type it is given).
"""

from __future__ import annotations

from collections.abc import Iterable

from soknad_extract.layout.model import BBox
from soknad_extract.layout.settings import LINE_OVERLAP


def union(boxes: Iterable[BBox]) -> BBox:
    """The smallest box around all of ``boxes`` (at least one)."""
    x0s, tops, x1s, bottoms = zip(*boxes)
    return (min(x0s), min(tops), max(x1s), max(bottoms))


def area(box: BBox | None) -> float:
    """The box's area; 0 for None or a box turned inside out."""
    if box is None:
        return 0.0
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def x_overlap(a: BBox, b: BBox) -> float:
    """How far the two boxes overlap across the page (negative: the gap
    between them)."""
    return min(a[2], b[2]) - max(a[0], b[0])


def extents_overlap(a: tuple[float, float], b: tuple[float, float], share: float) -> bool:
    """Two vertical extents (top, bottom) overlap by at least ``share`` of the
    shorter one's height (one unit at least, for one with no height: a point,
    or a pixel on a scan's pixel boxes): the one row test, each caller with its
    share (``settings.LINE_OVERLAP`` for a text line, ``settings.ROW_OVERLAP``
    for signature blocks side by side, ``settings.OCR_ROW_OVERLAP_RATIO`` for
    OCR lines in reading order)."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap >= share * max(min(a[1] - a[0], b[1] - b[0]), 1.0)


def on_one_row(a: BBox, b: BBox, share: float) -> bool:
    """The two boxes' heights overlap by at least ``share`` of the shorter one's."""
    return extents_overlap((a[1], a[3]), (b[1], b[3]), share)


def on_one_line(a: BBox, b: BBox) -> bool:
    """The two boxes stand on one text line: their heights overlap by at
    least half the shorter one's (a point at least, for a box with no height)."""
    return on_one_row(a, b, LINE_OVERLAP)


def intersection(a: BBox, b: BBox) -> float:
    """The area the two boxes share."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(0, width) * max(0, height)


def overlap_share(inner: BBox, outer: BBox) -> float:
    """Share of ``inner``'s area that lies inside ``outer`` (0 for an empty ``inner``)."""
    size = area(inner)
    return intersection(inner, outer) / size if size > 0 else 0.0


def iou(a: BBox, b: BBox) -> float:
    """Intersection over union: 1 for the same box, 0 for boxes apart."""
    shared = intersection(a, b)
    if shared <= 0:
        return 0.0
    total = area(a) + area(b) - shared
    return shared / total if total > 0 else 0.0


def inside(inner: BBox, outer: BBox, pad: float = 0.0) -> bool:
    """``inner`` lies within ``outer`` grown by ``pad`` on every side."""
    return (
        inner[0] >= outer[0] - pad
        and inner[1] >= outer[1] - pad
        and inner[2] <= outer[2] + pad
        and inner[3] <= outer[3] + pad
    )


def centre_in(obj: BBox, box: BBox, pad: float = 0.0) -> bool:
    """The centre of ``obj`` lies within ``box`` grown by ``pad``."""
    cx, cy = (obj[0] + obj[2]) / 2, (obj[1] + obj[3]) / 2
    return box[0] - pad <= cx <= box[2] + pad and box[1] - pad <= cy <= box[3] + pad
