"""Page furniture: the lines a page prints around its content, never a post
of the budget.

A running head or foot ("Larvik kommune · Side 2", "Nav Gran · Org.nr. 974
605 538", a case number) repeats on the pages (``running_matter``), and a
page's number stands at its foot even on the one page that has it ("Side 2
av 3", "s. 2", "- 2 -"). Read as a budget line, "Side 2" under a heading in
thousands is a cost of 2 000 kroner.
"""

from __future__ import annotations

import re

from soknad_extract.extract.running_matter import running_rows
from soknad_extract.layout.rows import Row

_PAGE_NUMBER = re.compile(
    r"(?:^|[\s·|•,;–—-])(?:side|sida|s\.|page|p\.|pg\.?)\s*:?\s*\d{1,3}(?:\s*(?:av|/|of|\(\s*av)\s*\d{1,3}\)?)?\s*$"
    r"|^\s*-\s*\d{1,3}\s*-\s*$|^\s*\d{1,3}\s*(?:/|av|of)\s*\d{1,3}\s*$",
    re.IGNORECASE)
"""A line ending on the page's number: "Side 2", "Side 2 av 3", "s. 2", "Page 2 of 3", "- 2 -", "2/3"."""
_SHORT = 10
"""Most words of the text before a page number in a line of furniture (a name, an address, a date)."""


def furniture_rows(rows: list[Row]) -> frozenset[int]:
    """The ids of the lines of text (no table row: a budget's rows may repeat
    on the pages) that are page furniture: running matter, or a line ending
    on the page's number after a few words."""
    running = running_rows(rows)
    return frozenset(id(row) for i, row in enumerate(rows)
                     if not row.in_table and (i in running or is_page_number_line(row)))


def is_page_number_line(row: Row) -> bool:
    """A line of text that ends on the page's number ("Larvik kommune · Side
    2", "Side 2 av 3"), with few words before it."""
    if row.in_table:
        return False
    text = row.text.strip()
    match = _PAGE_NUMBER.search(text)
    return bool(match) and len(text[: match.start()].split()) <= _SHORT
