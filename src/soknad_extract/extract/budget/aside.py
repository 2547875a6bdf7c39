"""Tables the application itself says are not its budget.

A long application sets many tables of figures beside its budget: the
office's staff today with their shares, the other grants it holds with
their amounts and shares, the project's cost over years. Offices say so in
the sentence that introduces such a table ("Oversikten under viser dagens
bemanning; stillingene er ikke en del av denne søknaden", "Kontoret har i
tillegg disse tilskuddene (ikke en del av prosjektets finansiering):"). Read
as budget lines, their shares become positions and their amounts posts
(another grant's "Kompetansetilskudd … 120 000" the competence applied for).
The wordings are data (``budget.toml`` ``not_applied_table``).

A table of other grants given in earlier years says it without words: each
row is dated by a year column ("Ordning | År | Beløp" → "… | 2019 | kr 450
000") to a year before the scheme's (``dated_before``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.extract.budget.tables import SourcedRow
from soknad_extract.extract.budget.totals import names_amount_applied_for
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import fold, header_year

_INTRO_ROWS = 4
"""Text rows right above a table read as its introducing sentence: a
paragraph a PDF wrapped over a few lines."""

_HEADING_WORDS = 8
"""Words of a heading at most; a longer text above a table is prose."""

_COSTS = ("positions", "competence")
"""The posts only a budget of costs holds."""

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«\"(])")


def disclaimed_sources(rows: list[SourcedRow]) -> set[int]:
    """The tables whose introducing sentence (the last sentence of the text
    right above, or the table's own title row) says they are not part of
    the application."""
    words = budget_words().not_applied_table
    return {source for source, intro, title, _, _ in _introduced(rows)
            if words.search(fold(intro)) or title and words.search(fold(title))}


def financing_sources(rows: list[SourcedRow]) -> set[int]:
    """The tables that say they show the project's financing (the heading
    right above, their title row or the header of their label column,
    "Kilde"): where the money comes from, not what it is spent on. A cost
    table's other column naming who pays ("Post | Beløp | Finansiering")
    says nothing of the table."""
    words = budget_words().financing_table
    return {source for source, _, title, header, heading in _introduced(rows)
            if any(text and words.search(fold(text)) for text in (_heading(heading), title, *header[:1]))}


def without_financing(lines: list[BudgetLine], financing: set[int]) -> list[BudgetLine]:
    """The budget without the cost lines read from a financing table beside
    the budget proper: its grant line repeats the amount applied for and its
    sum is the project's whole cost, neither a post. The municipality's own
    share stays (``own_funding``). A financing table that holds positions or
    competence is the budget itself; one beside no other cost table gives
    the grant its lines name (``grant_of_financing``)."""
    return grant_of_financing(_without_cost_tables(lines, financing), financing)


def _without_cost_tables(lines: list[BudgetLine], financing: set[int]) -> list[BudgetLine]:
    def costs(source: int | None) -> bool:
        return any(line.category in _COSTS for line in lines if line.source == source)

    kept = {source for source in financing if costs(source)}
    if not any(line.source not in financing and line.category in _COSTS for line in lines):
        return lines
    return [line for line in lines
            if line.source not in financing or line.source in kept or line.category == "own_funding"]


def grant_of_financing(lines: list[BudgetLine], financing: set[int]) -> list[BudgetLine]:
    """The lines of a financing table that holds no cost post, read as
    sources of funds: a council paper behind a letter ("Økonomiske
    konsekvenser": "Tilskudd (forutsatt) | 610 000", "Kommunal egenandel |
    200 000", "Sum | 810 000"), a plan of where the money comes from beside
    costs stated in prose. No line of it is a cost: the grant's own line
    (``financing_grant``, not another funder's) is the amount applied for, and
    the table's sum, the grant with the own part and other funders, is the
    project's cost, no request; other funders' lines are dropped. Unless one
    line names the grant, or a total already names the amount applied for,
    only the funders' lines go."""
    words = budget_words()
    grants: set[int] = set()
    dropped: set[int] = set()
    for source in financing:
        own = [line for line in lines if line.source == source]
        funders = [line for line in own if line.category == "other"]
        if not funders or any(line.category in _COSTS for line in own):
            continue
        named = [line for line in funders if words.financing_grant.search(fold(line.label))
                 and not words.other_funder_header.search(fold(line.label))]
        applied = any(line.category == "total" and names_amount_applied_for(line.label) for line in own)
        grant = named[0] if len(named) == 1 and not applied and named[0].amount else None
        if grant is not None:
            grants.add(id(grant))
        dropped |= {id(line) for line in own if line is not grant
                    and (line.category == "other" or grant is not None and line.category == "total")}
    return [replace(line, category="total") if id(line) in grants else line
            for line in lines if id(line) not in dropped]


def _introduced(rows: list[SourcedRow]) -> list[tuple[int, str, str, list[str], str]]:
    """Each table's source with the last sentence of the text right above
    it, its title row's text ("" when its first row is no title), its
    header cells and the text row right above it."""
    found: list[tuple[int, str, str, list[str], str]] = []
    for index, sourced in enumerate(rows):
        source = sourced.source
        if source is None or (index and rows[index - 1].source == source):
            continue
        above: list[str] = []
        back = index - 1
        while back >= 0 and len(above) < _INTRO_ROWS and rows[back].source is None:
            above.insert(0, rows[back].row.text)
            back -= 1
        title = sourced.row.filled()[0].text if len(sourced.row.filled()) == 1 else ""
        header = sourced.row.header or [cell.text for cell in sourced.row.cells]
        found.append((source, _last_sentence(" ".join(above)), title, header, above[-1] if above else ""))
    return found


def _heading(sentence: str) -> str:
    """A sentence short enough to be a heading ("Samlet finansiering av
    prosjektet"), else "": a paragraph that mentions financing on its way
    says nothing of the table under it."""
    return sentence if len(sentence.split()) <= _HEADING_WORDS else ""


def _last_sentence(text: str) -> str:
    return _SENTENCE_END.split(text.strip())[-1] if text.strip() else ""


def dated_before(row: Row, year: int | None) -> bool:
    """A table row dated by its year column ("År", "Tildelt år") to a year
    before the scheme's: a grant or a result of the past, no post of this
    application."""
    if year is None or not row.in_table:
        return False
    words = budget_words().year_header
    dated = [header_year(cell.text) for i, cell in enumerate(row.cells)
             if cell.text.strip() and i < len(row.header) and words.search(fold(row.header[i]))]
    return bool(dated) and all(found is not None and found < year for found in dated)
