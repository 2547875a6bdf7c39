"""Ruled tables on scanned pages: ruling lines → grid → cells.

A budget on a scanned form is nearly always a ruled table. Ruling lines are
long straight runs of ink, which text never makes, so they are found with a
run-length test (a box filter along the row or column) rather than by
looking at Tesseract's output. Rows and columns of the grid are the lines'
positions; a column boundary that is missing inside a row makes a cell that
spans columns. Tables without ruling lines are left to the extractors, which
read rows of lines.

All sizes are pixels at the raster's dpi; ``scale = dpi / 300`` adapts the
thresholds measured at 300 dpi.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ...layout.settings import (
    OCR_RULE_MAX_THICKNESS_PX300,
    OCR_RULE_MERGE_PX300,
    OCR_RULE_MIN_HORIZONTAL_PX300,
    OCR_RULE_MIN_VERTICAL_PX300,
)
from .components import BAND_PX, components, first_pixel
from .gaps import shared_gap
from .image import ink_area
from .text import OcrWord, PxBox


@dataclass
class Segment:
    position: float
    """y of a horizontal line, x of a vertical one (centre)."""
    start: int
    end: int


@dataclass
class GridCell:
    row: int
    column: int
    col_span: int
    box: PxBox
    words: list[OcrWord]


@dataclass
class Grid:
    box: PxBox
    rows: list[float]
    columns: list[float]
    cells: list[list[GridCell]]


def _runs(binary: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels that belong to a straight run of ink at least ``length`` long
    along ``axis`` (an opening by a line, computed with box filters so the
    cost does not grow with the length). A 3-pixel smear across the run
    tolerates lines a pixel or two off straight after deskewing. Gaps along
    the run are not bridged: the brackets of a list of "[ ]" boxes would
    join into a column line. The box filter runs over bands of lines, whose
    float sums would be 35 MB for a whole page."""
    across = 1 - axis
    tolerant = _smear(binary, axis=across).view(np.uint8)
    full = np.zeros_like(binary)
    candidates = np.flatnonzero(_may_run(tolerant, length, axis))
    for start in range(0, len(candidates), BAND_PX):
        chosen = candidates[start:start + BAND_PX]
        lines = (slice(None), chosen) if axis == 0 else (chosen,)
        full[lines] = ndimage.uniform_filter1d(tolerant[lines], size=length, axis=axis, output=np.float32) > 0.97
    runs = np.zeros_like(binary)
    found = np.flatnonzero(full.any(axis=axis))
    if len(found):
        lines = (slice(None), found) if axis == 0 else (found,)
        runs[lines] = ndimage.maximum_filter1d(full[lines], size=length, axis=axis) & binary[lines]
    return runs


def _may_run(tolerant: np.ndarray, length: int, axis: int) -> np.ndarray:
    """The lines along ``axis`` that may hold a window of ``length`` pixels
    more than 97 % inked: the only lines the box filter of ``_runs`` needs
    to see (on a page of text, a sixth of the rows). Such a window has at
    most ``slack`` - 1 gaps, so every whole block of a quarter of its length
    inside it is dense: three dense blocks in a row where the window lies
    inside the line, one among the first or last blocks where it hangs
    over the line's end (half of it then still lies inside)."""
    block = length // 4
    count = tolerant.shape[axis] // block if block else 0
    if count < 12:
        return np.ones(tolerant.shape[1 - axis], dtype=bool)
    slack = int(0.03 * length) + 1
    if axis == 1:
        sums = tolerant[:, :count * block].reshape(tolerant.shape[0], count, block).sum(axis=2, dtype=np.int32)
    else:
        sums = tolerant[:count * block].reshape(count, block, tolerant.shape[1]).sum(axis=1, dtype=np.int32).T
    dense = sums >= block - slack
    three = (dense[:, :-2] & dense[:, 1:-1] & dense[:, 2:]).any(axis=1)
    return three | dense[:, :6].any(axis=1) | dense[:, -6:].any(axis=1)


def _smear(mask: np.ndarray, axis: int) -> np.ndarray:
    """Each pixel or'ed with its two neighbours along ``axis`` (a maximum
    filter of 3, by shifted slices, which is cheaper across rows)."""
    smeared = mask.copy()
    ahead = [slice(None)] * mask.ndim
    behind = [slice(None)] * mask.ndim
    ahead[axis], behind[axis] = slice(1, None), slice(None, -1)
    smeared[tuple(ahead)] |= mask[tuple(behind)]
    smeared[tuple(behind)] |= mask[tuple(ahead)]
    return smeared


def _thin(mask: np.ndarray, axis: int, limit: float) -> np.ndarray:
    """Only the pieces of a run mask that are thin across the run: a ruling
    line is a few pixels thick, while the middle of a line of bold, blurred
    print also runs on unbroken but is as thick as the letters are high."""
    keep = np.zeros_like(mask)
    area = ink_area(mask)
    if area is None:
        return keep
    labels, _ = ndimage.label(mask[area], structure=np.ones((3, 3), dtype=bool))
    kept = keep[area]
    for index, slices in enumerate(ndimage.find_objects(labels), start=1):
        if slices is None:
            continue
        piece = labels[slices] == index
        length = slices[axis].stop - slices[axis].start
        if piece.sum() / max(1, length) <= limit:
            kept[slices] |= piece
    return keep


def grow(mask: np.ndarray, pixels: int) -> np.ndarray:
    """The mask grown by ``pixels`` in the four directions (a binary
    dilation), worked out only around its ink."""
    grown = np.zeros_like(mask)
    area = ink_area(mask, pad=pixels + 1)
    if area is not None:
        grown[area] = ndimage.binary_dilation(mask[area], iterations=pixels)
    return grown


def ruling_masks(binary: np.ndarray, scale: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Masks of horizontal and vertical ruling-line pixels."""
    limit = max(4.0, OCR_RULE_MAX_THICKNESS_PX300 * scale)
    horizontal = _thin(_runs(binary, max(20, round(OCR_RULE_MIN_HORIZONTAL_PX300 * scale)), axis=1), 1, limit)
    vertical = _thin(_runs(binary, max(10, round(OCR_RULE_MIN_VERTICAL_PX300 * scale)), axis=0), 0, limit)
    return horizontal, vertical


def _segments(mask: np.ndarray, axis: int) -> list[Segment]:
    """Connected line pieces of a mask; ``axis`` 1 for horizontal lines."""
    labels, _ = ndimage.label(mask, structure=np.ones((3, 3), dtype=bool))
    segments: list[Segment] = []
    for slices in ndimage.find_objects(labels):
        if slices is None:
            continue
        rows, cols = slices
        if axis == 1:
            segments.append(Segment((rows.start + rows.stop - 1) / 2, cols.start, cols.stop))
        else:
            segments.append(Segment((cols.start + cols.stop - 1) / 2, rows.start, rows.stop))
    return segments


def _cluster(values: list[float], tolerance: float) -> list[float]:
    clusters: list[list[float]] = []
    for value in sorted(values):
        if clusters and value - clusters[-1][-1] <= tolerance:
            clusters[-1].append(value)
        else:
            clusters.append([value])
    return [sum(c) / len(c) for c in clusters]


def _covers(segments: list[Segment], position: float, start: float, end: float, tolerance: float) -> bool:
    """Whether some line at ``position`` runs over most of start..end."""
    need = 0.6 * (end - start)
    for segment in segments:
        if abs(segment.position - position) <= tolerance:
            overlap = min(segment.end, end) - max(segment.start, start)
            if overlap >= need:
                return True
    return False


def find_grids(binary: np.ndarray, scale: float = 1.0) -> tuple[list[Grid], np.ndarray]:
    """Ruled tables on the page, top to bottom, and the mask of every ruling
    line: table lines, but also the frames around form answers and the
    lines to sign on, which are not tables. All of them are erased before
    OCR (Tesseract misreads text inside frames) and none of them is ink or a
    check box. A vertical run counts only when it meets a horizontal line,
    so the stems of tall letters stay. Words are filled in by ``fill_cells``."""
    horizontal, vertical = ruling_masks(binary, scale)
    tolerance = max(4.0, OCR_RULE_MERGE_PX300 * scale)
    line_mask = np.zeros_like(binary)
    area = ink_area(horizontal | vertical, pad=3)
    if area is None:
        return [], line_mask
    grids: list[Grid] = []
    for window, region in sorted(components(grow(horizontal[area] | vertical[area], 2)), key=first_pixel):
        slices = (
            slice(window[0].start + area[0].start, window[0].stop + area[0].start),
            slice(window[1].start + area[1].start, window[1].stop + area[1].start),
        )
        if not (horizontal[slices] & region).any():
            continue
        line_mask[slices] |= (horizontal[slices] | vertical[slices]) & region
        h_segments = _segments(horizontal[slices] & region, axis=1)
        v_segments = _segments(vertical[slices] & region, axis=0)
        offset_y, offset_x = slices[0].start, slices[1].start
        for s in h_segments:
            s.position += offset_y
            s.start += offset_x
            s.end += offset_x
        for s in v_segments:
            s.position += offset_x
            s.start += offset_y
            s.end += offset_y
        grid = _grid(h_segments, v_segments, tolerance)
        if grid is None:
            continue
        grids.append(grid)
    grids.sort(key=lambda g: (g.box[1], g.box[0]))
    return grids, line_mask


def _grid(h_segments: list[Segment], v_segments: list[Segment], tolerance: float) -> Grid | None:
    """A grid from the lines of one connected ruling structure, or None when
    they do not enclose at least two cells (a lone frame or an underline)."""
    rows = _cluster([s.position for s in h_segments], tolerance)
    # A vertical line counts only where it reaches the horizontal lines: the
    # stem of a tall letter does not.
    v_segments = [
        s for s in v_segments
        if any(abs(s.start - r) <= 2 * tolerance for r in rows) and any(abs(s.end - r) <= 2 * tolerance for r in rows)
    ]
    columns = _cluster([s.position for s in v_segments], tolerance)
    if len(rows) < 2 or len(columns) < 2 or (len(rows) - 1) * (len(columns) - 1) < 2:
        return None
    cells: list[list[GridCell]] = []
    for r in range(len(rows) - 1):
        top, bottom = rows[r], rows[r + 1]
        row_cells: list[GridCell] = []
        start = 0
        for c in range(1, len(columns)):
            last = c == len(columns) - 1
            if last or _covers(v_segments, columns[c], top, bottom, tolerance):
                box = (round(columns[start]), round(top), round(columns[c]), round(bottom))
                row_cells.append(GridCell(r, start, c - start, box, []))
                start = c
        cells.append(row_cells)
    box = (round(columns[0]), round(rows[0]), round(columns[-1]), round(rows[-1]))
    return Grid(box, rows, columns, cells)


def _straddled(words: list[OcrWord], x: float, top: float, bottom: float) -> bool:
    """Whether a word in the band top..bottom runs across the column line x."""
    for word in words:
        cy = (word.box[1] + word.box[3]) / 2
        if top <= cy <= bottom and word.box[0] < x - 3 and word.box[2] > x + 3:
            return True
    return False


def split_spans(grid: Grid, words: list[OcrWord]) -> None:
    """Split a cell that spans columns at a column line that the rows above
    and below both have and that no word in the cell runs across: the
    border was only not drawn (a row without inner borders), and the row
    still has one value per column. Text across the line is a real merged
    cell; a line that only some other row has (rows of different widths)
    is no column of this one."""
    starts = [{cell.column for cell in row} for row in grid.cells]
    for r, row in enumerate(grid.cells):
        neighbours = [starts[i] for i in (r - 1, r + 1) if 0 <= i < len(starts)]
        top, bottom = grid.rows[r], grid.rows[r + 1]
        cells: list[GridCell] = []
        for cell in row:
            start = cell.column
            for c in range(cell.column + 1, cell.column + cell.col_span):
                drawn_around = bool(neighbours) and all(c in n for n in neighbours)
                if drawn_around and not _straddled(words, grid.columns[c], top, bottom):
                    cells.append(GridCell(r, start, c - start, (round(grid.columns[start]), round(top),
                                                               round(grid.columns[c]), round(bottom)), []))
                    start = c
            end = cell.column + cell.col_span
            cells.append(GridCell(r, start, end - start, (round(grid.columns[start]), round(top),
                                                         round(grid.columns[end]), round(bottom)), []))
        grid.cells[r] = cells


def split_undrawn_column(grid: Grid, words: list[OcrWord]) -> None:
    """Give a one-column grid the column rule it lacks when its rows are
    labels and answers with one wide gap between them down the whole table
    (``gaps.shared_gap``): a stack of boxed questions whose dividing rule
    was never drawn or was lost to a photo or a faint scan. Each row then
    holds the label cell and the answer cell that a drawn rule would have
    made, and the extractors pair them as in any ruled form; a row whose
    text runs across the gap stays one cell over both columns."""
    if len(grid.columns) != 2:
        return
    left, right = round(grid.columns[0]), round(grid.columns[1])
    rows: list[list[OcrWord]] = [[] for _ in grid.cells]
    for word in words:
        cx, cy = (word.box[0] + word.box[2]) / 2, (word.box[1] + word.box[3]) / 2
        if left <= cx <= right:
            for r in range(len(rows)):
                if grid.rows[r] <= cy <= grid.rows[r + 1]:
                    rows[r].append(word)
                    break
    x = shared_gap([[w.box for w in row] for row in rows], left, right)
    if x is None:
        return
    grid.columns = [grid.columns[0], x, grid.columns[1]]
    for r, row in enumerate(rows):
        top, bottom = round(grid.rows[r]), round(grid.rows[r + 1])
        if _straddled(row, x, top, bottom):
            grid.cells[r] = [GridCell(r, 0, 2, (left, top, right, bottom), [])]
        else:
            grid.cells[r] = [GridCell(r, 0, 1, (left, top, round(x), bottom), []),
                             GridCell(r, 1, 1, (round(x), top, right, bottom), [])]


def fill_cells(grids: list[Grid], words: list[OcrWord]) -> dict[int, tuple[int, int, int]]:
    """Put each word into the cell holding its centre (after
    ``split_undrawn_column`` and ``split_spans``); returns
    ``id(word) → (table index, row, column)`` for the words placed."""
    for grid in grids:
        split_undrawn_column(grid, words)
        split_spans(grid, words)
    placed: dict[int, tuple[int, int, int]] = {}
    for word in words:
        cx = (word.box[0] + word.box[2]) / 2
        cy = (word.box[1] + word.box[3]) / 2
        for t, grid in enumerate(grids):
            x0, y0, x1, y1 = grid.box
            if not (x0 <= cx <= x1 and y0 <= cy <= y1):
                continue
            for row in grid.cells:
                for cell in row:
                    bx0, by0, bx1, by1 = cell.box
                    if bx0 <= cx <= bx1 and by0 <= cy <= by1:
                        cell.words.append(word)
                        placed[id(word)] = (t, cell.row, cell.column)
                        break
                else:
                    continue
                break
            break
    return placed
