"""Options printed for the office to circle, read from a scan.

Paper forms print every option of a question and ask the office to circle
the one that applies ("Søknaden gjelder (sett ring rundt): Nytt prosjekt /
Videreføring", "JA / NEI"). On a scan the ring is ink over and round a
printed word: text recognition reads the ringed word badly or not at all,
and reads the other option clean. An option word read alone there is the
form's print, and as likely the option not chosen as the chosen one; so
it answers nothing (precision first: the clerk reads the ring).

Two signs make a lone option the print rather than an answer:

- the page asks for rings (vocabulary ``circled.circle_instruction``: "sett
  ring rundt", "ring inn");
- the option still carries the separator to the other option, which was
  lost ("JA /", "Nytt prosjekt /", the slash read as "I" or "|"): the other
  option was printed beside it, so the pair are options, not an answer.

Only text read by OCR: a lone option in a text layer was typed, and is the
office's answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.extract.context import Context
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Wordings

_REMNANT = re.compile(r"^\s*(?P<option>\S.*?\w)\s*(?:[/|]|\s[Il])\s*$|^\s*[/|]\s*(?P<after>\w.*?)\s*$")
"""An option with the separator to a lost neighbour: after it ("JA /", a
scan's slash read as "I", "l" or "|" after a space), or before it ("/ NEI")."""


@lru_cache(maxsize=1)
def _instruction() -> Wordings:
    return vocabulary.Entry("circled").table("circle_instruction").wordings()


def asks_to_circle(text: str) -> bool:
    """``text`` tells the office to circle an option ("(sett ring rundt)")."""
    return _instruction().search(fold(text)) is not None


def page_asks_to_circle(ctx: Context, page: int) -> bool:
    """Some line of ``page`` tells the office to circle the options."""
    return page in _circle_pages(ctx)


@lru_cache(maxsize=4)
def _circle_pages(ctx: Context) -> frozenset[int]:
    """The pages that ask for rings, worked out once per document."""
    return frozenset(row.page for row in ctx.rows if asks_to_circle(row.text))


def option_remnant(text: str) -> str | None:
    """The option of ``text`` when it is one option with the separator to a
    lost other ("JA /", "JA I", "/ NEI"); else None."""
    m = _REMNANT.match(text)
    return (m.group("option") or m.group("after")) if m else None


def unringed_option(ctx: Context, span: Span, option_of: Callable[[str], object | None]) -> bool:
    """``span`` is a printed option read alone by OCR where the options are
    circled or the other option was lost beside it: the form's print, no
    answer. ``option_of`` says whether a text is one option ("Ja",
    "Videreføring")."""
    if span.method != "ocr":
        return False
    remnant = option_remnant(span.text)
    if remnant is not None and option_of(remnant) is not None:
        return True
    return option_of(span.text.strip(" .:")) is not None and page_asks_to_circle(ctx, span.page)
