"""Check boxes drawn on the page, without form machinery.

A flattened form, a page printed from HTML by a browser or a PDF drawn by a
report library keeps its boxes as vector graphics: a small near-square
outline (a rectangle, a rounded path, or four separate lines), sometimes
over a white or coloured fill. Ticked, it holds strokes that cross its
interior (an X of two lines, a check-mark path), a filled inner square, a
tick glyph, or it is filled in a solid colour with a light check mark on top
(a browser's ``<input type=checkbox checked>``). What is drawn is judged by
geometry only, so the producer does not matter (pdfplumber #13). Boxes typed
as text are ``glyphs``' job.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ...layout import BBox, FormField
from ...layout.geometry import centre_in
from ...layout.glyphs import TICKED_GLYPHS
from ...layout.settings import (
    PDF_CHECKBOX_ASPECT_MAX,
    PDF_CHECKBOX_INTERIOR_MARGIN_RATIO,
    PDF_CHECKBOX_MARK_MAX_RATIO,
    PDF_CHECKBOX_MAX_PT,
    PDF_CHECKBOX_MIN_PT,
    PDF_CHECKBOX_ROUND_CORNER_RATIO,
    PDF_DRAWN_CHECKBOX_CONFIDENCE,
)
from .box_select import SAME_EDGE_PT, select
from .ink_ticks import inked
from .labels import PageLabels
from .opening_label import label_opening_options
from .text import CellKey

TICK_CHARS = set("xX✓✔✗✘✕✖×●•") | set(TICKED_GLYPHS)
MAX_PAIRS = 4_000_000
"""Pages with more short strokes than this squared (hatching, dashed
grids) are not searched for boxes built from four lines."""
MAX_CANDIDATES = 600
"""A page with more box-sized shapes than this is a chart or a pattern:
only outlined shapes are looked at there, not bare filled ones."""
HAIRLINE_PT = 1.5
"""A rectangle this thin is a stroke (a border drawn as a filled strip)."""


@dataclass
class _Box:
    """One box on the page, and the page objects that draw it (outline,
    background fill), which are therefore not marks inside it."""

    bbox: BBox
    outline: bool
    """Drawn with a stroke (or four lines), not only as a filled shape."""
    round: bool = False
    members: list[dict[str, Any]] = field(default_factory=list)

    @property
    def size(self) -> float:
        return max(self.bbox[2] - self.bbox[0], self.bbox[3] - self.bbox[1])

    def interior(self) -> BBox:
        """The box less a margin on every side: a stroke that reaches in
        here is a mark, one that stays in the margin is the outline."""
        m = PDF_CHECKBOX_INTERIOR_MARGIN_RATIO * self.size
        x0, top, x1, bottom = self.bbox
        return (x0 + m, top + m, x1 - m, bottom - m)

    def dark_fill(self) -> bool:
        return any(o.get("fill") and _dark(o.get("non_stroking_color")) for o in self.members)


def _box_sized(x0: float, top: float, x1: float, bottom: float) -> bool:
    w, h = x1 - x0, bottom - top
    if not (PDF_CHECKBOX_MIN_PT <= w <= PDF_CHECKBOX_MAX_PT and PDF_CHECKBOX_MIN_PT <= h <= PDF_CHECKBOX_MAX_PT):
        return False
    return 1 / PDF_CHECKBOX_ASPECT_MAX <= w / h <= PDF_CHECKBOX_ASPECT_MAX


def _bbox(obj: dict[str, Any]) -> BBox:
    return (obj["x0"], obj["top"], obj["x1"], obj["bottom"])


def _luminance(color: Any) -> float | None:
    """0 (black) to 1 (white) for grey, RGB or CMYK tuples; None when the
    colour is unknown (a pattern, a missing value)."""
    if color is None:
        return None
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        return 0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2]
    if len(values) == 4:
        c, m, y, k = values
        return 1 - min(1.0, 0.299 * c + 0.587 * m + 0.114 * y + k)
    return None


def _dark(color: Any) -> bool:
    """Darker than mid grey; an unknown colour counts as dark (ink)."""
    lum = _luminance(color)
    return lum is None or lum < 0.5


def _light(color: Any) -> bool:
    """Near white: invisible on paper."""
    lum = _luminance(color)
    return lum is not None and lum > 0.85


def _segments(page: Any) -> tuple[list[BBox], list[BBox]]:
    """Short horizontal and vertical strokes (lines, or hairline rects)."""
    horizontal: list[BBox] = []
    vertical: list[BBox] = []
    objs = list(page.lines) + [r for r in page.rects if min(r["width"], r["height"]) <= HAIRLINE_PT]
    for obj in objs:
        x0, top, x1, bottom = _bbox(obj)
        w, h = x1 - x0, bottom - top
        if h <= HAIRLINE_PT and PDF_CHECKBOX_MIN_PT <= w <= PDF_CHECKBOX_MAX_PT:
            horizontal.append((x0, top, x1, bottom))
        elif w <= HAIRLINE_PT and PDF_CHECKBOX_MIN_PT <= h <= PDF_CHECKBOX_MAX_PT:
            vertical.append((x0, top, x1, bottom))
    return horizontal, vertical


def _line_boxes(page: Any) -> list[_Box]:
    """Squares built from four separate strokes."""
    horizontal, vertical = _segments(page)
    found: list[_Box] = []
    if len(horizontal) * len(horizontal) > MAX_PAIRS:
        return found
    tol = SAME_EDGE_PT

    def has_vertical(x: float, top: float, bottom: float) -> bool:
        return any(
            abs((v[0] + v[2]) / 2 - x) <= tol and v[1] <= top + tol and v[3] >= bottom - tol
            for v in vertical
        )

    for i, upper in enumerate(horizontal):
        for lower in horizontal[i + 1:] + horizontal[:i]:
            if abs(upper[0] - lower[0]) > tol or abs(upper[2] - lower[2]) > tol:
                continue
            top, bottom = (upper[1] + upper[3]) / 2, (lower[1] + lower[3]) / 2
            if bottom <= top or not _box_sized(upper[0], top, upper[2], bottom):
                continue
            if has_vertical(upper[0], top, bottom) and has_vertical(upper[2], top, bottom):
                found.append(_Box((upper[0], top, upper[2], bottom), outline=True))
    return found


def _closed(curve: dict[str, Any]) -> bool:
    path = curve.get("path") or []
    if path and path[-1][0] == "h":
        return True
    pts = curve.get("pts") or []
    if len(pts) < 4:
        return False
    (ax, ay), (bx, by) = pts[0], pts[-1]
    return abs(ax - bx) < 1 and abs(ay - by) < 1


def _round(curve: dict[str, Any], box: BBox) -> bool:
    """A circle or oval: no point along its outline comes near a corner of
    its bounding box (a rounded square's corner arcs do)."""
    reach = PDF_CHECKBOX_ROUND_CORNER_RATIO * max(box[2] - box[0], box[3] - box[1])
    corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
    return not any(
        ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 <= reach for x, y in _samples(curve) for cx, cy in corners
    )


def _candidates(page: Any) -> list[_Box]:
    found: list[_Box] = []
    for rect in page.rects:
        if _box_sized(*_bbox(rect)) and (rect.get("stroke") or rect.get("fill")):
            found.append(_Box(_bbox(rect), outline=bool(rect.get("stroke")), members=[rect]))
    found += _line_boxes(page)
    for curve in page.curves:
        box = _bbox(curve)
        if _box_sized(*box) and _closed(curve) and (curve.get("stroke") or curve.get("fill")):
            found.append(_Box(box, outline=bool(curve.get("stroke")), round=_round(curve, box), members=[curve]))
    if len(found) > MAX_CANDIDATES:
        found = [c for c in found if c.outline]
    return found


def _bezier_mid(p0: tuple[float, float], c1: tuple[float, float], c2: tuple[float, float],
                p3: tuple[float, float]) -> tuple[float, float]:
    return tuple((a + 3 * b + 3 * c + d) / 8 for a, b, c, d in zip(p0, c1, c2, p3))  # type: ignore[return-value]


def _samples(obj: dict[str, Any]) -> Iterator[tuple[float, float]]:
    """Points along a stroke: its ends, corners and the middles and
    quarters of its segments (an X's two lines meet only between their
    ends)."""
    path = obj.get("path")
    if not path:
        pts = [tuple(p) for p in obj.get("pts") or []]
        path = [("m", pts[0])] + [("l", p) for p in pts[1:]] if pts else []
    start = last = None
    for op in path:
        kind, points = op[0], op[1:]
        if kind == "m":
            start = last = points[0]
            yield last
        elif kind in ("l", "h") and last is not None:
            end = points[0] if kind == "l" else start
            for t in (0.25, 0.5, 0.75):
                yield (last[0] + t * (end[0] - last[0]), last[1] + t * (end[1] - last[1]))
            last = end
            yield end
        elif kind in ("c", "v", "y") and last is not None and len(points) >= 1:
            end = points[-1]
            if len(points) == 3:
                yield _bezier_mid(last, points[0], points[1], end)
            last = end
            yield end


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
    """Lines and curves: crosses, ticks, filled tick shapes."""
    fills: _Index
    """Filled rectangles and shapes: filled inner squares and dots."""

    @classmethod
    def of(cls, page: Any) -> _PageObjects:
        return cls(
            _Index(list(page.chars)),
            _Index(list(page.lines) + list(page.curves)),
            _Index([o for o in list(page.rects) + list(page.curves) if o.get("fill")]),
        )


def _ink(obj: dict[str, Any]) -> Any:
    return obj.get("stroking_color") if obj.get("stroke") else obj.get("non_stroking_color")


def _has_mark(box: _Box, objects: _PageObjects) -> bool:
    """A stroke or shape, not the box's own, that reaches into its interior
    and shows against what is under it."""
    inner = box.interior()
    on_dark = box.dark_fill()
    own = {id(o) for o in box.members}
    for obj in objects.marks.near(box.bbox, 1.0):
        ob = _bbox(obj)
        if id(obj) in own or max(ob[2] - ob[0], ob[3] - ob[1]) > PDF_CHECKBOX_MARK_MAX_RATIO * box.size:
            continue
        if not centre_in(ob, box.bbox, 1.0) or (_light(_ink(obj)) and not on_dark):
            continue
        if any(centre_in((x, y, x, y), inner) for x, y in _samples(obj)):
            return True
    return False


def _inner_fill(box: _Box, objects: _PageObjects) -> bool:
    """A dark filled square or dot centred in the box, smaller than it."""
    area = (box.bbox[2] - box.bbox[0]) * (box.bbox[3] - box.bbox[1])
    own = {id(o) for o in box.members}
    for shape in objects.fills.near(box.bbox, 0.0):
        sb = _bbox(shape)
        if id(shape) in own or not _dark(shape.get("non_stroking_color")):
            continue
        s_area = (sb[2] - sb[0]) * (sb[3] - sb[1])
        if centre_in(sb, box.interior()) and 0.1 * area <= s_area <= 0.95 * area:
            return True
    return False


def _state(box: _Box, objects: _PageObjects) -> bool | None:
    """True when something is drawn or typed inside the box, False when it
    is empty, None when it is no check box: it holds ordinary text (a
    character cell), or it is a bare filled shape (a bullet, a legend
    swatch) with no mark on it."""
    for char in objects.chars.near(box.bbox, 0.0):
        if centre_in(_bbox(char), box.bbox, 0.0):
            text = char.get("text", "").strip()
            if text in TICK_CHARS:
                return True
            if text.isalnum():
                return None
    if _has_mark(box, objects):
        return True
    if not box.outline:
        return None
    if _inner_fill(box, objects):
        return True
    return box.dark_fill() and not box.round


def _reading_order(chosen: list[tuple[_Box, bool]]) -> list[tuple[_Box, bool]]:
    """Rows from the top (boxes whose centres lie within half a box of each
    other share a row), each row from the left."""
    rows: list[list[tuple[_Box, bool]]] = []
    for item in sorted(chosen, key=lambda cs: cs[0].bbox[1] + cs[0].bbox[3]):
        box = item[0].bbox
        centre = (box[1] + box[3]) / 2
        last = rows[-1][0][0].bbox if rows else None
        if last is not None and abs((last[1] + last[3]) / 2 - centre) <= (box[3] - box[1]) / 2:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda cs: cs[0].bbox[0])]


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
    chosen: list[tuple[_Box, bool]] = []
    candidates = select(_candidates(page), page, exclude, cells)
    objects = _PageObjects.of(page) if candidates else None
    for cand in candidates:
        assert objects is not None
        state = _state(cand, objects)
        if state is False and inked(cand.bbox, page.images):  # a pen's tick laid over the box as a picture
            state = True
        if state is not None:
            chosen.append((cand, state))
    chosen = _reading_order(chosen)
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
    label_opening_options(fields, labels)
    return fields
