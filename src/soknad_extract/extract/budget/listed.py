"""Budget posts listed on one line: "Løn 360 000 kr – kompetanse 6 000 kr –
i alt 366 000 kr" in one cell, or a letter's sentence "Lønn og sosiale
utgifter utgjør 480 000 kroner, kompetanse 8 000 kroner, i alt 488 000
kroner". Each post is a name before its amount, the posts joined by dashes,
commas, semicolons or "og"; read as one amount, such a line would be its
sum taken for one post, or its first amount for all of them.
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.cells import percent_in_label, scaled_amount, states_rate
from soknad_extract.extract.budget.lines import BudgetLine, category
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import find_amounts, find_dates, header_year
from soknad_extract.norwegian.amounts import carries_own_scale

_JOIN = re.compile(r"\s*(?:[–—;,+]|-(?=\s))\s*(?:(?:og|samt)\s+)?|\s+(?:og|samt)\s+", re.IGNORECASE)
"""What joins one listed post to the next, right after the amount before it."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])|\n")
_LABEL_MAX = 60
_NAMED_POSTS = {"positions", "competence", "total", "positions_subtotal", "own_funding"}
_END = re.compile(r"[\s.,;:!)]*")


def listed_lines(row: Row, source: int | None, scale: int = 1) -> list[BudgetLine]:
    """The posts a cell of ``row`` lists on one line, when one cell (one
    sentence of it) lists two or more posts the budget knows by name
    (salaries, competence, a total) and nothing but posts; else none. A row
    with amounts in other cells too is a table row whose cell only remarks
    on its posts; a cell whose other lines hold amounts too is a budget
    written a post a line, one of which lists several."""
    cells = row.filled()
    with_amounts = [cell for cell in cells if find_amounts(strip_bullet(cell.text.strip()))]
    if len(with_amounts) != 1:
        return []
    cell = with_amounts[0]
    text = strip_bullet(cell.text.strip())
    amounts = len(find_amounts(text))
    if amounts < 2:
        return []
    posts = [post for sentence in _SENTENCE_END.split(text) for post in _posts(sentence, scale)]
    if len(posts) != amounts:
        return []  # other lines of the cell hold posts of their own, read line by line elsewhere
    return [BudgetLine(label, kind, cell, amount, None, percent, source) for label, kind, amount, percent in posts]


def _posts(sentence: str, scale: int) -> list[tuple[str, str, int, float | None]]:
    """A sentence's posts: every amount has its own name before it, the
    sentence ends at its last amount and holds no date (a date makes it an
    account of the project, not its budget), no post is named by a year
    ("lønn 2019: …, lønn 2020: …" sets one post's years side by side, which
    summed would be no year's cost), and two posts or more are ones the
    budget knows by name, so a sentence of other numbers lists none."""
    hits = find_amounts(sentence)
    if len(hits) < 2 or _END.fullmatch(sentence[hits[-1].end:]) is None or find_dates(sentence):
        return []
    posts, start = [], 0
    for i, hit in enumerate(hits):
        between = sentence[start:hit.start]
        if i:
            join = _JOIN.match(between)
            if join is None:
                return []
            between = between[join.end():]
        label = between.strip(" :.–—-")
        if len(label) > _LABEL_MAX or not re.search(r"[^\W\d_]{3}", label) or states_rate(label) \
                or header_year(label) is not None:
            return []
        percent = percent_in_label(label)
        raw = sentence[hit.start:hit.end]
        amount = hit.value if scale == 1 or carries_own_scale(raw) else scaled_amount(hit.value, scale)
        posts.append((label, category(label, percent), amount, percent))
        start = hit.end
    return posts if sum(kind in _NAMED_POSTS for _, kind, _, _ in posts) >= 2 else []
