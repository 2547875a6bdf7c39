"""Tables on a PDF page: ruled tables by pdfplumber's table search (``ruled``), and borderless
tables only when their columns line up beyond doubt.

pdfplumber reports a merged cell once and leaves ``None`` where it covers
other grid positions, and it does not say how far the cell spans. Here the
grid is rebuilt from every cell's edges, so each merged cell gets its
``row_span``/``col_span`` and the positions it covers become empty cells:
every row has the same length and a column index means the same column in
every row.
"""

from __future__ import annotations

import re

from ...layout import BBox, Cell, Line, Table
from ...layout.columns import reflow_columns
from ...layout.geometry import union
from ...layout.settings import PDF_BOX_ROW_CELL_MAX_PT, PDF_COLUMN_ALIGN_PT, PDF_TABLE_EDGE_TOLERANCE_PT
from .pdfium_objects import PageObjects
from .ruled import ruled_cells
from .text import CellKey, group_rows


_NUMERIC = re.compile(r"^(kr\.?|nok)?\s*[-−]?[\d][\d\s.,'’]*(,-|,–|%|\s*kr)?$", re.IGNORECASE)


def _grid(values: list[float]) -> list[float]:
    lines: list[float] = []
    for v in sorted(values):
        if not lines or v - lines[-1] > PDF_TABLE_EDGE_TOLERANCE_PT:
            lines.append(v)
    return lines


def _index(grid: list[float], value: float) -> int:
    return min(range(len(grid)), key=lambda i: abs(grid[i] - value))


def ruled_tables(page: PageObjects, page_number: int) -> list[Table]:
    """Tables drawn with borders (pdfplumber's lines strategy, on the
    page's pdfium objects), with cell text left empty until
    ``fill_cell_text`` has the page's lines."""
    tables: list[Table] = []
    for boxes, table_box in ruled_cells(page.lines, page.rects, page.curves):
        if len(boxes) < 2 or all(b[2] - b[0] <= PDF_BOX_ROW_CELL_MAX_PT and b[3] - b[1] <= PDF_BOX_ROW_CELL_MAX_PT for b in boxes):
            continue
        xs = _grid([v for b in boxes for v in (b[0], b[2])])
        ys = _grid([v for b in boxes for v in (b[1], b[3])])
        n_rows, n_cols = len(ys) - 1, len(xs) - 1
        if n_rows < 1 or n_cols < 1:
            continue
        rows: list[list[Cell]] = [[Cell("") for _ in range(n_cols)] for _ in range(n_rows)]
        for box in boxes:
            r0, r1 = _index(ys, box[1]), _index(ys, box[3])
            c0, c1 = _index(xs, box[0]), _index(xs, box[2])
            if r1 <= r0 or c1 <= c0 or r0 >= n_rows or c0 >= n_cols:
                continue
            rows[r0][c0] = Cell("", box, row_span=r1 - r0, col_span=c1 - c0)
        tables.append(Table(page=page_number, rows=rows, bbox=table_box))
    return tables


def cell_boxes(tables: list[Table]) -> list[tuple[CellKey, BBox]]:
    """Every real (anchor) cell with its key, for placing words in cells."""
    return [
        ((t_index, r, c), cell.bbox)
        for t_index, table in enumerate(tables)
        for r, row in enumerate(table.rows)
        for c, cell in enumerate(row)
        if cell.bbox is not None
    ]


def fill_cell_text(tables: list[Table], lines: list[Line]) -> None:
    """Cell text = the cell's lines in reading order, one per text line."""
    for line in lines:
        if line.table_cell is None:
            continue
        t_index, r, c = line.table_cell
        if t_index < len(tables):
            cell = tables[t_index].rows[r][c]
            cell.text = f"{cell.text}\n{line.text}" if cell.text else line.text


def _numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text.strip()))


def _matches(column: tuple[float, float], seg: BBox) -> bool:
    overlaps = min(column[1], seg[2]) - max(column[0], seg[0]) > 0
    return overlaps or abs(column[0] - seg[0]) < PDF_COLUMN_ALIGN_PT or abs(column[1] - seg[2]) < PDF_COLUMN_ALIGN_PT


def _place(columns: list[tuple[float, float]], row: list[Line]) -> list[int] | None:
    """Column index of each segment of ``row`` (left to right), adding
    columns for segments in free space; None when the row does not fit,
    e.g. one segment spans two columns or two segments share one."""
    placed: list[int] = []
    last = -1
    for line in row:
        seg = line.bbox
        assert seg is not None
        hits = [i for i, col in enumerate(columns) if _matches(col, seg)]
        if len(hits) > 1 or (hits and hits[0] <= last):
            return None
        if hits:
            last = hits[0]
        placed.append(hits[0] if hits else -1)
    return placed


def _fit(columns: list[tuple[float, float]], row: list[Line]) -> list[tuple[float, float]] | None:
    """The run's columns widened by ``row``, or None when it does not fit."""
    placed = _place(columns, row)
    if placed is None:
        return None
    new = list(columns)
    for index, line in zip(placed, row):
        seg = line.bbox
        assert seg is not None
        if index >= 0:
            new[index] = (min(new[index][0], seg[0]), max(new[index][1], seg[2]))
        else:
            new.append((seg[0], seg[2]))
    new.sort()
    if any(a[1] > b[0] for a, b in zip(new, new[1:])):
        return None
    return new


def _clearly_tabular(grid: list[list[Line | None]]) -> bool:
    """At least three columns, or a column of numbers; but not a list of
    "Label: value" rows, which row pairing already handles."""
    first = [row[0] for row in grid if row[0] is not None]
    if sum(1 for line in first if line.text.rstrip().endswith(":")) * 2 > len(first):
        return False
    columns = list(zip(*grid))
    if len(columns) >= 3:
        return True
    for col in columns[1:]:
        filled = [line for line in col if line is not None]
        numbers = sum(_numeric(line.text) for line in filled)
        if numbers >= 3 and numbers * 3 >= 2 * len(filled):
            return True
    return False


def _headers_over_figures(grid: list[list[Line | None]]) -> list[list[Line | None]]:
    """The grid with each column that holds only its header joined to the
    column right of it that holds figures under no header: a header set at
    its column's left edge over figures right-aligned at its right edge
    ("Beløp (kr)" over "598 000") shares no x with them, and read as two
    columns the figures lost their header (a percentage read as no share)."""
    columns = [list(column) for column in zip(*grid)] if len(grid) >= 3 else []
    c = 0
    while c + 1 < len(columns):
        header, figures = columns[c], columns[c + 1]
        below = [line for line in figures[1:] if line is not None]
        if (header[0] is not None and all(line is None for line in header[1:]) and figures[0] is None
                and below and all(_numeric(line.text) for line in below)):
            columns[c:c + 2] = [[header[0], *figures[1:]]]
        c += 1
    return [list(row) for row in zip(*columns)] if columns else grid


def _runs(rows: list[list[Line]]) -> list[tuple[list[list[Line]], list[tuple[float, float]]]]:
    """Maximal runs of close rows with two or more segments that fit one
    set of columns."""
    runs: list[tuple[list[list[Line]], list[tuple[float, float]]]] = []
    current: list[list[Line]] = []
    columns: list[tuple[float, float]] = []
    for row in rows:
        fitted = None
        if current and len(row) >= 2:
            height = max(l.bbox[3] - l.bbox[1] for l in row)  # type: ignore[index]
            gap = row[0].bbox[1] - max(l.bbox[3] for l in current[-1])  # type: ignore[index]
            if gap < 1.5 * height:
                fitted = _fit(columns, row)
        if fitted is not None:
            current.append(row)
            columns = fitted
            continue
        if len(current) >= 3:
            runs.append((current, columns))
        current, columns = ([row], _fit([], row) or []) if len(row) >= 2 else ([], [])
        if not columns:
            current = []
    if len(current) >= 3:
        runs.append((current, columns))
    return runs


def text_tables(lines: list[Line], page_number: int, first_index: int) -> list[Table]:
    """Borderless tables: runs of three or more consecutive rows whose
    segments line up in two or more columns and look tabular (missing cells
    allowed), read in each text column of a two-column page on its own
    (``layout.columns``): no table spans the gutter. Their lines get ``table_cell`` set; table indexes continue
    from ``first_index``."""
    free = [line for line in lines if line.table_cell is None and line.bbox is not None]
    rows = reflow_columns([sorted(row, key=lambda l: l.bbox[0]) for row in group_rows(free, lambda l: l.bbox)])
    tables: list[Table] = []
    for run, columns in _runs(rows):
        grid: list[list[Line | None]] = []
        for row in run:
            cells: list[Line | None] = [None] * len(columns)
            for line in row:
                seg = line.bbox
                assert seg is not None
                cells[next(i for i, col in enumerate(columns) if _matches(col, seg))] = line
            grid.append(cells)
        if not _clearly_tabular(grid):
            continue
        grid = _headers_over_figures(grid)  # after: the figures' own column marks a table of two columns too
        index = first_index + len(tables)
        for r, cells in enumerate(grid):
            for c, line in enumerate(cells):
                if line is not None:
                    line.table_cell = (index, r, c)
        table_rows = [[Cell(l.text, l.bbox) if l else Cell("") for l in cells] for cells in grid]
        bbox = union([line.bbox for row in run for line in row])  # type: ignore[misc]
        tables.append(Table(page=page_number, rows=table_rows, bbox=bbox))
    return tables
