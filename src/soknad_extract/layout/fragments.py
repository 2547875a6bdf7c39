"""Fragments: every layout turned into boxes of column text (a derived view).

PDF and OCR lines keep their geometry; a line whose words are far apart (two
columns on one row) is split into one fragment per column. Word has no
geometry, so fragments get a pseudo box: table column *c* is the x band
``[200c, 200c + 180]``, each paragraph 18 units tall, all lines of a table row
start at the row's height. Tab-separated parts of a paragraph become
side-by-side fragments. The same distance rules then work for Word, PDF and
scans. Signature extraction groups fragments into blocks; the view itself
knows nothing of signatures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from soknad_extract.layout import settings
from soknad_extract.layout.model import BBox, Document, Image, Line, Page
from soknad_extract.norwegian import fold, normalize_space


@dataclass
class Fragment:
    """One column's worth of text on one visual row."""

    text: str
    page: int
    box: BBox
    real: bool
    """``box`` is page geometry (PDF, OCR) rather than Word's pseudo box."""
    order: int
    confidence: float = 1.0
    ocr: bool = False
    table_cell: tuple[int, int, int] | None = None

    @property
    def folded(self) -> str:
        return fold(self.text)


# --- fragments from the layout model --------------------------------------

_TAB_SPLIT = re.compile(r"\t+|\s{4,}")


def fragments(doc: Document) -> list[Fragment]:
    """Every line of the document as column fragments, in document order,
    plus the answers of PDF form fields that no text line shows."""
    out: list[Fragment] = []
    for page in doc.pages:
        lines = page.lines
        if any(line.bbox is not None for line in lines):
            for line in lines:
                out.extend(_split_real(line, len(out)))
            out.extend(_unshown_field_values(page, len(out)))
        else:
            out.extend(_pseudo(lines, len(out)))
    for i, frag in enumerate(out):
        frag.order = i
    return out


def _unshown_field_values(page: Page, order: int) -> list[Fragment]:
    """A filled PDF form whose fields have no appearance (the filling tool
    left it to the viewer) shows no text for its answers: the field's value
    at the field's place is what a reader of the printed form would see."""
    out = []
    for f in page.fields:
        value = normalize_space(f.value or "")
        if f.bbox is None or f.kind not in ("text", "date", "dropdown") or not value:
            continue
        shown = any(line.bbox is not None and _overlaps(line.bbox, f.bbox) and fold(value) in fold(line.text)
                    for line in page.lines)
        if not shown:
            out.append(Fragment(text=value, page=page.number, box=f.bbox, real=True, order=order,
                                confidence=f.confidence))
    return out


def _overlaps(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _split_real(line: Line, order: int) -> list[Fragment]:
    if line.bbox is None:
        return []
    words = [w for w in line.words if w.bbox is not None and w.text.strip()]
    height = max(line.bbox[3] - line.bbox[1], 1.0)
    groups: list[list] = []
    if words:
        words.sort(key=lambda w: w.bbox[0])
        gap_limit = max(20.0, 1.8 * height)
        for w in words:
            if groups and w.bbox[0] - groups[-1][-1].bbox[2] <= gap_limit:
                groups[-1].append(w)
            else:
                groups.append([w])
    if len(groups) <= 1:
        parts = [p for p in _TAB_SPLIT.split(line.text) if p.strip()]
        if len(parts) <= 1 or not line.text:
            return [_frag(line.text, line, line.bbox, True, order)]
        # No word boxes: place the parts proportionally to their offsets.
        x0, top, x1, bottom = line.bbox
        width = (x1 - x0) / max(len(line.text), 1)
        frags, pos = [], 0
        for part in parts:
            start = line.text.index(part, pos)
            pos = start + len(part)
            frags.append(_frag(part, line, (x0 + start * width, top, x0 + pos * width, bottom),
                               True, order))
        return frags
    frags = []
    for group in groups:
        box = (min(w.bbox[0] for w in group), min(w.bbox[1] for w in group),
               max(w.bbox[2] for w in group), max(w.bbox[3] for w in group))
        text = " ".join(w.text for w in group)
        conf = min((w.confidence for w in group), default=line.confidence)
        frags.append(_frag(text, line, box, True, order, conf))
    return frags


def _frag(text: str, line: Line, box: BBox, real: bool, order: int,
          confidence: float | None = None) -> Fragment:
    return Fragment(text=normalize_space(text), page=line.page, box=box, real=real,
                    order=order, confidence=line.confidence if confidence is None else confidence,
                    ocr=line.ocr, table_cell=line.table_cell)


def word_line_boxes(lines: list[Line]) -> list[BBox]:
    """Pseudo boxes for a Word page's lines (see the module docstring): a
    running cursor moves down one line per paragraph; the cells of a table
    row all start at the row's top, and the next row starts below the row's
    tallest cell."""
    boxes: list[BBox] = []
    row_top: dict[tuple[int, int], float] = {}
    cell_count: dict[tuple[int, int, int], int] = {}
    cursor = 0.0
    for line in lines:
        height = _breaks(line) * settings.WORD_LINE
        if line.table_cell is None:
            boxes.append((0.0, cursor, settings.WORD_COLUMN * 3 + settings.WORD_COLUMN_WIDTH,
                          cursor + height - settings.WORD_LINE * 0.2))
            cursor += height
            continue
        table, row, col = line.table_cell
        top = row_top.setdefault((table, row), cursor)
        k = cell_count.get(line.table_cell, 0)
        cell_count[line.table_cell] = k + _breaks(line)
        y = top + k * settings.WORD_LINE
        cursor = max(cursor, y + height)
        x = col * settings.WORD_COLUMN
        boxes.append((x, y, x + settings.WORD_COLUMN_WIDTH, y + height - settings.WORD_LINE * 0.2))
    return boxes


def _breaks(line: Line) -> int:
    """How many lines a paragraph shows: a line break inside it ("Nav-leder"
    ↵ "Kari Nordmann" in one cell) starts a line of its own."""
    return line.text.count("\n") + 1


def _pseudo(lines: list[Line], order: int) -> list[Fragment]:
    frags: list[Fragment] = []
    for line, box in zip(lines, word_line_boxes(lines)):
        for k, text in enumerate(line.text.split("\n")):
            top = box[1] + k * settings.WORD_LINE
            row = (box[0], top, box[2], top + settings.WORD_LINE * 0.8)
            parts = [p for p in _TAB_SPLIT.split(text) if p.strip()]
            if len(parts) <= 1:
                if text.strip() or k == 0:
                    frags.append(_frag(text, line, row, False, order))
                continue
            width = (row[2] - row[0]) / len(parts) if line.table_cell else settings.WORD_COLUMN
            for i, part in enumerate(parts):
                x = row[0] + i * width
                frags.append(_frag(part, line, (x, row[1], x + width * 0.9, row[3]), False, order))
    return frags


def image_box(image: Image, doc: Document) -> BBox | None:
    """The image's page box, or for Word a pseudo box from its paragraph or cell."""
    if image.bbox is not None:
        return image.bbox
    page = doc.page(image.page)
    if page is None:
        return None
    boxes = word_line_boxes(page.lines)
    if image.paragraph_index is not None and 0 <= image.paragraph_index < len(boxes):
        x0, y0, x1, y1 = boxes[image.paragraph_index]
        if image.table_cell is not None:
            x0 = image.table_cell[2] * settings.WORD_COLUMN
            x1 = x0 + settings.WORD_COLUMN_WIDTH
        return (x0, y0 - settings.WORD_LINE * 0.5, x1, y1)
    if image.table_cell is not None:
        for line, box in zip(page.lines, boxes):
            if line.table_cell == image.table_cell:
                return (box[0], box[1] - settings.WORD_LINE * 0.5, box[2], box[1])
        for line, box in zip(page.lines, boxes):
            if line.table_cell and line.table_cell[:2] == image.table_cell[:2]:
                x0 = image.table_cell[2] * settings.WORD_COLUMN
                return (x0, box[1] - settings.WORD_LINE * 0.5, x0 + settings.WORD_COLUMN_WIDTH, box[1])
    return None


# --- geometry -------------------------------------------------------------

def distance(a: BBox, b: BBox, row_gap: float = settings.SIGNATURE_ROW_GAP,
             side_gap: float = settings.SIGNATURE_SIDE_GAP) -> float | None:
    """How far `b` is from `a` as a member of the same block: in the same
    column (x overlap) within `row_gap` vertically, or on the same row
    within `side_gap` horizontally. None when neither."""
    x_overlap = min(a[2], b[2]) - max(a[0], b[0])
    narrower = max(min(a[2] - a[0], b[2] - b[0]), 1.0)
    y_gap = max(b[1] - a[3], a[1] - b[3], 0.0)
    if x_overlap >= 0.3 * narrower and y_gap <= row_gap:
        return y_gap
    y_overlap = min(a[3], b[3]) - max(a[1], b[1])
    shorter = max(min(a[3] - a[1], b[3] - b[1]), 1.0)
    x_gap = max(b[0] - a[2], a[0] - b[2], 0.0)
    if y_overlap >= 0.5 * shorter and x_gap <= side_gap:
        return x_gap * 0.5 + 1.0
    return None


def adjacent(a: Fragment, b: Fragment) -> bool:
    """`b` stands on the line just above or below `a`, in the same column."""
    if a is b or a.page != b.page or min(a.box[2], b.box[2]) - max(a.box[0], b.box[0]) <= 0:
        return False
    height = max(a.box[3] - a.box[1], 1.0)
    gap = max(b.box[1] - a.box[3], a.box[1] - b.box[3])
    return -1.0 <= gap <= 1.5 * height + 2.0
