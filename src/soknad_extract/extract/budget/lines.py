"""Budget lines: one post of the budget with its category, amount, own
funding and share, read from a table row or a line of text.

Budgets come as tables (post | stillingsprosent | beløp, sometimes with an
own-funding column), as horizontal tables (one column per category, the
amounts in the row below), and as lines in a letter ("Reise og kurs .....
40 000", "• Kompetanse: kr 10 000"). Each line is classified by its label,
so a total can be checked against its parts instead of being trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from soknad_extract.extract.budget.cells import (
    SKIP_KEYS, THOUSANDS, amount_and_purpose, amount_in_cell, is_amount_header, is_identifier,
    is_own_header, is_percent_cell, is_percent_header, is_zero, percent_in_label, percent_value,
    scaled_amount, share_in_post_title, states_rate, without_monthly_note,
)
from soknad_extract.extract.budget.boxes import answers_nothing, is_answer_cell, is_date_cell, says_share
from soknad_extract.extract.budget.applied import is_applied_header, is_funder_header, pick_columns
from soknad_extract.extract.budget.marks import CURRENCY_AFTER, WHOLE_KRONER, marked_as_money, says_money
from soknad_extract.extract.budget.part_sums import summed_kind
from soknad_extract.extract.budget.remarks import without_remark
from soknad_extract.extract.budget.tails import LABEL_MAX, line_tail
from soknad_extract.extract.budget.titles import position_title, strip_bullet
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.extract.budget.years import continues_years, year_column
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pair_text import without_leader
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import find_amounts, find_dates, fold, parse_amount, parse_percent
from soknad_extract.norwegian.amounts import (
    carries_own_scale, without_sum_working, without_unit_statement, without_working,
)

_NOTHING = re.compile(rf"[-–—]{{1,2}}|(?:kr\.?\s*)?0{WHOLE_KRONER}?", re.I)
"""A post's answer that is nothing in figures: a dash, "0", "kr 0,-", "kr 0.-"."""


@dataclass
class BudgetLine:
    label: str
    category: str
    span: Span
    amount: int | None = None
    own: int | None = None
    percent: float | None = None
    source: int | None = None
    """The table the line was read from (None for a line of text), so the
    same position listed in two tables is not counted twice."""
    social: bool = False
    """A part of the positions' cost beside their salary (holiday pay, the
    employer's tax) that its label alone does not name (``components``)."""


_SUMS = ("positions_subtotal", "total")
"""A cell naming a sum ("Sum stillinger (2 årsverk)") is the row's label,
though it counts shares: the row adds up posts, it is none."""


def is_social_costs(label: str) -> bool:
    """A line that adds the employer's costs to a salary line above it."""
    words, folded = budget_words(), fold(label)
    return bool(words.social_costs.search(folded) or words.social_short.search(folded))


def category(label: str, percent: float | None) -> str:
    """What a line is, by elimination: a breakdown of the line above ("herav
    sosiale utgifter"), a positions subtotal, own funding, a total (the
    project's total cost too: "Prosjektets totale kostnad" adds the own part
    to the request, no post of its own), competence (not named as the aim of a
    request, ``competence_aim``), a position; any other cost is "other".
    A dot leader or colon the label ends in ("Lønnsmidler i alt ......" |
    "854 000") is the gap before its amount, no word of the label: a
    typeface whose leader sets the amount apart must not turn a subtotal
    into another post."""
    words = budget_words()
    text = fold(strip_bullet(without_leader(label))).rstrip(" :")
    if words.breakdown.search(text):
        return "breakdown"
    bare = re.sub(r"\s*\([^()]*\)[\s:.]*$", "", text)  # "Lønn i alt (1,5 årsverk)" ends at "i alt"
    if words.positions_subtotal.search(text) or words.positions_subtotal.search(bare):
        return "positions_subtotal"
    if words.own_funding.search(text):
        return "own_funding"
    if words.total_lead.search(text) or words.total_lead.search(bare) or words.project_cost.search(text):
        return "total"
    if (words.competence.search(text) or words.competence_short.search(text)) and not words.competence_aim.search(text):
        return "competence"
    if (words.total.search(text) or words.grant_total.search(text)) and not (words.salary.search(text) or words.post_request.search(text)):
        return "total"
    if percent is not None or words.position.search(text) or words.social_short.search(text):
        return "positions"
    return "other"


def names_field(label: str) -> bool:
    """A label that asks for a field of the form rather than a cost
    ("Org.nr.", "Telefon", "Kommune"); a note in brackets does not count
    ("Utstyr (PC og mobiltelefon)" is equipment)."""
    return classify_label(re.sub(r"\s*\([^)]*\)", "", label).strip() or label) in SKIP_KEYS


def is_money(text: str, header: str = "") -> bool:
    """An amount that says it is money: under a money column ("Beløp (kr)")
    or with a currency mark of its own. A post whose label looks like a
    form field ("Kontorleie", "Telefon og internett") is still a cost then;
    a bare number beside such a label ("Kommunenr. 4601") is not."""
    return is_amount_header(header) or says_money(fold(text))


def _is_address(label: str) -> bool:
    return bool(budget_words().address.search(fold(strip_bullet(label)).strip(" .:")))


def table_lines(row: Row, source: int | None = None, year: int | None = None, scale: int = 1) -> list[BudgetLine]:
    """The budget lines of one table row: usually one, several when the
    columns are categories ("Lønn og sosiale utgifter | Kompetanse | Totalt").
    A table with a column per year gives the scheme ``year``'s amounts; a
    table stated in thousands (``scale``) gives kroner. The label holds a word: specks a fax's scan reads
    before it ("—", "N" for a lost item number) are no post of their own."""
    label_cell: Span | None = None
    titles: list[str] = []  # text cells after the label: the post's title ("Jobbspesialist 100 %")
    title = ""
    amounts: list[tuple[str, int, str]] = []
    marked = False
    percent: float | None = None
    counted = False  # the share read is a count of posts ("Ei stilling"): a share in percent beside it decides
    purpose = ""
    for i, cell in enumerate(row.cells):
        text = cell.text.strip()
        if not text:
            continue
        header = row.header[i] if i < len(row.header) else ""
        amount = amount_in_cell(text, header, scale)
        split = amount_and_purpose(text) if amount is None and not purpose else None
        if split is not None and amount_in_cell(split[0], header, scale) is not None:
            text, purpose = split
            amount = amount_in_cell(text, header, scale)
        if (percent is None or counted and says_share(text, header)) and is_percent_cell(text, header) \
                and not (amount is not None and _money_column(header)) and category(text, None) not in _SUMS:
            percent, counted = percent_value(text, header), not says_share(text, header)
        elif amount is not None:
            amounts.append((fold(header), amount, header))
            marked = marked or is_money(text, header)
        elif is_zero(text) and is_applied_header(header):
            amounts.append((fold(header), 0, header))
        elif label_cell is None and not is_identifier(text) and re.search(r"[^\W\d_]{2}", text) \
                and not is_date_cell(text) and not is_answer_cell(text, header):
            label_cell = cell
        elif label_cell is not None and not amounts and percent is None and answers_nothing(label_cell.text, text):
            label_cell, titles = cell, []
        elif label_cell is not None:
            titles.append(text)
    amounts = year_column(amounts, year)
    if label_cell is not None and states_rate(label_cell.text):
        return []
    if not amounts:
        return _share_only(row, label_cell, percent, source)
    if label_cell is not None and (_is_address(label_cell.text) or percent is None and not marked and (
            names_field(label_cell.text))):
        return []
    if percent is None and label_cell is not None:
        percent = percent_in_label(f"{label_cell.text} {purpose}")
        shares = [(share, text) for text in titles if (share := share_in_post_title(text, label_cell.text)) is not None]
        percent, title = shares[0] if percent is None and len(shares) == 1 else (percent, "")
    horizontal = _by_column(row, label_cell, amounts, percent, source) if not purpose else []
    if horizontal:
        return horizontal
    requested, own = pick_columns([(h, v) for h, v, _ in amounts], row.header)
    requested = None if requested == 0 and own else requested  # the municipality pays it all: nothing applied for
    if label_cell is None:
        # a share and an amount whose post name is missing (an empty or unreadable cell): still a position
        return [BudgetLine("", "positions", row.filled()[0], requested, own, percent, source)] if percent else []
    kind = purpose_category(label_cell.text, purpose, percent)
    if purpose and kind == "other":
        return []  # "kr 600 000 i tilskudd fra fylket": words after an amount that name no post of the budget
    label = f"{without_leader(label_cell.text)} {purpose} {title}".strip()
    return [BudgetLine(label, kind, label_cell, requested, own, percent, source)]


def purpose_category(label: str, purpose: str, percent: float | None) -> str:
    """What a line is when its amount says what it pays for ("Omsøkt beløp" |
    "NOK 600k til lønn og sosiale utgifter"): a label that names only the
    amount applied for, or nothing in particular, takes its post from the
    purpose, when the purpose names salaries or competence but not both. A
    label that opens as a sum ("Sum", "Totalt") stays a total, and a purpose
    naming both is the whole request."""
    kind = category(label, percent)
    words = budget_words()
    if not purpose or kind not in ("total", "other") or words.total_lead.search(fold(strip_bullet(label))):
        return kind
    folded = fold(purpose)
    salary, competence = bool(words.position.search(folded)), bool(words.competence.search(folded))
    if salary == competence:
        return kind
    return "positions" if salary else "competence"


def _share_only(row: Row, label_cell: Span | None, percent: float | None, source: int | None) -> list[BudgetLine]:
    """A post in a positions table that gives shares but no amounts
    ("Stilling | Stillingsprosent" → "Jobbspesialist | 100 %"), or a row of
    its own whose label names the post by a post word and whose share says
    it is one by its unit ("Prosjektstilling, miljøterapeut | 100 %" above
    the budget's amounts): a share needs a share column or its unit."""
    if label_cell is None or percent is None:
        return []
    share_column = any(is_percent_header(h) and is_percent_cell(c.text, h) for c, h in zip(row.cells, row.header))
    if not (share_column or _post_with_share(row, label_cell)) \
            or classify_label(label_cell.text) in SKIP_KEYS | {"percent", "total"}:
        return []
    if category(label_cell.text, percent) != "positions":
        return []
    return [BudgetLine(label_cell.text, "positions", label_cell, None, None, percent, source)]


def _post_with_share(row: Row, label_cell: Span) -> bool:
    """A row of a label and a share alone, the label naming a post by a
    post word and more ("Prosjektstilling, miljøterapeut", "Ny stilling som
    veileder"; not a form's "Stilling" asking for it, nor a cost beside a
    salary, "Arbeidsgiveravgift | 14,1 %"), the share its cell's whole text
    with its unit ("100 %")."""
    cells = row.filled()
    share = cells[-1].text if len(cells) == 2 and cells[0] is label_cell else ""
    folded = fold(label_cell.text)
    return bool(_SHARE_WITH_UNIT.fullmatch(share.strip())) and bool(budget_words().prose_position_word.search(folded)) \
        and position_title(label_cell.text) is not None and not is_social_costs(label_cell.text)


_SHARE_WITH_UNIT = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|prosent)", re.I)


def _money_column(header: str) -> bool:
    folded = fold(header)
    return bool(budget_words().cost_header.search(folded)) or is_own_header(header)




def _column_kind(header: str, has_label: bool) -> str:
    """What an amount column of a horizontal budget holds: "own", "funder" (another
    funder's grant, left out), a budget category, "total", or "post" (the row's
    own post, "Beløp"/"Omsøkt")."""
    if is_own_header(header):
        return "own"
    if is_funder_header(header):
        return "funder"
    kind = category(header, None) if header else "other"
    folded = fold(strip_bullet(header))
    if kind == "total" and not budget_words().total_lead.search(folded):
        return "post" if has_label else "total"
    if kind == "other" and budget_words().post_header.search(folded):
        return "post"
    return kind


def _by_column(row: Row, label_cell: Span | None, amounts: list[tuple[str, int, str]], percent: float | None,
               source: int | None) -> list[BudgetLine]:
    """A horizontal budget: each amount column is a budget category by its
    header ("Lønn og sosiale utgifter | Kompetanse | Totalt", amounts in the
    row below, or a position row with a column per cost). Used when a column
    header names a cost and the row's label, if any, is a post rather than a
    sum or a category of its own."""
    kinds = [_column_kind(header, label_cell is not None) for _, _, header in amounts]
    if not any(k in ("positions", "competence") for k in kinds) or len(amounts) < 2 and label_cell is not None:
        return []
    if label_cell is not None and category(label_cell.text, percent) not in ("positions", "other"):
        return []
    span = label_cell or row.filled()[0]
    own = sum(v for (_, v, _), k in zip(amounts, kinds) if k == "own") if "own" in kinds else None
    salary = [v for (_, v, _), k in zip(amounts, kinds) if k in ("positions", "post")]
    totals = [v for (_, v, _), k in zip(amounts, kinds) if k == "total"]
    other_posts = any(k in ("competence", "other") for k in kinds)
    lines = []
    if salary:
        first = next(h for (_, _, h), k in zip(amounts, kinds) if k in ("positions", "post"))
        post = label_cell.text if label_cell is not None else first
        row_total = label_cell is not None and not other_posts
        amount = totals[0] if row_total and totals else sum(salary)
        lines.append(BudgetLine(post, category(post, percent), span, amount, own, percent, source))
        own = None
        if row_total:
            totals = []
    for (_, value, header), kind in zip(amounts, kinds):
        if kind in ("competence", "other") or kind == "total" and totals:
            lines.append(BudgetLine(header, kind, span, value, own, None, source))
            own = None
    return lines


_SEGMENT = re.compile(
    r"(?P<label>[A-Za-zÆØÅæøå][^:;.\d]{1,60}?(?:\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\))?)\s*:\s*"
    rf"(?P<amount>(?:kr\.?\s*|nok\s*)?\d{{1,3}}(?:[ .\u00a0]\d{{3}})+{WHOLE_KRONER}?(?:\s*{CURRENCY_AFTER})?)",
    re.I,
)


def text_lines(row: Row, scale: int = 1) -> list[BudgetLine]:
    """Budget lines written as text: one post per line, or several posts in
    one line ("Stilling (80 %): 488 000 kr. Kompetanse: 10 000 kr. Sum: 498 000 kr.");
    under a heading in thousands (``scale``) the amounts are thousands."""
    if len(row.filled()) != 1:
        return []
    cell = row.filled()[0]
    text = strip_bullet(cell.text.strip())
    segments = list(_SEGMENT.finditer(text)) if ":" in text else []
    if len(segments) >= 2:
        lines = []
        for segment in segments:
            label = segment.group("label").strip()
            if states_rate(label):
                continue
            percent = percent_in_label(label)
            amount = parse_amount(segment.group("amount"))
            if amount is not None:
                lines.append(BudgetLine(label, category(label, percent), cell, amount, None, percent, None))
        return lines
    line = _text_line(cell, scale)
    return [line] if line is not None else []


def unit_stated_line(row: Row) -> BudgetLine | None:
    """A budget post whose line states its own unit ("Beløp i 1000 kr —
    lønn og sosiale utgifter: 915", "Kompetanse (i 1 000 kroner): 10"): the
    unit's number is no amount, the post's amount is in thousands."""
    if len(row.filled()) != 1:
        return None
    cell = row.filled()[0]
    rest = without_unit_statement(strip_bullet(cell.text.strip()))
    if not rest or not re.search(r"\d", rest):
        return None
    return _text_line(replace(cell, text=rest), THOUSANDS)


def label_over_amount(label: Span, value: Span, scale: int = 1) -> BudgetLine | None:
    """A post whose amount stands alone on the line below it, as a scan's
    text recognition splits a budget row whose label wraps ("Koordinator,
    100 % stilling (lønn og sosiale utgifter)" over "590 000"): one budget
    line, when the label names a post of a budget (not a form's field) or the
    amount says it is money. A label answered with nothing ("Kompetanse: –",
    "ingen", "0") has its answer: the amount below is the next post's."""
    answer = label.text.rpartition(":")[2].strip(" .")
    if _NOTHING.fullmatch(answer) or budget_words().no_amount.search(fold(answer)):
        return None
    if amount_in_cell(value.text) is None or find_amounts(label.text) or names_field(label.text):
        return None
    both = (min(label.bbox[0], value.bbox[0]), min(label.bbox[1], value.bbox[1]), max(label.bbox[2], value.bbox[2]),
            max(label.bbox[3], value.bbox[3])) if label.bbox and value.bbox and label.page == value.page else label.bbox
    joined = replace(label, text=f"{label.text.rstrip(' .:')} {value.text.strip()}", bbox=both,
                     confidence=min(label.confidence, value.confidence))
    line = _text_line(joined, scale)
    if line is None or line.category == "other" and not is_money(value.text):
        return None
    return line


def _text_line(cell: Span, scale: int = 1) -> BudgetLine | None:
    """A budget line written as text: "Prosjektkoordinator 100 % ... kr 610 000",
    "• Lønn og sosiale utgifter, boligkoordinator 100 %: kr 610 000", and a
    web form's receipt joining its answers with dashes ("Familiekoordinator –
    50 % – 305 000 kr"). A sentence with amounts inside its label is prose,
    read elsewhere; a label closing with a total word after a comma ("…
    stilling og kompetansemidler, til sammen") sums what it names. An answer
    written as a sum that adds up ("305 000 + 305 000 = 610 000") is its
    result."""
    text = without_remark(without_sum_working(without_working(without_monthly_note(strip_bullet(cell.text.strip())))))
    match = line_tail(text)
    if not match or len(match.group("label")) > LABEL_MAX or (
            names_field(match.group("label")) and not is_money(match.group("numbers"))):
        return None
    if find_amounts(match.group("label")) or states_rate(match.group("label")) or continues_years(match.group("label")):
        return None
    numbers = match.group("numbers")
    if re.fullmatch(r"\s*(?:19|20)\d\d\s*", numbers) or any(
            d.end >= match.start("numbers") for d in find_dates(text)) or is_identifier(numbers):
        return None  # a year, a date, an org or phone number closing a line: not an amount
    percent = None
    split = re.split(r"%|prosent", numbers, maxsplit=1, flags=re.I)
    if len(split) == 2:
        percent = parse_percent(split[0] + " %")
        numbers = split[1]
    numbers = numbers.lstrip(" .…_:–—-").rstrip()
    amount = parse_amount(numbers) if numbers else None
    if amount is not None and scale > 1 and not carries_own_scale(numbers):
        amount = scaled_amount(amount, scale, numbers)
    if amount is None or amount < 1000 and not marked_as_money(fold(numbers)):
        return None
    label = re.sub(r"[\s:.]*\b(?:kr|nok|kroner)\.?$", "", match.group("label").strip(), flags=re.I).strip(" .:…_-")
    if not re.search(r"[a-zæøå]{3,}", fold(re.sub(r"\b(kr|nok|kroner)\b", "", fold(label)))) or _is_address(label):
        return None  # "kr 1.220.000,-" alone is a value under a label; "Postboks 2600" is an address
    if percent is None:
        percent = percent_in_label(label)
    kind = category(label, percent)
    summed = summed_kind(label) if kind in ("positions", "competence", "other") else None
    return BudgetLine(label, summed or kind, cell, amount, None, percent, None)
