"""Which column of a budget row holds the amount applied for.

A budget with several money columns sets what is asked of this grant beside
other money: the project's whole cost, the municipality's own part, another
funder's grant ("Totalkostnad | Eigenfinansiering kommunen | Tilskot IMDi |
Søkt tilskot"). The column applied for is the one headed as the asking
("Søkt", "Omsøkt", "Søknadsbeløp"), never a column naming another funder,
though its header holds a grant word too ("Tilskot IMDi"); and a dash or a
blank under that column is an empty cell of it: the row asks for nothing,
whatever the other columns hold. The words are data (``budget.toml``
``applied_column``, ``other_funder_header``, ``requested_header``).
"""

from __future__ import annotations

from collections.abc import Sequence

from soknad_extract.extract.budget.cells import is_own_header
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold


def is_funder_header(header: str) -> bool:
    """A column of another funder's money ("Tilskudd IMDi", "Andre tilskudd")."""
    return bool(budget_words().other_funder_header.search(fold(header)))


def is_applied_header(header: str) -> bool:
    """The column of what is applied for ("Omsøkt tilskudd", "Beløp"),
    beside a total, an own-funding or another funder's column."""
    folded, words = fold(header), budget_words()
    return bool(words.requested_header.search(folded)) and not (
        words.total_header.search(folded) or is_own_header(folded) or is_funder_header(folded))


def names_request(header: str) -> bool:
    """A column named as what is asked of this grant ("Søkt tilskot",
    "Søknadsbeløp"), not another funder's nor the own part."""
    folded = fold(header)
    return bool(budget_words().applied_column.search(folded)) and not (
        is_own_header(folded) or is_funder_header(folded))


def _names_money(header: str) -> bool:
    """A header that names a column of money of some kind: a cost, a
    total, a grant, own funding or another funder's part. A row under a
    "header" of figures (a table's first row of data) names none."""
    folded, words = fold(header), budget_words()
    return bool(folded) and any(w.search(folded) for w in (
        words.cost_header, words.amount_header, words.requested_header, words.total_header,
        words.own_funding, words.other_funder_header, words.total_lead))


def pick_columns(amounts: list[tuple[str, int]], headers: Sequence[str] = ()) -> tuple[int | None, int | None]:
    """The amount applied for and the own-funding amount of one row, by
    column header: an own-funding column or another funder's is never the
    amount applied for, a column named as the request wins over one that
    only holds a grant word, and a grand-total column is used only when
    nothing else is there. In a table whose ``headers`` name the column of
    the request beside other money columns, a row with no amount under it (a
    dash, a blank, 0) asks for nothing: its amount in the municipality's,
    another funder's or the project's column is not applied for."""
    own = next((v for h, v in amounts if is_own_header(h)), None)
    rest = [(h, v) for h, v in amounts if not is_own_header(h) and not is_funder_header(h)]
    asked = [v for h, v in rest if names_request(h)]
    if asked:
        return asked[0], own
    words = budget_words()
    requested = [(h, v) for h, v in rest if words.requested_header.search(h) and not words.total_header.search(h)]
    if any(names_request(h) for h in headers) and amounts and all(_names_money(h) for h, _ in amounts):
        return None, own
    if requested:
        return requested[0][1], own
    if any(is_applied_header(h) for h in headers) and any(is_own_header(h) or is_funder_header(h) for h in headers):
        return None, own
    if rest:
        return rest[0][1] if own is not None or len(rest) == 1 else rest[-1][1], own
    return None, own
