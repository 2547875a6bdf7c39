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

from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .wording import is_place_date_label, person_name, roles_in, signing_dates, words_before_date


def dates_heading_sections(blocks: list, members: list[Fragment]) -> None:
    """Give each signer of a page the place and date line heading its
    section (see the module), when the page's layout is that one. The
    blocks are ``blocks.Block``s, which call this (no import back)."""
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
