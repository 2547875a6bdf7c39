"""Norwegian ways of writing amounts, dates, percentages, titles and org numbers.

Every style here appears in real applications (see shared/spec/domain.md); the
extractor must read them all back to the same record value.
"""

from __future__ import annotations

from datetime import date

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "desember")


def grouped(value: int, sep: str = " ") -> str:
    return f"{value:,}".replace(",", sep)


def amount(value: int, style: str) -> str:
    """Write NOK ``value``; 'mill' and 'tick' are exact for the values used."""
    if style == "space":
        return grouped(value)
    if style == "nbsp":
        return grouped(value, "\u00a0")
    if style == "thin":
        return grouped(value, "\u2009")
    if style == "dot":
        return grouped(value, ".")
    if style == "kr":
        return f"kr {grouped(value)},-"
    if style == "nok":
        return f"NOK {grouped(value)}"
    if style == "kroner":
        return f"{grouped(value)} kroner"
    if style == "tick":
        assert value % 1000 == 0, value
        return f"NOK {grouped(value // 1000)}'"
    if style == "mill":
        text = f"{value / 1_000_000:.3f}".rstrip("0").replace(".", ",")
        assert round(float(text.replace(",", ".")) * 1_000_000) == value, value
        return f"{text} mill."
    raise ValueError(style)


def day(value: date, style: str) -> str:
    """Write a date: long '1. februar 2020', dotted '01.02.2020', short '1.2.20',
    month 'august 2020', abbr '1. feb. 2020'."""
    if style == "long":
        return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"
    if style == "dotted":
        return value.strftime("%d.%m.%Y")
    if style == "short":
        return f"{value.day}.{value.month}.{value.year % 100:02d}"
    if style == "month":
        return f"{MONTHS[value.month - 1]} {value.year}"
    if style == "abbr":
        return f"{value.day}. {MONTHS[value.month - 1][:3]}. {value.year}"
    raise ValueError(style)


def number(value: float) -> str:
    """150 -> '150', 1.5 -> '1,5' (Norwegian decimal comma)."""
    text = f"{value:g}"
    return text.replace(".", ",")


def percent(value: float, style: str) -> str:
    """Write a position size: '100 %', '100%', '100 prosent', '1 årsverk'."""
    if style == "space":
        return f"{number(value)} %"
    if style == "tight":
        return f"{number(value)}%"
    if style == "word":
        return f"{number(value)} prosent"
    if style == "aarsverk":
        return f"{number(value / 100)} årsverk"
    raise ValueError(style)


def quoted(title: str, style: str) -> str:
    if style == "guillemets":
        return f"«{title}»"
    if style == "double":
        return f"\u201c{title}\u201d"
    if style == "straight":
        return f'"{title}"'
    return title


def orgnr(value: str, spaced: bool) -> str:
    return f"{value[:3]} {value[3:6]} {value[6:]}" if spaced else value


def phone(value: str, style: str) -> str:
    """'62887140' as '62 88 71 40', '+47 628 87 140', '628 87 140' or as is."""
    if style == "pairs":
        return " ".join(value[i:i + 2] for i in range(0, 8, 2))
    if style == "plus":
        return f"+47 {value[:3]} {value[3:5]} {value[5:]}"
    if style == "three":
        return f"{value[:3]} {value[3:5]} {value[5:]}"
    return value
