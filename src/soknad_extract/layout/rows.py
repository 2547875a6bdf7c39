"""Rows: the document in reading order as rows of text spans (a derived view).

Applications put a label and its answer side by side (table cells, a PDF
row with a wide gap, "Label<TAB>value"), on one line, one above the other,
or in form machinery. Every layout is reduced here to one shape, ``Row`` of
``Span``s with page and box, so extractors never care which one a document
used. The view is geometry only: what a span means, and the evidence it
gives, is the extractors' business (``extract.pairs``, ``extract.context``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from soknad_extract.layout import settings
from soknad_extract.layout.columns import Piece, reflow_columns
from soknad_extract.layout.geometry import union
from soknad_extract.layout.item_numbers import answered, item_number, join_item_column, numbering
from soknad_extract.layout.model import BBox, Document, FormField, Line, Table
from soknad_extract.norwegian import normalize_space


@dataclass
class Span:
    """A piece of text where the document shows it: a cell, a line, a part of
    a paragraph between tabs. ``method`` says how it was read ("label" for
    text lines, "table", "ocr", or the form field's machinery)."""

    text: str
    page: int
    bbox: BBox | None = None
    confidence: float = 1.0
    method: str = "label"
    lines: tuple[str, ...] = ()
    """A table cell's own lines (paragraphs, line breaks, wrapped lines) when
    it has more than one: a cell may hold its label over its answer, or
    several answers one a line, which ``text`` runs together."""


@dataclass
class Row:
    cells: list[Span]
    page: int
    in_table: bool = False
    header: list[str] = field(default_factory=list)
    """Texts of the table's first row, aligned with ``cells``, when in a table."""

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells if c.text)

    def filled(self) -> list[Span]:
        """The cells with text (a fresh list: callers may change it)."""
        return list(self._filled)

    @cached_property
    def _filled(self) -> tuple[Span, ...]:
        """Worked out once: extractors ask each row for its filled cells
        some fifty thousand times over a batch of fifty documents. A row's
        cells are not changed once it is built (a changed row is a new one)."""
        return tuple(c for c in self.cells if c.text.strip())


def _line_span(line: Line, method: str) -> Span:
    return Span(normalize_space(line.text), line.page, line.bbox, line.confidence,
                "ocr" if line.ocr else method)


_FRAME_MIN_LINES = 3
"""Lines of a lone cell that make it a frame around a form, not an answer."""


def _is_frame(table: Table) -> bool:
    """A Word table of one cell holding a whole form, line under line (a
    box drawn around the form): its lines are the form's rows, as if no
    table stood there. Not a box whose lines are set in columns at tabs
    (a budget with its header row), which the cell reads whole."""
    return (table.bbox is None and len(table.rows) == 1 and len(table.rows[0]) == 1
            and "\t" not in table.rows[0][0].text
            and len(_cell_lines(table.rows[0][0].text)) >= _FRAME_MIN_LINES)


def _table_rows(table: Table) -> list[Row]:
    """A table's rows, its item number column (if any) joined to the
    questions; a frame's lines (``_is_frame``) as rows of their own."""
    if _is_frame(table):
        method = "ocr" if table.ocr else "label"
        return _text_rows(table.rows[0][0].text, table.page, 1.0, method)
    rows: list[Row] = []
    grid = join_item_column(table.rows)
    header = [normalize_space(c.text) for c in grid[0]] if grid else []
    for r, cells in enumerate(grid):
        spans = [
            Span(normalize_space(c.text), table.page, c.bbox, 1.0, "ocr" if table.ocr else "table",
                 _cell_lines(c.text))
            for c in cells
        ]
        rows.append(Row(spans, table.page, True, header if r else []))
    return rows


def _cell_lines(text: str) -> tuple[str, ...]:
    lines = tuple(normalize_space(part) for part in text.split("\n") if part.strip())
    return lines if len(lines) > 1 else ()


def _split_tabs(span: Span) -> list[Span]:
    parts = [p for p in re.split(r"\t+| {4,}", span.text) if p.strip()]
    if len(parts) < 2:
        return [span]
    return [Span(normalize_space(p), span.page, span.bbox, span.confidence, span.method) for p in parts]


def _visual_row(lines: list[Line], page: int) -> Row:
    """PDF lines on one baseline, left to right, as the cells of one row."""
    return Row([_line_span(x, "label") for x in sorted(lines, key=lambda x: x.bbox[0])], page)


def _paragraph_rows(line: Line, page: int) -> list[Row]:
    """A Word paragraph (no geometry): a row per soft line break, cells split at tabs."""
    return _text_rows(line.text, page, line.confidence, "ocr" if line.ocr else "label")


def _text_rows(text: str, page: int, confidence: float, method: str) -> list[Row]:
    """Text without geometry: a row per line, cells split at tabs."""
    rows = []
    for part in text.replace("\r", "").split("\n"):
        if part.strip():
            span = Span(part, page, None, confidence, method)
            rows.append(Row([Span(normalize_space(c.text), c.page, c.bbox, c.confidence, c.method)
                             for c in _split_tabs(span)], page))
    return rows


def _piece_rows(pieces: list[Piece], page: int, fields: list[FormField]) -> list[Row]:
    """A visual row's rows: a borderless table standing in it gives its own."""
    if len(pieces) == 1 and isinstance(pieces[0], Table):
        return _table_rows(pieces[0])
    row = _visual_row([p for p in pieces if isinstance(p, Line)], page)
    row.header = _field_labels(row, [p for p in pieces if isinstance(p, Line)], fields)
    return [row]


def _field_labels(row: Row, lines: list[Line], fields: list[FormField]) -> list[str]:
    """A row of two or more form fields' values ("Familieveileder | 100 |
    610 000"), each in its own field: the fields' labels, as the reader
    found them over, under or beside each box ("Stilling 1 | Stillingsprosent
    | Beløp (kr)"), head the row's cells as a table's header heads its
    columns. Empty for any other row."""
    if len(lines) < 2 or not all(line.form_value and line.bbox is not None for line in lines):
        return []
    labels: list[str] = []
    for cell in row.cells:
        box = cell.bbox
        if box is None:
            return []
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        field = next((f for f in fields if f.bbox is not None and f.label
                      and f.bbox[0] <= x <= f.bbox[2] and f.bbox[1] <= y <= f.bbox[3]), None)
        if field is None or not field.label:
            return []
        labels.append(field.label)
    return labels


def _field_boxes(table: Table, index: int, lines: list[Line]) -> bool:
    """A ruled PDF "table" of one column whose cells are only a form's
    shaded (or framed) field boxes, plain text beside each box on the same
    baseline: the labels' boxes with each answer to their right, or the
    answers' boxes with each label to their left (a filled box behind an
    answer is the field's background). Not a table: its rows are read as
    the page's lines, so each label keeps its answer."""
    if table.bbox is None or len(table.rows) < 2 or any(len(row) != 1 for row in table.rows):
        return False
    left, right = table.bbox[0], table.bbox[2]
    beside = 0
    for r in range(len(table.rows)):
        own = [x for x in lines if x.table_cell == (index, r, 0) and x.bbox is not None]
        if any(x.table_cell is None and x.bbox is not None and (x.bbox[0] >= right or x.bbox[2] <= left)
               and abs(x.bbox[1] - o.bbox[1]) <= settings.ROW_TOLERANCE for o in own for x in lines):
            beside += 1
    return beside * 2 > len(table.rows)


def build_rows(doc: Document) -> list[Row]:
    """All rows of a document in reading order. PDF lines on one baseline
    become one row with several cells, except where the page is set in two
    text columns (``layout.columns``): there each column's rows come on their
    own, a borderless table in a column with them. Each Word paragraph is a
    row (split at tabs); table rows come once, where the table starts."""
    rows: list[Row] = []
    for page in doc.pages:
        field_boxes = {i for i, table in enumerate(page.tables) if _field_boxes(table, i, page.lines)}
        tables_done: set[int] = set(field_boxes)
        visual: list[list[Piece]] = []
        pending: list[Line] = []

        def flush_visual() -> None:
            for pieces in reflow_columns(visual):
                rows.extend(_piece_rows(pieces, page.number, page.fields))
            visual.clear()

        for line in page.lines:
            in_table = (line.table_cell is not None and line.table_cell[0] < len(page.tables)
                        and line.table_cell[0] not in field_boxes)
            starts_row = line.bbox is None or not pending or not _one_row(pending[-1].bbox, line.bbox)
            if pending and (in_table or starts_row):
                visual.append(pending)
                pending = []
            if in_table:
                index = line.table_cell[0]
                table = page.tables[index]
                if index not in tables_done:
                    tables_done.add(index)
                    if table.bbox is None:
                        flush_visual()
                        rows.extend(_table_rows(table))
                    else:
                        visual.append([table])
            elif line.bbox is None:
                flush_visual()
                rows.extend(_paragraph_rows(line, page.number))
            else:
                pending.append(line)
        if pending:
            visual.append(pending)
        flush_visual()
        for index, table in enumerate(page.tables):
            if index not in tables_done:
                rows.extend(_table_rows(table))
    return _join_item_spans(rows)


def _one_row(a: BBox, b: BBox) -> bool:
    """Two lines stand on one row: their tops level, or most of the shorter
    line's height inside the taller's. A scan's OCR boxes a word with a
    capital and a descender ("Kontaktperson") taller than a short label
    beside it ("Tlf."), and a value written by hand sits a little higher or
    lower than its printed label: their tops differ by more than the
    tolerance, yet they share the row."""
    if abs(a[1] - b[1]) <= settings.ROW_TOLERANCE:
        return True
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    shorter = min(a[3] - a[1], b[3] - b[1])
    return shorter > 0 and overlap >= settings.ROW_SHARED_HEIGHT * shorter


def _join_item_spans(rows: list[Row]) -> list[Row]:
    """Item numbers set apart from their questions outside a table (a PDF
    line "2.1     Prosjektets navn     Arbeid først", a Word paragraph split
    at tabs) folded into the question, as ``item_numbers`` does for a
    table's number column: only where at least three such rows in a run number
    their items rising (1 < 1.1 < 2), so a count before a budget line
    ("1   Jobbkonsulent   610 000") stays a cell of its own."""
    runs: list[list[int]] = []
    for i, row in enumerate(rows):
        filled = row.filled()
        number = item_number(filled[0].text) if len(filled) >= 2 and not row.in_table else None
        if number is None:
            continue
        if runs and item_number(rows[runs[-1][-1]].filled()[0].text) < number:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if numbering([item_number(rows[i].filled()[0].text) for i in run]):
            for i in run:
                rows[i] = _joined_row(rows[i])
    return rows


def _joined_row(row: Row) -> Row:
    number, question, *rest = row.filled()
    if answered(rest):
        return Row([question, *rest], row.page, row.in_table, row.header)
    box = question.bbox if number.bbox is None or question.bbox is None else union([number.bbox, question.bbox])
    joined = Span(f"{number.text.strip()} {question.text}", question.page, box,
                  min(number.confidence, question.confidence), question.method)
    return Row([joined], row.page, row.in_table, row.header)

