"""Positions stated outside the budget's lines: in labelled fields, or in prose.

When no budget line carries a share, the positions come from a field that
names the post with its share ("3.1 Stillinger (tittel og
stillingsprosent)" → "Familiekoordinator 80 %"), from a bare labelled share,
or from the share a sentence states. A long application states other
shares too (the office's staff in årsverk, in its background chapter): a
prose share counts for the post only where nothing the form answered
speaks against it (``_prose_share``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from soknad_extract.extract.budget.boxes import says_share
from soknad_extract.extract.budget.cells import percent_in_label, percent_value
from soknad_extract.extract.budget.fields import add_post, field_positions, listed_posts, roles_without_share
from soknad_extract.extract.budget.lines import category
from soknad_extract.extract.budget.prose_share import prose_percent
from soknad_extract.extract.budget.titles import position_title
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.extract.budget.years import applied_year_value
from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.extract.pair_text import Pair
from soknad_extract.norwegian import fold

__all__ = ["pair_percent", "percent_pairs", "positions_without_lines"]


def percent_pairs(ctx: Context) -> list[Pair]:
    """The labelled shares, each the applied year's where a table sets
    several years side by side (``applied_year_value``); a count of posts
    ("Ei stilling", "Årsverk: 1") only where no share in percent is labelled."""
    year = ctx.scheme.year if ctx.scheme is not None else None
    found = []
    for pair in ctx.values("percent"):
        row = ctx.rows[pair.row] if pair.row is not None and pair.row < len(ctx.rows) else None
        value = applied_year_value(row, pair.value, year)
        if value is not None:
            found.append(replace(pair, value=value))
    if any(says_share(pair.value.text, pair.label) for pair in found):
        # "Tal på stillingar: Ei stilling" beside "Stillingsprosent: 60 %": the count is no share
        found = [pair for pair in found if says_share(pair.value.text, pair.label)
                 or pair_percent(pair.value.text, pair.label) is None]
    return found


def pair_percent(text: str, label: str) -> float | None:
    """A labelled share: a bare "100 %", a count under "Årsverk", or one inside "Familiekoordinator 80 %"."""
    value = percent_value(text, label)
    return percent_in_label(text) if value is None else value


def _pair_positions(ctx: Context) -> list[dict]:
    """Positions answered in a labelled field that names the role with its
    share: "3.1 Stillinger (tittel og stillingsprosent)" → "Familiekoordinator
    80 %". A bare share ("100") is left to positions_percent_total: a form
    may ask for it twice ("Stillingsprosent", "Antall årsverk")."""
    seen: dict[tuple[str, float], dict] = {}
    for pair in percent_pairs(ctx):
        for text in _position_answers(pair.value.lines or (pair.value.text,)) or [pair.value.text]:
            percent = pair_percent(text, pair.label)
            if percent is not None:
                add_post(seen, position_title(text), percent, span_evidence(pair.value, pair.method, 0.9))
    return list(seen.values())


def _position_answers(lines: tuple[str, ...]) -> list[str]:
    """An answer cell listing one position a line ("Familiekoordinator 100 %"
    over "Jobbspesialist 50 %") or several on one (``listed_posts``): each is a position, when every one
    names a role with one share of its own; else the cell is one answer. A
    line that sums them up ("Sum 150 %") is no position of its own."""
    pieces = [piece for line in lines for piece in listed_posts(line) or [line]]
    roles = [line for line in pieces if category(line, percent_in_label(line)) != "total"]
    if len(roles) < 2:
        return []
    if all(percent_in_label(line) is not None and position_title(line) is not None for line in roles):
        return roles
    return []



def positions_without_lines(ctx: Context, draft: Draft, field_first: bool = False) -> None:
    """No budget line carries a share: the positions come from labelled
    fields (a share's own, else the post's: ``fields``), else from the share
    stated in prose; a single position gets the salary amount applied for.
    ``field_first``: a table of posts and shares gave way to the position
    field (``assemble._asked_positions``), so a bare share labelled by that
    table's column ("Stillingsprosent" over "100 %") does not decide."""
    found = _pair_positions(ctx)
    role = None
    if not found and (field_first or not draft.has("positions_percent_total")):
        found = field_positions(ctx)
    if not found and not draft.has("positions_percent_total"):
        role = _prose_share(ctx, draft)
    if not found and draft.has("positions_percent_total"):
        found = [{"title": role, "percent": draft.get("positions_percent_total"), "amount": None,
                  "evidence": draft.evidence.get("positions_percent_total")}]
    if not found:
        return
    if len(found) == 1:
        found[0]["amount"] = draft.get("amounts.positions")
    draft.set("positions", [{k: p[k] for k in ("title", "percent", "amount")} for p in found], found[0]["evidence"])
    draft.set("positions_percent_total", sum(p["percent"] for p in found), found[0]["evidence"])


def _prose_share(ctx: Context, draft: Draft) -> str | None:
    """The share stated in prose (``prose_percent``), unless the form's
    position field names the post with no share and the prose share is not
    in that answer ("Miljøarbeider, halv stilling"), names no role of it and
    stands by no words asking for money: a long
    application's background ("23 ansatte fordelt på 21,4 årsverk") states
    shares of the office, not of the post applied for, and the missing share
    is then said to be missing."""
    named = roles_without_share(ctx)
    trial = Draft(dict(draft.values), dict(draft.evidence))
    role = prose_percent(ctx, trial)
    if not trial.has("positions_percent_total"):
        return role
    evidence = trial.evidence.get("positions_percent_total")
    near = fold(evidence.text or "") if evidence is not None else ""
    if named and not any(fold(answer) in near for answer in named) and not (role and _shares_role(role, named)) \
            and not budget_words().prose_request.search(near):
        return None
    draft.values, draft.evidence = trial.values, trial.evidence
    return role


def _shares_role(role: str, named: list[str]) -> bool:
    """The prose share's role and a field's answer share a word ("Familiekoordinatoren" and "Familiekoordinator")."""
    words = set(re.findall(r"[^\W\d_]{4,}", fold(role)))
    return any(a.startswith(b) or b.startswith(a) for title in named
               for a in words for b in re.findall(r"[^\W\d_]{4,}", fold(title)))
