"""One signer in both roles: "Nav-leder og kommunalsjef for helse og velferd".

In a small municipality the Nav office's leader is often also in the
municipal leadership (a kommunalsjef for helse og velferd) and signs the
application once, with both titles under one name. domain.md names the
kommunalsjef among the municipal leadership the project must be anchored
in, so that one signature gives both roles: two entries, ``nav_leader`` and
``municipality``, with the same name, date and ink. Only a title line made
of the two titles and what joins them ("og", "/") says so; a sentence about
the roles ("… signert av samme person i begge roller") gives no title, and
a caption naming one role stays one signature.

A caption naming both titles may also head two signers side by side (a
form's "Nav-leder og kommunedirektør" over two columns, each with its ink
and printed name). Then the title line is the row's, not one signer's: the
two signers take the two titles in the order the caption names them, left
to right.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar

from ...layout import BBox, Image, settings
from ...layout.fragments import Fragment
from ...layout.geometry import on_one_row, union, x_overlap
from ...norwegian import fold, normalize_space
from .wording import person_name, roles_in
from .words import signature_words

Title = tuple[str, str]
"""(role, title as written)."""


def both_titles(text: str) -> tuple[Title, Title] | None:
    """The two titles, Nav leader's first as written, when ``text`` is one
    signer's caption naming a Nav leader's title and a municipal leader's
    title joined by "og", "/" …, perhaps after the signer's name ("Siv
    Hansen, Nav-leder og kommunalsjef"); None otherwise."""
    text = normalize_space(text).rstrip(" .")
    roles = roles_in(text)
    if len(roles) != 2 or any(r[1] is None for r in roles):
        return None
    first, second = roles
    if {first[0], second[0]} != {"nav_leader", "municipality"} or text[second[3]:].strip():
        return None
    if fold(text[first[3]:second[2]]).strip() not in signature_words().both_roles:
        return None
    before = text[:first[2]].strip()
    if before and not (before.endswith(",") and person_name(before.rstrip(","))):
        return None
    return (first[0], first[1]), (second[0], second[1])


class _Block(Protocol):
    page: int
    role: str | None
    title: str | None
    also: Title | None
    name: str | None
    name_frag: Fragment | None
    images: list[tuple[Image, BBox, float]]


B = TypeVar("B", bound=_Block)


def with_second_roles(blocks: list[B]) -> list[B]:
    """``blocks``, each block whose signer holds two roles followed by the
    same signing in the second role (name, date, ink and place shared).
    A two-role caption over a row of two signers gives each signer one of
    the titles instead (``_shared_by_row``, ``_split_inks``)."""
    out: list[B] = []
    for block in blocks:
        if block.also is not None and _shared_by_row(block, blocks):
            block.also = None
        out.append(block)
        if block.also is not None:
            out.append(_split_inks(block) or replace(block, role=block.also[0], title=block.also[1], also=None))
    return out


def _shared_by_row(block: _Block, blocks: list[B]) -> bool:
    """Another signer with a printed name no title claims stands beside
    ``block``'s signer in the same signing row: the two-title caption is
    not one person's. With exactly one such neighbour the two signers take
    the caption's titles by column, left first; with more the block keeps
    the caption's first title only."""
    own = _signer_box(block)
    if own is None:
        return False
    neighbours = [b for b in blocks if b is not block and b.page == block.page and b.role is None
                  and b.name and (box := _signer_box(b)) is not None and _beside(own, box)]
    if not neighbours:
        return False
    if len(neighbours) == 1 and block.also is not None:
        first, second = (block.role, block.title), block.also
        left, right = sorted((block, neighbours[0]), key=lambda b: _signer_box(b)[0])
        left.role, left.title = first
        right.role, right.title = second
    return True


def _split_inks(block: B) -> B | None:
    """Two inks side by side on the block, one per column, and one printed
    name: two people signed the row under the two-title caption, one of
    whom printed no name. The block keeps its name's column and takes the
    caption's title of that column (left first); the other ink signs in the
    other role, with no name or date of its own read. None when the block's
    inks stand in one column, lie closer than two columns do, or the name
    stands under neither."""
    inks = sorted(block.images, key=lambda i: i[1][0])
    if len(inks) != 2 or not _beside(inks[0][1], inks[1][1]) or block.also is None \
            or inks[1][1][0] - inks[0][1][2] < _COLUMN_GAP or block.name_frag is None:
        return None
    overlaps = [x_overlap(block.name_frag.box, ink[1]) for ink in inks]
    if max(overlaps) <= 0:
        return None  # the name stands under neither: no column is known to be its signer's
    mine = 0 if overlaps[0] >= overlaps[1] else 1
    titles = [(block.role, block.title), block.also]
    role, title = titles[mine]
    other_role, other_title = titles[1 - mine]
    other = replace(block, role=other_role, title=other_title, also=None, images=[inks[1 - mine]],
                    name=None, name_frag=None, date=None, date_frag=None)
    block.role, block.title, block.images, block.also = role, title, [inks[mine]], None
    return other


_COLUMN_GAP = 72.0
"""Points between two inks that stand in two signers' columns: one person's
signature in two pieces (two words, ink beside a stamp) lies closer."""


def _signer_box(block: _Block) -> BBox | None:
    """Where the signer's printed name and ink stand."""
    boxes = [box for _image, box, _conf in block.images]
    if block.name_frag is not None:
        boxes.append(block.name_frag.box)
    return union(boxes) if boxes else None


def _beside(a: BBox, b: BBox) -> bool:
    """Two boxes in different columns of one row."""
    return x_overlap(a, b) <= 0 and on_one_row(a, b, settings.ROW_OVERLAP)
