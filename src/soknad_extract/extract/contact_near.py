"""Where the contact's e-mail or phone stands: with the contact's name.

A finder's hits are read in the contact's own answer or sentence first,
then in the lines right after it, then anywhere; never in the lines of the
county's adviser. A labelled phone on the office's own page furniture (a
Word header or footer, a running head or foot, a letterhead line with the
org number) is the office's: it yields to a number given with the contact
(``office_furniture``), and stands where none is.
"""

from __future__ import annotations

import re

from soknad_extract.extract.context import Context
from soknad_extract.extract.form_text import names_the_county
from soknad_extract.extract.pair_text import Pair
from soknad_extract.extract.running_matter import running_rows
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian import normalize_space

_DIGITS_WRAPPED = re.compile(r"(?<=\d)\n(?=\d)(?!\d{1,2}(?:\.\d{1,2})*[.)][ \t]+[^\W\d_])")
"""A line break between two digits: a number that wrapped onto the next line
("telefon +47 401 48" / "101."); replaced by a space, so offsets still hold.
Not before a form's item number ("10. Kompetanse"): that line starts afresh."""


def _first(_text: str, found: list) -> object | None:
    """The first hit: an address or a number the text gives first is the contact's."""
    return found[0] if found else None


def near(ctx: Context, anchor: Span | None, finder, choose=_first, skip: frozenset[int] = frozenset(),
         anywhere: bool = True) -> tuple[object, int, int] | None:
    """The hit in the anchor's own text (the first, or the one ``choose``
    takes of them), else the first after the anchor in the document (a
    number may wrap onto the next line there), else the first anywhere;
    never one of the county's adviser, nor one in the lines ``skip`` holds
    but the anchor's own (a number wrapping on from it). Not ``anywhere``:
    only a hit that goes with the anchor, in its own block of lines."""
    county = county_spans(ctx) | skip
    hits = [hit for hit in finder(ctx.text) if id(ctx.index.span_at(hit.start)) not in county]
    start = anchor_offset(ctx, anchor)
    if anchor is not None and start is not None:
        county = county_spans(ctx) | (skip - {id(ctx.index.span_at(start))})
        own = choose(anchor.text, finder(anchor.text))
        if own:
            return own.value, start + own.start, start + own.end
        reach = _REACH if anywhere else min(_REACH, _block_end(ctx, start) - start)
        window = _DIGITS_WRAPPED.sub(" ", ctx.text[start: start + reach + 30])
        later = [m for m in finder(window)
                 if m.start < reach and id(ctx.index.span_at(start + m.start)) not in county]
        if later:
            return later[0].value, start + later[0].start, start + later[0].end
    return (hits[0].value, hits[0].start, hits[0].end) if hits and anywhere else None


_REACH = 400
"""Characters after the anchor a hit may start in and still be the contact's."""
_BLOCK_LINES = 3
"""Lines after the anchor's that make its block ("Kontaktperson: Ola Dahl" /
"E-post: …" / "Mobil: …")."""


def _block_end(ctx: Context, start: int) -> int:
    """Where the anchor's block ends: the end of the ``_BLOCK_LINES``-th line after its own."""
    ends = [end for begin, end, _span in ctx.index.spans if end >= start]
    return ends[min(_BLOCK_LINES, len(ends) - 1)] if ends else start


def anchor_offset(ctx: Context, anchor: Span | None) -> int | None:
    """Where the anchor's text starts in the document text: the anchor is a
    cell of the index, or the answer part of one ("Kontakt: Ola Dahl, …"
    gives the span after the colon), found in its own cell."""
    if anchor is None:
        return None
    for start, _, span in ctx.index.spans:
        if span is anchor:
            return start
    for start, _, span in ctx.index.spans:
        if span.page == anchor.page and span.bbox == anchor.bbox and anchor.text and anchor.text in span.text:
            return start + span.text.index(anchor.text)
    return None


def county_spans(ctx: Context) -> set[int]:
    """Cells and lines that belong to the county's adviser: those naming the
    county, and the answers to a label that names it."""
    spans = {id(span) for _, _, span in ctx.index.spans if names_the_county(span.text)}
    spans |= {id(pair.value) for pairs in ctx.pairs.values() for pair in pairs if names_the_county(pair.label)}
    return spans


_MARGIN_STYLES = frozenset({"header", "footer"})
"""The styles the Word reader gives the lines of a header or footer."""


def office_furniture(ctx: Context, pair: Pair, office: frozenset[int]) -> bool:
    """The pair's row is the office's page furniture, not the applicant's
    answer: a line of a Word header or footer, a running head or foot
    (``running_matter``), or a line ``office`` holds (``office_lines``: the
    org number or the switchboard beside the number)."""
    if pair.row is None or not 0 <= pair.row < len(ctx.rows):
        return False
    row = ctx.rows[pair.row]
    if pair.row in running_rows(ctx.rows) or any(id(cell) in office for cell in row.cells):
        return True
    text = normalize_space(row.text)
    return bool(text) and any(text in margin for margin in _margins(ctx))


def _margins(ctx: Context) -> list[str]:
    return [normalize_space(line.text) for page in ctx.doc.pages for line in page.lines
            if line.style in _MARGIN_STYLES and line.text.strip()]
