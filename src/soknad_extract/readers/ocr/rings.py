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
does not), it is thin (5–7 % of its box inked; a printed O is ~40 %), taller
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

from .components import Slices
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
MAX_FILL = 0.16
"""The most of its box a ring inks (measured 5–7 %; a printed O ~40 %, a signature 26–29 %)."""
MIN_ON_ELLIPSE = 0.85
"""The least share of its ink on the ellipse of its box (a ring ~1.0, a signature ~0.35)."""
MIN_ROUND = 0.75
"""The least share of the way round its ink goes (of ``SECTORS``): a ring
left a quarter open still counts; a bracket or an arc does not."""
SECTORS = 36
BAND = 0.14
"""Half the width of the ellipse's band, as a share of its radius, beyond
the pen's own width (a drawn ring wobbles)."""
MIN_INSIDE_PX300 = 60
"""The least printed ink inside the ring (pixels at 300 dpi): a ring round nothing answers nothing."""

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


def _sized(height: int, width: int, scale: float) -> bool:
    return (MIN_HEIGHT_PX300 * scale <= height <= MAX_HEIGHT_PX300 * scale
            and MIN_ASPECT * height <= width <= MAX_ASPECT * height)


def ring_shape(component: np.ndarray) -> bool:
    """Whether a piece's pixels lie on the ellipse of its box and go most of
    the way round it, drawn thin: a ring."""
    height, width = component.shape
    count = int(component.sum())
    if not count or count > MAX_FILL * component.size:
        return False
    a, b = width / 2, height / 2
    # the pen's width: the ink spread along the ellipse's perimeter (Ramanujan)
    perimeter = math.pi * (3 * (a + b) - math.sqrt((3 * a + b) * (a + 3 * b)))
    pen = count / max(perimeter, 1.0)
    band = BAND + pen / min(a, b)
    ys, xs = np.nonzero(component)
    dx, dy = (xs + 0.5 - a) / a, (ys + 0.5 - b) / b
    radius = np.hypot(dx, dy)
    on = np.abs(radius - 1) <= band
    if on.mean() < MIN_ON_ELLIPSE:
        return False
    sectors = ((np.arctan2(dy[on], dx[on]) + math.pi) / (2 * math.pi) * SECTORS).astype(int) % SECTORS
    return len(np.unique(sectors)) >= MIN_ROUND * SECTORS


def _inside_ink(binary: np.ndarray, slices: Slices, component: np.ndarray) -> int:
    """Ink of the page inside the ring's ellipse, less the ring's own."""
    height, width = component.shape
    a, b = width / 2, height / 2
    ys, xs = np.ogrid[:height, :width]
    inner = np.hypot((xs + 0.5 - a) / a, (ys + 0.5 - b) / b) < 0.8
    return int((binary[slices] & inner & ~component).sum())


def find_rings(strokes: list[Piece], binary: np.ndarray, scale: float = 1.0) -> list[tuple[Ring, Piece]]:
    """The pen rings among the page's stroke pieces (``marks.stroke_pieces``)
    that enclose ink, each with its piece (erased before Tesseract reads)."""
    found: list[tuple[Ring, Piece]] = []
    for slices, component in strokes:
        if not _sized(*component.shape, scale) or not ring_shape(component):
            continue
        if _inside_ink(binary, slices, component) < MIN_INSIDE_PX300 * scale * scale:
            continue
        box = (slices[1].start, slices[0].start, slices[1].stop, slices[0].stop)
        found.append((Ring(box), (slices, component)))
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
