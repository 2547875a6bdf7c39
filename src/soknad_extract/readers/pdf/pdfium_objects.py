"""A PDF page's drawings and images from pdfium, shaped like pdfplumber's.

pdfplumber parses a whole page (pdfminer's interpreter, then a dict per
object) the first time any of its properties is asked for: that parse was
four fifths of reading a PDF (issue 15). pdfium has parsed the page already
to give its characters, so the reader takes the vector paths and the placed
images from pdfium's page objects too and never asks pdfplumber for a page.

Paths become pdfplumber's ``rect``, ``line`` and ``curve`` dicts by
pdfminer's own rule (``PDFPageAggregator.paint_path``): each subpath on its
own; one segment is a line, four axis-parallel segments closing on the
start a rect, anything else a curve; with ``pts``, ``path``, ``stroke``,
``fill`` and colours (RGB from 0 to 1 as pdfium gives them, whatever the
colour space). Images keep their box and declared pixel size (``srcsize``).
Objects inside form XObjects are walked with the form's matrix, as pdfminer
does. Coordinates are those of ``pdfium_chars`` (points from the top-left
of the media box), turned as the page is shown (``view``).

The page's objects are walked once: each path is read into a ``PathRecord``
that both the shapes here and the pen strokes (``strokes``) are made from.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .view import View

Obj = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_DEPTH = 15
"""Form XObjects nested deeper than this are not opened (pdfium's own
object iterator stops at the same depth)."""
PRECISION = 3
"""Decimals kept of a coordinate: pdfium computes in single precision, so
a square's corners can differ in the sixth digit where pdfminer's are equal,
and pdfminer's rect test compares them exactly."""
_DRAWN = frozenset((pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE))
"""The kinds of object read here: text comes from ``pdfium_chars``."""
_SEGMENT_OP = {pdfium_c.FPDF_SEGMENT_MOVETO: "m", pdfium_c.FPDF_SEGMENT_LINETO: "l", pdfium_c.FPDF_SEGMENT_BEZIERTO: "c"}


@dataclass
class PathRecord:
    """One path object as pdfium holds it, read once for every reader of
    the page's paths."""

    obj: Any
    """pdfium's handle, valid while the page is open."""
    matrix: Matrix
    """To page space (unrotated, from the media box's bottom-left)."""
    depth: int
    """Form XObjects the path sits in."""
    order: int
    """Objects walked before it, in content order, forms included."""
    fill_mode: int | None
    """pdfium's fill mode (0: not filled); None when pdfium gave no draw mode."""
    stroked: bool
    segments: list[tuple[int, Point | None, bool]]
    """(pdfium's segment type, point in the path's own space or None when
    pdfium gave none, closes its subpath), every segment in order."""


class PageObjects:
    """A page's characters, rects, lines, curves and images under
    pdfplumber's names, the dicts the ruled tables (``ruled``) and the drawn
    check boxes are found in. ``paths`` keeps the path objects as read
    (``PathRecord``), and ``mediabox`` pdfium's media box, for the pen
    strokes."""

    def __init__(self, chars: list[Obj], bbox: tuple[float, float, float, float]) -> None:
        self.bbox = bbox
        """The visible area (crop box), top-left coordinates."""
        self._objects: dict[str, list[Obj]] = {"char": chars, "rect": [], "line": [], "curve": [], "image": []}
        self.paths: list[PathRecord] = []
        self.mediabox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    @property
    def objects(self) -> dict[str, list[Obj]]:
        return self._objects

    @property
    def chars(self) -> list[Obj]:
        return self._objects["char"]

    @property
    def rects(self) -> list[Obj]:
        return self._objects["rect"]

    @property
    def lines(self) -> list[Obj]:
        return self._objects["line"]

    @property
    def curves(self) -> list[Obj]:
        return self._objects["curve"]

    @property
    def images(self) -> list[Obj]:
        return self._objects["image"]


def _multiply(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` applied first, then ``outer`` (PDF's row-vector order)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _matrix(obj: Any, buffer: Any) -> Matrix:
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, buffer):
        return IDENTITY
    return (buffer.a, buffer.b, buffer.c, buffer.d, buffer.e, buffer.f)


def _walk(page: pdfium.PdfPage, kinds: frozenset[int]) -> Iterator[tuple[Any, int, Matrix, int, int]]:
    """Every object of ``kinds`` the page paints, in content order (form
    XObjects opened in place, not yielded), with its type, its matrix to
    page space, the form XObjects it sits in and the objects walked before
    it. The matrix is asked only of the objects yielded and the forms: a
    page's text objects, most of its objects, need none here."""
    buffer = pdfium_c.FS_MATRIX()
    top = page.raw
    stack: list[tuple[Any, int, int, Matrix]] = [(top, pdfium_c.FPDFPage_CountObjects(top), 0, IDENTITY)]
    order = -1
    while stack:
        parent, count, index, outer = stack.pop()
        if index >= count:
            continue
        stack.append((parent, count, index + 1, outer))
        order += 1
        obj = pdfium_c.FPDFPage_GetObject(parent, index) if parent is top else pdfium_c.FPDFFormObj_GetObject(parent, index)
        if not obj:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind in kinds:
            yield obj, kind, _multiply(_matrix(obj, buffer), outer), len(stack) - 1, order
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and len(stack) <= MAX_DEPTH:
            stack.append((obj, pdfium_c.FPDFFormObj_CountObjects(obj), 0, _multiply(_matrix(obj, buffer), outer)))


def _colour(getter: Any, obj: Any) -> tuple[float, ...] | None:
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not getter(obj, r, g, b, a):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def _path_record(obj: Any, matrix: Matrix, depth: int, order: int) -> PathRecord:
    """The path's draw mode and every segment, read once."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    drawn = bool(pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke))
    x, y = ctypes.c_float(), ctypes.c_float()
    segments: list[tuple[int, Point | None, bool]] = []
    for index in range(max(pdfium_c.FPDFPath_CountSegments(obj), 0)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        point = (x.value, y.value) if pdfium_c.FPDFPathSegment_GetPoint(segment, x, y) else None
        segments.append((pdfium_c.FPDFPathSegment_GetType(segment), point,
                         bool(pdfium_c.FPDFPathSegment_GetClose(segment))))
    return PathRecord(obj, matrix, depth, order, fill_mode.value if drawn else None, bool(stroke.value), segments)


def _segments(path: PathRecord, left: float, top: float) -> list[tuple[str, Point, bool]]:
    """The path's segments as (operator, point in page coordinates, closes
    its subpath)."""
    a, b, c, d, e, f = path.matrix
    out: list[tuple[str, Point, bool]] = []
    for kind, point, close in path.segments:
        op = _SEGMENT_OP.get(kind)
        if op is None or point is None:
            continue
        px, py = point
        out.append((op, (round(a * px + c * py + e - left, PRECISION), round(top - (b * px + d * py + f), PRECISION)), close))
    return out


def _subpaths(segments: list[tuple[str, Point, bool]]) -> Iterator[list[tuple[str, tuple[Point, ...]]]]:
    """pdfminer's path operators per subpath: "m", "l", "c" (with its three
    points; pdfium gives a Bézier as three segments) and "h" for a close."""
    path: list[tuple[str, tuple[Point, ...]]] = []
    pending: list[Point] = []
    for op, point, close in segments:
        if op == "m":
            if path:
                yield path
            path = [("m", (point,))]
            continue
        if not path:
            continue
        if op == "c":
            pending.append(point)
            if len(pending) < 3:
                continue
            path.append(("c", tuple(pending)))
            pending = []
        else:
            path.append(("l", (point,)))
        if close:
            path.append(("h", ()))
    if path:
        yield path


def _shape(path: list[tuple[str, tuple[Point, ...]]], base: Obj, height: float) -> tuple[str, Obj]:
    """One subpath as pdfminer classifies it, in pdfplumber's dict."""
    start = path[0][1][0]
    pts = [points[-1] if points else start for _, points in path]
    shape = "".join(op for op, _ in path)
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    kind = "curve"
    if shape in ("mlh", "ml"):
        kind = "line"
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), closing = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if closing == pts[0] and square:
            kind = "rect"
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    obj = dict(base)
    obj.update({
        "object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
        "y0": height - bottom, "y1": height - top,
        "width": x1 - x0, "height": bottom - top,
        "pts": pts,
        "path": [(op, *points) if op != "h" else ("h",) for op, points in path],
    })
    return kind, obj


def _path(path: PathRecord, box: tuple[float, float, float, float], objects: PageObjects) -> None:
    if path.fill_mode is None:
        return
    base: Obj = {
        "stroke": path.stroked,
        "fill": path.fill_mode != pdfium_c.FPDF_FILLMODE_NONE,
        "stroking_color": _colour(pdfium_c.FPDFPageObj_GetStrokeColor, path.obj),
        "non_stroking_color": _colour(pdfium_c.FPDFPageObj_GetFillColor, path.obj),
    }
    left, bottom, _, top = box
    for subpath in _subpaths(_segments(path, left, top)):
        kind, shape = _shape(subpath, base, top - bottom)
        objects.objects[kind].append(shape)


def _image(obj: Any, matrix: Matrix, left: float, top: float) -> Obj:
    """The image's box (its unit square through its matrix) and the pixel
    size its dictionary declares, read without decoding it."""
    a, b, c, d, e, f = matrix
    corners = [(round(a * u + c * v + e - left, PRECISION), round(top - (b * u + d * v + f), PRECISION))
               for u, v in ((0, 0), (1, 0), (0, 1), (1, 1))]
    width, height = ctypes.c_uint(), ctypes.c_uint()
    size = (width.value, height.value) if pdfium_c.FPDFImageObj_GetImagePixelSize(obj, width, height) else (None, None)
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return {"object_type": "image", "x0": min(xs), "x1": max(xs), "top": min(ys), "bottom": max(ys), "srcsize": size}


def page_view(page: pdfium.PdfPage) -> View:
    """How the page is shown: its rotation and unrotated media box size."""
    left, bottom, right, top = page.get_mediabox()
    return View(page.get_rotation() % 360, right - left, top - bottom)


def page_objects(page: pdfium.PdfPage, chars: list[Obj], view: View) -> PageObjects:
    """The page's ``chars`` (from ``pdfium_chars``, already turned by
    ``view``) with its rects, lines, curves and images, each kind in
    content order, turned by ``view``."""
    box = page.get_mediabox()
    left, _, _, top = box
    crop = page.get_cropbox()
    objects = PageObjects(chars, view.box(crop[0] - left, top - crop[3], crop[2] - left, top - crop[1]))
    objects.mediabox = box
    for obj, kind, matrix, depth, order in _walk(page, _DRAWN):
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            path = _path_record(obj, matrix, depth, order)
            objects.paths.append(path)
            _path(path, box, objects)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            objects.objects["image"].append(_image(obj, matrix, left, top))
    for kind in ("rect", "line", "curve", "image"):
        view.turn(objects.objects[kind])
    return objects
