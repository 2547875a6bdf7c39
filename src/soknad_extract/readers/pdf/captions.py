"""Which printed caption a form's text field has when none stands left of it.

A form prints its captions either over its boxes or under them, and every
box of the form shares that convention: read against the wrong one, each
box takes the caption of its neighbour (the first box the form's heading,
the second the first box's caption). So the convention is decided once for
the boxes of a page that have no caption on their row, by which reading
gives more boxes a caption of their own: a short phrase standing in the
box's column right over (or under) it, which no other box claims. The
form's first boxes have nothing of their own over them when captions go
under, its last nothing under them when captions go over.

A caption is a phrase, not a whole line: captions of boxes set side by
side run into one printed line ("Lønn og sosiale kostnader   Kompetanse")
and are cut at the wide gaps between them, each going to the box whose
column it starts in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...layout import BBox, Line, Word
from ...layout.settings import (PDF_CAPTION_ALIGN_PT, PDF_CAPTION_EDGE_GAP_HEIGHTS, PDF_CAPTION_EDGE_PT,
                                PDF_CAPTION_GAP_HEIGHTS, PDF_CAPTION_MIN_INSIDE, PDF_LABEL_ABOVE_REACH_LINES)


@dataclass(frozen=True)
class Phrase:
    """Words of one printed line between wide gaps."""

    text: str
    bbox: BBox


def phrases(lines: list[Line], edges: Sequence[float] = ()) -> list[Phrase]:
    """Every line cut at gaps wider than ``PDF_CAPTION_GAP_HEIGHTS`` word
    heights, and at a wider than usual word space before a word that starts
    at a box's left edge (``edges``): a caption as wide as its box runs up
    to the next box's caption."""
    out: list[Phrase] = []
    for line in lines:
        words = [w for w in line.words if w.bbox is not None]
        run: list[Word] = []
        for word in words:
            if run and _parts(run[-1], word, edges):
                out.append(_phrase(run))
                run = []
            run.append(word)
        if run:
            out.append(_phrase(run))
    return out


def _parts(before: Word, word: Word, edges: Sequence[float]) -> bool:
    gap = word.bbox[0] - before.bbox[2]  # type: ignore[index]
    height = _height(word)
    if gap > PDF_CAPTION_GAP_HEIGHTS * height:
        return True
    return gap > PDF_CAPTION_EDGE_GAP_HEIGHTS * height and any(
        abs(word.bbox[0] - edge) <= PDF_CAPTION_EDGE_PT for edge in edges)  # type: ignore[index]


def _height(word: Word) -> float:
    return max(word.bbox[3] - word.bbox[1], 4.0)  # type: ignore[index]


def _phrase(words: list[Word]) -> Phrase:
    boxes = [w.bbox for w in words if w.bbox is not None]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Phrase(" ".join(w.text for w in words), box)


def _in_column(phrase: Phrase, box: BBox) -> bool:
    """The phrase starts at the box's left edge (or inside it) and stands
    mostly over the box, not across the row of boxes (a heading)."""
    p = phrase.bbox
    if p[0] < box[0] - PDF_CAPTION_ALIGN_PT or p[0] > box[2]:
        return False
    inside = min(p[2], box[2]) - max(p[0], box[0])
    return inside >= PDF_CAPTION_MIN_INSIDE * (p[2] - p[0])


def _nearest(found: list[Phrase], box: BBox, side: str) -> Phrase | None:
    """The phrase of the box's column right over (side "above") or right
    under ("below") it, within ``PDF_LABEL_ABOVE_REACH_LINES`` of its height."""
    best: Phrase | None = None
    best_gap = 0.0
    for phrase in found:
        p = phrase.bbox
        height = max(p[3] - p[1], 4.0)
        gap = box[1] - p[3] if side == "above" else p[1] - box[3]
        if gap < -2 or gap > PDF_LABEL_ABOVE_REACH_LINES * height or not _in_column(phrase, box):
            continue
        if best is None or gap < best_gap:
            best, best_gap = phrase, gap
    return best


def _own(boxes: list[BBox], found: list[Phrase], side: str) -> dict[int, Phrase]:
    """Each box's caption on ``side``, by index, when no other box claims the same phrase."""
    taken = {i: _nearest(found, box, side) for i, box in enumerate(boxes)}
    claims: dict[int, int] = {}
    for phrase in taken.values():
        if phrase is not None:
            claims[id(phrase)] = claims.get(id(phrase), 0) + 1
    return {i: p for i, p in taken.items() if p is not None and claims[id(p)] == 1}


def captions(boxes: list[BBox], lines: list[Line]) -> tuple[str, dict[int, str]]:
    """The convention ("above" or "below") and each box's caption by index,
    for boxes with no caption on their row. Captions over the boxes unless
    those under them give more boxes one of their own."""
    found = phrases(lines, [box[0] for box in boxes])
    above = _own(boxes, found, "above")
    below = _own(boxes, found, "below")
    side, chosen = ("below", below) if len(below) > len(above) else ("above", above)
    return side, {i: p.text for i, p in chosen.items()}
