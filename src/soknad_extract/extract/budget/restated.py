"""A salary line that restates the positions listed just above it.

Forms that ask for each post on a row of its own ("Stilling: Jobbspesialist |
100 % – kr 605 000", "Stilling: Veileder | 100 % – kr 600 000") go on with
the budget's salary line ("Lønn og sosiale kostnader | kr 1 205 000"): that
line is the posts added up, not a post of its own, so counting it beside them
would double the salary applied for. Only a line whose label names salary in
total restates: a line naming a role of its own ("Koordinator (timebasert) |
| 300 000" under "Prosjektleder | 50 % | 300 000") is a second post that
happens to cost the same, and taking it for a subtotal would drop it.
"""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.extract.budget.titles import position_title


def restated_salaries(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines with each salary line that has no share of its own and
    states exactly the sum of the run of shared posts right above it (same
    table or text, each with its amount) and names no role read as their
    subtotal."""
    result: list[BudgetLine] = []
    run: list[BudgetLine] = []
    for line in lines:
        if line.category == "positions" and line.percent is not None and line.amount is not None:
            run = [*run, line] if run and run[-1].source == line.source else [line]
            result.append(line)
            continue
        restates = (bool(run) and line.category == "positions" and line.percent is None and line.amount is not None
                    and line.source == run[-1].source and line.amount == sum(p.amount or 0 for p in run)
                    and position_title(line.label) is None)
        result.append(replace(line, category="positions_subtotal") if restates else line)
        run = []
    return result
