"""Ink drawn as vector strokes: a signature made of PDF path segments.

Acrobat's "draw your signature", tablet signing and SVG ink printed by a
browser put a handwritten signature on the page as paths, not as a picture,
so the image reader never sees it. Pen strokes as paths differ from what
else a page draws:

- ruled lines, boxes, table borders and check-box squares are axis-aligned
  lines; a drawn cross is two straight lines;
- a dashed rule runs one way across the page and never turns back, while
  handwriting goes up and down and loops back again and again;
- a box or a ring closes on itself after a few turns;
- a drawn wave (a long tilde, a wavy rule) swings between one crest
  height and one trough height, while a short scribble's crests differ;
- a tick or a tilde turns back once or twice, and a row of them (ticked
  boxes, a "~~~~" ornament) is many such marks, while a pen writing a
  name turns back again and again within one stroke;
- a line chart joins a few values far apart, while a pen is sampled every
  few points, or, sampled coarsely, still moves on only a few points per
  sample along the line of writing, however tall its zigzags;
- text turned into outlines (a logo's lettering) is filled; a pen's line is
  stroked and thin;
- some drawing tools write each curve of a pen's line as a path of its own,
  the next beginning at the point along the line of writing where the last
  ended (on it, or set back down on the baseline): such a chain is one
  stroke, and is judged as one (a row of ticks or tildes leaves gaps
  between its marks, or repeats one mark, where letters differ).

Strokes close to each other are joined into one region (a drawn signature
is often one path per pen stroke). Each region becomes a layout ``Image``
named ``STROKES_NAME``, rendered like a placed picture, so that the
signature extractor judges it by the same shape and pixel tests as ink in a
picture and ties it to a signature block by place.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from typing import Any

from ...layout import BBox, Image
from ...layout.geometry import union
from .pdfium_objects import PathRecord

STROKES_NAME = "vector ink"
"""``Image.name`` of a region of drawn pen strokes."""

_MAX_OBJECTS = 20000
"""Objects of a page (in content order, form XObjects and their objects
counted) whose paths are judged; a page past this is a drawing, not a form."""
_MAX_DEPTH = 4
"""Paths inside form XObjects nested deeper than this are not judged."""
_MAX_STROKE_WIDTH = 4.0
"""Points: a pen's line; wider strokes are rules and frames."""
_JOIN_GAP = 8.0
"""Points between strokes of one signature."""
_WORD_SPACE = 1.2
"""Heights of the taller of two stroke groups on one line of writing that
the space between them may be: a signature's first and last name."""
_MAX_WORD_SPACE = 30.0
"""Points: the widest space between the words of one signature, so that two
signatures side by side in columns stay two."""
_SAME_LINE = 0.5
"""Share of the shorter group's height two groups must share to stand on
one line of writing."""
_MIN_SEGMENTS = 12
"""Drawn segments in a region: a scribble of a few lines is no signature."""
_MIN_TURNS = 8
"""Times the pen turns back, along x or y, in a region: the ups and downs
and loops of letters. A ruled line or a dashed rule never turns back."""
_MIN_SCRIBBLE_TURNS = 5
"""Fewer turns do for a scribble whose crests differ (a few long curves a
drawing tool smoothed a pen into), never for a wave."""
_WAVE_EXTREMES = 4
"""Crests and troughs a stroke must show before it can be told a wave."""
_WAVE_TOLERANCE = 0.15
"""Share of a wave's height its crests (and its troughs) may differ by."""
_MARK_TURNS = 2
"""A region none of whose strokes turns back more than this is a row of
ticks or tildes, not handwriting."""
_FRAME_TURNS = 4
"""A closed path turning back no more than this is a box or a ring."""
_MAX_MEAN_STEP = 12.0
"""Points per segment, on average: a pen is sampled every few points; a
line chart joins a few far-apart values."""
_MAX_MEAN_ADVANCE = 10.0
"""Points of progress along the region's long side per segment, on
average: a pen sampled coarsely (long up-and-down segments, a mean step
over ``_MAX_MEAN_STEP``) still moves on a few points per sample, while a
line chart's values stand a label's width apart."""
_MAX_COARSE_STEP = 2 * _MAX_MEAN_STEP
"""Points per segment, on average, up to which the advance test applies: a
coarse pen's zigzags stay within a line of writing, while a small chart's
values jump across its whole height, so a short advance alone is no pen."""
_CURVE_PIECES = 8
"""Straight pieces a Bézier curve is measured as."""
_MIN_WIDTH, _MAX_WIDTH = 20.0, 260.0
_MIN_HEIGHT, _MAX_HEIGHT = 5.0, 120.0
"""Points: the size of a signature, not of a chart or a tick."""
_CHAIN_GAP = 0.5
"""Points along the line of writing between one path's end and the next
path's start for the two to be one pen's line cut into pieces (across it,
the next may start up to the taller path's height away)."""
_SAME_MARK = 1.0
"""Points two pieces' widths and heights may differ by to be one mark
repeated, not two letters."""


@dataclass
class _Stroke:
    box: BBox
    segments: int
    turns: int
    length: float
    wave: bool = False
    line: list[tuple[float, float]] | None = None
    """Points along the drawn line, in page space (top down)."""


def stroke_ink(paths: list[PathRecord], mediabox: tuple[float, float, float, float], number: int) -> list[Image]:
    """Regions of pen strokes among page ``number``'s ``paths`` (read by
    ``pdfium_objects``, its page still open; ``mediabox`` pdfium's media
    box), as images without pixels: the reader draws them with the page's
    other images once it knows the page is not going to OCR. The caller
    asks only for pages that draw curves (most pages draw none)."""
    import pypdfium2.raw as raw

    left, _bottom, _right, top = mediabox
    strokes = []
    for path in paths:
        if path.order >= _MAX_OBJECTS or path.depth >= _MAX_DEPTH:
            continue
        stroke = _stroke(raw, path)
        if stroke is not None:
            x0, y0, x1, y1 = stroke.box
            stroke.box = (x0 - left, top - y1, x1 - left, top - y0)
            stroke.line = [(x - left, top - y) for x, y in stroke.line or []]
            strokes.append(stroke)
    return [Image(page=number, bbox=union([s.box for s in region]), name=STROKES_NAME)
            for region in _regions(_chains(strokes)) if _is_ink(region)]


def _stroke(raw: Any, path: PathRecord) -> _Stroke | None:
    """The path as a pen stroke, or None when it is filled, wide, straight
    or a frame. Its box is that of its points (pdfium's bounds add the
    miter spikes of a zigzag's sharp corners)."""
    if path.fill_mode is None or not path.stroked or path.fill_mode:
        return None
    width = ctypes.c_float()
    if raw.FPDFPageObj_GetStrokeWidth(path.obj, width) and width.value > _MAX_STROKE_WIDTH:
        return None
    points, line, segments, curved, closed, length = _points(raw, path.segments)
    turns = _turns([x for x, _ in line]) + _turns([y for _, y in line])
    if segments == 0 or (turns == 0 and not curved) or (closed and turns <= _FRAME_TURNS):
        return None
    a, b, c, d, e, f = path.matrix
    placed = [(a * x + c * y + e, b * x + d * y + f) for x, y in points]
    xs, ys = [p[0] for p in placed], [p[1] for p in placed]
    scale = math.sqrt(abs(a * d - b * c)) or 1.0
    return _Stroke(box=(min(xs), min(ys), max(xs), max(ys)), segments=segments, turns=turns,
                   length=length * scale, wave=_wave([x for x, _ in line]) or _wave([y for _, y in line]),
                   line=[(a * x + c * y + e, b * x + d * y + f) for x, y in line])


def _chains(strokes: list[_Stroke]) -> list[_Stroke]:
    """Strokes, in content order, with each one that begins where the one
    before it ended along the line of writing joined to it: a pen's line a
    drawing tool wrote as one path per curve. The joined stroke's turns are
    measured along the whole line, so the turns at the joints count too. A
    piece the same size as the one before it is not joined: a row of one
    repeated mark (a wavy ornament), where letters differ."""
    out: list[_Stroke] = []
    piece: _Stroke | None = None
    for stroke in strokes:
        last = out[-1] if out else None
        joined = _joined(last, stroke) if last is not None and piece is not None else None
        if joined is None or _same_size(piece, stroke):
            out.append(stroke)
        else:
            out[-1] = joined
        piece = stroke
    return out


def _same_size(a: _Stroke | None, b: _Stroke) -> bool:
    if a is None:
        return False
    size = [(s.box[2] - s.box[0], s.box[3] - s.box[1]) for s in (a, b)]
    return abs(size[0][0] - size[1][0]) <= _SAME_MARK and abs(size[0][1] - size[1][1]) <= _SAME_MARK


def _joined(last: _Stroke, stroke: _Stroke) -> _Stroke | None:
    """The two strokes as one when ``stroke`` starts where ``last`` ended
    along the line of writing (x), within the taller one's height across."""
    if not last.line or not stroke.line:
        return None
    (x0, y0), (x1, y1) = last.line[-1], stroke.line[0]
    across = max(last.box[3] - last.box[1], stroke.box[3] - stroke.box[1])
    if abs(x1 - x0) > _CHAIN_GAP or abs(y1 - y0) > across:
        return None
    line = last.line + stroke.line
    xs, ys = [x for x, _ in line], [y for _, y in line]
    return _Stroke(box=union([last.box, stroke.box]), segments=last.segments + stroke.segments,
                   turns=_turns(xs) + _turns(ys), length=last.length + stroke.length,
                   wave=_wave(xs) or _wave(ys), line=line)


def _points(raw: Any, segments: list[tuple[int, tuple[float, float] | None, bool]]
            ) -> tuple[list[tuple[float, float]], list[tuple[float, float]], int, bool, bool, float]:
    """The path's points (with a curve's control points), the points along
    the line it draws, its drawn pieces, whether any is a curve, whether it
    closes (a box, a ring: a frame, not a pen's line), and its length.

    A Bézier curve's turns, pieces and length are measured along the curve,
    cut into ``_CURVE_PIECES`` pieces: a drawing tool that smooths a pen's
    samples into a few long curves keeps the pen's ups and downs in the
    curves, not in their number, and a curve's control points zigzag more
    than the line they shape."""
    points: list[tuple[float, float]] = []
    line: list[tuple[float, float]] = []
    pieces, curved, closed, length = 0, False, False, 0.0
    end: tuple[float, float] | None = None
    controls: list[tuple[float, float]] = []
    for kind, point, close in segments:
        closed = closed or close
        if point is None:
            continue
        points.append(point)
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            curved = True
            controls.append(point)
            if len(controls) < 3:
                continue  # a control point; the third point ends the curve
            drawn = _bezier(end, *controls) if end is not None else [point]
            controls = []
        else:
            drawn = [point]
        line += drawn
        for step in drawn:
            if kind != raw.FPDF_SEGMENT_MOVETO and end is not None:
                pieces += 1
                length += math.dist(end, step)
            end = step
    return points, line, pieces, curved, closed, length


def _bezier(p0: tuple[float, float], p1: tuple[float, float], p2: tuple[float, float],
            p3: tuple[float, float]) -> list[tuple[float, float]]:
    """The cubic curve's points after ``p0``, ``_CURVE_PIECES`` steps of
    its parameter."""
    out = []
    for i in range(1, _CURVE_PIECES + 1):
        t = i / _CURVE_PIECES
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def _turns(xs: list[float]) -> int:
    """How often the path turns back along one axis."""
    return len(_extremes(xs))


def _extremes(xs: list[float]) -> list[float]:
    """The values where the path turns back along one axis, in order
    (crests and troughs alternating; moves under 0.3 pt ignored)."""
    out, direction = [], 0
    last = xs[0] if xs else 0.0
    for x in xs[1:]:
        step = x - last
        if abs(step) < 0.3:
            continue
        now = 1 if step > 0 else -1
        if direction and now != direction:
            out.append(last)
        direction, last = now, x
    return out


def _wave(xs: list[float]) -> bool:
    """The path swings between one level and another along this axis, as
    a drawn wave does: its crests at one height, its troughs at another."""
    extremes = _extremes(xs)
    if len(extremes) < _WAVE_EXTREMES:
        return False
    crests, troughs = extremes[0::2], extremes[1::2]
    height = abs(sum(crests) / len(crests) - sum(troughs) / len(troughs))
    tolerance = max(1.0, _WAVE_TOLERANCE * height)
    return max(crests) - min(crests) <= tolerance and max(troughs) - min(troughs) <= tolerance


def _turns_enough(region: list[_Stroke]) -> bool:
    """The pen turns back often, or, in a short scribble, at crests of
    differing heights; a row of ticks or tildes never does."""
    turns = sum(s.turns for s in region)
    if max(s.turns for s in region) <= _MARK_TURNS:
        return False
    return turns >= _MIN_TURNS or (turns >= _MIN_SCRIBBLE_TURNS and not any(s.wave for s in region))


def _regions(strokes: list[_Stroke]) -> list[list[_Stroke]]:
    """Strokes joined while their boxes come within ``_JOIN_GAP``, or stand
    a word's space apart on one line of writing."""
    regions: list[list[_Stroke]] = []
    boxes: list[BBox] = []
    for stroke in sorted(strokes, key=lambda s: (s.box[1], s.box[0])):
        near = [i for i, box in enumerate(boxes) if _near(box, stroke.box)]
        merged = [stroke] + [s for i in near for s in regions[i]]
        regions = [r for i, r in enumerate(regions) if i not in near] + [merged]
        boxes = [b for i, b in enumerate(boxes) if i not in near] + [union([s.box for s in merged])]
    return regions


def _near(a: BBox, b: BBox) -> bool:
    return (a[0] - _JOIN_GAP <= b[2] and b[0] - _JOIN_GAP <= a[2]
            and a[1] - _JOIN_GAP <= b[3] and b[1] - _JOIN_GAP <= a[3]) or _words_apart(a, b)


def _words_apart(a: BBox, b: BBox) -> bool:
    """Two groups of strokes on one line of writing with a word's space
    between them: a signed first name and surname, each judged alone too
    short to turn back as often as handwriting does."""
    shorter = min(a[3] - a[1], b[3] - b[1])
    shared = min(a[3], b[3]) - max(a[1], b[1])
    if shorter <= 0 or shared < _SAME_LINE * shorter:
        return False
    gap = max(a[0], b[0]) - min(a[2], b[2])
    taller = max(a[3] - a[1], b[3] - b[1])
    return gap <= min(_WORD_SPACE * taller, _MAX_WORD_SPACE)


def _is_ink(region: list[_Stroke]) -> bool:
    box = union([s.box for s in region])
    width, height = box[2] - box[0], box[3] - box[1]
    segments = sum(s.segments for s in region)
    length = sum(s.length for s in region)
    return (segments >= _MIN_SEGMENTS
            and _turns_enough(region)
            and (length <= _MAX_MEAN_STEP * segments
                 or (length <= _MAX_COARSE_STEP * segments
                     and max(width, height) <= _MAX_MEAN_ADVANCE * segments))
            and _MIN_WIDTH <= width <= _MAX_WIDTH and _MIN_HEIGHT <= height <= _MAX_HEIGHT)
