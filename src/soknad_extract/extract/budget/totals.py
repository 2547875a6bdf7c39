"""Which of a budget's totals is the amount applied for.

A budget may close with several sums: what is applied for ("Sum omsøkt"),
and, under the municipality's own part, the project's total cost
("Prosjektets totale kostnad", "Totalkostnad"), which adds that part to the
request. The record's total is the amount applied for, so a total naming it
wins, beside own funding a sum that is not the project's cost wins over the
one that is, and of two sums that differ by exactly the own part, the smaller
is the request when no label names the larger one so ("Sum" over "Totalt
budsjett"; a "Søknadsbeløp" stays the request above a "Sum driftsutgifter"
that happens to equal it less the own part)."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold


def names_amount_applied_for(label: str) -> bool:
    """A total that says it is the amount applied for ("Søknadsbeløp", "Sum
    omsøkt", "Sum søkt tilskot"), not the project's cost with the
    municipality's part in it."""
    words, folded = budget_words(), fold(label)
    return bool(words.total.search(folded) or words.grant_total.search(folded))


def is_project_cost(label: str) -> bool:
    """A total of the whole project, the own part in it ("Totalkostnad")."""
    return bool(budget_words().project_cost.search(fold(label)))


def applied_total(lines: list[BudgetLine]) -> BudgetLine | None:
    """The total line that states the amount applied for: one naming it,
    else, when the budget states own funding (a line or a column), a sum
    that is not the project's total cost, else the largest total."""
    totals = [line for line in lines if line.category == "total" and line.amount is not None]
    applied = [line for line in totals if names_amount_applied_for(line.label)]
    if not applied and any(line.category == "own_funding" or line.own is not None for line in lines):
        applied = [line for line in totals if not is_project_cost(line.label)]
    chosen = max(applied or totals, key=lambda line: line.amount or 0, default=None)
    if chosen is None or names_amount_applied_for(chosen.label):
        return chosen
    own = sum(line.amount or 0 for line in lines if line.category == "own_funding")
    below = [line for line in totals if chosen and own and line.amount == (chosen.amount or 0) - own]
    return below[0] if below else chosen


def sums_of_positions(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines, a sum closing a table of positions alone ("Stilling |
    Stillingsandel | Lønn" rows, then "Sum | 180 % | 1 050 000") read as
    their subtotal: a sum row adds up the rows above it, and those are all
    salaries, so it is what the positions cost, not what is applied for. A
    form that asks for competence and other costs in boxes of their own
    below such a table states the request there, or leaves it to its parts.
    A sum that says it is the amount applied for ("Sum omsøkt") stays the
    total, and so does one the positions above it do not make."""
    out = list(lines)
    for source in {line.source for line in lines if line.source is not None}:
        own = [line for line in lines if line.source == source]
        totals = [line for line in own if line.category == "total"]
        posts = [line for line in own if line.category != "total"]
        if len(totals) != 1 or not posts or any(line.category != "positions" or line.amount is None for line in posts):
            continue
        total = totals[0]
        if names_amount_applied_for(total.label) or is_project_cost(total.label) or total.own is not None \
                or total.amount != sum(line.amount or 0 for line in posts):
            continue
        out[out.index(total)] = replace(total, category="positions_subtotal")
    return out
