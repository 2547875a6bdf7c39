"""Budget rows of a table drawn without column rules: each row one cell
("Sum 1 210 000 150 000") under a header that is one cell too ("Post
Omsøkt Kommunens egenandel").

A PDF whose budget table has a frame per row but no lines between the
columns comes out of the layout as one cell per row, so the amount applied
for and the municipality's own part run together into one number. The
header names the columns: when it names the amount applied for and the own
part, each row's tail holds one value per column, an amount or a dash for
none, and a run of digit groups is split where it can be split one way
only. Where it cannot be told, the row gives no line.
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.cells import is_own_header, percent_in_label, scaled_amount
from soknad_extract.extract.budget.lines import BudgetLine, category
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.words import budget_words, title_words
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import fold

_DASH = re.compile(r"[-–—]{1,2}")
_GROUP = re.compile(r"\d{1,3}")
_MIN_AMOUNT_GROUPS = 2
"""Digit groups an amount of a split run has at least: a budget post is a
thousand kroner or more, so "1 210 000 150 000" splits only after "000"."""


def column_order(header: str) -> tuple[str, str] | None:
    """The two money columns a one-cell header names, in order: the amount
    applied for ("Omsøkt", "Søkt", "Tilskudd") and the own part ("Kommunens
    egenandel"); None unless it names both."""
    folded = fold(header)
    own = next((m for m in re.finditer(r"\S+(?:\s+\S+)?", folded) if is_own_header(m.group())), None)
    if own is None:
        return None
    words = budget_words().requested_header
    before, after = folded[:own.start()], folded[own.end():]
    if words.search(_without_post_word(before)):
        return "requested", "own"
    if words.search(after):
        return "own", "requested"
    return None


def _without_post_word(text: str) -> str:
    """The header's text before the own part, its first word (the label
    column, "Post", "Budsjettpost") left out."""
    return text.split(" ", 1)[1] if " " in text.strip() else ""


def column_lines(row: Row, source: int | None, scale: int = 1) -> list[BudgetLine]:
    """A one-cell table row under a one-cell header naming the amount applied
    for and the own part: its label and the two values at its end."""
    if not row.in_table or len(row.filled()) != 1 or len(row.header) != 1:
        return []
    order = column_order(row.header[0])
    if order is None:
        return []
    cell = row.filled()[0]
    split = _label_and_values(strip_bullet(cell.text.strip()))
    if split is None:
        return []
    label, values = split
    if not re.search(r"[^\W\d_]{3}", label) or all(v is None for v in values):
        return []
    by_column = {k: scaled_amount(v, scale) if v is not None and scale > 1 else v for k, v in zip(order, values)}
    percent = percent_in_label(label)
    return [BudgetLine(label, category(label, percent), cell, by_column["requested"], by_column["own"], percent,
                       source)]


def _label_and_values(text: str) -> tuple[str, list[int | None]] | None:
    """The label and the two values closing ``text``: the tokens at its end
    that are digit groups or dashes, read as exactly two values."""
    tokens = text.split()
    start = len(tokens)
    while start and (_GROUP.fullmatch(tokens[start - 1]) or _DASH.fullmatch(tokens[start - 1])):
        start -= 1
    tail = tokens[start:]
    if start == 1 and re.fullmatch(title_words().title_post, tokens[0], re.I) and len(tail) > 1 \
            and _GROUP.fullmatch(tail[0]) and len(tail[0]) <= 2 and _two_values(tail[1:]) is not None:
        tail = tail[1:]  # a label that is a post and its number ("Stilling 2 300 000 –")
    while tail:
        values = _two_values(tail)
        if values is not None:
            return " ".join(tokens[:len(tokens) - len(tail)]).rstrip(" .:,"), values
        if _DASH.fullmatch(tail[0]):
            return None
        tail = tail[1:]  # a number closing the label ("Stilling 2 600 000 –"), not an amount's
    return None


def _two_values(tail: list[str]) -> list[int | None] | None:
    """Two values from tokens: dashes are none, each run of digit groups
    one amount, or two when the run is all there is and splits one way."""
    runs: list[list[str] | None] = []
    for token in tail:
        if _DASH.fullmatch(token):
            runs.append(None)
        elif runs and runs[-1] is not None:
            runs[-1].append(token)
        else:
            runs.append([token])
    if len(runs) == 2:
        values = [None if run is None else _amount(run) for run in runs]
        return values if all(v is not None for v, run in zip(values, runs) if run is not None) else None
    if len(runs) == 1 and runs[0] is not None:
        splits = [(_amount(runs[0][:i]), _amount(runs[0][i:])) for i in range(1, len(runs[0]))]
        found = [list(s) for s in splits if None not in s]
        return found[0] if len(found) == 1 else None
    return None


def _amount(groups: list[str]) -> int | None:
    """Digit groups as one amount: a first group of one to three digits not
    opening with 0, then groups of three, two groups at least."""
    if len(groups) < _MIN_AMOUNT_GROUPS or groups[0].startswith("0"):
        return None
    if any(len(g) != 3 for g in groups[1:]):
        return None
    return int("".join(groups))
