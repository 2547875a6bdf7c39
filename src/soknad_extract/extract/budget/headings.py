"""Column names printed as a line of text above a budget table.

A budget table drawn with rules only under its rows (a letter's attached
budget, a spreadsheet pasted without its grid) is read as a table whose
first row is already a budget post: its column names stood on the line
above, outside the table, so no column has a name. Without names an
applied-for column ("Søkt tilskot"), an own-funding column
("Eigenfinansiering") and a sum column that adds them up cannot be told
apart, and the sum of the project's cost is taken for the amount applied
for. The line above names the columns when it has one name per column.
"""

from __future__ import annotations

import re
from dataclasses import replace

from soknad_extract.extract.budget.cells import amount_in_cell, is_amount_header, is_percent_cell, is_percent_header
from soknad_extract.extract.budget.tables import SourcedRow
from soknad_extract.layout.rows import Row

_GLUED = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")
"""Two names a text reader ran together when the gap between them was
narrow ("Søkt tilskotEigenfinansiering"): a capital right after a small
letter inside one word starts the next name."""

_NAME_MAX = 40
"""Longest column name; a longer piece is a sentence, not a header."""


def _names(row: Row) -> list[str]:
    """The column names a line of text holds, glued names split apart."""
    return [name.strip() for cell in row.filled() for name in _GLUED.split(cell.text) if name.strip()]


def is_column_name(text: str) -> bool:
    return (len(text) <= _NAME_MAX and amount_in_cell(text) is None and not is_percent_cell(text, "")
            and not re.search(r"\d{3}", text))


def _headerless_table(rows: list[SourcedRow], index: int) -> bool:
    """The first row of a table without a header row: it holds an amount."""
    sourced = rows[index]
    first = index == 0 or rows[index - 1].source != sourced.source
    return (sourced.source is not None and first and sourced.row.in_table and not sourced.row.header
            and any(amount_in_cell(c.text) is not None for c in sourced.row.filled()))


def header_line_above(rows: list[SourcedRow]) -> list[SourcedRow]:
    """The rows, a table whose first row is a post getting the names of the
    text line right above it (same page, no amounts) as its header, when
    that line holds one name per column. Otherwise the table keeps the
    header it had: a name that cannot be placed names no column."""
    out = list(rows)
    for index in range(1, len(rows)):
        if not _headerless_table(rows, index):
            continue
        above, first = rows[index - 1], rows[index].row
        if above.source is not None or above.row.in_table or above.row.page != first.page:
            continue
        names = _names(above.row)
        if len(names) != len(first.cells) or not all(is_column_name(n) for n in names):
            continue
        source = rows[index].source
        end = index
        while end < len(rows) and rows[end].source == source:
            out[end] = replace(rows[end], row=replace(rows[end].row, header=names))
            end += 1
    return out


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NAMES_MIN = 3
"""Column names a row inside a printed sheet holds to head the rows under it."""


def _column_letters(header: list[str]) -> bool:
    """A spreadsheet's bar of column letters ("A B C D E F"), printed along
    with the sheet: it names no column."""
    texts = [text.strip() for text in header if text.strip()]
    return len(texts) >= 2 and "".join(texts) == _LETTERS[:len(texts)]


def _names_columns(row: Row) -> bool:
    filled = row.filled()
    return len(filled) >= _NAMES_MIN and all(is_column_name(c.text) for c in filled) and any(
        is_percent_header(c.text) or is_amount_header(c.text) for c in filled)


def header_rows_in_sheet(rows: list[SourcedRow]) -> list[SourcedRow]:
    """The rows, a row that names columns inside a sheet printed whole
    ("Post | Stilling | Andel % | Lønn | Sum") heading the rows under it up
    to the next empty row. Serves spreadsheets printed to PDF with their
    column letters and gridlines: the whole sheet is one table, its first row
    the letters, so the budget's own header row is one row of many and its
    share and money columns would have no names. Only a table headed by the
    letters is read so; any other table keeps its own header."""
    out = list(rows)
    names: list[str] | None = None
    for index, sourced in enumerate(rows):
        row = sourced.row
        if sourced.source is None or not _column_letters(row.header) or not row.filled():
            names = None
        elif _names_columns(row):
            names = [c.text for c in row.cells]
        elif names is not None:
            out[index] = replace(sourced, row=replace(row, header=names))
    return out


_LABEL_ROW_NAMES = 2
"""Column names a row inside a table holds to head the row under it."""


def _names_row(row: Row) -> bool:
    """A row of two column names or more, no figure among them, one naming
    money or a share ("Kompetanse (kr) | | Sum omsøkt (kr)")."""
    filled = row.filled()
    return len(filled) >= _LABEL_ROW_NAMES and all(is_column_name(c.text) for c in filled) and any(
        is_percent_header(c.text) or is_amount_header(c.text) for c in filled)


def _holds_data(row: Row) -> bool:
    return any(amount_in_cell(c.text) is not None or is_percent_cell(c.text, "") for c in row.filled())


def label_rows_in_table(rows: list[SourcedRow]) -> list[SourcedRow]:
    """The rows, a row of column names inside a table heading the rows
    under it, when the row right under it holds figures. A form of boxes
    drawn as one grid sets each row of labels over its row of answers
    ("Oppstart | Stillingsprosent | Løn" over "1. april 2020 | 100 | 605 000",
    then "Kompetanse (kr) | | Sum omsøkt (kr)" over "5 000 | | 610 000"):
    the table's first row names only the first row of answers, and the
    figures under a later row of labels are that row's posts."""
    out = list(rows)
    names: list[str] | None = None
    for index, sourced in enumerate(rows):
        row = sourced.row
        first = index == 0 or rows[index - 1].source != sourced.source
        if sourced.source is None or first:
            names = None
            continue
        below = rows[index + 1] if index + 1 < len(rows) else None
        if _names_row(row) and below is not None and below.source == sourced.source and _holds_data(below.row) \
                and len(row.cells) == len(below.row.cells):
            names = [c.text for c in row.cells]
        elif names is not None and len(row.cells) == len(names):
            out[index] = replace(sourced, row=replace(row, header=names))
    return out
