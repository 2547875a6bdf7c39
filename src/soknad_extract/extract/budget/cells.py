"""What one budget cell or column header holds: an amount, a share, or
neither.

A number in a budget table is not always money: an organisation number in
a sender row, a phone number, a year, a postbox. Those are turned away here,
by their shape and by the column they stand in, before a line is built.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.budget.funders import without_funders_shares
from soknad_extract.extract.budget.marks import CURRENCY_AFTER, CURRENCY_BEFORE, WHOLE_KRONER, marked_as_money
from soknad_extract.extract.budget.monthly import without_monthly_note
from soknad_extract.extract.budget.remarks import without_remark
from soknad_extract.extract.budget.qualified_shares import find_shares
from soknad_extract.extract.budget.words import budget_words, title_words
from soknad_extract.extract.labels import classify_label
from soknad_extract.norwegian import (
    Match, find_amounts, find_org_numbers, find_percents, find_phones, fold, parse_amount, parse_percent,
)
from soknad_extract.norwegian.amounts import carries_own_scale, scaled_exactly, without_working
from soknad_extract.vocabulary import vocabulary_dir

_AMOUNT_CELL = re.compile(
    rf"^(?:{CURRENCY_BEFORE}\s*:?|tnok|mnok)?\s*\d[\d\s.,'’]*{WHOLE_KRONER}?\s*"
    rf"(?:(?:mill\.?|millioner|millionar|tusen|k\.?|tkr\.?|tnok|knok|mnok)\s*)?(?:{CURRENCY_AFTER}|')?$"
)
"""An amount alone in a cell, with the marks ``parse_amount`` reads ("TNOK 45", "0,6 mill. kr", "kr 366 000.-")."""
_PERCENT_CELL = re.compile(r"%|prosent|årsverk|stilling|stillingar|stillinger")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_BREAKDOWN = re.compile(r"(?P<lead>[^()]+?)\s*\((?P<parts>[^()]*\d[^()]*\+[^()]*\d[^()]*)\)")
_QUOTES = "\"“”„«»"
"""Quote marks around an amount ("«10 000»"), and the mark text recognition
makes of a speck of noise in front of one on a scan ("“kr 10.000"): never
part of the amount. The apostrophe is left, since it may group thousands."""
MAX_AMOUNT = 100_000_000
"""No budget line of a grant application reaches a hundred million kroner;
nine digits are an organisation number, not money."""

THOUSANDS = 1000
"""The scale of a budget stated "i 1000 kr"."""
SCALED_BELOW = 100_000
"""In a budget "i 1000 kr", 575 means 575 000; 100 000 would mean a hundred
million, more than any grant, so such a number is already in kroner."""

SKIP_KEYS = {"org_number", "phone", "email", "start_date", "contact_name", "office",
             "municipality", "title", "signature", "kind"}
"""Rows or columns whose label names one of these fields hold no budget
post, unless they carry a position share ("Prosjektleder | 100 % | 610 000"
is a post)."""


def is_percent_header(header: str) -> bool:
    """A column of shares ("Stillingsprosent", "Stillingsandel", "Årsverk");
    an own-funding column ("Kommunal egenandel") is money, whatever its name."""
    folded = fold(header)
    return bool(budget_words().percent_header.search(folded)) and not is_own_header(folded)


def is_amount_header(header: str) -> bool:
    folded = fold(header)
    return bool(folded) and (is_own_header(folded) or bool(
        budget_words().amount_header.search(folded)) and not is_percent_header(folded))


def scaled_amount(value: int, scale: int, text: str = "") -> int:
    """A number from a budget stated in thousands, in kroner. A number that
    is already a plausible sum in kroner (a hundred thousand or more) was
    written in kroner despite the heading. With the ``text`` it was read
    from, decimals count ("457,5" is 457 500)."""
    return scaled_exactly(text, value, scale) if scale > 1 and value < SCALED_BELOW else value


@lru_cache(maxsize=4096)
def is_identifier(text: str) -> bool:
    """An organisation or phone number written where an amount could be."""
    digits = re.sub(r"\D", "", text)
    return any(len(re.sub(r"\D", "", m.text)) == len(digits) for m in find_org_numbers(text) + find_phones(text))


def amount_in_cell(text: str, header: str = "", scale: int = 1) -> int | None:
    """The amount a cell holds, when it holds one and nothing else (its
    breakdown in brackets aside); not an identifier, not a year outside a
    money column, not a field the column header says is something else, nor
    a count under a header that counts hours, months or people ("Timer":
    "1 150" in a project plan). In a table stated in thousands (``scale``) a
    small number is thousands of kroner."""
    if header and counts_not_money(header):
        return None
    return _amount_in_cell(text, header, scale, vocabulary_dir())


def counts_not_money(header: str) -> bool:
    """A column header naming a count of something other than kroner (``budget.toml`` ``count_header``)."""
    return bool(budget_words().count_header.search(fold(header)))


@lru_cache(maxsize=4096)
def _amount_in_cell(text: str, header: str, scale: int, folder: Path) -> int | None:
    """Memoised per cell, header and vocabulary folder: the table finders,
    the line builder and the packed-table reader each ask about the same
    cells (3,165 questions about 1,516 cells over the 54 PDFs)."""
    text = without_working(_stated_sum(_without_breakdown(without_remark(without_monthly_note(_without_restatement(
        text.strip().strip(_QUOTES)))))))
    folded = fold(text)
    if not _AMOUNT_CELL.match(folded):
        return _in_words(text)
    value = parse_amount(text)
    if value is None or value >= MAX_AMOUNT or is_identifier(text):
        return None
    scaled = scaled_amount(value, 1 if carries_own_scale(text) else scale, text)
    if scaled != value and not _YEAR.match(folded.strip()) and not (header and classify_label(header) in SKIP_KEYS):
        return scaled
    if not is_amount_header(header) and (_YEAR.match(folded.strip()) or value < 1000 and not marked_as_money(
            folded)):
        return None  # a year, or a small bare number ("Antall årsverk | 1") outside a money column
    if header and classify_label(header) in SKIP_KEYS:
        return None
    return value


def _without_breakdown(text: str) -> str:
    """An amount followed by the parts it is made of, in brackets ("880 000
    (580 000 + 300 000)"): when the parts add up to it, the bracket only
    explains the amount, and the cell holds the amount. A bracket that does
    not add up, or says something else ("880 000 (herav 300 000 fra
    kommunen)"), leaves the cell as it is: not an amount alone."""
    match = _BREAKDOWN.fullmatch(text.strip())
    if not match:
        return text
    lead, parts = match.group("lead").strip(), re.split(r"\s*\+\s*", match.group("parts").strip())
    if not _AMOUNT_CELL.match(fold(lead)):
        return text
    values = [_part_amount(piece) for piece in parts]
    if None in values or parse_amount(lead) != sum(values):
        return text
    return lead


_RESTATED = re.compile(r"(?P<lead>[^()]+?)\s*\((?P<again>[^()]+)\)")


def _without_restatement(text: str) -> str:
    """An amount written short and said again in brackets ("NOK 600k (600
    000 kroner)", "kr 1,2 mill. (1 200 000)"), as applicants who write
    amounts the short way often spell them out: when the bracket holds one
    amount of the same value, the cell holds the amount. A bracket of
    another value (a breakdown, last year's grant) leaves the cell as it is."""
    match = _RESTATED.fullmatch(text.strip())
    if not match:
        return text
    lead, again = match.group("lead").strip(), match.group("again").strip()
    if not (_AMOUNT_CELL.match(fold(lead)) and _AMOUNT_CELL.match(fold(again))):
        return text
    value = parse_amount(lead)
    return lead if value is not None and parse_amount(again) == value else text


@lru_cache(maxsize=1)
def _purpose_split() -> re.Pattern[str]:
    """An amount, then "til"/"for"/"i" and words (``budget.toml``'s
    ``prose_paying_for``: the words after an amount that say what it pays for)."""
    return re.compile(rf"(?P<amount>.+?\d.*?)[\s,]+(?P<purpose>{title_words().prose_paying_for}\s+\D*[^\W\d_].*)",
                      re.I | re.S)


def amount_and_purpose(text: str) -> tuple[str, str] | None:
    """A cell that states an amount and then what it pays for ("NOK 600k (600
    000 kroner) til lønn og sosiale utgifter", "kr 305 000 til en 50 %
    stilling"): the amount's words and the purpose's, or None. The purpose
    holds no amount of its own, only words and a share: a cell with a second
    amount ("600 000 til lønn og 10 000 til kompetanse") is several posts in
    a sentence, read as prose. Serves answer cells and fields where the
    applicant writes the purpose after the amount instead of in the label."""
    stripped = text.strip().strip(_QUOTES)
    match = _purpose_split().fullmatch(stripped) if len(stripped) <= _CELL_MAX else None
    if not match:
        return None
    purpose = match.group("purpose")
    digits = sum(ch.isdigit() for ch in purpose)
    if digits and digits != sum(ch.isdigit() for hit in find_percents(purpose) for ch in hit.text):
        return None
    return match.group("amount").strip(" ,"), purpose.strip()


def is_zero(text: str) -> bool:
    """A bare zero ("0", "0,00"): no amount beside a label that counts
    something, but nothing applied for beside a budget post."""
    return bool(re.fullmatch(r"\s*0(?:[.,]00?)?\s*", text))


_CELL_MAX = 120
"""Longest cell read as an amount in words or as amounts and their sum; a
longer one is prose, read elsewhere."""
_CURRENCY_WORD = re.compile(r"(?<![^\W\d_])(?:kr|kroner|kronar|nok)(?![^\W\d_])")


def _in_words(text: str) -> int | None:
    """A cell holding one amount written out in words with its currency
    ("ti tusen kroner", "fire hundre og sekstitusen kroner"), as a form
    filled in with care may: the amount, when the words are the whole cell."""
    stripped = text.strip(" .")
    if len(stripped) > _CELL_MAX or re.search(r"\d", stripped) or not _CURRENCY_WORD.search(fold(stripped)):
        return None
    hits = find_amounts(stripped)
    if len(hits) != 1 or (hits[0].start, hits[0].end) != (0, len(stripped)):
        return None
    return hits[0].value if hits[0].value < MAX_AMOUNT else None


_MAX_SAME_POSTS = 20
"""More posts of one amount than a grant application ever asks for."""


def _stated_sum(text: str) -> str:
    """A cell that states the amount per post and what they come to ("NOK
    320 000 per stilling, til sammen NOK 640 000", "2 x 305 000 kr = 610 000
    kr", "kr 300 000 + kr 310 000, totalt kr 610 000"): its amount is the
    sum, the last amount, when the words before it say it is a sum ("til
    sammen", "totalt", "=") and it is the amounts before it added up, or a
    whole number of times the one amount before it that the cell says is
    per post ("per stilling", "2 x"). A cell that names own funding or a
    year is left alone: its sum is the project's or the years', not what is
    applied for ("kr 300 000 per år, totalt kr 900 000"). Else the cell is
    left as it is: not an amount alone."""
    if len(text) > _CELL_MAX:
        return text
    hits = find_amounts(text)
    if len(hits) < 2 or text[hits[-1].end:].strip(" .,;-"):
        return text
    *parts, last = hits
    folded = fold(text)
    between = fold(text[parts[-1].end: last.start])
    if "=" not in between and not budget_words().prose_total_word.search(between):
        return text
    if re.search(r"\b(?:19|20)\d\d\b", folded) or budget_words().own_funding.search(folded):
        return text
    values = [part.value for part in parts]
    if sum(values) == last.value:  # the parts added up, or one amount said again
        return text[last.start: last.end]
    if len(values) == 1 and values[0] and last.value % values[0] == 0:
        times = last.value // values[0]
        if 1 < times <= _MAX_SAME_POSTS and _per_post(text, parts[0], times):
            return text[last.start: last.end]
    return text


def _per_post(text: str, amount: Match, times: int) -> bool:
    """Whether the cell says its one amount is per post: "per stilling"
    after it, or the number of posts times it before it ("2 x 305 000")."""
    before = re.search(r"(\d+)\s*[x×]\s*(?:kr\.?\s*|nok\s*)?$", fold(text[:amount.start]))
    if before:
        return int(before.group(1)) == times
    return bool(budget_words().per_post.search(fold(text[amount.end:])))


def _part_amount(piece: str) -> int | None:
    """One part of a breakdown: a single number, named or not ("580 000",
    "580 000 lønn", "kr 300 000 sosiale utgifter"); the parts must still add
    up to the amount before any is trusted."""
    numbers = re.findall(r"\d{1,3}(?:[ \u00a0.]\d{3})+|\d+", piece)
    return parse_amount(numbers[0]) if len(numbers) == 1 else None


def is_percent_cell(text: str, header: str) -> bool:
    """A cell that holds a share and little else ("100 %", "1 årsverk",
    "to stillinger"); a post named with its share is a label, not a share;
    a funder's share beside it ("(20 % kommunalt finansiert)") is left out."""
    text = without_funders_shares(text)
    folded = fold(text)
    if is_percent_header(header) and re.fullmatch(r"\d{1,3}(?:[.,]\d+)?\s*%?", folded):
        return True
    if not _PERCENT_CELL.search(folded) or parse_percent(text) is None:
        return False
    rest = folded
    for hit in find_percents(folded):
        rest = rest.replace(hit.text.lower(), " ")
    rest = re.sub(r"\b(stillings?\w*|årsverk|prosent|av|à|a|x)\b", " ", rest)
    return len(re.sub(r"[^a-zæøå]", "", rest)) <= 3


def percent_value(text: str, label: str = "") -> float | None:
    """A percent cell may say "100 %", "1 årsverk" or, under a percent header, just "100".

    Under a label or column that counts posts ("Årsverk", "Antall
    stillinger", "Stillingsandel (årsverk)") a bare number under
    ``_COUNT_MAX`` is a count of full positions: "1" is 100 %, "1,5" is
    150 %, never 1 %; under one that asks for a share in no unit
    ("Stillingsandel") a fraction is one too ("0,5" is 50 %). Paper forms
    and short forms that ask for årsverk write the count alone."""
    text = without_funders_shares(text)
    shares = find_shares(text)  # "ei stilling tilsvarande 80 %" is 80, not a full post
    value = float(shares[0].value) if shares else parse_percent(text)
    bare = re.fullmatch(r"\s*\d{1,3}(?:[.,]\d+)?\s*", text)
    if value is None and bare:
        value = float(text.strip().replace(",", "."))
    if bare and value is not None and (0 < value < _COUNT_MAX and counts_posts(label)
                                       or 0 < value < 1 and _names_share(label)):
        return value * 100
    return value


def _names_share(label: str) -> bool:
    """A label or header that asks for a share without saying percent
    ("Stillingsandel", "Omfang"): a bare fraction under it ("0,5") is a part
    of one post, since no post is a hundredth of one."""
    folded = fold(label)
    return is_percent_header(label) and "%" not in folded and "prosent" not in folded


_COUNT_MAX = 10
"""A bare number under a count label at or above this is a share in percent
("Årsverk: 100"), below it a count of positions."""


def counts_posts(label: str) -> bool:
    """A label or header that asks for a number of posts ("Årsverk", "Antall
    stillinger") rather than a share in percent ("Årsverk (%)")."""
    folded = fold(label)
    return bool(budget_words().count_label.search(folded)) and "%" not in folded and "prosent" not in folded


def is_rate_unit(text: str, start: int) -> bool:
    """A share that is the unit of a rate ("Det gis inntil 610 000 kroner
    per 100 % stilling"): the announcement's cap as a form or a letter
    repeats it, which says what one position may get, not the applicant's
    share. Serves forms that print the announcement's rules above the
    questions, and letters that quote them."""
    before = fold(text[max(0, start - 30): start]).strip()
    return bool(budget_words().share_rate.search(before))


def states_rate(label: str) -> bool:
    """A label whose share is the unit of a rate ("Maksimalt tilskudd per
    100 % stilling", "Ramme pr. 100 % stilling"): the announcement's cap a
    form prints beside its amount, no post of the applicant's budget."""
    return any(is_rate_unit(label, hit.start) for hit in find_percents(label))


def percent_in_label(text: str) -> float | None:
    """A share written into the post's own name ("Lønn, 100 % stilling"), not a funder's share."""
    hits = [h for h in find_percents(without_funders_shares(text)) if re.search(r"%|prosent|årsverk", h.text, re.I)]
    return float(hits[0].value) if len(hits) == 1 else None


_SHARE_OF = re.compile(r"(?:%|prosent)\s+av\b")
"""A share of a cost ("14,1 % av lønn"), not of a position."""


def share_in_post_title(text: str, label: str = "") -> float | None:
    """The share a budget row states only in its post's title cell, beside a
    label cell that names the cost ("Lønn og sosiale kostnader | Jobbspesialist
    100 % | 600 000"): a cell that names a position and one share of it, never
    the unit of a rate ("per 100 % stilling") nor a share of a cost ("14,1 % av
    lønn jobbspesialist"), and only on a salary row, not one of social costs,
    own funding or competence (``label``). Serves budget tables with a "Post |
    Stilling | Beløp" layout and no share column of their own."""
    words, folded, post = budget_words(), fold(text), fold(label)
    if not words.position.search(folded) or states_rate(text) or _SHARE_OF.search(folded):
        return None
    if any(kind.search(post) for kind in (words.social_costs, words.own_funding, words.competence)) \
            and not words.salary.search(post):
        return None
    return percent_in_label(text)


def is_own_header(header: str) -> bool:
    """A column or label of the municipality's own funding ("Kommunens egenandel")."""
    return bool(budget_words().own_funding.search(fold(header)))
