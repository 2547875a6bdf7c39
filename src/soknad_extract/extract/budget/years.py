"""Amount columns named by years: which of them this application asks for.

A budget over several years has a column per year; a continuation's form
sets last year's grant beside this year's ("Søkt tilskot 2020 | Tildelt
2019"); a project description or an attachment reports last year's results
in a table of its own ("Indikator | Mål 2019 | Resultat 2019", with a row
"Tildelt tilskot | 540 000"). Only the scheme's year is applied for.
"""

from __future__ import annotations

import re
from datetime import date

from soknad_extract.extract.budget.cells import amount_in_cell, is_own_header
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import find_dates, header_year


def year_column(amounts: list[tuple[str, int, str]], year: int | None) -> list[tuple[str, int, str]]:
    """A budget over several years, one column each ("Post | 2020 | 2021 |
    2022"): the amounts applied for are those of the scheme's year, or of the
    first year when the scheme's is not among them; a column summing all the
    years is the project's cost, not the application's. Own-funding columns
    stay."""
    years = [header_year(header) for _, _, header in amounts]
    if len({y for y in years if y is not None}) < 2:
        return amounts
    chosen = year if year in years else min(y for y in years if y is not None)
    return [a for a, y in zip(amounts, years) if y == chosen or y is None and is_own_header(a[2])]


def earlier_years_only(row: Row, year: int | None) -> bool:
    """Every amount of the table row stands under a column named by a year
    before the scheme's ("Mål 2019 | Resultat 2019", "Brukt per 31.12.2019"): the
    row reports a past year (results, a grant received, accounts), so its
    post is no line of this application's budget, where the application
    has one of its own (``assemble``)."""
    if year is None or not row.in_table:
        return False
    headers = [row.header[i] if i < len(row.header) else "" for i, cell in enumerate(row.cells)
               if cell.text.strip() and amount_in_cell(cell.text.strip()) is not None]
    years = [_column_year(header) for header in headers]
    return bool(years) and all(y is not None and y < year for y in years)


def _column_year(header: str) -> int | None:
    """The year a column is named by: one year ("Regnskap 2019"), or the year
    of the one date it names ("Brukt per 31.12.2019"), as a status table
    reports how far last year's grant went by the year's end."""
    found = header_year(header)
    if found is not None:
        return found
    dates = find_dates(header)
    return dates[0].value.year if len(dates) == 1 and isinstance(dates[0].value, date) else None


def applied_year_value(row: Row | None, value: Span, year: int | None) -> Span | None:
    """A labelled answer in a table row with a column per year ("Stillingsprosent |
    80 % | 100 %" under "2019 (tildelt) | 2020 (søkt)"): the cell of the year
    applied for, chosen as ``year_column`` chooses (None when that cell is
    empty); any other answer as it stands. A continuation sets last year's
    grant beside this year's request, and only the request counts."""
    if row is None or not row.in_table:
        return value
    years = [header_year(row.header[i]) if i < len(row.header) else None for i in range(len(row.cells))]
    named = {y for y, cell in zip(years, row.cells) if y is not None and cell.text.strip()}
    at = next((i for i, cell in enumerate(row.cells) if cell is value or cell.text.strip() == value.text.strip()), None)
    if len(named) < 2 or at is None or years[at] is None:
        return value
    chosen = year if year in named else min(named)
    return next((cell for y, cell in zip(years, row.cells) if y == chosen and cell.text.strip()), None)


_YEAR_LIST_END = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?:\s*(?:,|/|og|eller|og i)\s*(?:19|20)\d\d)*\s*(?:og|eller|og i)\s*$", re.I)
"""A label closing with a list of years still open ("… tilskot i 2017, 2018 og"):
its last item follows a conjunction; a comma or a dash after a year ("Tilskot
2019 og 2020 – 1 200 000") sets an amount apart."""


def continues_years(label: str) -> bool:
    """A label that ends in a list of years the figure after it closes
    ("Prosjektet har fått tilskot i 2017, 2018 og 2019", which a scan may
    read "… og 20109"): the figure is one more year of the list, no amount."""
    return bool(_YEAR_LIST_END.search(label.strip()))
