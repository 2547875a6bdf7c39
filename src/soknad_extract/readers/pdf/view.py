"""A PDF page's coordinates as the page is shown, its /Rotate applied.

pdfium gives characters, paths and images in the page's own (unrotated)
space; pdfminer, and so pdfplumber, the record's boxes, the page size and
the evidence pictures, use the page as shown: a page with /Rotate 90 is
drawn turned a quarter clockwise. ``View`` turns the reader's unrotated
top-left coordinates into the shown ones, the way pdfminer's page matrix
does, so that a turned page reads as it did with pdfplumber.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Point = tuple[float, float]

_PAGE_MATRIX = {90: (0.0, -1.0, 1.0, 0.0), 180: (-1.0, 0.0, 0.0, -1.0), 270: (0.0, 1.0, -1.0, 0.0)}
"""pdfminer's page matrix (a, b, c, d) per rotation: a character is
upright as shown when its own matrix times this one is."""


@dataclass(frozen=True)
class View:
    """``rotation`` (0, 90, 180, 270) of a page ``width`` × ``height`` points
    unrotated (its media box)."""

    rotation: int
    width: float
    height: float

    def point(self, x: float, top: float) -> Point:
        """An unrotated point (from the media box's top-left) as shown."""
        if self.rotation == 90:
            return (self.height - top, x)
        if self.rotation == 180:
            return (self.width - x, self.height - top)
        if self.rotation == 270:
            return (top, self.width - x)
        return (x, top)

    def box(self, x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
        (ax, at), (bx, bt) = self.point(x0, top), self.point(x1, bottom)
        return (min(ax, bx), min(at, bt), max(ax, bx), max(at, bt))

    @property
    def shown_width(self) -> float:
        return self.height if self.rotation in (90, 270) else self.width

    @property
    def shown_height(self) -> float:
        return self.width if self.rotation in (90, 270) else self.height

    def turn(self, objects: list[dict[str, Any]]) -> None:
        """pdfplumber-shaped objects (characters, paths, images) turned as
        shown, in place: their box, points, path and, for characters,
        whether they stand upright."""
        if not self.rotation:
            return
        for obj in objects:
            obj["x0"], obj["top"], obj["x1"], obj["bottom"] = self.box(obj["x0"], obj["top"], obj["x1"], obj["bottom"])
            if "y0" in obj:
                obj["y0"], obj["y1"] = self.shown_height - obj["bottom"], self.shown_height - obj["top"]
                obj["doctop"] = obj["top"]
                obj["width"], obj["height"] = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
            if "pts" in obj:
                obj["pts"] = [self.point(*p) for p in obj["pts"]]
                obj["path"] = [(op[0], *(self.point(*p) for p in op[1:])) for op in obj["path"]]
            if "matrix" in obj:
                a, b, c, d = obj["matrix"][:4]
                pa, pb, pc, pd = _PAGE_MATRIX[self.rotation]
                ma, mb, mc, md = a * pa + b * pc, a * pb + b * pd, c * pa + d * pc, c * pb + d * pd
                obj["upright"] = mb == 0 and mc == 0 and ma * md > 0
