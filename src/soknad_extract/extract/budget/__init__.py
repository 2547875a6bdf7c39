"""The budget: positions, percentages, amounts, own funding and the total.

One job per module: ``cells`` reads an amount or a percentage from one cell,
``titles`` a position's title, ``tables`` sources budget rows from tables,
``lines`` reads budget lines from rows and text, ``prose`` from sentences,
and ``assemble`` puts them together into the record's budget.
"""

from .assemble import Budget, extract_budget

__all__ = ["Budget", "extract_budget"]
