"""The parts of a salary's cost written on lines of their own.

Finance staff split what a position costs into the salary, holiday pay, the
employer's tax and pension, each on a line with its rate in the label
("Feriepengar (12 %) | 56 400", "Arbeidsgiveravgift 14,1 % | 83 600", "Pensjon
2 %"), and often close them with their subtotal ("Sum løn inkl. sosiale
kostnader og feriepengar | 610 000"). The rate is no share of a position, and
each of those lines is part of what the positions cost: none is another post
beside them, and the subtotal is no line of its own either.
"""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.budget.lines import BudgetLine, is_social_costs
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold

_PARTS = ("positions", "other")
"""The categories a line above a subtotal may have to be one of its parts."""

SOCIAL_SHARE_MAX = 0.5
"""The most a salary's other parts (holiday pay, the employer's tax, pension:
about a third of the salary in Norway) come to beside the salary lines they
go with, as a ratio; a line above a positions subtotal beyond that is a post
of its own."""


def is_salary_component(label: str) -> bool:
    """A label that opens with a part of a salary's cost (``budget.toml``
    ``salary_component``): "Feriepengar (12 %)", "Sosiale kostnader 30 %"."""
    return bool(budget_words().salary_component.search(fold(strip_bullet(label)).strip()))


def component_rates(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines, each that names a part of a salary's cost read as that: a
    share in its label is the part's rate, not a position's, and the line is
    part of the positions' cost even where its word is no post's."""
    return [replace(line, percent=None, category="positions", social=True)
            if line.category in _PARTS and is_salary_component(line.label) else line for line in lines]


def components_above_subtotals(lines: list[BudgetLine], unit: int) -> list[BudgetLine]:
    """The lines, with the cost lines right above a positions subtotal that
    make it with the salary lines above them ("Lønn 470 000 / AGA 83 600 /
    Sum lønn 553 600") read as parts of the positions' cost: a subtotal adds
    up what it names, so a line inside its sum under a word the vocabulary
    does not know is still a part of the salary, when together they are a
    fraction of it (``SOCIAL_SHARE_MAX``). A sum its lines do not make, or
    a line far too large to be a salary's part, leaves every line as it is."""
    out = list(lines)
    for index, line in enumerate(out):
        if line.category != "positions_subtotal" or not line.amount:
            continue
        for at in _parts_of(out, index, line.amount, unit):
            out[at] = replace(out[at], category="positions", social=True)
    return out


def _parts_of(lines: list[BudgetLine], index: int, subtotal: int, unit: int) -> list[int]:
    """The indexes of the cost lines ("other") among the fewest lines right
    above ``index`` (same table or text, each with an amount) that add up to
    ``subtotal`` within the rounding of their unit, holding a salary line."""
    run: list[int] = []
    at = index - 1
    while at >= 0 and lines[at].source == lines[index].source and lines[at].category in _PARTS \
            and lines[at].amount is not None:
        run.insert(0, at)
        at -= 1
        added = sum(lines[i].amount or 0 for i in run)
        if abs(added - subtotal) <= unit * (len(run) + 1) / 2:
            salaries = sum(lines[i].amount or 0 for i in run if _is_salary(lines[i]))
            others = [i for i in run if lines[i].category == "other"]
            fits = bool(salaries and others) and added - salaries <= SOCIAL_SHARE_MAX * salaries
            return others if fits else []
    return []


def _is_salary(line: BudgetLine) -> bool:
    """A position's own salary line, not a part of its cost beside it."""
    return line.category == "positions" and not (line.social or is_social_costs(line.label))
