"""Where a label's answer stands in a table that is no part of the form:
a long application's own tables (risks, activities, staff) head their
columns with words a form also uses as labels ("Tiltak", "Periode")."""

from __future__ import annotations

from soknad_extract.extract.context import Context
from soknad_extract.extract.pair_text import Pair
from soknad_extract.layout.rows import Row

_MIN_COLUMNS = 3
"""Columns of a table whose header row is a data table's ("Risiko | Sannsynlighet | Konsekvens | Tiltak")."""
_MIN_DATA_ROWS = 2
"""Rows under the header that make it a table of records, not a row of one form's answers."""
_PAGE_BREAK_ROWS = 3
"""Rows outside the table (a page's running footer and header) a table may
break over before its next row."""


def column_of_data_table(ctx: Context, pair: Pair) -> bool:
    """The pair's label heads one column of a table of several rows whose
    other columns ask for none of the form's fields, and its answer is that
    column's first cell: the table lists things (risks and their measures,
    phases and their periods), so its first cell answers no question of
    the form. A form's header row of labels ("Nav-kontor | Kommune |
    Org.nr.") names fields in most of its cells and has one row of answers.
    The answer beside the label in the header row itself ("Tiltak | Når |
    Ansvar") is another column's heading when every cell of the row is a
    short heading word: the row heads the table and answers nothing."""
    if pair.row is None or not 0 <= pair.row < len(ctx.rows):
        return False
    header = ctx.rows[pair.row]
    below = ctx.row_of_cell.get(id(pair.value))
    filled = header.filled()
    if not header.in_table or below is None or len(filled) < _MIN_COLUMNS:
        return False
    if below is header and not all(_heading_word(cell.text) for cell in filled):
        return False
    labels = sum(1 for cell in filled if ctx.classify(cell.text) is not None)
    if 2 * labels >= len(filled):
        return False
    column = _label_column(header, pair.label) if below is header else None
    if below is header and column is None:
        return False
    return _data_rows(ctx, pair.row, len(header.cells), column) >= _MIN_DATA_ROWS


def _label_column(header: Row, label: str) -> int | None:
    return next((k for k, cell in enumerate(header.cells) if cell.text.strip() == label.strip()), None)


_HEADING_WORDS = 3
"""Most words of a data table's column heading ("Tiltak", "Når", "Ansvarlig person")."""


def _heading_word(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _HEADING_WORDS and not any(ch.isdigit() or ch in ":.?" for ch in text)


def _data_rows(ctx: Context, header: int, columns: int, unlabelled: int | None = None) -> int:
    """Rows of ``columns`` cells, most of them filled, under the header row,
    across a page break (the running footer and header between them); with
    ``unlabelled``, a column index, rows whose cell in that column is no
    form's label: the label's column lists things ("Tiltak" over the
    measures), where a form's grid of lettered rows ("E | Prosjektnamn |
    …" over "F | Oppstart | …") holds a label under a label."""
    count, gap = 0, 0
    for row in ctx.rows[header + 1:]:
        if unlabelled is not None and row.in_table and len(row.cells) == columns \
                and ctx.classify(row.cells[unlabelled].text) is not None:
            break
        if row.in_table and len(row.cells) == columns and 2 * len(row.filled()) > columns:
            count, gap = count + 1, 0
        elif row.in_table or gap >= _PAGE_BREAK_ROWS:
            break
        else:
            gap += 1
        if count >= _MIN_DATA_ROWS:
            break
    return count
