"""The budget's words, from ``schemas/vocabulary/budget.toml``.

A budget line is classified by what its label says (a total, own funding,
competence, a position) and by elimination; the words for each class are
data, Bokmål and Nynorsk side by side, so a new wording needs no code. The
amount and number formats stay in ``soknad_extract.norwegian``.

Some lists are plain words rather than wordings: they fill a place in a
pattern that parses a label's format (a share, a salary phrase with its
marks), so they come back as one regular-expression alternation each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir, vocabulary_key


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
    count_header: Wordings
    not_applied_table: Wordings
    financing_table: Wordings
    financing_grant: Wordings
    year_header: Wordings
    cost_header: Wordings
    requested_header: Wordings
    applied_column: Wordings
    other_funder_header: Wordings
    post_header: Wordings
    total_header: Wordings
    own_sentence: Wordings
    prose_request: Wordings
    prose_total_word: Wordings
    prose_total_noun: Wordings
    prose_total_amount: Wordings
    prose_to_competence: Wordings
    prose_position_word: Wordings
    prose_salary_before: Wordings
    prose_share_post: Wordings
    prose_clause_join: Wordings
    position_field: Wordings
    per_post: Wordings
    prose_each_post: Wordings
    share_rate: Wordings
    amount_rate: Wordings
    no_amount: Wordings
    prose_share_label: Wordings
    prose_funder_cover: Wordings
    prose_funder_of: Wordings
    prose_funder_own: Wordings
    prose_funder_after: Wordings
    prose_funder_part: Wordings
    project_cost: Wordings
    competence_short: Wordings
    social_short: Wordings
    grant_total: Wordings
    count_label: Wordings
    prose_amount_for: Wordings
    competence_aim: Wordings
    restated_salary_lead: Wordings
    monthly_rate: Wordings
    post_request: Wordings
    period_row: Wordings
    amount_remark: Wordings
    not_applied_remark: Wordings
    amount_cap: Wordings
    prose_past_grant: Wordings
    prose_pending_grant: Wordings
    past_grant_label: Wordings
    salary_component: Wordings
    request_label: Wordings


def budget_words() -> BudgetWords:
    """The vocabulary of the folder in use, compiled once per folder."""
    return _compile(vocabulary_key())


@lru_cache(maxsize=4)
def _compile(folder: str) -> BudgetWords:
    entry = Entry("budget", Path(folder))
    return BudgetWords(**{f.name: entry.table(f.name).wordings() for f in fields(BudgetWords)})


@dataclass(frozen=True)
class TitleWords:
    """Plain-word lists, each as an alternation ``(?:a|b)``, longest first
    (as a greedy optional ending would try them), for the patterns of
    ``titles.py`` and the role patterns of ``prose.py``."""

    title_salary: str
    title_social: str
    title_cost: str
    title_join: str
    title_including: str
    title_employer_cost: str
    title_post: str
    title_generic: str
    title_before_share: str
    title_edge: str
    prose_role_ending: str
    prose_role_verb: str
    prose_verb_after: str
    prose_paying: str
    prose_salary_after: str
    prose_count: str
    prose_post: str
    prose_role_link: str
    prose_article: str
    prose_role_before: str
    prose_role_in: str
    prose_paying_for: str


def title_words() -> TitleWords:
    """The words removed from a position line's label to leave its title."""
    return _compile_titles(vocabulary_dir())


@lru_cache(maxsize=4)
def _compile_titles(folder: Path) -> TitleWords:
    entry = Entry("budget", folder)
    return TitleWords(**{f.name: alternation(entry.table(f.name).both()) for f in fields(TitleWords)})


def alternation(words: Iterable[str]) -> str:
    """``(?:a|b)`` of the words taken literally, longest first (alphabetical
    among equal lengths, so a run builds the same pattern as the last one and
    finds it in ``startup_cache``)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
