"""The budget: position lines, percentages and the amounts applied for.

Budgets come as tables, as lines in a letter, as labelled fields, or only in
prose (see ``lines`` and ``prose``). Many applications list
their positions twice — a "Stillinger" table (post | stillingsprosent |
beløp) and a budget table whose salary line repeats them — so a position
found in two tables is one position, and the salary amount is taken from
one table: the budget proper, the one with the competence and total lines.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from soknad_extract.extract.budget.aims import aimed_competence
from soknad_extract.extract.budget.answers import without_answer_labels
from soknad_extract.extract.budget.aside import dated_before, disclaimed_sources, financing_sources, without_financing
from soknad_extract.extract.budget.cells import (
    THOUSANDS, is_zero,
)
from soknad_extract.extract.budget.lines import (
    BudgetLine, category, label_over_amount, table_lines, text_lines, unit_stated_line,
)
from soknad_extract.extract.budget.columns import column_lines
from soknad_extract.extract.budget.components import component_rates, components_above_subtotals
from soknad_extract.extract.budget.hints import without_cap_hints, without_past_grants, without_requests
from soknad_extract.extract.budget.labelled import answer_amount
from soknad_extract.extract.budget.listed import listed_lines
from soknad_extract.extract.budget.headings import header_line_above, header_rows_in_sheet, label_rows_in_table
from soknad_extract.extract.budget.parts_below import parts_below_positions
from soknad_extract.extract.budget.packed import paired_rows, pieced_lines, shares_apart, stacked_lines
from soknad_extract.extract.budget.periods import period_rows
from soknad_extract.extract.budget.picture import budget_picture_page
from soknad_extract.extract.budget.prose import other_totals, prose_amounts
from soknad_extract.extract.budget.prose_share import role_for_share
from soknad_extract.extract.budget.tables import (
    is_unit_header, is_unit_row, join_wrapped_labels, ruled_off_years, sourced_rows, thousands_sources, year_headers,
    year_rows,
)
from soknad_extract.extract.budget.restated import restated_salaries
from soknad_extract.extract.budget.fields import field_positions
from soknad_extract.extract.budget.furniture import furniture_rows
from soknad_extract.extract.budget.grant_split import grant_over_costs
from soknad_extract.extract.budget.positions import Position, positions_of, salaries_and_social_costs, separate_social_costs
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.extract.budget.totals import applied_total, names_amount_applied_for, sums_of_positions
from soknad_extract.extract.budget.unread import total_confidence
from soknad_extract.extract.budget.wrapped import carried_tails
from soknad_extract.extract.budget.stated_positions import pair_percent, percent_pairs, positions_without_lines
from soknad_extract.extract.budget.years import earlier_years_only
from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.extract.legibility import guessed_row
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import fold

__all__ = ["Budget", "BudgetLine", "extract_budget", "read_budget"]


@dataclass
class Budget:
    lines: list[BudgetLine] = field(default_factory=list)
    picture_page: int | None = None
    """The page of a budget pasted as a picture, when no line could be read:
    its amounts are unknown, not missing."""
    unit: int = 1
    """The kroner one written unit of the budget's amounts stands for: 1000
    in a budget "i 1000 kr", whose amounts are each rounded to a thousand."""
    over_years: set[int] = field(default_factory=set)
    """The rows (indexes in the context's rows) of the tables over several
    years: a label beside an amount there answers for one year of many, not
    for the application."""
    other_totals: tuple[int, ...] = ()
    """Totals stated in the same words as the one read but of other amounts
    (``part_sums.disputed``): which one is applied for, no words tell."""
    social_costs: int = 0
    """Social costs on lines of their own beside the positions' salary lines
    (``positions.separate_social_costs``), for a stated subtotal."""

    def of(self, category: str) -> list[BudgetLine]:
        return [line for line in self.lines if line.category == category]

    def stated_amounts(self) -> int:
        """How many amounts the budget's parts are written as (its lines with
        an amount, totals left out): each carries its own rounding."""
        return sum(1 for line in self.lines if line.amount is not None and line.category != "total")


def read_budget(ctx: Context) -> Budget:
    """Every budget line of the document. A unit line ("Beløp i 1000 kr")
    is no post: it scales the table it heads, or the text lines under it
    until the first line that is not a budget line."""
    budget = Budget()
    year = ctx.scheme.year if ctx.scheme is not None else None
    found_rows = carried_tails(join_wrapped_labels(header_line_above(label_rows_in_table(
        header_rows_in_sheet(sourced_rows(ctx.rows))))))
    joined = ruled_off_years(found_rows)
    by_row, years_down = year_rows(joined, year)
    rows, years_across = year_headers(period_rows(by_row))
    over_years = years_down | years_across
    aside = disclaimed_sources(joined)
    scales = thousands_sources(rows)
    text_scale = 1
    unpriced: Row | None = None
    furniture = furniture_rows(ctx.rows)  # "Larvik kommune · Side 2" is no post
    opened: set[int] = set()
    earlier: set[int] = set()
    for index, sourced in enumerate(rows):
        row = sourced.row
        if sourced.source is not None and sourced.source not in opened:
            opened.add(sourced.source)
            if is_unit_header(row):
                continue
        own_unit = unit_stated_line(row) if sourced.source is None else None
        if own_unit is not None:
            budget.lines.append(own_unit)
            budget.unit = max(budget.unit, THOUSANDS)
            continue
        if is_unit_row(row):
            text_scale = THOUSANDS if sourced.source is None else text_scale
            continue
        scale = scales.get(sourced.source, 1) if sourced.source is not None else text_scale
        found = _lines_of(row, sourced.source, year, scale) if not guessed_row(row) and id(row) not in furniture else []
        found = without_answer_labels(found, row, rows[index - 1].row if index else None)
        found = without_requests(without_past_grants(without_cap_hints(found)))
        if not found and unpriced is not None and _single_text(row):
            found = [line for line in [label_over_amount(unpriced.filled()[0], row.filled()[0], scale)] if line]
        unpriced = row if not found and _single_text(row) else None
        if sourced.source is None and not found and any(line.source is None for line in budget.lines):
            text_scale = 1
        if scale > 1 and _amounts(found) != _amounts(_lines_of(row, sourced.source, year, 1)):
            budget.unit = max(budget.unit, scale)
        budget.lines.extend(found)
        if found and sourced.source is not None and (earlier_years_only(row, year) or dated_before(row, year)):
            earlier.add(sourced.source)  # last year's figures: set aside like a budget over years
    budget.lines = without_financing(budget.lines, financing_sources(joined))
    lines = _one_year_decides(budget.lines, aside)
    if len(lines) < len(budget.lines):
        over_years |= aside  # a table the application says is not its budget answers no label either
    in_years = {id(row.row) for row, sourced in zip(found_rows, joined) if sourced.source in over_years}
    budget.over_years = {i for i, row in enumerate(ctx.rows) if id(row) in in_years}
    lines = component_rates(_one_year_decides(_one_year_decides(lines, earlier), over_years))
    lines = parts_below_positions(components_above_subtotals(restated_salaries(lines), budget.unit), budget.unit)
    budget.lines = aimed_competence(sums_of_positions(lines), ctx.scheme)
    return budget


_ONE_YEAR_LINES = 2
"""Amounts outside the tables over several years that make a budget of its
own: a lone sum beside a table over years leaves its posts to the table."""


def _one_year_decides(lines: list[BudgetLine], over_years: set[int]) -> list[BudgetLine]:
    """A budget over several years (a column per year, often a sum over
    them) beside a budget of one year: the one year's budget is what the
    application asks for, so the table over years is set aside. A videreføring
    attaches the whole project period behind the form; its columns are other
    years, its sums the project's cost, and its lines would add a second
    salary and competence post to the form's."""
    one_year = [line for line in lines if line.source not in over_years and line.amount is not None]
    if not over_years or len(one_year) < _ONE_YEAR_LINES:
        return lines
    return [line for line in lines if line.source not in over_years]


def _single_text(row: Row) -> bool:
    return not row.in_table and len(row.filled()) == 1


def _lines_of(row: Row, source: int | None, year: int | None, scale: int) -> list[BudgetLine]:
    """A row's budget lines: one row per label and amount pair when the row
    alternates them, else the row as one post (or a column per category);
    a row read as neither may hold its posts one a line in a cell, or
    several posts side by side; a line of text may hold several posts."""
    listed = listed_lines(row, source, scale)
    if listed:
        return listed
    if len(row.filled()) == 1:
        return (column_lines(row, source, scale) or pieced_lines(row, source, scale) or text_lines(row, scale)
                or stacked_lines(row, source, scale))
    pairs = paired_rows(row, scale)
    found = [line for pair in pairs for line in table_lines(pair, source, year, scale)] if pairs is not None \
        else table_lines(shares_apart(row), source, year, scale)
    return found or stacked_lines(row, source, scale) or pieced_lines(row, source, scale)


def _amounts(lines: list[BudgetLine]) -> list[int | None]:
    return [line.amount for line in lines]


def _salary_source(budget: Budget) -> int | None:
    """The table whose salary lines make up the positions amount: of the
    sources with salary lines, the one that also holds the other posts."""
    sources = list(dict.fromkeys(line.source for line in budget.of("positions")))

    def weight(source: int | None) -> tuple[bool, bool]:
        lines = [line for line in budget.lines if line.source == source]
        return (any(line.category in ("competence", "other") for line in lines),
                any(line.category == "total" for line in lines))

    return max(sources, key=weight)


def _line_evidence(line: BudgetLine, confidence: float = 0.9):
    return span_evidence(line.span, "table" if line.span.method == "table" else line.span.method, confidence,
                              text=f"{line.label}: {line.amount if line.amount is not None else ''}")


_POST_PATHS = {"positions": "amounts.positions", "competence": "amounts.competence", "total": "amounts.total",
               "own_funding": "amounts.own_funding"}


def _from_pairs(ctx: Context, draft: Draft, budget: Budget, requested_only: bool = False) -> None:
    """Labelled answers ("Totalt omsøkt beløp: 498 000"); an answer that is a
    budget line of its own ("Vi søker om følgende:" above a bullet) is not,
    a positions subtotal ("Sum stillinger") is no total, and a cell of a
    table over several years answers for one year of many. A bare 0 is no
    amount beside most labels ("Antall: 0"), but the competence post's
    answer "0" says nothing is asked for it, in any unit. With
    ``requested_only`` (a positions table's sum was set aside) a total's
    label must name the amount applied for: a bare "Sum" is that table's."""
    mapping = {"total": "amounts.total", "competence": "amounts.competence",
               "positions_amount": "amounts.positions", "own_funding": "amounts.own_funding"}
    for key, path in mapping.items():
        for pair in ctx.values(key):
            if pair.row in budget.over_years or requested_only and key == "total" \
                    and not names_amount_applied_for(pair.label):
                continue
            subtotal = key == "total" and category(pair.label, None) == "positions_subtotal"
            value, post = answer_amount(pair.label, strip_bullet(pair.value.text.strip()))
            target = _POST_PATHS.get(post or "", mapping["positions_amount"] if subtotal else path)
            if value is None and key == "competence" and is_zero(pair.value.text):
                value = 0
            if value is not None and not draft.has(target):
                draft.set(target, value, span_evidence(pair.value, pair.method, 0.9))
    for pair in percent_pairs(ctx):
        value = pair_percent(pair.value.text, pair.label)
        if value is not None and not draft.has("positions_percent_total"):
            draft.set("positions_percent_total", float(value), span_evidence(pair.value, pair.method, 0.9))


def _sum(lines: list[BudgetLine]) -> int | None:
    values = [line.amount for line in lines if line.amount is not None]
    return sum(values) if values else None


_AMOUNT_PATHS = ("amounts.total", "amounts.positions", "amounts.competence", "amounts.other")


def extract_budget(ctx: Context, draft: Draft, own: Context | None = None, whole_only: bool = False) -> Budget:
    """The record's budget. ``own`` is the application without the budget
    sheets attached behind it: when its text states an amount, its budget
    decides, since an attached sheet may add up the whole project (several
    years, own funding) where the application asks for one year. The sheet
    counts only where the application states no amounts. With
    ``whole_only`` (the sheets set aside are pages of their own behind the
    form, which may be the form's own budget page), only a whole budget
    decides: a total its posts make (``_whole``); a form that states its
    total up front and its posts on the budget page keeps that page, and
    so does one whose page gives the same amounts (its posts' names)."""
    if own is not None:
        trial = Draft(dict(draft.values), dict(draft.evidence))
        budget = _extract_budget(own, trial)
        if whole_only and _whole(trial):
            whole = Draft(dict(draft.values), dict(draft.evidence))
            read_whole = _extract_budget(ctx, whole)
            if all(whole.get(path) == trial.get(path) for path in _AMOUNT_PATHS):
                trial, budget = whole, read_whole  # the page agrees: its table names the posts
        if _whole(trial) if whole_only else any(trial.has(path) for path in _AMOUNT_PATHS):
            draft.values, draft.evidence = trial.values, trial.evidence
            return budget
    return _extract_budget(ctx, draft)


def _whole(draft: Draft) -> bool:
    """The draft states a total and the positions, and its posts make the total."""
    total, positions = draft.get("amounts.total"), draft.get("amounts.positions")
    if total is None or positions is None:
        return False
    return positions + (draft.get("amounts.competence") or 0) + (draft.get("amounts.other") or 0) == total


def _stated_once(lines: list[BudgetLine]) -> list[BudgetLine]:
    """The lines of one post, each source's lines once: a budget sheet
    attached behind the form (or a summary table beside it) restates the
    form's competence post with the same amounts, and the same post given
    twice is one post. Sources whose amounts differ, or whose labels name
    other posts ("Reiser 5 000" beside "Husleie 5 000"), are kept, all of them."""
    by_source: dict[int | None, list[BudgetLine]] = {}
    for line in lines:
        by_source.setdefault(line.source, []).append(line)
    groups = [sorted(group, key=lambda line: line.amount or 0) for group in by_source.values()]
    if len(groups) < 2:
        return lines
    first = groups[0]
    same = all(
        len(group) == len(first) and all(a.amount == b.amount and _same_post(a.label, b.label)
                                         for a, b in zip(first, group)) for group in groups[1:])
    return first if same else lines


def _same_post(first: str, second: str) -> bool:
    """Two labels sharing a word, or one word the start of the other's ("Kompetanse", "Kompetansemidler")."""
    words = [set(re.findall(r"[^\W\d_]{4,}", fold(label))) for label in (first, second)]
    return any(a.startswith(b) or b.startswith(a) for a in words[0] for b in words[1])


def _asked_positions(ctx: Context, positions: list[Position]) -> list[Position]:
    """The positions of the budget's lines, unless every one is a share
    without an amount (a table of posts and shares) and the form's position
    field names the posts applied for with their shares ("Stilling(er) det
    søkes om | Jobbkonsulent – 100 %"): a long application lists the
    office's staff with their shares too, and the field says which posts
    the application asks for (``positions_without_lines`` reads it)."""
    if positions and all(p.amount is None for p in positions) and field_positions(ctx):
        return []
    return positions


def _extract_budget(ctx: Context, draft: Draft) -> Budget:
    """The amount applied for positions is the one the office states ("Sum
    stillinger"), else its position lines added up; the lines are checked
    against a stated subtotal in validation, so an office that added wrong is
    told, not silently corrected."""
    budget = read_budget(ctx)
    if not any(line.amount for line in budget.lines):
        budget.picture_page = budget_picture_page(ctx.doc)
    in_lines = positions_of(budget.of("positions"))
    positions = _asked_positions(ctx, in_lines)
    budget.social_costs = separate_social_costs(budget.of("positions"), positions)
    if budget.of("positions"):
        source = _salary_source(budget)
        lines = [line for line in budget.of("positions") if line.source == source]
        stated = [line for line in budget.of("positions_subtotal") if line.source == source and line.amount]
        if stated:
            amount = salaries_and_social_costs(stated[0].amount, lines, budget.unit)
            draft.set("amounts.positions", amount, _line_evidence(stated[0], 0.9 if amount == stated[0].amount else 0.85))
        elif _sum(lines) is not None:
            draft.set("amounts.positions", _sum(lines), _line_evidence(lines[0]))
    if len(positions) == 1:
        only = positions[0]
        only.amount = only.amount if only.amount is not None else draft.get("amounts.positions")
        only.title = only.title or role_for_share(ctx, only.percent)
    if positions:
        evidence = _line_evidence(positions[0].line)
        draft.set("positions", [{"title": p.title, "percent": p.percent, "amount": p.amount} for p in positions],
                  evidence)
        draft.set("positions_percent_total", sum(p.percent for p in positions), evidence)
    for kind, path in (("competence", "amounts.competence"), ("other", "amounts.other")):
        lines = _stated_once(budget.of(kind))
        if _sum(lines) is not None and (_sum(lines) or kind == "competence"):
            # the scheme's competence post stated as 0 asks nothing for it (0); an
            # "Andre kostnader 0" line is no other cost at all (null)
            draft.set(path, _sum(lines), _line_evidence(lines[0]))
    if not draft.has("amounts.positions") and budget.of("positions_subtotal"):
        line = budget.of("positions_subtotal")[0]
        draft.set("amounts.positions", line.amount, _line_evidence(line))
    chosen = applied_total(budget.lines)
    if chosen is not None:
        draft.set("amounts.total", chosen.amount, _line_evidence(chosen, total_confidence(ctx.rows, chosen)))
    _own_funding(budget, draft)
    set_aside = any(category(line.label, line.percent) == "total" for line in budget.of("positions_subtotal"))
    _from_pairs(ctx, draft, budget, requested_only=set_aside)
    if set_aside:
        _total_from_parts(draft)  # a positions table's sum set aside (``sums_of_positions``): its words tell no request
    prose_amounts(ctx, draft)
    grant_over_costs(ctx, draft, chosen, budget.over_years)  # a cost plan counting own funding is no request
    budget.other_totals = other_totals(ctx, draft.get("amounts.total"))
    if not positions:
        positions_without_lines(ctx, draft, field_first=bool(in_lines))
    _total_from_parts(draft)
    return budget


def _own_funding(budget: Budget, draft: Draft) -> None:
    """Own funding is a line of its own, or a column: its sum row when the
    table has one, else the column's lines added up."""
    lines = budget.of("own_funding")
    if lines:
        draft.set("amounts.own_funding", _sum(lines), _line_evidence(lines[0]))
        return
    column = [line for line in budget.lines if line.own is not None]
    totals = [line for line in column if line.category == "total"]
    chosen = totals[-1:] or column
    if chosen:
        draft.set("amounts.own_funding", sum(line.own for line in chosen) or None, _line_evidence(chosen[0]))


def _total_from_parts(draft: Draft) -> None:
    """A budget that lists its parts but no sum still states its total."""
    if draft.has("amounts.total"):
        return
    parts = [draft.get(p) for p in ("amounts.positions", "amounts.competence", "amounts.other")]
    if any(p is not None for p in parts):
        source = next(draft.evidence[p] for p in ("amounts.positions", "amounts.competence", "amounts.other")
                      if p in draft.evidence)
        draft.set("amounts.total", sum(p or 0 for p in parts),
                  source.model_copy(update={"method": "sum", "confidence": min(source.confidence, 0.8)}))
