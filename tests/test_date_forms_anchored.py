"""``find_dates`` tries each date form only where a match can begin.

``dates._form_matches`` tries five forms at the starts of runs of digits and
the month-year form where a month name can start (when the text holds four
digits in a row). This test holds it to the patterns themselves: on made-up
lines of every form (month names in any case, the letters case-insensitive
matching also takes, "ſ" and the Kelvin sign, digits of other scripts,
periods) it gives each form's ``finditer`` match for match, and the dates
found are those of all six forms scanned over the whole text.
"""

from __future__ import annotations

import random

from soknad_extract.norwegian import dates
from soknad_extract.norwegian._text import non_overlapping, prepare

_SIX_FORMS = (dates._TEXTUAL, dates._PERIOD_START, dates._NUMERIC, dates._ISO, dates._MONTH_YEAR,
              dates._NUMERIC_MONTH_YEAR)


def _every_form(text: str) -> tuple:
    """``_find_dates`` as it was: all six forms scanned."""
    p = prepare(text)
    if not dates._DIGIT(p.text):
        return ()
    found = [p.match(m.start(), m.end(), dates._value(m)) for pattern in _SIX_FORMS for m in pattern.finditer(p.text)]
    return tuple(m for m in non_overlapping(found) if m.value is not None)


def _texts() -> list[str]:
    months = ["januar", "Februar", "MARS", "april", "mai", "juni", "juli", "jul.", "jul", "august", "sept",
              "SEP", "okt.", "oKtober", "o\u212atober", "nov", "des.", "Desember", "ſeptember", "ſep", "febr"]
    pieces = ["1.", "01", "12", "31", "2.", "20", "2020", "1999", "21", "2024", "12.2020", "3/2021", "1.2.20",
              "01.02.2020", "2020-02-01", "1/3-20", "15.08.2021", "–", "-", ".", "/", ",", " ", "  ", "\n",
              "kr", "1 220 000", "610.000", "år", "høsten", "før", "den", "\uff12\uff10\uff12\uff10",
              "\u0661\u0662", "\u0662\u0660\u0662\u0660", "7", "1234", "123", "Nav", "søknad"]
    rng = random.Random(15)
    texts = ["", "1. januar – 31. desember 2020", "01.08.2020-31.07.2021", "februar 2020", "før jul 2020",
             "12/2020", "1.2.20", "31. februar 2020", "ſep 2020", "1. o\u212atober 2020", "sept.2021",
             "\uff11. mars \uff12\uff10\uff12\uff10", "Søknaden er datert 3.3.21 og 2020", "mars 20 20"]
    for _ in range(3000):
        words = [rng.choice(months) if rng.random() < 0.3 else rng.choice(pieces) for _ in range(rng.randint(1, 12))]
        glue = rng.choice(["", " ", " ", "."])
        texts.append(glue.join(words))
    for _ in range(300):
        day, month, end = rng.randint(1, 31), rng.choice(months), rng.choice(months)
        texts.append(f"{day}. {month} {rng.choice('–—-')} {rng.randint(1, 31)}. {end} {rng.choice(['2020', '20', '1999'])}")
    return texts


def test_anchored_tries_give_each_forms_finditer() -> None:
    for text in _texts():
        prepared = prepare(text).text
        expected = [(m.re, m.span(), m.groupdict()) for pattern in _SIX_FORMS for m in pattern.finditer(prepared)]
        assert [(m.re, m.span(), m.groupdict()) for m in dates._form_matches(prepared)] == expected, text


def test_dates_found_are_those_of_all_six_forms() -> None:
    texts = _texts()
    assert sum(bool(_every_form(t)) for t in texts) > 300  # the made-up lines hold dates of every kind
    for text in texts:
        assert dates._find_dates.__wrapped__(text) == _every_form(text), text
