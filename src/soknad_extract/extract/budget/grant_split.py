"""The grant applied for beside a cost plan that counts the office's own
funding too.

An application may state what it asks for ("Søknadsbeløp: kr 620 000 (610
000 til stilling og 10 000 til kompetanse)", or the grant line of its
financing plan, "Omsøkt tilskudd fra Statsforvalteren | 620 000") and set a
cost plan beside it whose sum is the project's cost: the grant and the
municipality's own part together ("Sum kostnader | 650 000" beside
"Egenfinansiering | 30 000"). The cost plan's posts are then no amounts
applied for: the position costs 640 000, but 610 000 of it is asked of the
grant. The amounts applied for are the grant's, split as the document itself
splits the grant; where it states no split, only the grant's total can be
told, and the posts are left unread rather than guessed.
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.lines import BudgetLine, category
from soknad_extract.extract.budget.totals import names_amount_applied_for
from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.extract.budget.marks import CURRENCY_AFTER, CURRENCY_BEFORE, WHOLE_KRONER
from soknad_extract.norwegian import Match, find_amounts, parse_amount

_PATHS = {"positions": "amounts.positions", "competence": "amounts.competence", "other": "amounts.other"}
_PART_WORDS = 6
"""Words after a part's amount that say what it pays for ("til stilling", "til kompetanse")."""


def grant_over_costs(ctx: Context, draft: Draft, chosen: BudgetLine | None, over_years: set[int]) -> None:
    """Where the total read is a cost plan's sum (``chosen``, no label naming
    the amount applied for) that is the grant stated elsewhere plus the own
    funding read, the record's amounts become the grant's: its total, and
    its posts where the grant's own answer splits it; else the posts are
    dropped (the cost plan's are not what is asked for)."""
    own = draft.get("amounts.own_funding")
    if chosen is None or chosen.amount is None or names_amount_applied_for(chosen.label) or not own:
        return
    grants = [(pair, amount) for pair in ctx.values("total") if pair.row not in over_years
              and names_amount_applied_for(pair.label) for amount in [_leading_amount(pair.value.text)] if amount]
    amounts = {amount for _, amount in grants}
    if len(amounts) != 1:
        return
    grant = amounts.pop()
    if not 0 < grant < chosen.amount or chosen.amount - grant != own:
        return
    pair = grants[0][0]
    draft.set("amounts.total", grant, span_evidence(pair.value, pair.method, 0.85, text=f"{pair.label}: {grant}"))
    split = next((parts for pair, _ in grants for parts in [_stated_split(pair.value.text, grant)] if parts), None)
    for kind, path in _PATHS.items():
        draft.values.pop(path, None)
        draft.evidence.pop(path, None)
        if split and kind in split:
            draft.set(path, split[kind], span_evidence(pair.value, pair.method, 0.8))
    positions = draft.get("positions") or []
    for post in positions:
        post["amount"] = split.get("positions") if split and len(positions) == 1 else None


def _leading_amount(text: str) -> int | None:
    """The amount an answer opens with, before any note in brackets ("kr 620 000 (610 000 til …)")."""
    hits = _figures(text) or find_amounts(text)
    if not hits:
        return amount_in_cell(text)  # "620000", the cell's whole answer
    return None if text[: hits[0].start].strip(" :") else int(hits[0].value)


def _stated_split(text: str, grant: int) -> dict[str, int] | None:
    """The parts the answer splits the grant into ("610 000 til stilling og
    10 000 til kompetanse"), by the words after each part's amount; None
    unless each part names its post and together they make the grant."""
    hits = _figures(text)[1:]
    if len(hits) < 2:
        return None
    split: dict[str, int] = {}
    for hit, after in zip(hits, _words_after(text, hits)):
        kind = category(after, None) if after else "other"
        if kind not in _PATHS or kind in split:
            return None
        split[kind] = int(hit.value)
    return split if sum(split.values()) == grant else None


_FIGURE = re.compile(rf"(?:{CURRENCY_BEFORE}\s*)?(?<![\d,.])\d{{1,3}}(?:[ .\u00a0]\d{{3}})+{WHOLE_KRONER}?(?![\d,])"
                     rf"(?:\s*{CURRENCY_AFTER}(?![^\W\d_]))?", re.I)
"""An amount in figures grouped by thousands, marked as money or not ("610 000", "kr 10.000,-")."""


def _figures(text: str) -> list[Match]:
    """The amounts in figures of an answer, a bare "610 000" in a bracket too."""
    found = []
    for m in _FIGURE.finditer(text):
        value = parse_amount(m.group(0))
        if value:
            found.append(Match(value, m.start(), m.end(), m.group(0)))
    return found


def _words_after(text: str, hits: list[Match]) -> list[str]:
    """The words between each amount and the next (or a bracket's end), up to a few."""
    ends = [h.start for h in hits[1:]] + [len(text)]
    out = []
    for hit, end in zip(hits, ends):
        words = re.split(r"[)(;]", text[hit.end: end])[0]
        words = re.sub(r"^\s*(?:kr\.?|kroner|kronar|nok)\b", "", words, flags=re.I)
        words = re.sub(r"\s+(?:og|samt|,)\s*$|,\s*$", "", words.strip())
        out.append(" ".join(words.split()[:_PART_WORDS]))
    return out

