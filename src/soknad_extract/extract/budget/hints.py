"""A form's hints that state a limit, read as budget lines.

A form prints the announcement's caps in grey under or beside its budget
labels ("Kompetansemidler" over "Maks 10 000", "Inntil 610 000"). Read as a
line of its own, the hint looks like a post "Maks: 10 000", an other cost
the applicant never asked for, which would break the sum and raise a
warning about costs outside the positions. The wordings of such hints are
data (``budget.toml`` ``amount_cap``). A continuation may set last year's
grant beside its budget the same way ("Tildelt i 2019: kr 450 000"): no
post either (``past_grant_label``); nor is the sentence of a letter or a
decision that asks for the money on a line of its own ("NAV Eidskog søker
om kr 620 000", ``request_label``), which prose reads as the request it is.
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold


def states_cap(label: str) -> bool:
    """A label that opens with a limit's words ("Maks", "Inntil", "Jf.
    utlysningen") and holds no figure after them: a post may open with the
    same words and go on with its share or count ("Inntil 50 % stilling
    som prosjektleder", "Maks 2 kurs à 5 000"), and is a cost."""
    folded = fold(strip_bullet(label.strip()))
    cap = budget_words().amount_cap.search(folded)
    return bool(cap) and not re.search(r"\d", folded[cap.end():])


def without_cap_hints(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines less those whose label is a hint stating a cap."""
    return [line for line in lines if not states_cap(line.label)]


def without_past_grants(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines less those whose label reports a grant already given and
    names no request ("Tildelt i 2019", "Tidligere innvilget"): a
    continuation's history, which would otherwise count as a cost. A label
    that names a post ("Videreføring av stilling innvilget 2019") is this
    year's cost of a post granted before, so it stays."""
    words = budget_words()
    return [line for line in lines if not (words.past_grant_label.search(fold(line.label))
                                           and not words.prose_request.search(fold(line.label))
                                           and line.category not in ("positions", "competence"))]


def without_requests(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines less the other costs whose label ends in the verb asking for
    the amount ("Kommunestyret stiller seg bak at NAV X søker om"): a request
    names no post, and a cost line would count the request a second time."""
    words = budget_words()
    return [line for line in lines
            if not (line.category == "other" and words.request_label.search(fold(line.label).strip(" .:")))]
