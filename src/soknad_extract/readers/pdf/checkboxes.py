"""Check boxes drawn on the page, without form machinery.

A flattened form keeps its boxes as vector graphics: a small square (a
rectangle, or four lines) and, when ticked, a cross, a tick path, a filled
inner square or a glyph inside it (pdfplumber #13). Boxes typed as text
are ``glyphs``' job.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from ...layout import BBox, FormField
from ...layout.geometry import centre_in, inside, iou
from ...layout.glyphs import TICKED_GLYPHS
from ...layout.settings import PDF_CHECKBOX_MAX_PT, PDF_CHECKBOX_MIN_PT, PDF_DRAWN_CHECKBOX_CONFIDENCE
from .labels import PageLabels
from .text import CellKey

MIN_ASPECT, MAX_ASPECT = 0.8, 1.25
TICK_CHARS = set("xX✓✔✗✘✕✖×●•") | set(TICKED_GLYPHS)
MAX_PAIRS = 4_000_000
"""Pages with more short strokes than this squared (hatching, dashed
grids) are not searched for boxes built from four lines."""


@dataclass
class _Candidate:
    bbox: BBox
    round: bool = False
    source: Any = None


def _box_sized(x0: float, top: float, x1: float, bottom: float) -> bool:
    w, h = x1 - x0, bottom - top
    return PDF_CHECKBOX_MIN_PT <= w <= PDF_CHECKBOX_MAX_PT and PDF_CHECKBOX_MIN_PT <= h <= PDF_CHECKBOX_MAX_PT and MIN_ASPECT <= w / h <= MAX_ASPECT


def _bbox(obj: dict[str, Any]) -> BBox:
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


def _dark(color: Any) -> bool:
    """Colour darker than mid grey (grey, RGB or CMYK tuples)."""
    if color is None:
        return True
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return True
    if len(values) == 1:
        return values[0] < 0.5
    if len(values) == 3:
        return 0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2] < 0.5
    if len(values) == 4:
        c, m, y, k = values
        return (1 - min(1.0, 0.299 * c + 0.587 * m + 0.114 * y + k)) < 0.5
    return True


def _segments(page: Any) -> tuple[list[BBox], list[BBox]]:
    """Short horizontal and vertical strokes (lines, or hairline rects)."""
    horizontal: list[BBox] = []
    vertical: list[BBox] = []
    objs = list(page.lines) + [r for r in page.rects if min(r["width"], r["height"]) <= 1.5]
    for obj in objs:
        x0, top, x1, bottom = _bbox(obj)
        w, h = x1 - x0, bottom - top
        if h <= 1.5 and PDF_CHECKBOX_MIN_PT <= w <= PDF_CHECKBOX_MAX_PT:
            horizontal.append((x0, top, x1, bottom))
        elif w <= 1.5 and PDF_CHECKBOX_MIN_PT <= h <= PDF_CHECKBOX_MAX_PT:
            vertical.append((x0, top, x1, bottom))
    return horizontal, vertical


def _line_boxes(page: Any) -> list[_Candidate]:
    """Squares built from four separate strokes."""
    horizontal, vertical = _segments(page)
    found: list[_Candidate] = []
    if len(horizontal) * len(horizontal) > MAX_PAIRS:
        return found

    def has_vertical(x: float, top: float, bottom: float) -> bool:
        return any(
            abs((v[0] + v[2]) / 2 - x) <= 1.5 and v[1] <= top + 1.5 and v[3] >= bottom - 1.5
            for v in vertical
        )

    for i, upper in enumerate(horizontal):
        for lower in horizontal[i + 1:] + horizontal[:i]:
            if abs(upper[0] - lower[0]) > 1.5 or abs(upper[2] - lower[2]) > 1.5:
                continue
            top, bottom = (upper[1] + upper[3]) / 2, (lower[1] + lower[3]) / 2
            if bottom <= top or not _box_sized(upper[0], top, upper[2], bottom):
                continue
            if has_vertical(upper[0], top, bottom) and has_vertical(upper[2], top, bottom):
                found.append(_Candidate((upper[0], top, upper[2], bottom)))
    return found


def _closed_round(curve: dict[str, Any]) -> bool:
    pts = curve.get("pts") or []
    if len(pts) < 5:
        return False
    (ax, ay), (bx, by) = pts[0], pts[-1]
    return abs(ax - bx) < 1 and abs(ay - by) < 1


def _candidates(page: Any) -> list[_Candidate]:
    found = [
        _Candidate(_bbox(r), source=r)
        for r in page.rects
        if r.get("stroke") and _box_sized(*_bbox(r))
    ]
    found += _line_boxes(page)
    found += [
        _Candidate(_bbox(c), round=True, source=c)
        for c in page.curves
        if c.get("stroke") and _box_sized(*_bbox(c)) and _closed_round(c)
    ]
    return found


def _adjacent(a: BBox, b: BBox) -> bool:
    """Two squares sharing an edge: cells of a digit grid, not check boxes."""
    tol = 1.5
    vertical_overlap = min(a[3], b[3]) - max(a[1], b[1]) > 2
    horizontal_overlap = min(a[2], b[2]) - max(a[0], b[0]) > 2
    side = vertical_overlap and (abs(a[2] - b[0]) <= tol or abs(b[2] - a[0]) <= tol)
    stacked = horizontal_overlap and (abs(a[3] - b[1]) <= tol or abs(b[3] - a[1]) <= tol)
    return side or stacked


def _select(candidates: list[_Candidate], exclude: list[BBox], cells: list[tuple[CellKey, BBox]]) -> list[_Candidate]:
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: -(c.bbox[2] - c.bbox[0])):
        if any(iou(cand.bbox, k.bbox) > 0.6 or inside(cand.bbox, k.bbox, 0.5) for k in kept):
            continue
        kept.append(cand)
    kept = [c for c in kept if not any(_adjacent(c.bbox, o.bbox) for o in kept if o is not c)]
    kept = [c for c in kept if not any(centre_in(c.bbox, e, 2.0) for e in exclude)]
    return [c for c in kept if not any(iou(c.bbox, cell) > 0.8 for _, cell in cells)]


def _is_edge(seg: BBox, box: BBox) -> bool:
    """A stroke lying along one side of the box."""
    tol = 1.5
    w, h = seg[2] - seg[0], seg[3] - seg[1]
    if h <= tol:
        return abs(seg[1] - box[1]) <= tol or abs(seg[3] - box[3]) <= tol
    if w <= tol:
        return abs(seg[0] - box[0]) <= tol or abs(seg[2] - box[2]) <= tol
    return False


class _Index:
    """Page objects sorted by the x of their centre, so each box looks only
    at what lies in its own column (dense pages have thousands of chars)."""

    def __init__(self, objects: list[dict[str, Any]]) -> None:
        keyed = sorted(((o["x0"] + o["x1"]) / 2, i, o) for i, o in enumerate(objects))
        self._xs = [k for k, _, _ in keyed]
        self._objects = [o for _, _, o in keyed]

    def near(self, box: BBox, pad: float) -> list[dict[str, Any]]:
        lo = bisect.bisect_left(self._xs, box[0] - pad)
        hi = bisect.bisect_right(self._xs, box[2] + pad)
        return self._objects[lo:hi]


@dataclass
class _PageObjects:
    chars: _Index
    marks: _Index
    """Lines and curves: crosses and ticks."""
    fills: _Index
    """Filled rectangles: filled inner squares."""

    @classmethod
    def of(cls, page: Any) -> _PageObjects:
        return cls(
            _Index(list(page.chars)),
            _Index(list(page.lines) + list(page.curves)),
            _Index([r for r in page.rects if r.get("fill")]),
        )


def _state(cand: _Candidate, objects: _PageObjects) -> bool | None:
    """True when something is drawn or typed inside the box, False when it
    is empty, None when the box holds ordinary text (a character cell)."""
    box = cand.bbox
    size = max(box[2] - box[0], box[3] - box[1])
    for char in objects.chars.near(box, 0.0):
        if centre_in(_bbox(char), box, 0.0):
            text = char.get("text", "").strip()
            if text in TICK_CHARS:
                return True
            if text.isalnum():
                return None
    for obj in objects.marks.near(box, 1.0):
        ob = _bbox(obj)
        if obj is cand.source or max(ob[2] - ob[0], ob[3] - ob[1]) > 2.5 * size:
            continue
        if centre_in(ob, box, 1.0) and not _is_edge(ob, box) and iou(ob, box) < 0.8:
            return True
    area = (box[2] - box[0]) * (box[3] - box[1])
    for rect in objects.fills.near(box, 0.0):
        rb = _bbox(rect)
        if rect is cand.source or not _dark(rect.get("non_stroking_color")):
            continue
        r_area = (rb[2] - rb[0]) * (rb[3] - rb[1])
        if centre_in(rb, box, 0.0) and 0.1 * area <= r_area <= 0.95 * area and not _is_edge(rb, box):
            return True
    if cand.source is not None and cand.source.get("fill") and not cand.round:
        return _dark(cand.source.get("non_stroking_color"))
    return False


def drawn_boxes(
    page: Any,
    page_number: int,
    labels: PageLabels,
    exclude: list[BBox],
    cells: list[tuple[CellKey, BBox]],
    other_boxes: list[BBox],
) -> list[FormField]:
    """Check boxes drawn as vector graphics, with their option labels;
    boxes under a form widget (``exclude``) are left to the AcroForm."""
    chosen: list[tuple[_Candidate, bool]] = []
    candidates = _select(_candidates(page), exclude, cells)
    objects = _PageObjects.of(page) if candidates else None
    for cand in candidates:
        assert objects is not None
        state = _state(cand, objects)
        if state is not None:
            chosen.append((cand, state))
    all_boxes = other_boxes + [c.bbox for c, _ in chosen]
    fields: list[FormField] = []
    for cand, checked in chosen:
        label = labels.option_label(cand.bbox, all_boxes)
        fields.append(
            FormField(
                "radio" if cand.round else "checkbox",
                "drawn",
                page_number,
                label=label,
                checked=checked,
                bbox=cand.bbox,
                confidence=PDF_DRAWN_CHECKBOX_CONFIDENCE,
            )
        )
    return fields
