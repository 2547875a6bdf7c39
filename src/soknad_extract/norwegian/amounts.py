"""Money amounts in NOK: "kr 610 000,-", "NOK 610'", "0,61 mill.", "15,7
millionar kroner", "610 tusen kroner".

In running text a number is money only when a currency marker touches it;
years, dates, percentages, phone and org numbers carry none. A caller that
already knows a table cell holds an amount uses parse_amount, which also
accepts the bare number.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from ._text import Match, Prepared, overlaps, prepare
from .amount_pattern import amount_pattern
from .dates import find_dates
from .identifiers import find_org_numbers, find_phones
from .numbers import NUMBER_PATTERN, number_phrase, number_words, to_decimal
from .percent import find_percents



_MAY_HOLD_AMOUNT = re.compile(r"\d|mill|mrd|tusen|hundre|mnok|mkr|tkr|tnok|knok", re.IGNORECASE)
"""What every amount holds: a figure, a multiplier after a number word
("to mill."), or the scale word of a number phrase; most lines of a letter
hold none, and are then not searched with the full pattern."""
_BARE_NUMBER = re.compile(NUMBER_PATTERN)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PARENTHESES = re.compile(r"\([^()]*\)")
_MIN_LABELLED_AMOUNT = 1000
_PHONE_DIGITS = re.compile(r"(?=(?:[ \t]*\d){8}$)[2-9]\d*(?:[ \t]+\d+)+")
"""A cell of digit groups alone, eight digits in all, that are no one number
("67 934000"): a phone whose grouping text recognition half lost; its last
group alone would be a wrong amount."""
_PREFIX_SCALE = {"mnok": 10**6, "tnok": 10**3}
_MARKERS = ("pre", "dash", "apos", "k", "ks", "mult", "cur")


def _scale(word: str) -> int:
    """Factor of a multiplier word: milliard, million or thousand."""
    w = word.casefold()
    if w.startswith(("milliard", "mrd")):
        return 10**9
    return 10**6 if w.startswith("m") else 10**3


def _opens_quote(text: str, start: int) -> bool:
    """True when an apostrophe earlier on the line opens a quote that is still
    open at `start`, so a closing "'" after a number ('Prosjekt 2020') is a
    quote mark and not the thousands sign."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    i = line.rfind("'")
    return i >= 0 and (i == 0 or line[i - 1] in " \t(\"") and line[i + 1 : i + 2] not in ("", " ")


def _factor(m: re.Match[str]) -> int:
    if m["apos"] or m["k"] or m["ks"]:
        return 1000
    if m["mult"]:
        return _scale(m["mult"])
    return _PREFIX_SCALE.get((m["pre"] or "").casefold().rstrip("."), 1)


def _base(m: re.Match[str]) -> Decimal | None:
    if m["phrase"]:
        value = number_phrase(m["phrase"])
        return None if value is None else Decimal(value)
    if m["word"]:
        return Decimal(str(number_words(m["word"])))
    return to_decimal(m["num"], comma_thousands=not m["mult"])


def _to_int(value: Decimal) -> int:
    """Whole kroner, rounding øre half up as accountants do."""
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def _amount(m: re.Match[str], text: str) -> int | None:
    if not any(m[g] for g in _MARKERS):
        return None
    if m["apos"] and not (m["pre"] or m["cur"]) and _opens_quote(text, m.start()):
        return None
    if m["ks"] and not (m["pre"] or m["cur"]):
        return None  # "600 k" apart from its number is thousands only beside a currency ("NOK 600 k")
    base = _base(m)
    return None if base is None else _to_int(base * _factor(m))


_PRODUCT = re.compile(
    r"(?:(?<=[\d\s])[x×*·](?=[\s\d])|(?<![^\W\d_])(?:à|á|ganger|gonger)(?![^\W\d_]))", re.IGNORECASE
)
_EQUALS = re.compile(r"=[ \t]*")
_CLAUSE_END = re.compile(r"[\n;:(]")
_LEFT_OPERAND = re.compile(r"(?:(?:kr|nok)\.?[ \t]*)?\d[\d .,']*(?:[ \t]*[^\W\d_]+\.?){0,2}[ \t]*$", re.IGNORECASE)
"""The first factor of a product and its unit: "12 mnd ", "kr 46 500 per måned "."""
_RESULT = re.compile(rf"(?:(?:kr|nok)\.?[ \t]*)?(?P<n>{NUMBER_PATTERN})", re.IGNORECASE)


def _products(text: str) -> list[tuple[int, int]]:
    """Where ``text`` works out a product before "=": from its first factor
    to the result ("12 mnd à kr 50 000 = " before "kr 600 000"), when the
    factors multiply to the result; a product that does not add up ("3 x
    200 000 = 800 000") is no working the reader may drop."""
    found = []
    for eq in _EQUALS.finditer(text):
        clause = max((m.end() for m in _CLAUSE_END.finditer(text, 0, eq.start())), default=0)
        product = _PRODUCT.search(text, clause, eq.start())
        operand = product and _LEFT_OPERAND.search(text[clause: product.start()])
        result = _RESULT.match(text, eq.end())
        if not operand or not result:
            continue
        start = clause + operand.start()
        factors = [to_decimal(m[0], comma_thousands=True) for m in _BARE_NUMBER.finditer(text, start, eq.start())]
        value = Decimal(1)
        for factor in factors:
            value = value * factor if factor is not None else Decimal(-1)
        if len(factors) >= 2 and value == to_decimal(result["n"], comma_thousands=True):
            found.append((start, eq.end()))
    return found


def _without_working(text: str, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The amounts of ``text`` without those of a product it works out.

    An answer that shows its arithmetic ("kr 46 500 per måned × 12 måneder
    = kr 558 000", "12 mnd à kr 50 000 = kr 600 000") states the result
    after "="; the rate before it is working, not a second amount. Only a
    product counts: the terms of a sum ("600 000 + 10 000 = 610 000") may
    be posts of their own.
    """
    if "=" not in text:
        return found
    working = _products(text)
    return [a for a in found if not any(lo <= a[0] and a[1] <= hi for lo, hi in working)]


def without_working(text: str) -> str:
    """``text`` with the working of a product it states cut out, so that a
    budget line that shows its arithmetic ("Lønn 12 mnd à kr 50 000 = kr
    600 000") reads as its label and the result ("Lønn kr 600 000"), as
    ``find_amounts`` reads it; the result may be a bare number ("12 x 50 000 =
    600 000"). Text without such working is returned as is."""
    if "=" not in text:
        return text
    for start, end in reversed(_products(text)):
        text = text[:start] + text[end:]
    return text


_TERM = rf"(?:(?:kr|nok)\.?[ \t]*)?{NUMBER_PATTERN}(?:[ \t]*(?:kr\.?|,-))?"
_SUM_WORKING = re.compile(rf"(?<![\d.,']){_TERM}(?:[ \t]*\+[ \t]*{_TERM})+[ \t]*$", re.IGNORECASE)
"""Terms added up before "=": "305 000 + 305 000 ", "kr 300 000 + kr 310 000 "."""


def without_sum_working(text: str) -> str:
    """``text`` with the terms of a sum it works out cut out, when they add
    up to the result after "=" ("Lønn og sosiale kostnader: 305 000 + 305
    000 = 610 000" reads "Lønn og sosiale kostnader: 610 000"): a post's
    answer written as a sum is the result. A sum that does not add up is
    left as it is: which figure is meant, no words tell."""
    if "=" not in text or "+" not in text:
        return text
    for eq in reversed(list(_EQUALS.finditer(text))):
        clause = max((m.end() for m in _CLAUSE_END.finditer(text, 0, eq.start())), default=0)
        terms = _SUM_WORKING.search(text, clause, eq.start())
        result = _RESULT.match(text, eq.end())
        if not terms or not result:
            continue
        values = [to_decimal(m[0], comma_thousands=True)
                  for m in re.finditer(NUMBER_PATTERN, terms[0].replace("+", " ; "))]
        if None not in values and len(values) >= 2 and sum(values) == to_decimal(result["n"], comma_thousands=True):
            text = text[:terms.start()] + text[eq.end():]
    return text


@lru_cache(maxsize=4096)
def _find(text: str) -> tuple[Match, ...]:
    """Memoised per text: budget rows, prose and labels ask about the same
    lines again. The text's dates, which no amount may overlap, are looked
    for only once an amount is found (most lines have none)."""
    p = prepare(text)
    if not _MAY_HOLD_AMOUNT.search(p.text):
        return ()
    pattern = amount_pattern(p.text)
    found = [(m.start(), m.end(), value) for m in pattern.finditer(p.text)
             if (value := _amount(m, p.text)) is not None]
    found = [p.match(start, end, value) for start, end, value in _without_working(p.text, found)]
    if not found:
        return ()
    dates = find_dates(p.original)
    return tuple(match for match in found if not overlaps(match, dates))


def find_amounts(text: str) -> list[Match]:
    """Every money amount in running text, in text order.

    "Vi søkjer om 1 220 000 kroner ... og kr 10 000" gives 1220000 and 10000;
    "søknad for 2020", "01.02.2020", "100 %" and "61 23 45 67" give nothing.
    "mill" and "tusen" count as markers, so "25 tusen innbyggere" is read as
    money: the text gives no way to tell.
    """
    return list(_find(text))


def _is_label_number(raw: str, value: Decimal) -> bool:
    """Numbers beside a label that are not money: years ("for 2020") and
    small counters ("Stilling 1", "Punkt 12"); grant amounts run to thousands."""
    return bool(_YEAR.fullmatch(raw)) or value < _MIN_LABELLED_AMOUNT


def _bare_amount(p: Prepared) -> int | None:
    """The single unmarked number in a cell known to hold an amount.

    Numbers in parentheses explain the amount ("1 220 000 (2 x 610 000)")
    and are not candidates.
    """
    stripped = p.text.strip()
    if _BARE_NUMBER.fullmatch(stripped):
        value = to_decimal(stripped, comma_thousands=True)
        return None if value is None else _to_int(value)
    if _PHONE_DIGITS.fullmatch(stripped):
        return None
    taken = (
        find_dates(p.original)
        + find_percents(p.original)
        + find_org_numbers(p.original)
        + find_phones(p.original)
        + [p.match(m.start(), m.end(), None) for m in _PARENTHESES.finditer(p.text)]
    )
    candidates = []
    for m in _BARE_NUMBER.finditer(p.text):
        value = to_decimal(m[0], comma_thousands=True)
        if value is None or _is_label_number(m[0], value):
            continue
        if not overlaps(p.match(m.start(), m.end(), None), taken):
            candidates.append(value)
    return _to_int(candidates[0]) if len(candidates) == 1 else None


def parse_amount(text: str) -> int | None:
    """NOK as an int from a string that holds (mostly) one amount.

    The first currency-marked amount wins; failing that, a cell that is just
    a number ("610 000") or a label and one number of 1000 or more ("Lønn
    610 000") is taken, because the caller knows the cell is money. Years
    ("søknad for 2020"), counters ("Stilling 1") and two competing bare
    numbers give None rather than a guess.
    """
    found = _find(text)
    if found:
        return found[0].value
    prepared = prepare(text)
    thousands = _BARE_THOUSANDS.fullmatch(prepared.text.strip())
    if thousands:
        value = to_decimal(thousands.group("n"), comma_thousands=False)
        return None if value is None else _to_int(value * 1000)
    return _bare_amount(prepared)


_CURRENCY_MARKS = re.compile(r"^(?:kr\.?|nok)\s*|\s*(?:kr\.?|nok|,-+|\.-+)$", re.IGNORECASE)


def scaled_exactly(text: str, value: int, scale: int) -> int:
    """``value``, read from ``text`` in a budget stated in units of ``scale``
    kroner ("Beløp i 1000 kr"), in kroner: a number written with decimals
    ("457,5", "457.5", "1 220,0") is multiplied before it is rounded, so 457,5
    thousand is 457 500, not 458 000."""
    stripped = _CURRENCY_MARKS.sub("", prepare(text).text.strip())
    exact = to_decimal(stripped, comma_thousands=True) if _BARE_NUMBER.fullmatch(stripped) else None
    if exact is None or abs(exact - value) >= 1:
        return value * scale
    return _to_int(exact * scale)


def carries_own_scale(text: str) -> bool:
    """True when an amount in ``text`` writes its own multiplier ("610'",
    "10 k", "0,61 mill.", "ti tusen kroner", "TNOK 610"): it is kroner
    already, so a heading's "i 1000 kr" must not multiply it again."""
    p = prepare(text)
    pattern = amount_pattern(p.text)
    return any(_factor(m) > 1 and _amount(m, p.text) is not None for m in pattern.finditer(p.text)) or bool(
        _BARE_THOUSANDS.fullmatch(p.text.strip()))


_BARE_THOUSANDS = re.compile(rf"(?P<n>{NUMBER_PATTERN})[ \t]k\.?", re.IGNORECASE)
"""A cell known to hold money that reads "600 k": thousands, as "600k" is
in running text; apart from its number the "k" needs that knowledge."""


_THOUSANDS = r"(?:1[ .]?000|tusen|tusener|tusenar|heile tusen|hele tusen)"
_CURRENCY = r"(?:kr\.?|kroner|kronar|nok)"
_UNIT_STATEMENT = re.compile(
    rf"(?<![^\W\d_])i\s+(?:hele\s+|heile\s+)?{_THOUSANDS}(?:\s*{_CURRENCY}(?![^\W\d_])|\s*(?=$|[)\]:,.;]))"
    rf"|\(\s*(?:{_THOUSANDS}\s*{_CURRENCY}|{_CURRENCY}\s*1[ .]?000|tnok|tkr|knok)\s*\)"
    rf"|^\s*(?:{_THOUSANDS}\s*{_CURRENCY}|{_CURRENCY}\s*1[ .]?000|tnok|tkr|knok)\s*$",
    re.IGNORECASE,
)


def states_thousands(text: str) -> bool:
    """True when a budget's heading, unit line or column header says its
    amounts are in thousands of kroner: "Beløp i 1000 kr", "(i tusen
    kroner)", "tall i hele tusen", "NOK 1000", "(TNOK)". A bare "1000 kr"
    is a unit only when it is the whole cell or stands in parentheses; in a
    sentence it is an amount."""
    return bool(_UNIT_STATEMENT.search(prepare(text).text))


def without_unit_statement(text: str) -> str | None:
    """``text`` with its statement of thousands cut out ("Beløp i 1000 kr —
    lønn: 915" gives "lønn: 915", "Lønn (i 1000 kr): 915" gives "Lønn :
    915"), or None when it states no unit.
    The number of a unit statement is never an amount; what is left may be a
    budget post whose amount is in thousands."""
    found = unit_statements(text)
    if not found:
        return None
    start, end = found[0]
    head, tail = text[:start].rstrip(), text[end:].lstrip()
    if _UNIT_LEAD_OUT.match(tail):
        return _UNIT_LEAD_OUT.sub("", tail, count=1)
    return _EMPTY_PARENTHESES.sub("", f"{head} {tail}").strip()


_UNIT_LEAD_OUT = re.compile(r"^[)\]]?\s*[:–—-]\s*")
"""A unit statement closed by a colon or a dash leads in the post after it
("Beløp i 1000 kr — sum: 925"): the words before it name the unit, not the post."""
_EMPTY_PARENTHESES = re.compile(r"\(\s*\)\s*")


def unit_statements(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states that amounts are thousands ("Beløp i 1000 kr",
    "(i 1 000 kroner)"), as offsets into ``text``: an amount found there is
    the unit's number, never money."""
    prepared = prepare(text)
    return [(prepared.offsets[m.start()], prepared.offsets[m.end()]) for m in _UNIT_STATEMENT.finditer(prepared.text)]
