"""Options circled by pen on a scanned paper form.

Paper forms print the options and ask the office to draw a ring round the
one that applies ("Søknaden gjelder (sett ring rundt): Nytt prosjekt /
Videreføring", "JA / NEI"). On the scan the ring is one piece of thin pen
ink lying on an ellipse round a printed word. Found before Tesseract reads
(``find_rings``), the ring is erased so the word inside reads cleanly; once
read, the word inside becomes a ticked box of that option (``ring_fields``),
as a box ticked beside a word is, and the option extractors decide.

What a ring is, measured on the piece's own pixels against the ellipse of
its bounding box: nearly all its ink lies on that ellipse (a pen ring ~1.0;
a signature ~0.35, its strokes everywhere in its box), its ink goes most of
the way round (a ring left a little open still counts, an arc or a bracket
does not), it is drawn thin for its size (a printed O is not), taller
than a line of print and smaller than a stamp, and it encloses ink (the
printed word).

Precision first: a ring that encloses two options (a slash, or the wide gap
between options, inside it), that cuts through words or holds words of
more than one line, or that shares its row with another ring, answers
nothing.

Sizes are pixels at 300 dpi, multiplied by ``scale = dpi / 300``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from .components import EIGHT, Slices
from .text import OcrWord, PxBox

Piece = tuple[Slices, np.ndarray]

MIN_HEIGHT_PX300 = 40
"""The lowest ring: taller than a line of print (cap height ~30 px at 10 pt)."""
MAX_HEIGHT_PX300 = 200
"""The tallest ring (17 mm): a ring goes round one line; a round stamp is twice that or more."""
MAX_ASPECT = 14.0
"""The widest ring for its height: round a phrase of a few words."""
MIN_ASPECT = 0.7
"""The narrowest ring for its height: round a short word ("Ja") it is about round."""
MAX_FILL = 0.25
"""The most of its box a ring inks (measured 5–7 %, a thick pen round a
short word ~20 %; a printed O ~40 %, a signature 26–29 %)."""
MAX_PEN = 0.3
"""The widest pen for the ring's size, as a share of its shorter radius: a
ring is drawn thin for its size; the bowl of a bold letter is not."""
MIN_ON_ELLIPSE = 0.7
"""The least share of a piece's ink on the fitted ellipse (a ring alone
~1.0, a ring touching a letter or a slash less; a signature ~0.35)."""
FITS = 4
"""How often the ellipse is refitted to the ink on it."""
MIN_ROUND = 0.75
"""The least share of the way round its ink goes (of ``SECTORS``): a ring
left a quarter open still counts; a bracket or an arc does not."""
SECTORS = 36
BAND = 0.14
"""Half the width of the ellipse's band, as a share of its radius, beyond
the pen's own width (a drawn ring wobbles)."""
MIN_INSIDE_PX300 = 60
"""The least printed ink inside the ring (pixels at 300 dpi): a ring round nothing answers nothing."""

NEIGHBOUR_GAP = 0.6
"""How close beside a ring (a share of its height) ink counts as its
neighbour: a letter's width, so the stem of a "k" before an "@" is in reach."""
NEIGHBOUR_HEIGHT = 0.6
"""A neighbour this tall (a share of the ring's height) makes the ring a
glyph of a line: a pen ring stands twice the print round and beside it or more."""

INSIDE = 0.6
"""The share of a word's box inside the ring's box above which the ring encloses it."""
OUTSIDE = 0.15
"""The share below which a word beside the ring is merely touched; between the two the ring cuts it."""
OPTION_GAP = 1.5
"""A gap between two enclosed words wider than this many word heights
parts two options (a phrase's words stand a space apart)."""
SEPARATORS = frozenset("/|")


@dataclass(frozen=True)
class Ring:
    box: PxBox
    """The ring's ink, (x0, y0, x1, y1) in page pixels."""


def _sized(height: int, width: int, scale: float, loose: bool = False) -> bool:
    """A ring's size; ``loose``: a piece's that may hold one with a letter or two touching it."""
    reach = 1.5 if loose else 1.0
    return (MIN_HEIGHT_PX300 * scale <= height <= reach * MAX_HEIGHT_PX300 * scale
            and MIN_ASPECT * height / reach <= width <= reach * MAX_ASPECT * height)


def _on_ellipse(ys: np.ndarray, xs: np.ndarray, box: tuple[int, int, int, int]) -> tuple[np.ndarray, float]:
    """Which of the pixels lie on the ellipse of ``box`` (top, left, bottom,
    right), and the pen's width as a share of its shorter radius."""
    top, left, bottom, right = box
    a, b = max((right - left) / 2, 1.0), max((bottom - top) / 2, 1.0)
    # the pen's width: the ink spread along the ellipse's perimeter (Ramanujan)
    perimeter = math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))
    inside = (ys >= top) & (ys < bottom) & (xs >= left) & (xs < right)
    pen = int(inside.sum()) / perimeter / min(a, b)
    radius = np.hypot((xs + 0.5 - left - a) / a, (ys + 0.5 - top - b) / b)
    return np.abs(radius - 1) <= BAND + pen, pen


def ring_pixels(component: np.ndarray) -> tuple[Slices, np.ndarray] | None:
    """The ring in a piece, as its slices inside the piece and its own
    pixels; None when the piece holds none. The ellipse is fitted to the
    box of the ink on it, refitted a few times: a ring touching a printed
    letter or the slash between options is one piece with it, and the
    letter's ink is left out of the ring (and is not erased)."""
    ys, xs = np.nonzero(component)
    if not len(ys):
        return None
    box = (0, 0, component.shape[0], component.shape[1])
    for _ in range(FITS):
        on, pen = _on_ellipse(ys, xs, box)
        if not on.any():
            return None
        fitted = (int(ys[on].min()), int(xs[on].min()), int(ys[on].max()) + 1, int(xs[on].max()) + 1)
        if fitted == box:
            break
        box = fitted
    on, pen = _on_ellipse(ys, xs, box)
    top, left, bottom, right = box
    height, width = bottom - top, right - left
    count = int(on.sum())
    if pen > MAX_PEN or on.mean() < MIN_ON_ELLIPSE or count > MAX_FILL * height * width:
        return None
    a, b = width / 2, height / 2
    angles = np.arctan2((ys[on] + 0.5 - top - b) / b, (xs[on] + 0.5 - left - a) / a)
    if len(np.unique(((angles + math.pi) / (2 * math.pi) * SECTORS).astype(int) % SECTORS)) < MIN_ROUND * SECTORS:
        return None
    pixels = np.zeros((height, width), dtype=bool)
    pixels[ys[on] - top, xs[on] - left] = True
    return (slice(top, bottom), slice(left, right)), pixels


def _inside_ink(ink: np.ndarray, slices: Slices, ring: np.ndarray, piece: Piece) -> int:
    """Ink of the page (less ruling lines) inside the ring's ellipse, less
    the whole pen piece the ring is part of: what a ring encloses is print
    apart from it (a signature's loop round its own strokes encloses none)."""
    height, width = ring.shape
    a, b = width / 2, height / 2
    ys, xs = np.ogrid[:height, :width]
    inner = np.hypot((xs + 0.5 - a) / a, (ys + 0.5 - b) / b) < 0.8
    own = np.zeros((height, width), dtype=bool)
    (rows, cols), pixels = piece
    r0, c0 = max(rows.start, slices[0].start), max(cols.start, slices[1].start)
    r1, c1 = min(rows.stop, slices[0].stop), min(cols.stop, slices[1].stop)
    if r1 > r0 and c1 > c0:
        own[r0 - slices[0].start:r1 - slices[0].start, c0 - slices[1].start:c1 - slices[1].start] = \
            pixels[r0 - rows.start:r1 - rows.start, c0 - cols.start:c1 - cols.start]
    return int((ink[slices] & inner & ~own).sum())


def _with_ruling(binary: np.ndarray, slices: Slices, component: np.ndarray) -> tuple[Slices, np.ndarray] | None:
    """The piece joined again with the ink the ruling-line search took from
    it: a long flat ring's top and bottom are straight enough to pass for
    rules, which leaves the ring's two ends as pieces of their own. The ink
    round the piece, out to the widest ring it may end, is labelled again
    in full (a window, not the page); None when the joined piece runs out
    of the window (a table's rule, text lines)."""
    height = component.shape[0]
    reach_rows = max(2, height // 4)
    reach_cols = round(MAX_ASPECT * height)
    r0, r1 = max(0, slices[0].start - reach_rows), min(binary.shape[0], slices[0].stop + reach_rows)
    c0, c1 = max(0, slices[1].start - reach_cols), min(binary.shape[1], slices[1].stop + reach_cols)
    labels, _ = ndimage.label(binary[r0:r1, c0:c1], structure=EIGHT)
    inner = labels[slices[0].start - r0:slices[0].stop - r0, slices[1].start - c0:slices[1].stop - c0]
    wanted = np.unique(inner[component])
    joined = np.isin(labels, wanted[wanted > 0])
    rows, cols = np.flatnonzero(joined.any(axis=1)), np.flatnonzero(joined.any(axis=0))
    if not len(rows) or (rows[0] == 0 and r0 > 0) or (rows[-1] == r1 - r0 - 1 and r1 < binary.shape[0]) \
            or (cols[0] == 0 and c0 > 0) or (cols[-1] == c1 - c0 - 1 and c1 < binary.shape[1]):
        return None
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    return (slice(r0 + top, r0 + bottom), slice(c0 + left, c0 + right)), joined[top:bottom, left:right]


def _ring_in(binary: np.ndarray, slices: Slices, component: np.ndarray, scale: float) -> tuple[Piece, Piece] | None:
    """The ring (its slices on the page and its pixels) a stroke piece is,
    or is one end of, and the whole piece it is part of; None if none."""
    if not (MIN_HEIGHT_PX300 * scale <= component.shape[0] <= 1.5 * MAX_HEIGHT_PX300 * scale):
        return None
    ring = ring_pixels(component) if _sized(*component.shape, scale, loose=True) else None
    if ring is None:
        joined = _with_ruling(binary, slices, component)
        if joined is None or not _sized(*joined[1].shape, scale, loose=True):
            return None
        slices, component = joined
        ring = ring_pixels(component)
    if ring is None or not _sized(*ring[1].shape, scale):
        return None
    (rows, cols), pixels = ring
    return ((slice(slices[0].start + rows.start, slices[0].start + rows.stop),
             slice(slices[1].start + cols.start, slices[1].start + cols.stop)), pixels), (slices, component)


def _inline(ink: np.ndarray, box: PxBox) -> bool:
    """Whether ink as tall as the ring stands close beside it, left or
    right: the ring is a round glyph in a line of glyphs its own size (a
    bold "@" or "O" on a fax, a stamp's letters), not a pen ring round
    smaller print (a slash or the other option beside a ring is print a
    line high, well under the ring's height)."""
    x0, y0, x1, y1 = box
    height = y1 - y0
    reach = max(2, round(NEIGHBOUR_GAP * height))
    rows = slice(max(0, y0 - height // 4), y1 + height // 4)
    for cols in (slice(max(0, x0 - reach), x0), slice(x1, x1 + reach)):
        inked = np.flatnonzero(ink[rows, cols].any(axis=1))
        if len(inked) and inked[-1] - inked[0] + 1 >= NEIGHBOUR_HEIGHT * height:
            return True
    return False


def find_rings(
    strokes: list[Piece], binary: np.ndarray, scale: float = 1.0, ink: np.ndarray | None = None,
) -> list[tuple[Ring, Piece, list[int]]]:
    """The pen rings among the page's stroke pieces (``marks.stroke_pieces``)
    that enclose ink, each with its own pixels (erased before Tesseract
    reads) and the indices of the stroke pieces it was found in (a ring
    whose flat sides the ruling search took is found from each of its two
    ends: once). ``ink``: the page's ink less ruling lines and check boxes
    (``binary`` when not given), for what stands beside a ring."""
    ink = binary if ink is None else ink
    found: list[tuple[Ring, Piece, list[int]]] = []
    for index, (slices, component) in enumerate(strokes):
        rung = _ring_in(binary, slices, component, scale)
        if rung is None:
            continue
        ring, piece = rung
        on_page, pixels = ring
        box = (on_page[1].start, on_page[0].start, on_page[1].stop, on_page[0].stop)
        if _inside_ink(ink, on_page, pixels, piece) < MIN_INSIDE_PX300 * scale * scale or _inline(ink, box):
            continue
        same = [indices for other, _, indices in found if _share_inside(box, other.box) > 0.5]
        if same:
            same[0].append(index)  # the other end of a ring found already
            continue
        found.append((Ring(box), ring, [index]))
    return found


def _share_inside(word: PxBox, ring: PxBox) -> float:
    x0, y0 = max(word[0], ring[0]), max(word[1], ring[1])
    x1, y1 = min(word[2], ring[2]), min(word[3], ring[3])
    area = max(1, (word[2] - word[0]) * (word[3] - word[1]))
    return max(0, x1 - x0) * max(0, y1 - y0) / area


def enclosed_words(ring: Ring, words: list[OcrWord]) -> list[OcrWord] | None:
    """The words a ring encloses, left to right: one option on one line. None
    when it answers nothing: no word, a word it cuts through, words of two
    lines, two options (a separator or an option's gap between them)."""
    inside: list[OcrWord] = []
    for word in words:
        share = _share_inside(word.box, ring.box)
        if share >= INSIDE:
            inside.append(word)
        elif share > OUTSIDE and any(c.isalnum() for c in word.text):
            return None
    inside.sort(key=lambda w: w.box[0])
    if not inside or any(c in SEPARATORS for w in inside for c in w.text):
        return None
    height = max(w.box[3] - w.box[1] for w in inside)
    centres = [(w.box[1] + w.box[3]) / 2 for w in inside]
    if max(centres) - min(centres) > 0.6 * height:
        return None
    if any(b.box[0] - a.box[2] > OPTION_GAP * height for a, b in zip(inside, inside[1:])):
        return None
    return inside


def alone_on_rows(rings: list[Ring]) -> list[Ring]:
    """The rings no other ring shares a row with: two rings on one row (both
    options of a question circled) answer nothing."""
    def same_row(p: PxBox, q: PxBox) -> bool:
        overlap = min(p[3], q[3]) - max(p[1], q[1])
        return overlap > 0.5 * min(p[3] - p[1], q[3] - q[1])
    return [r for r in rings if not any(o is not r and same_row(r.box, o.box) for o in rings)]


QUESTION_GAP = 2.0
"""A gap between words left of a ring wider than this many word heights
parts the question from the options printed before the ringed one."""


def _options_run(run: list[OcrWord]) -> bool:
    """A run of words that is printed options before the ringed one ("JA /",
    "Nytt prosjekt /"): it holds a separator standing alone or at a word's end."""
    return any(w.text.strip() and (w.text[0] in SEPARATORS or w.text[-1] in SEPARATORS) for w in run)


def question_left(inside: list[OcrWord], words: list[OcrWord]) -> str | None:
    """The question printed left of a ring on its row ("Ønsker dere ekstern
    prosessevaluering?"), without the options printed between it and the
    ring ("JA /"); None when nothing stands left of it."""
    x0 = min(w.box[0] for w in inside)
    top, bottom = min(w.box[1] for w in inside), max(w.box[3] for w in inside)
    height = bottom - top
    left = sorted((w for w in words if w.box[2] <= x0 + 2
                   and top - 0.5 * height <= (w.box[1] + w.box[3]) / 2 <= bottom + 0.5 * height),
                  key=lambda w: w.box[0])
    runs: list[list[OcrWord]] = []
    for word in left:
        if runs and word.box[0] - runs[-1][-1].box[2] <= QUESTION_GAP * max(height, 10):
            runs[-1].append(word)
        else:
            runs.append([word])
    while runs and _options_run(runs[-1]) and len(runs) > 1:
        runs.pop()
    text = " ".join(w.text for run in runs for w in run).strip(" \t:;,|/?")
    return text or None
