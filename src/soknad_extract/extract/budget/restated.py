"""A salary line that restates the positions listed just above it.

Forms that ask for each post on a row of its own ("Stilling: Jobbspesialist |
100 % – kr 605 000", "Stilling: Veileder | 100 % – kr 600 000") go on with
the budget's salary line ("Lønn og sosiale kostnader | kr 1 205 000"): that
line is the posts added up, not a post of its own, so counting it beside them
would double the salary applied for. People often write what the subtotal
covers ("Lønn prosjektleder og veileder inkl. sosiale kostnader", "Lønn
jobbspesialister"): a line opening with salary words (``budget.toml``
``restated_salary_lead``) restates the posts whose roles it names. A bare
role ("Koordinator (timebasert) | | 300 000" under "Prosjektleder | 50 % |
300 000"), or salary words naming none of the roles above ("Lønn
koordinator"), is a second post that happens to cost the same, and taking it
for a subtotal would drop it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.extract.budget.monthly import is_monthly_rate
from soknad_extract.extract.budget.titles import position_title
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold

_MIN_ROLE_WORD = 5
"""Letters of a word that may name a role; shorter ones ("og", "inkl") never."""


def _role_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]+", fold(text)) if len(word) >= _MIN_ROLE_WORD}


def _same_role(first: set[str], second: set[str]) -> bool:
    """A word of one is the other's word or its inflection ("jobbspesialister"
    and "Jobbspesialist 1"); words that only begin alike ("prosjektkoordinator"
    and "prosjektleder") are other roles."""
    return any(a.startswith(b) or b.startswith(a) for a in first for b in second)


def _names_posts_above(label: str, run: list[BudgetLine]) -> bool:
    """The label names no role, or opens with salary words and names a role
    of the posts above (or they name none to compare with)."""
    title = position_title(label)
    if title is None:
        return True
    if not budget_words().restated_salary_lead.search(fold(label)):
        return False
    above = set().union(*(_role_words(position_title(p.label) or "") for p in run))
    return not above or _same_role(_role_words(title), above)


def without_monthly_rates(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines without the salary lines that state a monthly rate."""
    return [line for line in lines if not (line.category == "positions" and is_monthly_rate(line.label))]


def restated_salaries(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines with each salary line that has no share of its own and
    states exactly the sum of the run of shared posts right above it (same
    table or text, each with its amount), naming no role or only theirs,
    read as their subtotal. A monthly rate restates a salary too, and is
    no line of the budget (``monthly``)."""
    result: list[BudgetLine] = []
    run: list[BudgetLine] = []
    for line in without_monthly_rates(lines):
        if line.category == "positions" and line.percent is not None and line.amount is not None:
            run = [*run, line] if run and run[-1].source == line.source else [line]
            result.append(line)
            continue
        restates = (bool(run) and line.category == "positions" and line.percent is None and line.amount is not None
                    and line.source == run[-1].source and line.amount == sum(p.amount or 0 for p in run)
                    and _names_posts_above(line.label, run))
        result.append(replace(line, category="positions_subtotal") if restates else line)
        run = []
    return result
