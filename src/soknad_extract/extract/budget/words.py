"""The budget's words, from ``schemas/vocabulary/budget.toml``.

A budget line is classified by what its label says (a total, own funding,
competence, a position) and by elimination; the words for each class are
data, Bokmål and Nynorsk side by side, so a new wording needs no code. The
amount and number formats stay in ``soknad_extract.norwegian``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir


@dataclass(frozen=True)
class BudgetWords:
    breakdown: Wordings
    positions_subtotal: Wordings
    own_funding: Wordings
    total_lead: Wordings
    total: Wordings
    salary: Wordings
    competence: Wordings
    position: Wordings
    social_costs: Wordings
    address: Wordings
    heading: Wordings
    percent_header: Wordings
    amount_header: Wordings
    cost_header: Wordings
    requested_header: Wordings
    post_header: Wordings
    total_header: Wordings
    own_sentence: Wordings


def budget_words() -> BudgetWords:
    """The vocabulary of the folder in use, compiled once per folder."""
    return _compile(vocabulary_dir())


@lru_cache(maxsize=4)
def _compile(folder: Path) -> BudgetWords:
    entry = Entry("budget", folder)
    return BudgetWords(**{f.name: entry.table(f.name).wordings() for f in fields(BudgetWords)})
