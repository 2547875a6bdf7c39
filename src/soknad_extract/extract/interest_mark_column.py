"""An interest question printed as a row of a table whose other column takes
a mark ("Prioritert område | Kryss" over "Bruk av ordinært arbeidsliv | X",
…, "Ønsker nettverk/klyngesamarbeid | ", "Ønsker ekstern prosessevaluering |
X"). The office marks the rows that apply; where the mark column holds marks
in other rows of the same table, the question's empty cell is a box left
unticked: a no. A column with no mark anywhere says nothing (the form may
not have been filled in), and neither does a column that holds words."""

from __future__ import annotations

from soknad_extract.extract.context import Context, span_evidence
from soknad_extract.extract.marked_rows import is_mark
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.vocabulary import Wordings


def unmarked_in_mark_column(ctx: Context, topic: Wordings, others: list[Wordings]) -> tuple[bool, Evidence] | None:
    """False when the topic's row of a table leaves its mark cells empty
    while the table's mark column marks other rows."""
    rows = ctx.rows
    for i, row in enumerate(rows):
        if not row.in_table or len(row.cells) < 2 or not row.cells[0].text.strip():
            continue
        label = fold(row.cells[0].text)
        if not topic.search(label) or any(o.search(label) for o in others) or "?" in label:
            continue
        if any(c.text.strip() for c in row.cells[1:]):
            continue
        grid = _grid(rows, i)
        if any(_mark_column(grid, j) for j in range(1, len(row.cells))):
            return False, span_evidence(row.cells[0], "table", 0.85)
    return None


def _same_table(a: Row, b: Row) -> bool:
    return b.in_table and b.page == a.page and len(b.cells) == len(a.cells) and b.header == a.header


def _grid(rows: list[Row], i: int) -> list[Row]:
    """The rows of row ``i``'s table next to it (same header, same columns)."""
    lo = i
    while lo > 0 and _same_table(rows[i], rows[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(rows) and _same_table(rows[i], rows[hi + 1]):
        hi += 1
    return rows[lo: hi + 1]


def _mark_column(grid: list[Row], j: int) -> bool:
    """Column ``j`` holds marks in some rows and nothing else below its header."""
    cells = [row.cells[j].text.strip() for row in grid if not _is_header(row)]
    filled = [text for text in cells if text]
    return bool(filled) and all(is_mark(text) for text in filled)


def _is_header(row: Row) -> bool:
    return bool(row.header) and [c.text for c in row.cells] == row.header
