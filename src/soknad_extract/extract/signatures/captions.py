"""Captions: the title lines that stand with a signer's printed name.

A caption ("Kari Nordmann, rådmann", "Rådmann i Gol" over "Gunhild Aasen")
is one signer's: two captions in one column are two signers. A block's
heading ("Leder av Nav-kontoret" under the line to sign on) is not, and the
caption's title, written by the name, is the signer's own.
"""

from __future__ import annotations

from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import x_overlap
from ...norwegian import fold
from .wording import person_name, roles_in


def own_title(caption: Fragment, title: str, heading_title: str | None) -> bool:
    """A caption line that is a whole other title ("konstituert Nav-leder" by
    the name, "Leder av Nav-kontoret" the heading), alone or after the name
    and a comma ("Eva Lie, Nav-leder"), is the signer's own."""
    text = caption.text.strip(" ,.")
    name, comma, rest = text.partition(",")
    if comma and person_name(name.strip()) == name.strip():
        text = rest.strip()
    whole = fold(text) == fold(title)
    return whole and fold(title) != fold(heading_title or "")


def captions_in(members: list[Fragment]) -> set[int]:
    """Lines with a title that stand with a printed name: on the same line ("Kari
    Nordmann, rådmann") or on the line just above or below in the same
    column ("Rådmann i Gol" over "Gunhild Aasen"). Each is one signer's
    caption, so two of them in one column are two signers (an
    inter-municipal project signed by several municipalities). A line
    with another line between it and the name ("Tor Berg e.f." over "for
    Nav-leder Anne Lie" over "(fungerende Nav-leder)") is the caption's
    second line, not a caption of its own. Nor is a title line whose only
    name beside it prints its own title ("Leder Nav-kontoret" under the line
    to sign on, over "Kari Moe, leder Nav Dal"): that line is the caption,
    the title over it the block's heading."""
    names = [f for f in members if person_name(f.text, ocr=f.ocr)]
    found = set()
    for f in members:
        if not roles_in(f.text):
            continue
        if f in names or any(adjacent(f, g) and not _line_between(f, g, members) and not roles_in(g.text)
                             for g in names):
            found.add(f.order)
    return found - _cell_headings(members, names, found)


def _cell_headings(members: list[Fragment], names: list[Fragment], found: set[int]) -> set[int]:
    """Title lines that open a signer's table cell over the ink, when the
    same cell prints the signer's name and, under it, a title of the same
    role ("Nav-leder" / ink / "Kari Moe" / "Leder Nav Dal"): one cell holds
    one signer, so the upper line is the cell's heading and the lower the
    caption. Not when the lower title has a name of its own under it (the
    next signer's, titles printed over names)."""
    def cell_of(f: Fragment) -> tuple | None:
        return f.table_cell

    def under(low: Fragment, high: Fragment) -> bool:
        return low.box[1] >= high.box[3] - 1.0 and adjacent(high, low) and not _line_between(high, low, members)

    headings = set()
    for head in members:
        if head.order not in found or head in names or cell_of(head) is None:
            continue
        roles = {r[0] for r in roles_in(head.text)}
        for name in names:
            if cell_of(name) != cell_of(head) or not under(name, head):
                continue
            if any(low.order in found and low is not head and low not in names and cell_of(low) == cell_of(head)
                   and {r[0] for r in roles_in(low.text)} == roles and under(low, name)
                   and not any(under(other, low) for other in names) for low in members):
                headings.add(head.order)
    return headings


def _line_between(a: Fragment, b: Fragment, members: list[Fragment]) -> bool:
    """Another line of the column stands between ``a`` and ``b``."""
    top, bottom = min(a.box[3], b.box[3]), max(a.box[1], b.box[1])
    return any(g is not a and g is not b and g.page == a.page and g.text.strip()
               and top <= (g.box[1] + g.box[3]) / 2 <= bottom
               and x_overlap(g.box, a.box) > 0 and x_overlap(g.box, b.box) > 0 for g in members)
