"""Whether the budget's stated sums are made by their parts: the total
applied for by positions, competence and other costs (with or without own
funding), and the positions' subtotal by their lines, allowing for the
rounding of every amount to the budget's unit and for social costs written on
a line of their own. ``validate`` turns what does not add up into findings."""

from __future__ import annotations

from soknad_extract.facts import ExtractionFacts
from soknad_extract.record import Record

SUM_ROUNDING_UNITS = 0.5
"""How far one stated amount may lie from the figure it rounds, in the
budget's own unit (kroner; thousands in a budget "i 1000 kr"): half a unit.
A sum differs from its parts by rounding, not by a mistake, while the
difference is no more than this for each amount added and for the total."""


def rounding_tolerance(facts: ExtractionFacts, amounts_added: int) -> float:
    """Kroner by which a stated sum of ``amounts_added`` stated amounts may
    differ from their sum without a mistake: each of them and the sum itself
    rounded to the budget's unit."""
    return SUM_ROUNDING_UNITS * facts.budget_unit * (max(amounts_added, facts.budget_amounts) + 1)


def sum_mismatches(record: Record, facts: ExtractionFacts) -> list[tuple[str, int, int]]:
    """The sums the budget states that its parts do not make, each as (which
    sum: "total" or "lines", the stated figure, the parts added up)."""
    amounts = record.amounts
    problems: list[tuple[str, int, int]] = []
    total_evidence = record.evidence.get("amounts.total")
    stated_total = total_evidence is None or total_evidence.method != "sum"
    parts = [amounts.positions, amounts.competence, amounts.other]
    if stated_total and amounts.total is not None and amounts.positions is not None:
        parts_sum = sum(p or 0 for p in parts)
        social = _social_beside_subtotal(record, facts)
        sums = [parts_sum, parts_sum + (amounts.own_funding or 0)]
        sums += [total + social for total in sums] if social else []
        added = sum(1 for p in [*parts, amounts.own_funding, social or None] if p is not None)
        if min(abs(amounts.total - total) for total in sums) > rounding_tolerance(facts, added):
            problems.append(("total", amounts.total, parts_sum))
    line_amounts = [p.amount for p in record.positions if p.amount is not None]
    subtotal = facts.positions_subtotal
    if line_amounts and subtotal is not None:
        mismatch = _lines_mismatch(facts, line_amounts, subtotal, len(record.positions) == 1)
        if mismatch is not None:
            problems.append(("lines", subtotal, mismatch))
    return problems


def _social_beside_subtotal(record: Record, facts: ExtractionFacts) -> int:
    """Social costs on a line of their own that a positions amount taken
    from a subtotal of salaries ("Sum lønn") leaves out of the total's parts;
    none when the subtotal already holds them ("Sum lønn og sosiale
    kostnader": the salary lines and the social costs make it), so a total
    that counts them twice is still reported."""
    subtotal = facts.positions_subtotal
    social = facts.positions_social_costs
    if not social or subtotal is None or record.amounts.positions != subtotal:
        return 0
    lines = [p.amount for p in record.positions if p.amount is not None]
    with_social = sum(lines) + (0 if len(record.positions) == 1 else social)
    holds_them = bool(lines) and abs(with_social - subtotal) <= rounding_tolerance(facts, len(lines) + 1)
    return 0 if holds_them else social


def _lines_mismatch(facts: ExtractionFacts, line_amounts: list[int], subtotal: int, single: bool) -> int | None:
    """The positions' lines added up when they do not make their stated
    subtotal, else None. Social costs written on a line of their own count
    as the subtotal's part when they make it add up ("Sum lønn og sosiale
    kostnader"); the salary lines alone do when the social costs are already
    inside them or the subtotal is of salaries only ("Sum lønn"). A
    ``single`` position's amount holds the social costs written beside it
    (``positions.positions_of``): its salary alone is the amount less them."""
    salaries, social = sum(line_amounts), facts.positions_social_costs
    sums = ([salaries, salaries - social] if single else [salaries, salaries + social]) if social else [salaries]
    added = len(line_amounts) + (1 if social else 0)
    if any(abs(total - subtotal) <= rounding_tolerance(facts, added) for total in sums):
        return None
    return min(sums, key=lambda total: abs(total - subtotal))
