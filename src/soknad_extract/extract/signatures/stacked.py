"""Stacked signature blocks read title first: "title / place, date / ink / name".

A letter may close with its signers one under the other, each block opened
by the signer's title and closed by the printed name under the ink:

    Nav-leiar
    Voss, 24.01.2020
    (ink)
    Sigrid Lunde
    Kommunedirektør
    Voss, 27.01.2020
    (ink)
    Ola Hauge

Read by nearness, a name takes the title just under it ("Sigrid Lunde" over
"Kommunedirektør" looks like a caption), and the reading comes out lame: the
first title has no name and the last name no title. When the column's
titles and names alternate, a title first and a name last, the only reading
that leaves no one out gives each title the name below it, before the next
title: each name belongs with the title above its own ink.

Offices with several signers (an inter-municipal office: the Nav leader and
each municipality's leader) set such blocks side by side in rows of two or
three, each block its own heading, ink, name and place and date:

    Leder Nav Vest-Telemark      Kommunedirektør Kviteseid
    (ink)                        (ink)
    Olav Haugland                Tone Lia Midtbø
    Kviteseid, 24.01.2020        Kviteseid, 27.01.2020
    Kommunedirektør Fyresdal     Rådmann Nissedal
    …

Each column is read on its own, as one stack: the test holds column by
column (a column is the blocks whose titles and names overlap across).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap


class _Block(Protocol):
    """What this module and ``spaced`` read and move of ``block.Block`` (``blocks`` calls them)."""

    page: int
    role: str | None
    frags: list[Fragment]
    role_frags: list[Fragment]
    name: str | None
    name_frag: Fragment | None
    listed: bool
    on_behalf: bool


Block = TypeVar("Block", bound=_Block)


def names_under_titles(blocks: list[Block]) -> list[Block]:
    """The blocks, with names moved to the title above them where the page's
    stacked blocks read title first (see the module); unchanged otherwise."""
    gone: set[int] = set()
    for page in sorted({b.page for b in blocks}):
        on_page = [b for b in blocks if b.page == page]
        if any(b.listed or b.on_behalf for b in on_page):
            continue
        for column in _columns(on_page):
            gone.update(_pair_column(column))
    return [b for b in blocks if id(b) not in gone]


def _pair_column(column: list[Block]) -> set[int]:
    """Move the names of one column's stack to the titles above them; the
    ids of the blocks left empty (see ``names_under_titles``)."""
    pairs = _title_first_pairs(column)
    if pairs is None:
        return set()
    names = [(named.name, named.name_frag) for _titled, named in pairs]
    for _titled, named in pairs:
        if named.name_frag in named.frags:
            named.frags.remove(named.name_frag)
    for (titled, _named), (name, frag) in zip(pairs, names):
        titled.name, titled.name_frag = name, frag
        if frag not in titled.frags:
            titled.frags.append(frag)
    return {id(b) for b in column if b.role is None}


def _anchors(block: Block) -> list[Fragment]:
    return block.role_frags + ([block.name_frag] if block.name_frag is not None else [])


def _columns(on_page: list[Block]) -> list[list[Block]]:
    """The page's blocks grouped by column: blocks whose titles or names
    overlap across, directly or through another block, stand in one column.
    A block whose titles span columns joins them into one (one column, as
    the test read before)."""
    groups: list[list[Block]] = []
    for block in on_page:
        mine = [g for g in groups if any(x_overlap(f.box, h.box) > 0 for b in g for f in _anchors(b)
                                         for h in _anchors(block))]
        merged = [block] + [b for g in mine for b in g]
        groups = [g for g in groups if not any(g is m for m in mine)] + [merged]
    return groups


def _title_first_pairs(on_page: list[Block]) -> list[tuple[Block, Block]] | None:
    """(titled block, block holding the name that belongs to it) for each
    title, top to bottom, or None when the page is not of this class: one
    unnamed title on top, one name without a title at the bottom, titles
    and names alternating in one column, and no list or on-behalf block."""
    if any(b.listed or b.on_behalf or (b.role is None and not b.name) for b in on_page):
        return None
    titled = [b for b in on_page if b.role is not None and b.role_frags]
    untitled = [b for b in on_page if b.role is None]
    if len(titled) < 2 or len(untitled) != 1:
        return None
    events = sorted([(min(f.box[1] for f in b.role_frags), 0, b) for b in titled]
                    + [(b.name_frag.box[1], 1, b) for b in on_page if b.name and b.name_frag is not None],
                    key=lambda e: (e[0], e[1]))
    if [kind for _top, kind, _b in events] != [0, 1] * len(titled):
        return None
    if events[0][2].name is not None or events[-1][2] is not untitled[0]:
        return None
    pairs = [(events[i][2], events[i + 1][2]) for i in range(0, len(events), 2)]
    if any(not _one_column(t, n) for t, n in pairs):
        return None
    return pairs


def _one_column(titled: Block, named: Block) -> bool:
    """The name stands under the title, in its column."""
    title = titled.role_frags[0].box
    name = named.name_frag.box
    return x_overlap(title, name) > 0 and name[1] > title[1]
