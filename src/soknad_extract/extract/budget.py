"""The budget: position lines, percentages and the amounts applied for.

Budgets come as tables (post | stillingsprosent | beløp, sometimes with an
own-funding column), as dotted lines in a letter ("Reise og kurs ..... 40 000"),
as labelled fields, or only in prose ("Vi søkjer om 1 220 000 kroner til to
stillingar"). Each budget line is classified by its label, so a total can
be checked against its parts instead of being trusted blindly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soknad_extract.extract.context import Context, Draft
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.rows import Row, Span
from soknad_extract.norwegian import find_amounts, find_dates, find_percents, fold, parse_amount, parse_percent

_AMOUNT_CELL = re.compile(
    r"^(?:kr\.?|nok)?\s*\d[\d\s.,'’]*(?:,-{1,2}|,—)?\s*(?:kr\.?|kroner|nok|mill\.?|millioner|millionar|tusen|')?$"
)
_PERCENT_CELL = re.compile(r"%|prosent|årsverk|stilling|stillingar|stillinger")
_LINE_TAIL = re.compile(
    r"^(?P<label>.*?[A-Za-zÆØÅæøå)][^\d]*?)[\s.:…_-]*"
    r"(?P<numbers>(?:(?:kr\.?|nok)\s*)?\d[\d\s.,'’%]*(?:,-{1,2})?(?:\s*(?:kr\.?|kroner|nok|%|prosent))?"
    r"(?:\s+(?:(?:kr\.?|nok)\s*)?\d[\d\s.,'’%]*(?:,-{1,2})?(?:\s*(?:kr\.?|kroner|nok|%|prosent))?)*)$",
    re.I,
)

_TOTAL = re.compile(r"^(sum|totalt?|til sammen|til saman|samla?|samlet|i alt|total)\b|søknadsbeløp|søknadssum|omsøkt|"
                    r"søkt beløp|beløp det søk|sum tilskudd|sum tilskot")
_SUBTOTAL_POSITIONS = re.compile(r"^(sum|totalt?|samla?|samlet)\s+(lønn|løn|stilling|personal|årsverk)")
_OWN = re.compile(r"egen\s*-?\s*andel|eigen\s*-?\s*andel|egen\s*finans|eigen\s*finans|egne midl|eigne midl|"
                  r"kommunal\w* (andel|bidrag|midl)|kommunens (andel|bidrag|egen)|medfinans")
_COMPETENCE = re.compile(r"kompetanse|evaluering|tjenestedesign|tenestedesign|prosessveiled|prosessrettleiing|design")
_POSITION = re.compile(
    r"stilling|lønn|løn\b|årsverk|sosiale (utgifter|kostnader)|arbeidsgiveravgift|pensjon|"
    r"prosjekt\s*-?\s*(leder|leiar|koordinator|medarbeider|medarbeidar|stilling|arbeider)|koordinator|rådgiver|"
    r"rådgjevar|veileder|rettleiar|konsulent|medarbeider|medarbeidar|miljøarbeider|miljøarbeidar|"
    r"jobbspesialist|kurator|sosionom|saksbehandler|sakshandsamar|programrådgiver|ressurs|personal"
)
_REQUESTED_HEADER = re.compile(r"søk|omsøkt|tilskudd|tilskot|beløp|kr|nok|budsjett")
_OWN_HEADER = _OWN
_PERCENT_HEADER = re.compile(r"prosent|%|andel|årsverk|omfang|storleik|størrelse")
_TOTAL_HEADER = re.compile(r"^(sum|totalt?|samla?|samlet)$")


@dataclass
class BudgetLine:
    label: str
    category: str
    span: Span
    amount: int | None = None
    own: int | None = None
    percent: float | None = None


@dataclass
class Budget:
    lines: list[BudgetLine] = field(default_factory=list)

    def of(self, category: str) -> list[BudgetLine]:
        return [line for line in self.lines if line.category == category]


def _category(label: str, percent: float | None) -> str:
    text = fold(label)
    if _SUBTOTAL_POSITIONS.search(text):
        return "positions_subtotal"
    if _OWN.search(text):
        return "own_funding"
    if _TOTAL.search(text):
        return "total"
    if _COMPETENCE.search(text):
        return "competence"
    if percent is not None or _POSITION.search(text):
        return "positions"
    return "other"


def _is_amount_cell(text: str) -> bool:
    folded = fold(text)
    return bool(_AMOUNT_CELL.match(folded)) and parse_amount(text) is not None


def _is_percent_cell(text: str, header: str) -> bool:
    """A cell that holds a share and little else ("100 %", "1 årsverk",
    "to stillinger"); a post named with its share is a label, not a share."""
    folded = fold(text)
    if _PERCENT_HEADER.search(fold(header)) and re.fullmatch(r"\d{1,3}(?:[.,]\d+)?\s*%?", folded):
        return True
    if not _PERCENT_CELL.search(folded) or parse_percent(text) is None:
        return False
    rest = folded
    for hit in find_percents(folded):
        rest = rest.replace(hit.text.lower(), " ")
    rest = re.sub(r"\b(stillings?\w*|årsverk|prosent|av|à|a|x)\b", " ", rest)
    return len(re.sub(r"[^a-zæøå]", "", rest)) <= 3


_SKIP_KEYS = {"org_number", "phone", "email", "start_date", "contact_name", "office",
              "municipality", "title", "signature", "kind"}
"""Rows whose label names one of these fields hold no budget post, unless
they carry a position share ("Prosjektleder | 100 % | 610 000" is a post)."""


def _table_line(row: Row) -> BudgetLine | None:
    label_cell: Span | None = None
    amounts: list[tuple[str, int]] = []
    percent: float | None = None
    for i, cell in enumerate(row.cells):
        text = cell.text.strip()
        if not text:
            continue
        header = row.header[i] if i < len(row.header) else ""
        if percent is None and _is_percent_cell(text, header) and not _is_amount_header(header):
            percent = _percent_value(text)
        elif _is_amount_cell(text):
            amounts.append((fold(header), parse_amount(text)))
        elif label_cell is None:
            label_cell = cell
    if label_cell is None or not amounts:
        return None
    if percent is None and classify_label(label_cell.text) in _SKIP_KEYS:
        return None
    if percent is None:
        percent = _percent_in_label(label_cell.text)
    requested, own = _pick_columns(amounts)
    category = _category(label_cell.text, percent)
    return BudgetLine(label_cell.text, category, label_cell, requested, own, percent)


def _percent_in_label(text: str) -> float | None:
    """A share written into the post's own name ("Lønn, 100 % stilling")."""
    hits = [h for h in find_percents(text) if re.search(r"%|prosent|årsverk", h.text, re.I)]
    return float(hits[0].value) if len(hits) == 1 else None


def _percent_value(text: str) -> float | None:
    """A percent cell may say "100 %", "1 årsverk" or, under a percent header, just "100"."""
    value = parse_percent(text)
    if value is None and re.fullmatch(r"\s*\d{1,3}(?:[.,]\d+)?\s*", text):
        value = float(text.strip().replace(",", "."))
    return value


def _is_amount_header(header: str) -> bool:
    folded = fold(header)
    return bool(folded) and bool(re.search(r"beløp|kr\b|kroner|nok|sum", folded)) and not _PERCENT_HEADER.search(folded)


def _pick_columns(amounts: list[tuple[str, int]]) -> tuple[int | None, int | None]:
    """The amount applied for and the own-funding amount of one row, by
    column header: an own-funding column is never the amount applied for,
    and a grand-total column is used only when nothing else is there."""
    own = next((v for h, v in amounts if _OWN_HEADER.search(h)), None)
    rest = [(h, v) for h, v in amounts if not _OWN_HEADER.search(h)]
    requested = [(h, v) for h, v in rest if _REQUESTED_HEADER.search(h) and not _TOTAL_HEADER.match(h)]
    if requested:
        return requested[0][1], own
    if rest:
        return rest[0][1] if own is not None or len(rest) == 1 else rest[-1][1], own
    return None, own


def _text_line(row: Row) -> BudgetLine | None:
    """A budget line written as text: "Prosjektkoordinator 100 % ... kr 610 000"."""
    if len(row.filled()) != 1:
        return None
    cell = row.filled()[0]
    match = _LINE_TAIL.match(cell.text.strip())
    if not match or len(match.group("label")) > 60 or classify_label(match.group("label")) in _SKIP_KEYS:
        return None
    numbers = match.group("numbers")
    if re.fullmatch(r"\s*(?:19|20)\d\d\s*", numbers) or any(
            d.end >= match.start("numbers") for d in find_dates(cell.text)):
        return None  # a year or a date closing a heading or a place line, not an amount
    percent = None
    split = re.split(r"%|prosent", numbers, maxsplit=1, flags=re.I)
    if len(split) == 2:
        percent = parse_percent(split[0] + " %")
        numbers = split[1]
    amount = parse_amount(numbers) if numbers.strip() else None
    if amount is None or amount < 1000 and not re.search(r"kr|nok|,-", fold(numbers)):
        return None
    label = match.group("label").strip(" .:…_-")
    if not re.search(r"[a-zæøå]{3,}", fold(re.sub(r"\b(kr|nok|kroner)\b", "", fold(label)))):
        return None  # "kr 1.220.000,-" alone is a value under a label, not a budget post
    return BudgetLine(label, _category(label, percent), cell, amount, None, percent)


def read_budget(ctx: Context) -> Budget:
    budget = Budget()
    for row in ctx.rows:
        line = _table_line(row) if len(row.filled()) > 1 else _text_line(row)
        if line is not None:
            budget.lines.append(line)
    return budget


_REQUEST = re.compile(r"\b(søker|søkjer|søkes|søkjast|søkt|omsøkt|ber om|søknad om|søknaden gjeld|søknaden gjelder)\b", re.I)
_POSITION_WORD = re.compile(r"stilling|årsverk", re.I)


def _prose_amounts(ctx: Context, draft: Draft) -> None:
    """Amounts stated in sentences: the sum asked for, and what it is for."""
    text = ctx.text
    for sentence in re.finditer(r"[^.!?\n]*(?:[.!?](?!\d)|\n|$)", text):
        body = sentence.group(0)
        if not _REQUEST.search(body):
            continue
        for hit in find_amounts(body):
            after = fold(body[hit.end: hit.end + 50])
            start = sentence.start() + hit.start
            evidence = ctx.evidence_at(start, start + len(hit.text), "nlp", 0.75)
            if re.match(r"\s*(til|for)\s+(prosjektspesifikk\s+)?kompetanse", after):
                draft.set("amounts.competence", draft.get("amounts.competence", hit.value), evidence)
            elif not draft.has("amounts.total") and not _OWN_SENTENCE.search(fold(body)):
                draft.set("amounts.total", hit.value, evidence)
    _prose_own_funding(ctx, draft)


_OWN_SENTENCE = re.compile(r"egenandel|eigenandel|eigendel|egeninnsats|eigeninnsats|egenfinansier|eigenfinansier|"
                           r"medfinansier|set av|setter av|skyt inn|skyter inn|bidrar med|bidreg med|"
                           r"dekker (selv|sjølv)|dekkjer sjølv")


def _prose_own_funding(ctx: Context, draft: Draft) -> None:
    """The municipality's own contribution stated in a sentence ("Kommunen
    set av 50 000 kroner … som eigendel")."""
    if draft.has("amounts.own_funding"):
        return
    for sentence in re.finditer(r"[^.!?\n]*(?:[.!?](?!\d)|\n|$)", ctx.text):
        body = sentence.group(0)
        if not _OWN_SENTENCE.search(fold(body)):
            continue
        hits = find_amounts(body)
        if hits:
            start = sentence.start() + hits[0].start
            draft.set("amounts.own_funding", hits[0].value,
                      ctx.evidence_at(start, start + len(hits[0].text), "nlp", 0.7))
            return


def _prose_percent(ctx: Context, draft: Draft) -> None:
    text = ctx.text
    candidates = []
    for hit in find_percents(text):
        window = fold(text[hit.start: hit.end + 30])
        if not _POSITION_WORD.search(window):
            continue
        sentence_start = max(text.rfind(".", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
        asks = bool(_REQUEST.search(text[sentence_start: hit.end]))
        candidates.append((not asks, hit.start, hit))
    if candidates:
        _, start, hit = min(candidates, key=lambda c: (c[0], c[1]))
        draft.set("positions_percent_total", float(hit.value),
                  ctx.evidence_at(start, start + len(hit.text), "nlp", 0.75))


def _line_evidence(line: BudgetLine, confidence: float = 0.9):
    return line.span.evidence("table" if line.span.method == "table" else line.span.method, confidence,
                              text=f"{line.label}: {line.amount if line.amount is not None else ''}")


def _from_pairs(ctx: Context, draft: Draft) -> None:
    mapping = {"total": "amounts.total", "competence": "amounts.competence",
               "positions_amount": "amounts.positions", "own_funding": "amounts.own_funding"}
    for key, path in mapping.items():
        for pair in ctx.values(key):
            value = parse_amount(pair.value.text)
            if value is not None and not draft.has(path):
                draft.set(path, value, pair.value.evidence(pair.method, 0.9))
    for pair in ctx.values("percent"):
        value = _percent_value(pair.value.text)
        if value is not None and not draft.has("positions_percent_total"):
            draft.set("positions_percent_total", float(value), pair.value.evidence(pair.method, 0.9))


def _sum(lines: list[BudgetLine]) -> int | None:
    values = [line.amount for line in lines if line.amount is not None]
    return sum(values) if values else None


def extract_budget(ctx: Context, draft: Draft) -> Budget:
    budget = read_budget(ctx)
    position_lines = [line for line in budget.of("positions") if line.percent is not None]
    draft.set("positions", [
        {"title": line.label or None, "percent": line.percent, "amount": line.amount} for line in position_lines
    ] or None, _line_evidence(position_lines[0]) if position_lines else None)
    if position_lines:
        total_percent = sum(line.percent for line in position_lines)
        draft.set("positions_percent_total", total_percent, _line_evidence(position_lines[0]))
    for category, path in (("positions", "amounts.positions"), ("competence", "amounts.competence"),
                           ("other", "amounts.other")):
        lines = budget.of(category)
        value = _sum(lines)
        if value is not None:
            draft.set(path, value, _line_evidence(lines[0]))
    if not draft.has("amounts.positions") and budget.of("positions_subtotal"):
        line = budget.of("positions_subtotal")[0]
        draft.set("amounts.positions", line.amount, _line_evidence(line))
    totals = [line for line in budget.of("total") if line.amount is not None]
    if totals:
        draft.set("amounts.total", max(totals, key=lambda t: t.amount).amount, _line_evidence(totals[-1]))
    _own_funding(budget, draft)
    _from_pairs(ctx, draft)
    _prose_amounts(ctx, draft)
    if not draft.has("positions_percent_total"):
        _prose_percent(ctx, draft)
        if draft.has("positions_percent_total") and not draft.has("positions"):
            draft.set("positions", [{"title": None, "percent": draft.get("positions_percent_total"), "amount": None}],
                      draft.evidence.get("positions_percent_total"))
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
