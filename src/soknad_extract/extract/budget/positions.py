"""The positions of a budget, and social costs written beside them.

A position is a budget line with a share; one post listed in two tables
(a "Stillinger" table and the budget's salary line) is one position. Many
budgets give each position's salary on its own line and the employer's
costs for all of them on one more line ("Sosiale kostnader 130 000"), then
a subtotal of the two ("Sum lønn og sosiale kostnader"): those lines are
part of what the positions cost. A single position takes them into its
amount; over several positions they are kept apart, for validation to
check a stated subtotal against the salary lines with them added.
"""

from __future__ import annotations

from dataclasses import dataclass
from soknad_extract.extract.budget.lines import BudgetLine, is_social_costs
from soknad_extract.extract.budget.titles import position_title
from soknad_extract.norwegian import fold

__all__ = ["Position", "positions_of", "salaries_and_social_costs", "separate_social_costs", "social_cost_amounts"]


@dataclass
class Position:
    title: str | None
    percent: float
    amount: int | None
    line: BudgetLine


def _same_position(kept: Position, line: BudgetLine, title: str | None) -> bool:
    """One post listed in two tables: the same share and amount, or the
    role of one named in the other's label with the same share or amount."""
    same_share = kept.percent == line.percent
    same_amount = kept.amount is not None and kept.amount == line.amount
    if same_share and same_amount:
        return True
    named = (kept.title is not None and fold(kept.title) in fold(line.label)
             or title is not None and fold(title) in fold(kept.line.label))
    return named and (same_share or same_amount)


def positions_of(lines: list[BudgetLine]) -> list[Position]:
    """The positions, one per post: lines with a share, a post repeated in
    another table counted once, and, for a single post, salary and social
    costs written on separate lines added together. ``lines`` are the
    budget's lines of the "positions" category."""
    kept: list[Position] = []
    matched: dict[int | None, set[int]] = {}
    for line in lines:
        if line.percent is None:
            continue
        title = position_title(line.label)
        taken = matched.setdefault(line.source, set())
        twin = next((i for i, p in enumerate(kept) if p.line.source != line.source and i not in taken
                     and _same_position(p, line, title)), None)
        if twin is None:
            kept.append(Position(title, line.percent, line.amount, line))
            continue
        taken.add(twin)
        kept[twin].title = kept[twin].title or title
        if kept[twin].amount is None:
            kept[twin].amount = line.amount
    if len(kept) == 1 and kept[0].amount is not None:
        only = kept[0]
        only.amount += sum(social_cost_amounts(lines, only.line.source))
    return kept


def _social_cost_line(line: BudgetLine) -> bool:
    """A line of social costs with an amount and no share of its own: the
    employer's costs of the salary lines beside it, not a position."""
    return line.percent is None and bool(line.amount) and (line.social or is_social_costs(line.label))


def social_cost_amounts(lines: list[BudgetLine], source: int | None) -> list[int]:
    """The amounts of the social-cost lines in one table (or the text, ``None``)."""
    return [line.amount or 0 for line in lines if line.source == source and _social_cost_line(line)]


def separate_social_costs(lines: list[BudgetLine], positions: list[Position]) -> int:
    """The social costs written on lines of their own beside the positions'
    salary lines, which a stated subtotal of the positions may include (a
    single position's amount holds them already: validation knows)."""
    sources = dict.fromkeys(p.line.source for p in positions)
    return sum(amount for source in sources for amount in social_cost_amounts(lines, source))


def salaries_and_social_costs(subtotal: int, lines: list[BudgetLine], unit: int) -> int:
    """What a stated positions subtotal of one table says the positions cost,
    salary and social costs: a subtotal of the salaries only ("Jobbkonsulent
    500 000 / Sum lønn 500 000 / Sosiale kostnader 100 000") with the social
    costs on a line of their own after it gets them added; a subtotal that
    holds them ("Sum lønn og sosiale kostnader") is the figure itself.
    ``lines`` are the table's lines of the "positions" category."""
    social = [line for line in lines if _social_cost_line(line)]
    salaries = [line.amount for line in lines if line.amount and line not in social]
    if not social or not salaries:
        return subtotal
    if abs(sum(salaries) - subtotal) > unit * (len(salaries) + 1) / 2:
        return subtotal
    return subtotal + sum(line.amount or 0 for line in social)
