"""Budget tables as whole tables: which rows belong together, and tables
that a page break cut in two.

Word exported to PDF splits a long table at the page break; the part on the
next page is read as a table of its own whose first row is data (or the
wrapped tail of the last row, "100 %"), not a header. Such a part is joined
to the table it continues, so its rows keep their column headers and its
lines count as the same budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from soknad_extract.extract.budget.cells import THOUSANDS, amount_in_cell, is_percent_cell
from soknad_extract.extract.running_matter import running_rows
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import find_amounts, header_year, normalize_space, states_thousands

_PAGE_FURNITURE = re.compile(r"^(?:side|page|s\.)?\s*\d{1,3}(?:\s*(?:av|/|of)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$",
                             re.IGNORECASE)


@dataclass
class SourcedRow:
    """A row and the budget source it belongs to: one number per table
    (a table continued over a page break keeps its number), None for text."""

    row: Row
    source: int | None


def _groups(rows: list[Row]) -> list[list[Row]]:
    """Consecutive rows cut into tables and single text rows; a table starts
    at a table row without a header (its own first row)."""
    groups: list[list[Row]] = []
    for row in rows:
        if row.in_table and row.header and groups and groups[-1][0].in_table:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _has_data(row: Row) -> bool:
    return any(amount_in_cell(c.text) is not None or is_percent_cell(c.text, "") for c in row.filled())


def _is_header_like(row: Row) -> bool:
    return len(row.filled()) == len(row.cells) and not _has_data(row)


def _is_fragment(row: Row) -> bool:
    """The wrapped tail of the row above: no amounts, text that goes on
    mid-sentence (lower case, a digit, a bracket) or a lone share."""
    filled = row.filled()
    return bool(filled) and not any(amount_in_cell(c.text) is not None for c in filled) and all(
        re.match(r"[a-zæøå0-9(]", c.text.strip()) or is_percent_cell(c.text, "") for c in filled)


def _continues(previous: list[Row], table: list[Row], between: list[list[Row]], running: set[int]) -> bool:
    """``table`` carries on ``previous`` over a page break: the next page,
    the same columns, nothing between but page numbers and the pages'
    running foot and head (``running``: ids of those rows), and a first row
    of data, or the header row repeated (as Word and LibreOffice repeat it)."""
    first = table[0]
    return (first.page == previous[-1].page + 1
            and len(first.cells) == len(previous[0].cells) > 1
            and all(len(g) == 1 and not g[0].in_table
                    and (_PAGE_FURNITURE.match(g[0].text.strip()) or id(g[0]) in running) for g in between)
            and (not _is_header_like(first) or _repeats_header(previous[0], table)))


def _loose_start(out: list[SourcedRow], table: list[Row], running: set[int]) -> int | None:
    """Where a table's start sits in ``out`` as loose rows, when a page
    break cut it after a few rows: a table on a new page that opens with
    data, and at the foot of the page before (past the page's running foot
    and number) rows of the same columns, not read as a table, that open
    with a header row and go on with data. Word and PDF layouts leave a
    table's first rows loose when they are too few to make a table."""
    first = table[0]
    if first.page < 2 or _is_header_like(first) or len(first.cells) < 2:
        return None
    index = len(out)
    while index and out[index - 1].source is None and len(out[index - 1].row.cells) == 1 and (
            _PAGE_FURNITURE.match(out[index - 1].row.text.strip()) or id(out[index - 1].row) in running):
        index -= 1
    end = index
    while index and out[index - 1].source is None and not out[index - 1].row.in_table \
            and out[index - 1].row.page == first.page - 1 and len(out[index - 1].row.cells) == len(first.cells):
        index -= 1
        if _is_header_like(out[index].row):
            return index if end - index > 1 and all(_has_data(s.row) for s in out[index + 1: end]) else None
    return None


def _repeats_header(header: Row, table: list[Row]) -> bool:
    """The table opens with ``header``'s own texts and has rows under them."""
    return len(table) > 1 and [c.text.strip().casefold() for c in table[0].cells] == [
        c.text.strip().casefold() for c in header.cells]


def _merge(upper: Row, tail: Row) -> Row:
    cells = [Span(normalize_space(f"{a.text} {b.text}"), a.page, a.bbox, min(a.confidence, b.confidence), a.method)
             if b.text.strip() else a for a, b in zip(upper.cells, tail.cells)]
    return replace(upper, cells=cells)


def sourced_rows(rows: list[Row]) -> list[SourcedRow]:
    """The document's rows, each with its budget source; the continuation of
    a table split by a page break gets the header and the source of the
    table it continues (its repeated header row dropped), and a wrapped row
    tail is joined to its row."""
    out: list[SourcedRow] = []
    groups = _groups(rows)
    running = {id(rows[i]) for i in running_rows(rows)}
    last_table: list[Row] | None = None
    last_index = -1
    source = -1
    for index, group in enumerate(groups):
        if not group[0].in_table:
            out.append(SourcedRow(group[0], None))
            continue
        if last_table is not None and _continues(last_table, group, groups[last_index + 1: index], running):
            header = last_table[0].header or [c.text for c in last_table[0].cells]
            body = group[1:] if _repeats_header(last_table[0], group) else group
            if body and _is_fragment(body[0]) and len(last_table) > 1:
                joined = _merge(out[-1 - (index - last_index - 1)].row, body[0])
                out[-1 - (index - last_index - 1)] = SourcedRow(joined, source)
                body = body[1:]
            out.extend(SourcedRow(replace(row, header=header), source) for row in body)
            last_table = last_table + group
        else:
            source += 1
            start = _loose_start(out, group, running)
            if start is not None:
                header = [c.text for c in out[start].row.cells]
                out[start:] = [SourcedRow(replace(s.row, in_table=True, header=header if i else []), source)
                               if s.source is None and len(s.row.cells) == len(header) else s
                               for i, s in enumerate(out[start:])]
                group = [replace(row, header=header) for row in group]
            out.extend(SourcedRow(row, source) for row in group)
            last_table = group
        last_index = index
    return out


_YEARS_MIN = 2
"""Distinct years a header row names when its table is a budget over years."""


def _names_years(texts: list[str]) -> bool:
    """A header row of a budget over several years ("Post | 2018 | 2019 |
    2020 | Sum"): two years or more, each a column of its own, no amount."""
    filled = [t for t in texts if t.strip()]
    years = {header_year(t) for t in filled} - {None}
    return len(years) >= _YEARS_MIN and not _amount_beside_years(filled)


def _amount_beside_years(texts: list[str]) -> bool:
    """A cell that is no year holds an amount: a row of figures, not of column names."""
    return any(amount_in_cell(t) is not None for t in texts if header_year(t) is None)


def _header_run(rows: list[SourcedRow], start: int) -> int:
    """The end of the rows from ``start`` that read as one table printed
    without rules: a line of column names (three pieces or more, no amount)
    and the lines under it with as many pieces."""
    first = rows[start].row
    if not _loose(rows[start]) or len(first.cells) <= _YEARS_MIN or _amount_beside_years(
            [c.text for c in first.cells]):
        return start
    end = start + 1
    while end < len(rows) and _loose(rows[end]) and len(rows[end].row.cells) == len(first.cells):
        end += 1
    return end


def _loose(sourced: SourcedRow) -> bool:
    return sourced.source is None and not sourced.row.in_table


def ruled_off_years(rows: list[SourcedRow]) -> list[SourcedRow]:
    """A budget over several years printed without rules (a spreadsheet
    without gridlines): a line of column names and the lines under it with
    as many pieces are one table, a source of its own with that line as its
    header, when the names are years ("Post 2018 2019 2020 Sum") or the
    lines are ("2019 520 000 10 000 530 000"), so it is read by its years.
    One row out for each row in, in order."""
    next_source = max((s.source for s in rows if s.source is not None), default=-1) + 1
    out: list[SourcedRow] = []
    i = 0
    while i < len(rows):
        end = _header_run(rows, i)
        head = [c.text for c in rows[i].row.cells]
        years = {_row_year(r.row) for r in rows[i + 1:end]} - {None}
        if end - i > _YEARS_MIN and (_names_years(head) or len(years) >= _YEARS_MIN):
            out.append(replace(rows[i], source=next_source))
            out.extend(replace(r, source=next_source, row=replace(r.row, header=head)) for r in rows[i + 1:end])
            next_source += 1
            i = end
            continue
        out.append(rows[i])
        i += 1
    return out


def year_headers(rows: list[SourcedRow]) -> tuple[list[SourcedRow], set[int]]:
    """The rows with their table's row of years as header, and the tables
    that are budgets over several years. A spreadsheet printed to PDF often
    puts a title row ("Budsjett <prosjekt>") above the row of years, so the
    table's first row is not its header: the row of years is, for the rows
    under it."""
    out: list[SourcedRow] = []
    years: dict[int, list[str]] = {}
    for sourced in rows:
        source, row = sourced.source, sourced.row
        if source is not None and source not in years:
            texts = [c.text for c in row.cells]
            if _names_years(row.header):
                years[source] = row.header
            elif _names_years(texts):
                years[source] = texts
                out.append(sourced)
                continue
        header = years.get(source) if source is not None else None
        out.append(replace(sourced, row=replace(row, header=header)) if header and header != row.header else sourced)
    return out, set(years)


def _row_year(row: Row) -> int | None:
    """The year a table row is labelled with: its first filled cell is a
    year ("2019", "År 2019") and some other cell holds an amount."""
    filled = row.filled()
    if len(filled) < 2 or not any(amount_in_cell(c.text) is not None for c in filled[1:]):
        return None
    return header_year(filled[0].text)


def year_rows(rows: list[SourcedRow], year: int | None) -> tuple[list[SourcedRow], set[int]]:
    """The rows, with a table whose rows are years ("År | Lønn | Kompetanse
    | Sum", one row a year, a sum row under them) cut to the scheme
    ``year``'s row (the first year's when the scheme's is not among them,
    as for a column per year), its year cell emptied so its columns name
    its posts; and the tables that are budgets over several years. The other
    years' rows and the sums over the years are not this application's
    amounts."""
    by_source: dict[int, set[int]] = {}
    for sourced in rows:
        found = _row_year(sourced.row) if sourced.source is not None else None
        if found is not None:
            by_source.setdefault(sourced.source, set()).add(found)
    sources = {source for source, years in by_source.items() if len(years) >= _YEARS_MIN}
    chosen = {source: year if year in by_source[source] else min(by_source[source]) for source in sources}
    out: list[SourcedRow] = []
    seen_year: set[int] = set()
    for sourced in rows:
        if sourced.source not in sources:
            out.append(sourced)
            continue
        found = _row_year(sourced.row)
        if found is None and sourced.source not in seen_year:
            out.append(sourced)  # the header and other rows above the years
        elif found is not None and found == chosen[sourced.source]:
            cells = [replace(c, text="") if c is sourced.row.filled()[0] else c for c in sourced.row.cells]
            out.append(replace(sourced, row=replace(sourced.row, cells=cells)))
        if found is not None:
            seen_year.add(sourced.source)
    return out, sources


_UNIT_ROW_CHARS = 80
"""A unit line is a short heading ("Budsjett (tall i hele tusen)"), not a
sentence that happens to say "i tusen"."""

_UNIT_LOOKBACK = 2
"""Text rows right above a table that may state its unit."""


def is_unit_row(row: Row) -> bool:
    """A row that only states the unit of the amounts ("Beløp i 1000 kr")."""
    filled = row.filled()
    return len(filled) == 1 and len(filled[0].text) <= _UNIT_ROW_CHARS and states_thousands(filled[0].text)


def is_unit_header(row: Row) -> bool:
    """A table's first row with a cell that states the unit ("Post | NOK
    1000"): the header that makes the table thousands, whose number is no
    amount. Any other amount in it makes it a budget row after all."""
    stating = [cell for cell in row.filled() if states_thousands(cell.text)]
    return bool(stating) and not any(find_amounts(cell.text) for cell in row.filled() if cell not in stating)


def thousands_sources(rows: list[SourcedRow]) -> dict[int, int]:
    """The tables whose amounts are thousands of kroner, each with its
    scale: one whose column header or title row states the unit, or that
    stands right under a unit line."""
    scales: dict[int, int] = {}
    for index, sourced in enumerate(rows):
        if sourced.source is None or sourced.source in scales:
            continue
        row = sourced.row
        stated = any(states_thousands(h) for h in row.header) or is_unit_row(row)
        first = index == 0 or rows[index - 1].source != sourced.source
        if first and not stated:
            above = [r for r in rows[max(0, index - _UNIT_LOOKBACK): index] if r.source is None]
            stated = any(is_unit_row(r.row) for r in above)
            stated = stated or any(states_thousands(c.text) for c in row.cells)
        if stated:
            scales[sourced.source] = THOUSANDS
    return scales


def _text_cell(sourced: SourcedRow) -> Span | None:
    filled = sourced.row.filled()
    return filled[0] if sourced.source is None and len(filled) == 1 else None


def _opens_bracket(text: str) -> bool:
    return text.count("(") > text.count(")") and not find_amounts(text) and not re.search(r"\d\s*$", text)


def _closes_bracket(text: str) -> bool:
    return bool(re.match(r"[a-zæøå]", text.strip())) and text.count(")") > text.count("(")


def _joined(first: SourcedRow, texts: list[str], amount: Span | None = None) -> SourcedRow:
    """One row of the wrapped label, with the amount as a cell of its own
    when it stood on a line of its own (as a table row would have it)."""
    cell = first.row.filled()[0]
    span = replace(cell, text=normalize_space(" ".join(texts)))
    return SourcedRow(replace(first.row, cells=[span] if amount is None else [span, amount]), None)


def join_wrapped_labels(rows: list[SourcedRow]) -> list[SourcedRow]:
    """Budget lines a narrow column wrapped: "Ungdomslos, 100 % stilling
    (lønn og sosiale" + "utgifter): 610.000" is one line. The signal is the
    structure: a text line that opens a bracket and holds no amount, then
    a line that starts in lower case and closes it, with the amount at its
    end or on a line of its own between the two ("0,56 mill. kr")."""
    out: list[SourcedRow] = []
    i = 0
    while i < len(rows):
        first = _text_cell(rows[i])
        if first is not None and _opens_bracket(first.text):
            nxt = _text_cell(rows[i + 1]) if i + 1 < len(rows) else None
            after = _text_cell(rows[i + 2]) if i + 2 < len(rows) else None
            if nxt is not None and _closes_bracket(nxt.text):
                out.append(_joined(rows[i], [first.text, nxt.text]))
                i += 2
                continue
            if (nxt is not None and after is not None and amount_in_cell(nxt.text) is not None
                    and _closes_bracket(after.text) and not re.search(r"\d", after.text)):
                out.append(_joined(rows[i], [first.text, after.text], nxt))
                i += 3
                continue
        out.append(rows[i])
        i += 1
    return out
