"""Check boxes ticked by hand past their frame.

On paper a tick (✓) or a cross is drawn with a flourish: its long arm runs
out of the printed box, so the box and the tick are one piece of ink larger
than a box or no square outline, and the box test in ``marks`` does not
see it.
The box's frame is still there: its top and bottom are long horizontal
lines, which a horizontal opening keeps while it wipes out the slanted
strokes of the tick. When two such lines close a box-sized square outline
(all four sides inked, drawn thin), the piece is that box with a tick
through it.
A bold capital O or Ø in a scanned heading has such lines too (the flat
top and bottom of its ring): a letter is told from a box by its place in a
line of text (letters at letter spacing on both sides) and by its ink past
the frame (an even rim all round, where a tick leaves the box at a corner).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy import ndimage

from ...layout.settings import OCR_CHECKBOX_MAX_PX300, OCR_CHECKBOX_MIN_PX300
from .components import Slices, components

Piece = tuple[Slices, np.ndarray]

REACH = 2.5
"""How much larger than the largest box the piece may be: a tick's arm runs
out about one box side; a piece larger than this is a word or a drawing."""

SIDE_SHARE = 0.45
"""The length of horizontal line kept, as a share of the piece's shorter
side: the frame's top and bottom (at least half of the piece when the tick
runs one box side out) outlast it, the slanted arms of a tick do not."""

MIN_SIDE_SHARE = 2.0
"""The shortest frame side, as a share of the smallest box's side (at 300
dpi 30 px, 2.5 mm): a box meant to be ticked by hand is at least that; the
bowls and bars of letters in a line of text ("b", "g", "p") are smaller."""


LETTER_GAP = 0.35
"""The widest gap between letters of a word, as a share of the frame's
side: ink that close on both sides of a candidate is its word's letters
(a box's label stands on one side only; its margin or column on the other)."""

NEIGHBOUR_ROWS = 0.4
"""The share of the frame's rows a neighbour's ink must cover to be a letter
of the same line, not a speck or the end of a tick's stroke."""

RIM = 0.25
"""The reach past the frame, as a share of its side, below which ink beyond
the frame on all four sides is a letter's round rim (O, Ø, Q), not a tick:
a tick's arm leaves the box at a corner, flush with the frame elsewhere, or
runs well out of it."""

INSET_PX300 = 2
"""How far (pixels at 300 dpi) the piece may run past the frame on a side
that still counts as flush with it (the frame line's own blur)."""


def may_hold_box(height: int, width: int, largest: float, smallest: float) -> bool:
    """Whether a piece not itself box-sized is small enough to be a box with
    a tick running out of it."""
    return min(height, width) >= smallest and max(height, width) <= REACH * largest


def box_frame(
    component: np.ndarray, box_sized: Callable[[int, int], bool], is_frame: Callable[[np.ndarray], bool],
    smallest: float,
) -> tuple[slice, slice] | None:
    """The slices (inside ``component``) of the box frame a tick runs out
    of: two straight horizontal lines of about the same span (their common
    span is the frame's), one above the
    other, that close a box-sized outline ``is_frame`` accepts (the tick's
    slanted arms leave no long horizontal run); None unless exactly one.
    A frame with a side under ``MIN_SIDE_SHARE * smallest`` (the smallest
    box's side) is none."""
    shortest = MIN_SIDE_SHARE * smallest
    length = max(round(0.8 * shortest), round(SIDE_SHARE * min(component.shape)))
    # A frame's top and bottom lines lie on rows holding at least ``length``
    # pixels, and span ``shortest`` rows or more: nearly every piece offered
    # (a letter, a word's joined letters, a stroke) has no two such rows, and
    # the opening and its labelling are not needed (~300 pieces a form page).
    full_rows = np.flatnonzero(np.count_nonzero(component, axis=1) >= length)
    if not len(full_rows) or full_rows[-1] - full_rows[0] + 1 < shortest:
        return None
    straight = ndimage.binary_opening(component, structure=np.ones((1, length), dtype=bool))
    rules = sorted((slices for slices, _ in components(straight)), key=lambda s: s[0].start)
    frames: list[tuple[slice, slice]] = []
    for i, top in enumerate(rules):
        for bottom in rules[i + 1:]:
            # the span both lines share: a tick crossing a side lengthens one of them
            left, right = max(top[1].start, bottom[1].start), min(top[1].stop, bottom[1].stop)
            spans = max(top[1].stop, bottom[1].stop) - min(top[1].start, bottom[1].start)
            frame = (slice(top[0].start, bottom[0].stop), slice(left, right))
            height = bottom[0].stop - top[0].start
            if right - left >= 0.8 * spans and min(height, right - left) >= shortest \
                    and box_sized(height, right - left) and is_frame(component[frame]):
                frames.append(frame)
    return frames[0] if len(frames) == 1 else None


def _beside(ink: np.ndarray, piece: Slices, frame: Slices, side: int) -> bool:
    """Whether ink of letter height lies within a letter's gap of the piece
    on the given side (-1 left, 1 right), on the frame's rows."""
    gap = max(1, round(LETTER_GAP * (frame[1].stop - frame[1].start)))
    rows = ink[frame[0]]
    if side < 0:
        strip = rows[:, max(0, piece[1].start - gap):piece[1].start]
    else:
        strip = rows[:, piece[1].stop:piece[1].stop + gap]
    return strip.size > 0 and float(strip.any(axis=1).mean()) >= NEIGHBOUR_ROWS


def _letter_rim(piece: Slices, frame: Slices, scale: float, component: np.ndarray | None = None) -> bool:
    """Whether the piece runs past the frame a little on all four sides: the
    round rim of a letter (O, Ø) around its flat top and bottom. With the
    piece's pixels (``component``), the rim must also bulge out beside the
    middle of the frame (``_bulges``): a cross drawn by hand whose four arms
    each overshoot a corner runs past the frame a little on all four sides
    too, but only at the corners."""
    rows, cols = piece
    insets = (frame[0].start - rows.start, rows.stop - frame[0].stop,
              frame[1].start - cols.start, cols.stop - frame[1].stop)
    side = min(frame[0].stop - frame[0].start, frame[1].stop - frame[1].start)
    if not (min(insets) > INSET_PX300 * scale and max(insets) < RIM * side):
        return False
    return component is None or _bulges(component, piece, frame, scale)


def _bulges(component: np.ndarray, piece: Slices, frame: Slices, scale: float) -> bool:
    """Whether ink lies past the frame beside its middle half, on the left
    or right (the round sides of an O) or above or below it (the crown of a
    round top): a letter's rim. The arms of a cross leave the frame at its
    corners, so past the frame they lie beside its outer quarters only."""
    top, left = frame[0].start - piece[0].start, frame[1].start - piece[1].start
    bottom, right = frame[0].stop - piece[0].start, frame[1].stop - piece[1].start
    inset = max(1, round(INSET_PX300 * scale))
    quarter_rows, quarter_cols = (bottom - top) // 4, (right - left) // 4
    middle_rows = component[top + quarter_rows:bottom - quarter_rows]
    middle_cols = component[:, left + quarter_cols:right - quarter_cols]
    beside = middle_rows[:, :max(0, left - inset)].any() or middle_rows[:, right + inset:].any()
    over = middle_cols[:max(0, top - inset)].any() or middle_cols[bottom + inset:].any()
    return bool(beside or over)


def is_letter(
    ink: np.ndarray | None, piece: Slices, frame: Slices, scale: float = 1.0, component: np.ndarray | None = None,
) -> bool:
    """Whether a piece with a frame inside it is a letter of a line of text,
    not a box a tick runs out of: letters at letter spacing on both sides
    (inside a word; only with the page's ``ink``), or an even round rim past
    the frame all round (a capital O or Ø, also first or last in its word;
    judged by its pixels, ``component``, when given)."""
    if _letter_rim(piece, frame, scale, component):
        return True
    return ink is not None and _beside(ink, piece, frame, -1) and _beside(ink, piece, frame, 1)


def candidates(
    pieces: list[Piece], box_sized: Callable[[int, int], bool], is_frame: Callable[[np.ndarray], bool],
    scale: float = 1.0, ink: np.ndarray | None = None,
) -> list[tuple[Slices, np.ndarray, Piece | None]]:
    """Printed box outlines among the ink pieces: each box-sized piece
    ``is_frame`` accepts, and each box a tick runs out of; each with its
    slices on the page, its pixels and, for a ticked one, the whole piece.
    ``ink`` (the page's) tells letters of a line of text from ticked boxes
    (``is_letter``); without it only their rim is looked at."""
    largest, smallest = OCR_CHECKBOX_MAX_PX300 * scale, OCR_CHECKBOX_MIN_PX300 * scale
    found: list[tuple[Slices, np.ndarray, Piece | None]] = []
    for slices, component in pieces:
        if box_sized(*component.shape) and is_frame(component):
            found.append((slices, component, None))
        elif may_hold_box(*component.shape, largest, smallest):
            frame = box_frame(component, box_sized, is_frame, smallest)
            if frame is not None:
                rows, cols = frame
                on_page = (slice(slices[0].start + rows.start, slices[0].start + rows.stop),
                           slice(slices[1].start + cols.start, slices[1].start + cols.stop))
                if is_letter(ink, slices, on_page, scale, component):
                    continue
                found.append((on_page, component[frame], (slices, component)))
    return found


def add_spills(mask: np.ndarray, spills: list[Piece | None], pad: int = 0) -> np.ndarray:
    """``mask`` with the ink of the ticks that run out of their boxes set,
    grown by ``pad`` pixels, so that they are erased before OCR with the
    boxes and not read as letters ("A", "RÅ")."""
    for spill in spills:
        if spill is None:
            continue
        (rows, cols), component = spill
        r0, c0 = max(0, rows.start - pad), max(0, cols.start - pad)
        r1, c1 = min(mask.shape[0], rows.stop + pad), min(mask.shape[1], cols.stop + pad)
        window = np.zeros((r1 - r0, c1 - c0), dtype=bool)
        window[rows.start - r0:rows.stop - r0, cols.start - c0:cols.stop - c0] = component
        mask[r0:r1, c0:c1] |= ndimage.binary_dilation(window, iterations=pad) if pad else window
    return mask
