"""Place and date lines that head each signer's section of a stacked form.

Class: a form that stacks its signers one under the other, each section
opening with its own "Sted og dato: …" line above the line to sign on, the
name and the title under it:

    Stad og dato: Dal, 23.01.2020
    (ink) ____________
    Namn: Kari Moe
    Tittel: Nav-leiar
    Stad og dato: Dal, 24.01.2020
    (ink) ____________
    Namn: Ola Lie
    Tittel: Rådmann

The second date line stands just under the first signer's title, nearer to
it than the first signer's own date, so nearness dates the first signer
with the second's date. The order says it: when the zone's place and date
lines and its signers alternate, a date line first, each date line heads
the signer under it. Any other order (dates under the names, dates side by
side) leaves the dates to nearness.
"""

from __future__ import annotations

from ...layout import BBox
from ...layout.fragments import Fragment
from ...layout.geometry import union, x_overlap
from .wording import is_place_date_label, person_name, roles_in, signing_dates, words_before_date


def dates_heading_sections(blocks: list, members: list[Fragment]) -> None:
    """Give each signer of a page the place and date line heading its
    section (see the module), when the page's layout is that one. The
    blocks are ``block.Block``s; ``blocks`` calls this (no import back)."""
    for page in {b.page for b in blocks}:
        here = sorted((b for b in blocks if b.page == page and not b.listed), key=lambda b: b.box[1])
        dated = sorted((f for f in members if f.page == page and _date_line(f)
                        and not any(f in b.frags for b in here)), key=lambda f: f.box[1])
        if len(here) < 2 or len(dated) != len(here) or any(b.date is not None for b in here):
            continue
        edges = [edge for b, f in zip(here, dated) for edge in (f.box[1], b.box[1], b.box[3])]
        if edges != sorted(edges) or any(x_overlap(b.box, f.box) <= 0 for b, f in zip(here, dated)):
            continue
        for block, line in zip(here, dated):
            block.date, block.date_frag = signing_dates(line)[0], line
            block.frags.append(line)


def _date_line(frag: Fragment) -> bool:
    """A section's place and date line: "Sted og dato: Dal, 23.01.2020", or
    one date ending a line of at most a short label or a place before it
    ("Dato: 23.01.2020", "Bryne, 23.01.2020"), no title or name."""
    if not signing_dates(frag):
        return False
    if is_place_date_label(frag):
        return True
    before = words_before_date(frag.text)
    return (before is not None and len(before.split()) <= _PLACE_WORDS and not roles_in(frag.text)
            and (not before.strip(" ,:") or person_name(before.strip(" ,:")) is None))


_PLACE_WORDS = 3
"""A label or a place before a section's date ("Dato:", "Mo i Rana,")."""


def with_label_box(frag: Fragment, members: list[Fragment]) -> BBox:
    """The box of a date line with its place-and-date label, when the PDF
    set the two as pieces of one line ("Sted og dato:" | "Hamar, 04.02.2020"):
    the label stands over its signer's column, the place and date may start
    past the column's right edge. Otherwise the date line's own box."""
    for g in members:
        if (g.page == frag.page and g is not frag and is_place_date_label(g) and not signing_dates(g)
                and 0 <= frag.box[0] - g.box[2] <= _LABEL_GAP and abs(g.box[1] - frag.box[1]) <= _SAME_LINE):
            return union([g.box, frag.box])
    return frag.box


_LABEL_GAP = 40.0
"""Points between a label and its value on one line."""
_SAME_LINE = 3.0
"""Points the tops of two pieces of one line may differ by."""


def dates_along_rows(blocks: list, members: list[Fragment]) -> None:
    """Signers side by side on one row, each name followed on that row by
    its own date ("Kari Moe | 21.01.2020 | Ola Lie | 24.01.2020", a form's
    columns "Nav-leder (navn) | Dato | Kommunedirektør (navn) | Dato"): the
    second signer's name stands nearer the first signer's date than its own
    does, so nearness would give both the first date. When the row's names
    and dates alternate, a name first, each date is the name's before it."""
    named = [b for b in blocks if not b.listed and b.name_frag is not None]
    for first in named:
        row = sorted((b for b in named if b.page == first.page and _same_line(b.name_frag, first.name_frag)),
                     key=lambda b: b.name_frag.box[0])
        if len(row) < 2 or row[0] is not first or any(signing_dates(b.name_frag) for b in row):
            continue
        dated = sorted((f for f in members if f.page == first.page and _same_line(f, first.name_frag)
                        and signing_dates(f) and len(f.text.split()) <= 3), key=lambda f: f.box[0])
        edges = [edge for b, f in zip(row, dated) for edge in (b.name_frag.box[0], f.box[0])]
        if (len(dated) != len(row) or edges != sorted(edges)
                or any(b.date_frag is not None and b.date_frag not in dated for b in row)):
            continue
        for block, line in zip(row, dated):
            block.date, block.date_frag = signing_dates(line)[0], line
            if line not in block.frags:
                block.frags.append(line)


def _same_line(a: Fragment, b: Fragment) -> bool:
    return abs(a.box[1] - b.box[1]) <= _SAME_LINE
