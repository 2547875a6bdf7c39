"""Sentences of the document's text for the prose readers, none running into
or out of a table.

A letter's text holds its paragraphs and, between them, the cells of its
tables, each on lines of its own. A paragraph that ends without a full stop
before a table ("Budsjettet for 2019 ser slik ut:") would otherwise run on
through every cell to the next full stop, and a cell's words ("egenandel –
ikke del av søknaden") would read as part of the sentence after the table
("Vi deltar gjerne i nettverk."). So a sentence stays inside its run of
prose lines, or inside its run of table lines; the lines of a run stay
together, as a PDF wraps a sentence over them and a form answers a question
cell in the cell below it ("Kontoret ønsker å delta i nettverk" over "Nei").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from soknad_extract.extract.context import Context
from soknad_extract.norwegian import fold

_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def _runs(ctx: Context) -> list[tuple[int, int]]:
    """Offsets of the runs of prose lines and of table lines."""
    runs: list[tuple[int, int]] = []
    start = offset = 0
    key: object = "prose"
    for line in ctx.text.split("\n"):
        if line.strip():
            span = ctx.index.span_at(offset)
            line_key = "table" if span is not None and span.method == "table" else "prose"
            if line_key != key and offset > start:
                runs.append((start, offset))
                start = offset
            key = line_key
        offset += len(line) + 1
    runs.append((start, len(ctx.text)))
    return runs


def prose_sentences(ctx: Context) -> Iterator[tuple[int, int, str]]:
    """Each sentence's start, end and text (folded, its line breaks spaces)."""
    for start, end in _runs(ctx):
        for sentence in _SENTENCE.finditer(ctx.text, start, end):
            yield sentence.start(), sentence.end(), fold(sentence.group(0)).replace("\n", " ")
