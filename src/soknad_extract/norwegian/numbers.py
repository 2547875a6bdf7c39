"""Norwegian numerals: digit strings with Norwegian separators, and number words.

Norwegian writes "1 220 000" or "1.220.000" (space or dot between thousands)
and "27,80" (comma before decimals). Documents also contain English-style
"1,220,000.50" from spreadsheets, so both are read, with the Norwegian
reading winning whenever a string is ambiguous.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ._text import fold, prepare

_NUMBER_WORDS: dict[str, float] = {
    "null": 0,
    "en": 1, "ein": 1, "ei": 1, "et": 1, "eit": 1, "ett": 1, "eitt": 1,
    "to": 2, "tvo": 2,
    "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
    "åtte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "elleva": 11, "tolv": 12,
    "tretten": 13, "trettan": 13, "fjorten": 14, "femten": 15, "femtan": 15,
    "seksten": 16, "sekstan": 16, "sytten": 17, "syttan": 17,
    "atten": 18, "attan": 18, "nitten": 19, "nittan": 19,
    "tjue": 20, "tjuge": 20, "tyve": 20,
    "halv": 0.5, "halvt": 0.5,
    "halvannen": 1.5, "halvanna": 1.5, "halvannet": 1.5,
}


def number_word(word: str) -> float | None:
    """Value of a Bokmål or Nynorsk cardinal word (0..20, "halv", "halvannen").

    Stress accents ("én", "éi") only mark the numeral reading of the
    article, so they are ignored.
    """
    key = fold(word).replace("é", "e").replace("è", "e")
    value = _NUMBER_WORDS.get(key)
    return None if value is None else float(value)


def _word_alternation() -> str:
    words = sorted(_NUMBER_WORDS, key=len, reverse=True)
    return "|".join(re.escape(w).replace("e", "[eéè]") for w in words)


# A whole word that number_word() understands.
NUMBER_WORD_PATTERN = rf"(?<![^\W\d_])(?:{_word_alternation()})(?![^\W\d_])"

AND_A_HALF_PATTERN = r"[ \t]+og[ \t]+(?:[eé]n|[eé]in|[eé]i|et|eit|ett|eitt)[ \t]+halvt?"
"""What follows a count of one and a half or more: "to og en halv",
"ein og ei halv"."""
_AND_A_HALF = re.compile(AND_A_HALF_PATTERN + r"$", re.IGNORECASE)


def number_words(text: str) -> float | None:
    """Value of a number word with "og en halv" after it ("to og en halv"
    is 2.5, "ein og ei halv" 1.5), or of the word alone."""
    half = _AND_A_HALF.search(text)
    value = number_word(text[: half.start()] if half else text)
    return None if value is None else value + (0.5 if half else 0.0)

_DENOMINATORS: dict[str, int] = {
    "halv": 2, "halvt": 2, "halve": 2, "kvart": 4,
    "tredjedel": 3, "fjerdedel": 4, "femtedel": 5,
}
"""One part of a whole, as a position's share is written in words: "ein
halv", "tre fjerdedelar", "to tredjedeler", "trekvart", "to halve"."""
_PART = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
_PART_ENDING = r"(?:s|en|er|ar|ane|ene|a)?"
_NUMERATOR = "|".join(sorted((w for w, v in _NUMBER_WORDS.items() if v == int(v) and 1 <= v <= 10),
                             key=len, reverse=True))
FRACTION_WORDS_PATTERN = (
    rf"(?<![^\W\d_])(?:(?:{_NUMERATOR.replace('e', '[eé]')})[ \t-]?)?(?:{_PART}){_PART_ENDING}(?![^\W\d_])"
)
"""A fraction in words with the count of parts before it, if any: "ein
halv", "ei kvart", "tre fjerdedelar", "to tredjedels", "trekvart", "halv"
(value by fraction_words)."""
_FRACTION_WORDS = re.compile(
    rf"(?:(?P<num>{_NUMERATOR})[ \t-]?)?(?P<part>{_PART})(?:{_PART_ENDING})", re.IGNORECASE
)


def fraction_words(text: str) -> Decimal | None:
    """Value of a fraction in words: "tre fjerdedelar" is 0.75, "ein halv"
    0.5, "to tredjedeler" 2/3, "kvart" 0.25. None for anything else."""
    m = _FRACTION_WORDS.fullmatch(fold(text).replace("é", "e"))
    if m is None:
        return None
    parts = Decimal(int(_NUMBER_WORDS[m["num"]])) if m["num"] else Decimal(1)
    return parts / _DENOMINATORS[m["part"]]


_TENS: dict[str, int] = {
    "tjue": 20, "tjuge": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "førr": 40, "femti": 50,
    "seksti": 60, "sytti": 70, "søtti": 70, "åtti": 80, "nitti": 90,
}
_SCALES: dict[str, int] = {"hundre": 100, "hundrede": 100, "tusen": 1000, "million": 10**6, "millioner": 10**6,
                           "millionar": 10**6}
_UNIT = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS if _NUMBER_WORDS[w] == int(_NUMBER_WORDS[w])),
                        key=len, reverse=True))
_TEN = "|".join(sorted(_TENS, key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_BASE = rf"(?:{_TEN})(?:{_UNIT})?|(?:{_UNIT})og(?:{_TEN})|{_UNIT}"
# A number below a hundred with its scale written onto it, as one word:
# "sekstitusen", "titusen", "firehundre".
_GLUED = rf"(?:{_BASE})(?:{_SCALE})"
_PHRASE_TOKEN = rf"(?:(?:{_BASE})(?:{_SCALE})?|{_SCALE})"
# A cardinal written in words with at least one "hundre", "tusen" or
# "million" in it: "seks hundre og ti tusen", "ein million to hundre tusen",
# "fire hundre og sekstitusen", "titusen". The words are looked for only
# where a scale word follows within nine words, or as one glued word: trying
# a numeral at every word of a page is what makes amounts slow to find.
NUMBER_PHRASE_PATTERN = (
    rf"(?<![^\W\d_])(?:(?=(?:\S+\s+){{0,8}}?(?:{_SCALE})(?![^\W\d_]))"
    rf"{_PHRASE_TOKEN}(?:[ \t]+(?:og[ \t]+)?{_PHRASE_TOKEN})+|{_GLUED})(?![^\W\d_])"
)
SHARE_WORD_PATTERN = (
    rf"(?<![^\W\d_])(?:(?:(?:{_UNIT})[ \t]+)?hundre|(?:{_TEN})(?:{_UNIT})?|(?:{_UNIT})og(?:{_TEN}))"
    r"(?![^\W\d_])"
)
"""A share written in words, twenty or more: "åtti", "femti", "sekstifem",
"femogsytti", "hundre", "eitt hundre" (value by number_phrase). Smaller
words ("to", "ti") are left out: "to prosent" reads as a statistic far more
often than as a position share."""


@lru_cache(maxsize=1)
def _word_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A numeral word, and a scale glued onto a number: compiled the first
    time a numeral in words is read, which few documents hold (~3 ms of
    every fresh process otherwise)."""
    return (re.compile(rf"(?:{_BASE})(?:{_SCALE})?|{_SCALE}"),
            re.compile(rf"(?P<base>{_BASE})(?P<scale>{_SCALE})"))


def _token_value(token: str) -> int | None:
    if token in _SCALES:
        return None
    for ten, value in _TENS.items():
        if token.startswith(ten):
            rest = token[len(ten):]
            return value + (int(_NUMBER_WORDS[rest]) if rest else 0)
        if token.endswith("og" + ten):
            return value + int(_NUMBER_WORDS[token[: -len("og" + ten)]])
    return int(_NUMBER_WORDS[token])


def number_phrase(text: str) -> int | None:
    """Value of a cardinal in words: "seks hundre og ti tusen" is 610 000,
    "ein million to hundre og tjue tusen" 1 220 000, "tjuefem tusen" and
    "femogtjue tusen" 25 000, "fire hundre og sekstitusen" 460 000. None
    when a word is not part of a numeral."""
    total = current = 0
    token = _word_patterns()[0]
    for word in _words(fold(text).replace("é", "e")):
        if word == "og":
            continue
        if not token.fullmatch(word):
            return None
        if word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            continue
        current += _token_value(word)
    return total + current


def _words(text: str) -> list[str]:
    """The words of a numeral, a scale written onto a number ("sekstitusen")
    split off as a word of its own."""
    words = []
    glued_scale = _word_patterns()[1]
    for word in text.split():
        glued = glued_scale.fullmatch(word) if word not in _SCALES else None
        words.extend([glued["base"], glued["scale"]] if glued else [word])
    return words


_INTEGER = (
    r"\d{1,3}(?:[ ]\d{3})+"  # 1 220 000
    r"|\d{1,3}(?:\.\d{3})+"  # 1.220.000
    r"|\d{1,3}(?:'\d{3})+"  # 1'220'000
    r"|\d{1,3}(?:,\d{3}){2,}"  # 1,220,000 (English; one comma would be a decimal)
    r"|\d+"
)
# A number in prepared text: never starts or ends inside a longer digit run
# and never stops in front of ".2" or ",5", so dates and decimals stay whole.
NUMBER_PATTERN = (
    rf"(?<!\d)(?<!\d[.,'])(?:{_INTEGER})(?:,\d+|\.\d{{1,2}})?(?!\d|[.,']\d)"
)
_WHOLE_NUMBER = re.compile(
    rf"(?P<sign>[-+])?[ ]?(?P<num>{NUMBER_PATTERN})(?P<dash>,-+)?(?P<apos>')?"
)


def _valid_groups(groups: list[str]) -> bool:
    head, *tail = groups
    return 1 <= len(head) <= 3 and all(len(g) == 3 for g in tail)


def _assemble(digits: str, group: str | None, decimal: str | None) -> Decimal | None:
    integer, fraction = digits, ""
    if decimal is not None:
        integer, _, fraction = digits.rpartition(decimal)
    if group is not None:
        parts = integer.split(group)
        if not _valid_groups(parts):
            return None
        integer = "".join(parts)
    if not integer.isdigit() or (fraction and not fraction.isdigit()):
        return None
    return Decimal(f"{integer}.{fraction or 0}")


def _three_after(digits: str, sep: str) -> bool:
    return len(digits.rpartition(sep)[2]) == 3


def to_decimal(raw: str, comma_thousands: bool = False) -> Decimal | None:
    """Exact value of a matched number string.

    Rules: spaces and apostrophes group thousands; with both "," and "." the
    last one is the decimal mark; a lone "," is a decimal mark unless
    `comma_thousands` (amounts, where "1,500" cannot mean 1.5 kroner); a lone
    "." followed by exactly three digits groups thousands ("610.000"), except
    after a leading zero ("0.610").
    """
    s = raw.replace(" ", "").replace("'", "")
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        return _assemble(s, "." if decimal == "," else ",", decimal)
    if commas:
        if commas > 1 or (comma_thousands and _three_after(s, ",")):
            return _assemble(s, ",", None)
        return _assemble(s, None, ",")
    if dots:
        if dots > 1 or (_three_after(s, ".") and not s.startswith("0")):
            return _assemble(s, ".", None)
        return _assemble(s, None, ".")
    return _assemble(s, None, None)


def parse_number(text: str) -> float | None:
    """A string that is one Norwegian number, as float.

    "1 220 000", "610.000", "27,80" (27.8: a comma followed by one or two
    digits is always a decimal mark), "610 000,-", "1.220.000,50", and
    "610'" (an apostrophe after a number means thousands in Norwegian
    budgets). Anything else, including text around the number, gives None.
    """
    p = prepare(text)
    m = _WHOLE_NUMBER.fullmatch(p.text.strip())
    if m is None:
        return None
    value = to_decimal(m["num"])
    if value is None:
        return None
    if m["apos"]:
        value *= 1000
    if m["sign"] == "-":
        value = -value
    return float(value)


_CURRENCY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:kr|nok|nkr|mnok|tnok)\.?[ \t]*:?[ \t]*$", re.IGNORECASE
)
_CURRENCY_AFTER = re.compile(
    r"^(?:,-|'(?![^\W\d_])|[ \t]*(?:kr|kron[ea]r?|nok|nkr|mill(?:ion[^\W\d_]*)?|tusen|mnok|tnok)"
    r"(?![^\W\d_]))",
    re.IGNORECASE,
)


def currency_adjacent(text: str, start: int, end: int) -> bool:
    """True when a currency marker touches text[start:end].

    Lets the identifier finders refuse "kr 974 123 456" or "91234567 kr",
    which are amounts even though they look like an org or phone number.
    """
    before = text[max(0, start - 12) : start]
    return bool(_CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(text[end:]))


_HEADER_YEAR = re.compile(r"^[^\d]{0,24}?(?<!\d)((?:19|20)\d\d)(?!\d)[^\d]{0,16}$")


def header_year(text: str) -> int | None:
    """The one year a column header names ("2021", "År 2021", "Budsjett
    2021 (kr)"), or None: no year, a span of years ("2020-2022") or other
    numbers."""
    m = _HEADER_YEAR.match(text.strip())
    return int(m.group(1)) if m else None
