"""Budget tables whose rows are periods of the year and whose columns are posts.

Some offices spread the year's budget over its quarters or months: "Kvartal
| Lønsmidlar | Drift | Sum" with a row per quarter ("1. kvartal | 150 000 |
– | 150 000") and a sum row under them. The rows' labels name no post: the
column headings do, so a period's amount is a part of the post its column
names, and the post's amount is the column's sum. Each period row read as a
post of its own would make the salary column an "other" cost four times
over. So the period rows of such a table give way to one row with its
label emptied, the sum row when the table has one, else the columns added
up, and its columns name its posts (as ``tables.year_rows`` does for a
table with a row per year). Only a table with a column naming salaries or
competence is read so: elsewhere the columns name no post to read.
The words for periods are data (``budget.toml`` ``period_row``).
"""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.lines import category
from soknad_extract.extract.budget.tables import SourcedRow
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import fold

_PERIODS_MIN = 2
"""Period rows a table has at least: one quarter alone is no breakdown."""


def _is_period_row(row: Row) -> bool:
    """A row labelled with a period ("1. kvartal", "Januar") whose other cells hold an amount."""
    filled = row.filled()
    return (len(filled) >= 2 and bool(budget_words().period_row.search(fold(filled[0].text.strip())))
            and any(amount_in_cell(c.text) is not None for c in filled[1:]))


def _names_posts(header: list[str]) -> bool:
    return any(category(h, None) in ("positions", "competence") for h in header[1:] if h.strip())


def _emptied(row: Row) -> Row:
    first = row.filled()[0]
    return replace(row, cells=[replace(c, text="") if c is first else c for c in row.cells])


def _added_up(rows: list[Row]) -> Row | None:
    """One row of the period rows' column sums, label emptied; None when a
    column mixes amounts with text that is none, so its sum cannot be told."""
    first = rows[0]
    cells = []
    for i, cell in enumerate(first.cells):
        header = first.header[i] if i < len(first.header) else ""
        texts = [r.cells[i].text if i < len(r.cells) else "" for r in rows]
        values = [amount_in_cell(t, header) for t in texts]
        if i == 0 or all(v is None for v in values):
            cells.append(replace(cell, text="" if i == 0 else cell.text))
        elif all(v is not None for v in values):
            cells.append(replace(cell, text=str(sum(values))))
        else:
            return None
    return replace(first, cells=cells)


def period_rows(rows: list[SourcedRow]) -> list[SourcedRow]:
    """The rows, each table of period rows under post columns cut to one
    row: its sum row (label emptied) or the period rows added up."""
    periods: dict[int, list[int]] = {}
    for index, sourced in enumerate(rows):
        if sourced.source is not None and _is_period_row(sourced.row) and _names_posts(sourced.row.header):
            periods.setdefault(sourced.source, []).append(index)
    tables = {source: found for source, found in periods.items() if len(found) >= _PERIODS_MIN}
    if not tables:
        return rows
    out: list[SourcedRow] = []
    for index, sourced in enumerate(rows):
        found = tables.get(sourced.source) if sourced.source is not None else None
        if found is None:
            out.append(sourced)
        elif index == found[-1] and not _has_sum_row(rows, sourced.source, index):
            summed = _added_up([rows[i].row for i in found])
            out.extend([replace(sourced, row=summed)] if summed is not None else [rows[i] for i in found])
        elif index in found:
            continue
        elif index > found[-1] and category(sourced.row.filled()[0].text if sourced.row.filled() else "",
                                              None) == "total":
            out.append(replace(sourced, row=_emptied(sourced.row)))
        else:
            out.append(sourced)
    return out


def _has_sum_row(rows: list[SourcedRow], source: int, after: int) -> bool:
    return any(r.source == source and r.row.filled() and category(r.row.filled()[0].text, None) == "total"
               for r in rows[after + 1:])
