"""Framed paragraphs read where they stand on the page, not where the file keeps them.

Old Word templates put each answer in a frame (``w:framePr``) set beside its
label: the frame's paragraph comes first in the file, anchored to the
paragraph after it, and placed at that paragraph's height ("text" anchor, no
vertical offset) further right on the page. Read in file order every answer
comes before its label, so each label would take the next label's answer. A
frame anchored that way is read after the paragraph it stands beside. A frame
placed anywhere else (on the page or margin, or offset from its anchor) has
no neighbour we can name and keeps its place.
"""

from __future__ import annotations

from lxml import etree

from ...layout.settings import WORD_FRAME_BESIDE_MAX_OFFSET, WORD_FRAME_BESIDE_MIN_X
from .model import Para
from .xml import w


def beside_anchor(ppr: etree._Element | None) -> bool:
    """The paragraph is a frame standing on the line of the paragraph after
    it, to its right. A drop cap, or a side heading set in the left margin,
    reads before its paragraph and keeps its place."""
    frame = ppr.find(w("framePr")) if ppr is not None else None
    if frame is None or frame.get(w("vAnchor")) != "text" or frame.get(w("yAlign")):
        return False
    if frame.get(w("dropCap"), "none") != "none" or frame.get(w("xAlign"), "right") != "right":
        return False
    try:
        offset, left = int(frame.get(w("y")) or 0), int(frame.get(w("x")) or 0)
    except ValueError:
        return False
    return abs(offset) <= WORD_FRAME_BESIDE_MAX_OFFSET and (left >= WORD_FRAME_BESIDE_MIN_X or frame.get(w("xAlign")) == "right")


def in_reading_order(paras: list[Para]) -> list[Para]:
    """``paras`` with each run of beside-frames moved after the paragraph
    they are anchored to (the next paragraph in the same cell that is not
    such a frame); a run with no such paragraph keeps its place."""
    out: list[Para] = []
    held: list[Para] = []
    for para in paras:
        if held and para.cell is not held[0].cell:
            out.extend(held)
            held = []
        if para.beside_next:
            held.append(para)
            continue
        out.append(para)
        out.extend(held)
        held = []
    return out + held
