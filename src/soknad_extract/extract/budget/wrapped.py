"""A line of budget posts whose last post wraps onto the next line.

A paragraph's line ends where the page does, so the last post of a line
holding several ("… 100 % stilling: kr 640 000. Andre kostnader: ingen.
Totalt omsøkt" over "beløp: kr 640 000.") may have its label cut in two.
Read apart, the line below is a post named "beløp", a cost of its own, and
the line above ends in words, so neither reads as the budget it is. The
cut-off words go back in front of the line they belong to.
"""

from __future__ import annotations

import re
from dataclasses import replace

from soknad_extract.extract.budget.lines import text_lines
from soknad_extract.extract.budget.packed import PIECE_BREAK
from soknad_extract.extract.budget.tables import SourcedRow
from soknad_extract.extract.budget.tails import LABEL_MAX
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import find_amounts

_TAIL_MAX = 40
"""Longest start of a label a line ends with; longer, it is a sentence of
its own rather than a post cut by the line's end."""
_ENDED = re.compile(r"[.:;!?]\s*$")


def carried_tails(rows: list[SourcedRow]) -> list[SourcedRow]:
    """The rows with the start of a label that ends a line of text moved to
    the next line, when the line after a break ("|", ";", a sentence's end)
    holds only words and does not end a sentence, the next line goes on in
    lower case, and the two together read as a budget line. Serves budgets
    written as running text in a PDF, where lines wrap anywhere."""
    out = list(rows)
    for i in range(len(out) - 1):
        first, second = _text_cell(out[i]), _text_cell(out[i + 1])
        if first is None or second is None or out[i].row.page != out[i + 1].row.page:
            continue
        if not second.text[:1].islower() or _ENDED.search(first.text):
            continue
        if _sentence_with_money(first.text):
            out[i + 1] = _with_text(out[i + 1], second, "")  # the sentence's tail: prose, read there
            continue
        breaks = list(PIECE_BREAK.finditer(first.text))
        if not breaks:
            continue
        tail = first.text[breaks[-1].end():].strip()
        if not tail or len(tail) > _TAIL_MAX or re.search(r"\d", tail):
            continue
        joined = _with_text(out[i + 1], second, f"{tail} {second.text.strip()}")
        if not text_lines(joined.row):
            continue
        out[i] = _with_text(out[i], first, first.text[:breaks[-1].start()].rstrip())
        out[i + 1] = joined
    return out


def _sentence_with_money(text: str) -> bool:
    """A line longer than any budget line's label that states an amount and
    goes on past it ("Vi søkjer om ei 70 % stilling, kr 420 000 til løn og
    … kr 10 000 til"): a letter's sentence, so the line under it that goes
    on in lower case ("kompetanse, til saman kr 430 000.") is its tail,
    whose words before an amount name no post of their own."""
    amounts = find_amounts(text)
    return len(text.strip()) > LABEL_MAX and bool(amounts) and bool(re.search(r"[^\W\d_]", text[amounts[-1].end:]))


def _text_cell(sourced: SourcedRow) -> Span | None:
    """The one span of a line of text (not a table's row)."""
    filled = sourced.row.filled()
    if sourced.source is not None or sourced.row.in_table or len(filled) != 1:
        return None
    return filled[0]


def _with_text(sourced: SourcedRow, cell: Span, text: str) -> SourcedRow:
    return SourcedRow(Row([replace(cell, text=text, lines=())], sourced.row.page, sourced.row.in_table,
                          sourced.row.header), sourced.source)
