"""Connected pieces of an ink mask, found a band of rows at a time.

A whole-page labelling of a 300 dpi page is a 35 MB array of 32-bit labels,
and two pages are read at once; the mark finders need only each piece's
box and pixels, so the page is labelled in bands and the pieces a band's
edge cuts are joined across it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from scipy import ndimage

BAND_PX = 256
"""Rows (or columns) worked on at a time wherever a page would otherwise be
one array of 4-byte values (labels, floats): 35 MB at 300 dpi, with two
pages read at once; a band's is 2.5 MB."""
EIGHT = np.ones((3, 3), dtype=bool)
"""8-connectivity: diagonal neighbours belong to the same piece."""
FOUR = ndimage.generate_binary_structure(2, 1)
"""4-connectivity: only the neighbours above, below and beside."""
Slices = tuple[slice, slice]


def components(
    mask: np.ndarray,
    wanted: Callable[[int, int], bool] = lambda height, width: True,
    structure: np.ndarray = EIGHT,
) -> Iterator[tuple[Slices, np.ndarray]]:
    """The pieces of a mask (connected as ``structure`` says, a 3 × 3
    symmetric one) whose (height, width) are
    ``wanted``: each as its bounding slices and its own pixels inside them,
    in no set order. Labelled a band of rows at a time, and pieces cut by a
    band's edge joined across it (a union of the labels that touch across
    the cut), so each piece is the one a whole-page labelling finds, while
    the label array is a band's, not a page's (35 MB at 300 dpi)."""
    height = mask.shape[0]
    parent: dict[int, int] = {}
    parts: dict[int, list[tuple[Slices, np.ndarray]]] = {}

    def root(label: int) -> int:
        while parent[label] != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    base, above = 0, None
    for top in range(0, height, BAND_PX):
        labels, count = ndimage.label(mask[top:top + BAND_PX], structure=structure)
        last = top + BAND_PX >= height
        cut = set()
        if top > 0:
            cut.update(np.unique(labels[0]).tolist())
        if not last:
            cut.update(np.unique(labels[-1]).tolist())
        for index, inside in enumerate(ndimage.find_objects(labels), start=1):
            if inside is None:
                continue
            rows = slice(inside[0].start + top, inside[0].stop + top)
            if index in cut:
                parent[base + index] = base + index
                parts[base + index] = [((rows, inside[1]), labels[inside] == index)]
            elif wanted(rows.stop - rows.start, inside[1].stop - inside[1].start):
                yield (rows, inside[1]), labels[inside] == index
        if above is not None:
            below = labels[0]
            for shift in [s for s in (-1, 0, 1) if structure[0, 1 + s]]:
                upper = above[max(0, shift):len(above) + min(0, shift)]
                lower = below[max(0, -shift):len(below) + min(0, -shift)]
                joined = (upper > 0) & (lower > 0)
                for a, b in set(zip(upper[joined].tolist(), lower[joined].tolist())):
                    ra, rb = root(a), root(base + b)
                    if ra != rb:
                        parent[rb] = ra
                        parts[ra] += parts.pop(rb)
        open_roots = set() if last else {root(base + int(i)) for i in np.unique(labels[-1]) if i}
        for key in [k for k in parts if k not in open_roots]:
            piece = _joined(parts.pop(key))
            if wanted(piece[1].shape[0], piece[1].shape[1]):
                yield piece
        above = np.where(labels[-1] > 0, labels[-1] + base, 0)
        base += count


def _joined(parts: list[tuple[Slices, np.ndarray]]) -> tuple[Slices, np.ndarray]:
    """One piece from its parts in several bands."""
    top = min(s[0].start for s, _ in parts)
    bottom = max(s[0].stop for s, _ in parts)
    left = min(s[1].start for s, _ in parts)
    right = max(s[1].stop for s, _ in parts)
    joined = np.zeros((bottom - top, right - left), dtype=bool)
    for (rows, cols), pixels in parts:
        joined[rows.start - top:rows.stop - top, cols.start - left:cols.stop - left] |= pixels
    return (slice(top, bottom), slice(left, right)), joined


def first_pixel(piece: tuple[Slices, np.ndarray]) -> tuple[int, int]:
    """Where a piece starts in reading order of the pixels (its top row,
    leftmost ink there): sorting by it gives the order of a whole-page
    labelling, for callers whose results depend on it."""
    slices, component = piece
    return slices[0].start, slices[1].start + int(np.argmax(component[0]))
