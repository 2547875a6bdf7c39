"""Position shares in percent: "100 %", "50-prosent stilling", "1,5 årsverk",
"to stillingar", "ei stilling", "tre 100 % stillinger", "2 x 100 %",
"to stillinger à 50 %", "tre fjerdedelar stilling", "100 % + 50 %".

One full position is 100, so counts of positions and of årsverk are scaled
by 100 and every form lands on the record's positions_percent_total scale.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ._text import Match, non_overlapping, overlaps, prepare
from .post_sizes import sized_posts
from .numbers import (
    AND_A_HALF_PATTERN,
    FRACTION_WORDS_PATTERN,
    NUMBER_WORD_PATTERN,
    SHARE_WORD_PATTERN,
    fraction_words,
    number_phrase,
    number_word,
    parse_number,
    to_decimal,
)

_NOT_LETTER = r"(?![^\W\d_])"
_PERCENT_NUMBER = r"(?<!\d)(?<!\d[.,])\d{1,3}(?:[.,]\d{1,2})?(?!\d|[.,]\d)"
_UNIT = rf"[ \t]?-?[ \t]?(?:%|prosents?|pst{_NOT_LETTER}\.?)"
_FRACTION = r"(?<!\d)[1-9]/[1-9](?!\d)|[½¼¾⅓⅔]"
_UNICODE_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"),
                      "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3}
_COUNT = rf"(?:{_FRACTION}|{_PERCENT_NUMBER}|{NUMBER_WORD_PATTERN})"
_WHOLE = rf"(?<![^\W\d_])(?:(?:[eé]i|[eé]n|[eé]in)[ \t]+)?(?:hel|heil|full){_NOT_LETTER}"
_ADJECTIVE = (
    r"(?:nye?|nytt|faste?|hele?|heile?|fulle?|midlertidige?|mellombelse?"
    rf"|ekstra|ledige?){_NOT_LETTER}"
)
# Compounds ending in -stilling that are not positions (bestilling = order,
# utstilling = exhibition, ...); a part-time position has no known share.
_NOT_POSITION = r"(?!(?:be|fore|ut|inn|fram|frem|opp|sammen|deltids?)stilling)"
_POSITION = rf"{_NOT_POSITION}(?P<noun>[^\W\d_]*stilling(?:er|ar|a|ane|ene|en)?){_NOT_LETTER}"
# "arsverk" and "års verk" are how OCR reads the word off a scan.
_YEAR_WORK = rf"(?P<aarsverk>(?:å|a|aa)rs(?:-?[ \t]?)verk(?:et|a|ene|ane)?){_NOT_LETTER}"

_TIMES_SIGN = re.compile(
    rf"(?P<q>{_COUNT})[ \t]*(?:[x×*]|stk\.?|ganger|gonger)[ \t]*(?P<n>{_PERCENT_NUMBER}){_UNIT}",
    re.IGNORECASE,
)
_TIMES_NOUN = re.compile(
    rf"(?P<q>{_COUNT})[ \t]+(?P<n>{_PERCENT_NUMBER}){_UNIT}[ \t-]*(?:{_ADJECTIVE}\s+)?{_POSITION}",
    re.IGNORECASE,
)
_EACH_LINK = r"(?:à|á|a|@|på|hver(?:[ \t]+på)?|kvar(?:[ \t]+på)?)"
_EACH = re.compile(
    rf"(?P<q>{_COUNT})[ \t]+(?:{_ADJECTIVE}\s+)?{_POSITION}[ \t]*,?[ \t]*{_EACH_LINK}[ \t]+"
    rf"(?P<n>{_PERCENT_NUMBER}){_UNIT}",
    re.IGNORECASE,
)
"""A count of posts and each one's share: "2 stillingar à 100 %", "to
stillinger à 50 %", "tre stillinger, hver på 60 %" (another share later in
the clause, "à 50 % og ei stilling på 100 %", lists the posts one by one
instead, ``_each``)."""
_LATER_SHARE = re.compile(r"[^.;\n]*?\d[ \t]*(?:%|prosent)", re.IGNORECASE)
_LIST_JOIN = r"[ \t]*(?:,|\+|og)[ \t]*"
_EACH_LISTED = re.compile(
    rf"(?P<q>{_COUNT})[ \t]+(?:{_ADJECTIVE}\s+)?{_POSITION}[ \t]*(?:,[ \t]*(?:(?:à|á|@|på)[ \t]+)?|(?:à|á|@|på)[ \t]+)"
    rf"(?P<shares>(?:{_PERCENT_NUMBER}(?:{_UNIT})?{_LIST_JOIN})+{_PERCENT_NUMBER}){_UNIT}",
    re.IGNORECASE,
)
"""A count of posts followed by each post's own share: "to stillingar på 60
og 40 prosent", "tre stillinger på 50, 50 og 100 %", "to stillinger, 50 % og
100 %" list the posts one by one, so the shares add up (100, 200, 150),
the unit written once or after each. A count that does not match the number
of shares is read no further."""
_PERCENT = re.compile(rf"(?P<n>{_PERCENT_NUMBER}){_UNIT}", re.IGNORECASE)
_SUM = re.compile(
    rf"(?P<shares>{_PERCENT_NUMBER}{_UNIT}(?:[ \t]*(?:\+|pluss)[ \t]*{_PERCENT_NUMBER}{_UNIT})+)"
    rf"(?=[ \t]*(?:$|[^\w \t]|(?:{_ADJECTIVE}\s+)?{_POSITION}|{_YEAR_WORK}))",
    re.IGNORECASE | re.MULTILINE,
)
"""Several posts' shares added with a plus, each with its unit: "100 % +
50 %" and "80 % + 20 % + 50 %" are 150 in all ("og" in running text may
join years or a range, so only a whole answer's "og" adds, _answer_list).
Only where nothing but a post word, punctuation or the line's end follows:
"100 % + 14,1 % arbeidsgiveravgift" adds a cost's rate to a share, and
"80 % + 20 % fra kommunen" may split one post between its payers."""
_RESTATED = re.compile(r"[ \t]*(?:\([ \t]*(?:=[ \t]*)?|=[ \t]*)")
"""What joins a share to the same share said again: "100 % + 50 % (1,5
årsverk)", "1,5 årsverk (150 %)", "2 x 50 % = 100 %"."""
_CLOSE = re.compile(r"[ \t]*\)")
_WORDED = re.compile(rf"(?P<w>{SHARE_WORD_PATTERN})[ \t]*-?[ \t]*prosent", re.IGNORECASE)
"""A share in words, as a municipality's own form or a letter writes it:
"Åtti prosent stilling", "femti prosent", "hundre prosents stilling"."""
_COUNTED = re.compile(
    rf"(?P<q>{_COUNT}|{_WHOLE}|{FRACTION_WORDS_PATTERN})(?P<half>{AND_A_HALF_PATTERN})?\s+(?:{_ADJECTIVE}\s+)?"
    rf"(?:{_POSITION}|{_YEAR_WORK})",
    re.IGNORECASE,
)
_LABEL_VALUE = (
    rf"[ \t]*(?:\(%\)|i[ \t]+%)?\s*(?::|=|på|er)?\s*(?P<n>{_PERCENT_NUMBER})"
    r"(?![ \t]*-?[ \t]*(?:%|prosent|pst))"
)
_LABELLED = re.compile(
    rf"stillings(?P<label>prosent|andel|størrelse|storleik){_LABEL_VALUE}", re.IGNORECASE
)
_LABELLED_COUNT = re.compile(
    rf"antal{{1,2}}[ \t]+(?:stilling(?:er|ar)|årsverk){_LABEL_VALUE}", re.IGNORECASE
)
_MAX_POSITIONS = 100
_ONE = r"(?<![^\W\d_])(?:[eé]n|[eé]i|[eé]in|1)"
_PLAIN_POSITION = _POSITION.replace("(?P<noun>", "(?:")


def _one_post(n: str = ":", n2: str = ":", q: str = ":") -> str:
    """One post named with its share ("en stilling på 100 %", "éi 80 %
    stilling som rettleiar", "ei halv stilling"); ``n``, ``n2`` and ``q``
    name the groups of the share's number (after or before the post) and of
    a share in words, or leave them unnamed (":")."""
    return (
        rf"(?:{_ONE}[ \t]+(?:{_ADJECTIVE}[ \t]+)?(?:{_PLAIN_POSITION}[ \t]+(?:på[ \t]+)?(?{n}{_PERCENT_NUMBER}){_UNIT}"
        rf"|(?{n2}{_PERCENT_NUMBER}){_UNIT}[ \t-]*(?:{_ADJECTIVE}[ \t]+)?{_PLAIN_POSITION})"
        rf"|(?{q}{_WHOLE}|{FRACTION_WORDS_PATTERN})[ \t]+(?:{_ADJECTIVE}[ \t]+)?{_PLAIN_POSITION})"
        r"(?:[ \t]+som[ \t]+[^\W\d_][\w-]*)?"
    )


_POSTS_LISTED = re.compile(
    rf"{_one_post()}(?:[ \t]*(?:,[ \t]*(?:og[ \t]+)?|og[ \t]+|samt[ \t]+){_one_post()})+",
    re.IGNORECASE)
"""Posts named one by one, each "one position" with its share: "en stilling
på 100 % og en stilling på 50 %", "ei 80 % stilling som familiekoordinator
og ei halv stilling" are 150 and 130 in all; the word "one" before each says
each is a post of its own, not a range or a year."""
_ONE_POST_SHARE = re.compile(_one_post("P<n>", "P<n2>", "P<q>"), re.IGNORECASE)
_RANGE = re.compile(
    rf"(?<![^\W\d_])mellom[ \t]+{_PERCENT_NUMBER}(?:{_UNIT})?[ \t]+og[ \t]+{_PERCENT_NUMBER}{_UNIT}"
    rf"|{_PERCENT_NUMBER}(?:{_UNIT})?[ \t]*[-–][ \t]*{_PERCENT_NUMBER}{_UNIT}",
    re.IGNORECASE,
)
"""A span of sizes, "mellom 50 % og 100 %", "mellom 50 og 100 %", "50–100 %":
no position's size (the post will be one of them), so no share at all. "fra
50 til 100 %" is left alone: it may say a post grows to 100 %."""


def _count(text: str) -> Decimal | None:
    """Value of a count: "2", "1,5", "1/2", "½", "to", "halvannen", "hel",
    "tre fjerdedelar"."""
    if text in _UNICODE_FRACTIONS:
        return _UNICODE_FRACTIONS[text]
    if "/" in text:
        numerator, denominator = text.split("/")
        return Decimal(numerator) / Decimal(denominator)
    if text[0].isdigit():
        return to_decimal(text)
    word = number_word(text)
    if word is None:
        word = fraction_words(text)
    return Decimal(str(word)) if word is not None else Decimal(1)  # hel/heil/full


def _times(m: re.Match[str]) -> Decimal | None:
    """"tre 100 % stillinger", "to stillinger à 50 %": a whole number of
    positions of one size, count × share in all."""
    q = _count(m["q"])
    if q is None or q != q.to_integral_value() or not 1 <= q <= 20:
        return None
    return q * Decimal(m["n"].replace(",", "."))


def _each(m: re.Match[str]) -> Decimal | None:
    """"2 stillingar à 100 %": count × share, where the share is one post's
    (100 % at most; "2 stillinger på 150 %" states the two together). A
    later share in the clause ends a count of several posts' reading, but
    one post's share stays its own ("en stilling på 80 %, der kommunen
    dekker 20 % av lønnen" is an 80 % post, never 100 % and 80 %)."""
    if _count(m["q"]) != 1 and _LATER_SHARE.match(m.string, m.end()):
        return None
    return _times(m) if Decimal(m["n"].replace(",", ".")) <= 100 else None


def _listed(m: re.Match[str]) -> Decimal | None:
    """"to stillingar på 60 og 40 prosent": the shares one post each, added
    up when there are as many as the count says."""
    shares = [Decimal(n.replace(",", ".")) for n in re.findall(_PERCENT_NUMBER, m["shares"])]
    return sum(shares, Decimal(0)) if _count(m["q"]) == len(shares) else None


def _counted(m: re.Match[str]) -> Decimal | None:
    """"to stillingar", "1,5 årsverk": positions counted, 100 each.

    A digit before a capitalised noun is a heading ("Del 1 Stilling"),
    not a count, unless the noun is in block capitals as a form filled in
    by hand writes its answers and the count is one no heading has: a part
    ("0,5 STILLING") or årsverk ("1,5 ÅRSVERK", "2 ÅRSVERK"). A lone
    "kvart" before "årsverk" is Nynorsk "each" ("for kvart årsverk"), not a
    quarter. Thirds are kept to two decimals.
    """
    q = _count(m["q"])
    noun = m["noun"] or m["aarsverk"]
    block = noun.isupper() and (bool(m["aarsverk"]) or q is not None and q != q.to_integral_value())
    if q is None or q > _MAX_POSITIONS or (m["q"][0].isdigit() and noun[0].isupper() and not block):
        return None
    if m["aarsverk"] and m["q"].casefold() == "kvart":
        return None
    if m["half"]:
        q += Decimal("0.5")
    return (q * 100).quantize(Decimal("0.01"))


def _post_count(text: str) -> Decimal | None:
    """The number of posts a bare count names ("en stilling", "to
    stillinger"); None for årsverk, a part ("en halv stilling"), a whole
    post said so ("ei heil stilling") or a share."""
    m = _COUNTED.fullmatch(text)
    counted = (m is not None and m["noun"] and not m["half"] and re.fullmatch(_COUNT, m["q"], re.IGNORECASE)
               and not re.search(_WHOLE, text, re.IGNORECASE))
    q = _count(m["q"]) if counted else None
    return q if q is not None and q == q.to_integral_value() and 1 <= q <= 20 else None


def _sum(m: re.Match[str]) -> Decimal | None:
    return sum((Decimal(n.replace(",", ".")) for n in re.findall(_PERCENT_NUMBER, m["shares"])), Decimal(0))


def _plain(m: re.Match[str]) -> Decimal | None:
    return Decimal(m["n"].replace(",", "."))


def _worded(m: re.Match[str]) -> Decimal | None:
    value = number_phrase(m["w"].casefold())
    return Decimal(value) if value else None


_HEADING_AFTER = re.compile(r"[ \t]*(?:[.)][ \t]*)?[A-ZÆØÅ]")
"""What follows a section's or question's number on its line: a word in
capitals ("3 Budsjett (kr)", "4. Prioriterte områder", "2.1 Lønn")."""


def _heading_number(m: re.Match[str]) -> bool:
    """The number after a share's label stands on a line of its own below
    it and opens a heading: the label's answer was left empty, and the form
    goes on with its next numbered section. That number is no share."""
    return "\n" in m.string[m.start(): m.start("n")] and bool(_HEADING_AFTER.match(m.string, m.end("n")))


def _labelled(m: re.Match[str]) -> Decimal | None:
    """"Stillingsprosent 80" is 80; "Stillingsandel 0,5" is a share of one
    position, so small values under a non-percent label are scaled."""
    if _heading_number(m):
        return None
    value = _plain(m)
    if m["label"].casefold() != "prosent" and value <= 2:
        return value * 100
    return value


def _labelled_count(m: re.Match[str]) -> Decimal | None:
    """"Antall stillinger: 2" is two full positions."""
    return None if _heading_number(m) else _plain(m) * 100


def _posts_listed(m: re.Match[str]) -> Decimal | None:
    """Each listed post's share (100 % at most), added up."""
    shares = []
    for post in _ONE_POST_SHARE.finditer(m.group()):
        number = post.group("n") or post.group("n2")
        count = _count(post.group("q").strip()) if post.group("q") else None
        shares.append(Decimal(number.replace(",", ".")) if number else count * 100 if count else None)
    if len(shares) < 2 or any(s is None or s > 100 for s in shares):
        return None
    return sum(shares, Decimal(0))


_READINGS = (
    (_POSTS_LISTED, _posts_listed),
    (_TIMES_SIGN, _times),
    (_TIMES_NOUN, _times),
    (_EACH, _each),
    (_EACH_LISTED, _listed),
    (_COUNTED, _counted),
    (_SUM, _sum),
    (_PERCENT, _plain),
    (_WORDED, _worded),
    (_LABELLED, _labelled),
    (_LABELLED_COUNT, _labelled_count),
)


def states_range(text: str) -> bool:
    """``text`` gives a span of sizes ("mellom 50 % og 100 %") rather than a share."""
    return _RANGE.search(prepare(text).text) is not None


def find_percents(text: str) -> list[Match]:
    """Every position-share expression in running text, value in percent.

    Statistics such as "68 %" are returned too: only the caller knows the
    context. Where expressions overlap, the longest starting first wins
    ("tre 100 % stillinger" is 300, not 100).
    """
    return list(_find_percents(text))


_MAY_HOLD_SHARE = re.compile(r"\d|stilling|verk|prosent", re.IGNORECASE)
"""What every reading of a share holds: a figure, a post ("ei halv
stilling", "eitt årsverk") or "prosent" after a number word; most lines of a
letter hold none, and are then not searched with every reading."""


@lru_cache(maxsize=4096)
def _find_percents(text: str) -> tuple[Match, ...]:
    """Memoised: a budget line's share is asked for by several readers."""
    p = prepare(text)
    if not _MAY_HOLD_SHARE.search(p.text):
        return ()
    ranges = [p.match(m.start(), m.end(), 0.0) for m in _RANGE.finditer(p.text)]
    found = []
    for pattern, reading in _READINGS:
        for m in pattern.finditer(p.text):
            value = reading(m)
            hit = p.match(m.start(), m.end(), float(value)) if value is not None else None
            if hit is not None and not overlaps(hit, ranges) and not _leads_into_range(hit, ranges, p.original):
                found.append(hit)
    merged = _merge_restated(p.original, non_overlapping(found))
    return tuple(_answer_list(p.original, sized_posts(p.original, merged, _post_count)))


_BEFORE_RANGE = re.compile(r"[ \t]*(?:[,:]|på)?[ \t]*", re.IGNORECASE)


def _leads_into_range(hit: Match, ranges: list[Match], text: str) -> bool:
    """A post that a span of sizes follows is that span's post ("en stilling
    på mellom 50 % og 100 %", "1 stilling, 50–100 %"): its count of one is
    no share of 100 % either."""
    return any(hit.end <= r.start and _BEFORE_RANGE.fullmatch(text, hit.end, r.start) for r in ranges)


_ANSWER_JOIN = re.compile(_LIST_JOIN)
_SHARE_UNIT = re.compile(_UNIT, re.IGNORECASE)


def _answer_list(text: str, hits: list[Match]) -> list[Match]:
    """An answer that is nothing but shares in a row, "100 % og 50 %", "80 %,
    60 %", "ei heil stilling og ei halv stilling": each post's share, one hit
    of their sum. In running text the same words may be a range ("mellom
    50 % og 100 %") or years, so only a whole answer is read as a list. A
    comma after a count of posts opens its detail ("1 stilling, 100 %", "to
    stillingar, 2 x 100 %"), and a count after a share's comma says it
    again ("100 %, 1 årsverk"): no second post, so no list; a comma lists
    only shares in percent."""
    if len(hits) < 2 or text[: hits[0].start].strip() or text[hits[-1].end:].strip() not in ("", "."):
        return hits
    joins = [_ANSWER_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(hits, hits[1:])]
    if not all(joins) or any("," in j[0] and not (_SHARE_UNIT.search(a.text) and _SHARE_UNIT.search(b.text))
                                for j, a, b in zip(joins, hits, hits[1:])):
        return hits
    start, end = hits[0].start, hits[-1].end
    return [Match(sum(float(h.value) for h in hits), start, end, text[start:end])]


def _merge_restated(text: str, hits: list[Match]) -> list[Match]:
    """A share followed by the same share in other words ("100 % + 50 %
    (1,5 årsverk)") is one statement, not two posts: one hit spanning both.
    Different values stay apart; the caller weighs them."""
    merged: list[Match] = []
    for hit in hits:
        last = merged[-1] if merged else None
        joint = _RESTATED.fullmatch(text, last.end, hit.start) if last else None
        close = _CLOSE.match(text, hit.end) if joint and "(" in joint[0] else None
        if last and joint and last.value == hit.value and (close or "(" not in joint[0]):
            end = close.end() if close else hit.end
            merged[-1] = Match(last.value, last.start, end, text[last.start: end])
        else:
            merged.append(hit)
    return merged


def parse_percent(text: str) -> float | None:
    """Position share of a cell or phrase: its first expression, or a bare
    number ("80" in a Stillingsprosent column). None when there is neither."""
    found = find_percents(text)
    if found:
        return found[0].value
    return parse_number(text)
