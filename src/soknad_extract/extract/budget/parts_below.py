"""A position's line followed by the parts of its cost.

Budget tables often give a position's amount on its own line and then, on
lines of their own under it, what that amount is made of ("Jobbspesialist,
60 % | 366 000" over "lønn | 282 000" and "sosiale kostnader | 84 000"),
without a "herav" to say so. Those lines break the amount above them down:
they are no posts of their own, and adding them to the positions would
count the position twice. They are told by two things together: each
names a part of a salary's cost, and together they make the amount above.
"""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.budget.components import is_salary_component
from soknad_extract.extract.budget.lines import BudgetLine, is_social_costs
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold

__all__ = ["parts_below_positions"]

_PARTS_MIN = 2
"""The fewest lines that break an amount down: one line equal to the line
above is a restatement, not a breakdown."""


def parts_below_positions(lines: list[BudgetLine], unit: int) -> list[BudgetLine]:
    """The lines, with each run of salary-part lines right under a position's
    line (same table, no share of their own) that adds up to its amount,
    within the rounding of the budget's unit, read as that line's breakdown.
    A run that does not add up is left as it is: then they are posts."""
    out = list(lines)
    for index, line in enumerate(out):
        if line.category != "positions" or line.percent is None or not line.amount:
            continue
        run = _salary_parts_after(out, index)
        added = 0
        for taken, at in enumerate(run, start=1):
            added += out[at].amount or 0
            if taken >= _PARTS_MIN and abs(added - line.amount) <= unit * (taken + 1) / 2:
                for part in run[:taken]:
                    out[part] = replace(out[part], category="breakdown")
                break
    return out


def _salary_parts_after(lines: list[BudgetLine], index: int) -> list[int]:
    """The indexes of the lines right after ``index`` in the same table that
    name a part of a salary's cost and have an amount but no share."""
    run: list[int] = []
    at = index + 1
    while at < len(lines) and lines[at].source == lines[index].source and lines[at].percent is None \
            and lines[at].amount and lines[at].category in ("positions", "other") and _names_salary_part(lines[at]):
        run.append(at)
        at += 1
    return run


def _names_salary_part(line: BudgetLine) -> bool:
    """A label for salary or a part of its cost ("lønn", "Sosiale kostnader", "Feriepenger")."""
    label = fold(strip_bullet(line.label)).strip()
    return bool(line.social or is_social_costs(line.label) or is_salary_component(line.label)
                or budget_words().salary.search(label))
