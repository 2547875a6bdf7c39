"""Two pages on one sheet: a 2-up print, an A3 spread, an open booklet
scanned or photographed flat.

Tesseract reads such a sheet as one page, so its rows run across both
pages: page 1's "Nav-kontor" sits on the row of page 2's "Sikring av
sårbare overgangar", and a label takes the other page's text as its answer.
The sheet is read as one page whose two halves come one after the other
(left page, then right page), so page numbers keep counting the file's
pages (a PDF's scanned page is replaced by number) and every rule that
reads a page top to bottom sees one form page at a time.

Only a sheet that shows two pages is split, never one page set in two
columns (a label column beside an answer column, a two-column letter): the
sheet must lie landscape (two portrait halves), a gutter clear of text and
ruling must run the whole text height near the sheet's middle, wider than
a tab stop, and each half must hold a page's worth of text of its own,
starting at the top, with a left margin. When unsure, nothing is split.
"""

from __future__ import annotations

import numpy as np

from .gaps import widest_run
from .text import OcrWord, PxBox

SPREAD_MIN_ASPECT = 1.15
"""Width over height of a sheet that can hold two portrait pages side by
side (A4 landscape is 1.41); a portrait page is never split."""
SPREAD_MIN_SPAN = 0.55
"""Share of the sheet's width the text must span. Two pages' text reaches
across most of the sheet; one portrait page photographed in a landscape
frame is at most ~0.6 of the frame's width, its text less."""
SPREAD_MIN_GUTTER = 0.06
"""Width of the gutter as a share of the sheet's width: two page margins
side by side, wider than the gap between a label column and its answers."""
SPREAD_MIDDLE = (0.3, 0.7)
"""Where the gutter's centre must lie, as shares of the sheet's width."""
SPREAD_MIN_SHARE = 0.2
"""Share of the sheet's words each half must hold."""
SPREAD_MIN_LINES = 6
"""Text lines each half must hold to be a page of its own."""
SPREAD_MIN_HEIGHT = 0.4
"""Each half's text height as a share of the sheet's text height."""
SPREAD_TOP_ALIGN = 0.15
"""How far apart (share of the text height) the two halves' first lines may start."""
SPREAD_MARGIN_SHARE = 0.3
"""Share of a half's lines that start at its left margin."""
SPREAD_MARGIN_TOLERANCE = 0.02
"""How near (share of the sheet's width) a line's start must be to the margin."""
SPREAD_MIN_CLEAR = 0.02
"""Width (share of the sheet's width) of the strip of the gutter that no
ruling line or check box enters: a page's answer lines may run past its
text into the gutter, but a rule across the whole gutter joins the halves
into one form."""
_WORD_CONFIDENCE = 0.5
"""Words read at least this well place text; noise read as letters does not."""


def _text_words(words: list[OcrWord]) -> list[OcrWord]:
    return [w for w in words if sum(c.isalnum() for c in w.text) >= 2 and w.confidence >= _WORD_CONFIDENCE]


def _widest_free(covered: np.ndarray, start: int, end: int) -> tuple[int, int] | None:
    """The widest run of columns in [start, end) that ``covered`` leaves free."""
    run = widest_run(~covered[start:end])
    return None if run is None else (start + run[0], start + run[1])


def _widest_gap(words: list[OcrWord], width: int) -> tuple[int, int] | None:
    """The widest run of columns between the text's left and right edges that no word covers."""
    covered = np.zeros(width + 1, dtype=bool)
    for w in words:
        covered[max(0, w.box[0]):min(width, w.box[2]) + 1] = True
    left, right = min(w.box[0] for w in words), max(w.box[2] for w in words)
    return _widest_free(covered, max(0, left), min(width, right))


def _clear_strip(gap: tuple[int, int], ruling: np.ndarray | None, top: int, bottom: int) -> tuple[int, int] | None:
    """The part of a gap between words that no ruling line or box enters
    over the text's height (the whole gap without a mask)."""
    if ruling is None:
        return gap
    inked = np.zeros(gap[1] + 1, dtype=bool)
    inked[gap[0]:gap[1]] = ruling[top:bottom, gap[0]:gap[1]].any(axis=0)
    return _widest_free(inked, gap[0], gap[1])


def _page_like(side: list[OcrWord], width: int, total_words: int, text_height: int) -> bool:
    """A half that holds a page's worth of text with its own left margin."""
    if len(side) < SPREAD_MIN_SHARE * total_words:
        return False
    starts: dict[tuple[int, int, int], int] = {}
    for w in side:
        starts[w.line_key] = min(starts.get(w.line_key, w.box[0]), w.box[0])
    if len(starts) < SPREAD_MIN_LINES:
        return False
    if max(w.box[3] for w in side) - min(w.box[1] for w in side) < SPREAD_MIN_HEIGHT * text_height:
        return False
    margin = min(starts.values())
    at_margin = sum(1 for x in starts.values() if x - margin <= SPREAD_MARGIN_TOLERANCE * width)
    return at_margin >= SPREAD_MARGIN_SHARE * len(starts)


def find_gutter(words: list[OcrWord], width: int, height: int, ruling: np.ndarray | None = None) -> int | None:
    """The x (pixels) of the gutter between two pages on one sheet, or None
    for a sheet that holds one page (see the module's guards). ``ruling``
    is the page's mask of ruling lines and check boxes: a rule or box in
    the gutter belongs to one form spanning it."""
    if width < SPREAD_MIN_ASPECT * height:
        return None
    text = _text_words(words)
    if len(text) < 2 * SPREAD_MIN_LINES:
        return None
    if max(w.box[2] for w in text) - min(w.box[0] for w in text) < SPREAD_MIN_SPAN * width:
        return None
    gap = _widest_gap(text, width)
    if gap is None or gap[1] - gap[0] < SPREAD_MIN_GUTTER * width:
        return None
    top, bottom = min(w.box[1] for w in text), max(w.box[3] for w in text)
    strip = _clear_strip(gap, ruling, top, bottom)
    if strip is None or strip[1] - strip[0] < SPREAD_MIN_CLEAR * width:
        return None
    gutter = (strip[0] + strip[1]) // 2
    if not SPREAD_MIDDLE[0] * width <= gutter <= SPREAD_MIDDLE[1] * width:
        return None
    left = [w for w in text if on_left(w.box, gutter)]
    right = [w for w in text if not on_left(w.box, gutter)]
    if not all(_page_like(side, width, len(text), bottom - top) for side in (left, right)):
        return None
    if abs(min(w.box[1] for w in left) - min(w.box[1] for w in right)) > SPREAD_TOP_ALIGN * (bottom - top):
        return None
    return gutter


def on_left(box: PxBox, gutter: int | None) -> bool:
    """Whether a box belongs to the left page (all boxes do without a gutter)."""
    return gutter is None or (box[0] + box[2]) / 2 < gutter
