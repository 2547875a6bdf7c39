"""Stacked signature sections, each opened by its role heading.

Class: a form or letter that stacks its signers one under the other, each
section opened by the role it signs for at the column's left edge, then the
place and date, then a line to sign on set to the right with its caption
under it ("Underskrift – Kari Moe", or "Underskrift" alone):

    Leder Nav Dal
    Sted/dato: Dal, 23.01.2020
                                    (ink)
                                    Underskrift – Kari Moe
    For Dal kommune – kommunedirektør
    Sted/dato: ______
                                    Underskrift

The caption and the ink stand right over the next section's heading and
far right of their own, so nearness gives them to the next signer (a
printed name "usually stands above its title"). The headings say it: when
every heading of the page starts at one left edge, each right over its
section's place and date line, and nothing of a signer (a name, ink)
stands above the first heading, each section runs from its heading down to
the next, and a name or ink inside it is its heading's signer's. A page with a name or ink over its first heading reads the other
way (the caption under the ink: "ink / Kari Moe / Nav-leder") and is left
to nearness.
"""

from __future__ import annotations

from ...layout import BBox
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .block import Block
from .wording import is_place_date_label

_ALIGN = 3.0
"""Points the headings' left edges may differ by."""


def names_in_sections(blocks: list[Block], members: list[Fragment]) -> list[Block]:
    """Give each section's unnamed heading block the name printed inside
    its section (see the module); a block left with neither role nor name
    is gone."""
    for page in sorted({b.page for b in blocks}):
        headings = _headings(blocks, page, members)
        if headings is None:
            continue
        for named in [b for b in blocks if b.page == page and b.name_frag is not None]:
            frag = named.name_frag
            if frag in named.role_frags:
                continue
            owner = _section_of(frag.box, headings)
            if owner is None or owner is named or owner.name is not None:
                continue
            owner.name, owner.name_frag = named.name, frag
            owner.frags.append(frag)
            named.frags.remove(frag)
            named.name, named.name_frag = None, None
    return [b for b in blocks if b.role is not None or b.name is not None]


def ink_in_sections(blocks: list[Block], members: list[Fragment]) -> None:
    """Move ink inside a section to its heading's block (see the module),
    unless the block holding it is a signer printed in that same section
    ("Kari Moe, Nav-leder" under the ink): that is the section's signer."""
    for page in sorted({b.page for b in blocks}):
        headings = _headings(blocks, page, members)
        if headings is None:
            continue
        for block in [b for b in blocks if b.page == page]:
            home = _section_of(block.name_frag.box, headings) if block.name_frag is not None else None
            for ink in list(block.images):
                owner = _section_of(ink[1], headings)
                if owner is not None and owner is not block and owner is not home:
                    block.images.remove(ink)
                    owner.images.append(ink)


def _headings(blocks: list[Block], page: int, members: list[Fragment]) -> list[tuple[Fragment, Block]] | None:
    """The page's role headings top to bottom with their blocks, when the
    page is of this class: two or more, at one left edge, each right over
    its section's place and date line, and no name or ink above the first."""
    here = [b for b in blocks if b.page == page]
    if any(b.listed or b.on_behalf for b in here):
        return None
    headings = sorted(((f, b) for b in here if b.role is not None for f in b.role_frags
                       if f is not b.name_frag), key=lambda h: h[0].box[1])
    if len(headings) < 2 or any(abs(f.box[0] - headings[0][0].box[0]) > _ALIGN for f, _b in headings):
        return None
    if not all(_over_place_and_date(f, members) for f, _b in headings):
        return None
    top = headings[0][0].box[1]
    marks = [b.name_frag.box for b in here if b.name_frag is not None] + [i[1] for b in here for i in b.images]
    if not marks or any(box[1] < top for box in marks):
        return None
    return headings


def _over_place_and_date(heading: Fragment, members: list[Fragment]) -> bool:
    """The line right under the heading, in its column, is the place and
    date of signing ("Sted/dato: Dal, 23.01.2020", "Dato: ____"): the
    heading opens a section, not closes the one above as a caption would."""
    height = max(heading.box[3] - heading.box[1], 1.0)
    return any(f.page == heading.page and 0.0 <= f.box[1] - heading.box[3] <= 1.5 * height + 2.0
               and x_overlap(f.box, heading.box) > 0 and is_place_date_label(f) for f in members)


def _section_of(box: BBox, headings: list[tuple[Fragment, Block]]) -> Block | None:
    """The block whose section holds ``box``: below its heading and wholly
    above the next heading; the last section reaches as far down as the
    tallest one above it."""
    tops = [frag.box[1] for frag, _block in headings]
    ends = tops[1:] + [tops[-1] + max(b - a for a, b in zip(tops, tops[1:]))]
    for (frag, block), end in zip(headings, ends):
        if box[1] >= frag.box[3] and box[3] <= end:
            return block
    return None
