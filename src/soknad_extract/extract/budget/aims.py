"""A request sentence that names competence as its aim: the competence post,
or the whole grant.

Letters give the competence post in a sentence of its own, often with an aim
word before it ("Til økt kompetanse hos de ansatte søker vi om kr 10 000",
"Til auka kompetanse søkjer vi kr 10 000"); others say what the whole grant
is for in the same words ("Til styrket kompetanse i Nav-kontoret søker vi om
kr 600 000"). The wording cannot tell them apart (``budget.toml``
``competence_aim``); the amount's place in the budget can. It is the
competence post when the budget states other amounts, none of its totals is
this amount, and it is of a competence post's size (at most
``AIM_MAX_CAPS`` times the scheme's cap: over the cap it is the competence
post over its cap, which the validator reports); it is the whole request when
it is the only amount or equals a total. Anything larger beside other amounts
is never the competence post: a table or text line stays an "other" cost, a
sentence is read as any request's amount.
"""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold
from soknad_extract.schemes import Scheme

_NOT_ASKED = ("own_funding", "breakdown")
AIM_MAX_CAPS = 5
"""Times the competence cap an amount with a competence aim may be and still
be the competence post ("Til økt kompetanse søker vi om kr 25 000" is a post
over its cap; "… kr 600 000" is the grant)."""


def aimed_kind(amount: int, stated: set[int], totals: set[int | None], scheme: Scheme | None) -> str:
    """What an amount asked for with competence as its aim is, from the
    amounts the budget states (``stated``, itself among them) and its
    totals: "competence", "total" (the whole request) or "other"."""
    if not stated - {amount} or amount in totals:
        return "total"
    cap = scheme.caps.competence if scheme is not None else None
    return "competence" if cap is not None and amount <= AIM_MAX_CAPS * cap else "other"


def aimed_competence(lines: list[BudgetLine], scheme: Scheme | None) -> list[BudgetLine]:
    """The lines with each cost line asking for money with competence as its
    aim read as the competence post or the whole request (module docstring)."""
    aim = budget_words().competence_aim
    asked = [line for line in lines if line.amount is not None and line.category not in _NOT_ASKED]
    stated = {line.amount for line in asked if line.amount is not None}
    totals: set[int | None] = {line.amount for line in asked if line.category == "total"}
    return [replace(line, category=aimed_kind(line.amount, stated, totals, scheme))
            if line.category == "other" and line.amount is not None and aim.search(fold(line.label)) else line
            for line in lines]
