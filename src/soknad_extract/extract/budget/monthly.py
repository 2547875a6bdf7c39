"""Monthly salary rates written beside the yearly budget.

Forms and letters often state what a post costs per month next to what is
applied for per year ("Månedslønn | kr 37 000" over "Lønn og sosiale
kostnader per år | kr 580 000", "Lønn pr. mnd.: 45 000"): the monthly figure
restates the salary for one month, so counting it as a post would add a
twelfth of the salary to the positions. The words that mark a rate per month
are data (``budget.toml`` ``monthly_rate``).
"""

from __future__ import annotations

from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold


def is_monthly_rate(label: str) -> bool:
    """A label that says its amount is a rate per month."""
    return bool(budget_words().monthly_rate.search(fold(strip_bullet(label))))


def without_monthly_rates(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines without the salary lines that state a monthly rate."""
    return [line for line in lines if not (line.category == "positions" and is_monthly_rate(line.label))]
