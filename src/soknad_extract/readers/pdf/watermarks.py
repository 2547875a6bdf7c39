"""Diagonal watermarks and stamps printed across a PDF page.

A "KOPI", "UTKAST" or "Gjenpart" set large and at a slant over the page is
no part of the text under it: its glyphs' boxes are a hand's breadth tall,
so a line building its rows from them would join the lines it crosses
(a budget's labels and their amounts) or split them. Such characters are
told by two things together: their text matrix turns them well off the
page's axes, and they are much larger than the page's own text.
"""

from __future__ import annotations

import math
import statistics
from typing import Any

from ...layout.settings import PDF_WATERMARK_MIN_DEGREES, PDF_WATERMARK_SIZE_RATIO

__all__ = ["without_watermarks"]


def without_watermarks(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's characters less those of a diagonal watermark: turned at
    least ``PDF_WATERMARK_MIN_DEGREES`` off every quarter turn and at least
    ``PDF_WATERMARK_SIZE_RATIO`` times the median size of the page's other
    characters. A page of nothing else keeps them: then they are its text."""
    diagonal = [c for c in chars if not c["upright"] and _is_diagonal(c["matrix"])]
    if not diagonal:
        return chars
    rest = [c["size"] for c in chars if c["upright"] or not _is_diagonal(c["matrix"])]
    if not rest:
        return chars
    floor = PDF_WATERMARK_SIZE_RATIO * statistics.median(rest)
    dropped = {id(c) for c in diagonal if c["size"] >= floor}
    return [c for c in chars if id(c) not in dropped] if dropped else chars


def _is_diagonal(matrix: tuple[float, ...]) -> bool:
    """A text matrix whose baseline runs at a slant, not along an axis."""
    a, b = matrix[0], matrix[1]
    if a == 0 and b == 0:
        return False
    off = math.degrees(math.atan2(b, a)) % 90.0
    return min(off, 90.0 - off) >= PDF_WATERMARK_MIN_DEGREES
