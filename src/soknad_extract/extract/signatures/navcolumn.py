"""A leader's bare title under a column headed by the party they lead.

Class: signing blocks side by side, each headed by its party's name only
("Nav Rana" | "Rana kommune", "For Nav Rana" | "For Rana kommune"), with
place and date, the line to sign on and, under it, the signer's name and a
leader's title that names no party ("Kari Nordmann, leder";
"Kari Moe" over "Avdelingsleder"; Nynorsk "leiar", "einingsleiar"). The
title alone is any unit's leader; the heading says which: under a Nav
office's heading it is the Nav office's leader, and under a municipality's
heading a municipal unit's leader, who is neither the Nav leader nor the
municipal leadership.

The heading is the nearest party heading above the signer's name in its
column, within a column's reach (``PARTY_COLUMN_REACH``), with no other
signer's title or name between them. A title of a role's own ("Nav-leder",
"Rådmann") is left as it is, and so is a staff title (``staff``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...layout import settings
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from ...norwegian import fold
from ...vocabulary import Entry, vocabulary_dir
from .block import TITLE_FROM_LINE, Block
from .staff import printed_titles
from .wording import normalise_title, roles_in
from .words import signature_words

_HEADING_WORDS = 6
"""Most words of a party heading ("For Nav Midt-Telemark", "På vegne av Nord-Aurdal kommune")."""


def leaders_under_party_headings(blocks: list[Block], members: list[Fragment]) -> None:
    """Give a signer printed with a bare leader's title the role of the
    party heading over their column (see the module)."""
    claimed = {id(f) for b in blocks for f in b.frags}
    for block in blocks:
        if block.name_frag is None or block.listed or block.on_behalf or block.field_signer:
            continue
        if block.role is not None and not (block.title and _bare_leader(block.title)):
            continue
        title = next((t for t in printed_titles(block, members, claimed) if _bare_leader(t)), None)
        if title is None:
            continue
        heading = _heading_over(block, members, blocks)
        if heading is None:
            continue
        role, frag = heading
        if role == "nav_leader":
            block.role, block.title, block.title_rank = role, normalise_title(title.strip(" ,;:-–()")), TITLE_FROM_LINE
            if frag not in block.frags:
                block.frags.insert(0, frag)
                block.role_frags.insert(0, frag)
        else:
            block.role, block.title = None, None


def _bare_leader(text: str) -> bool:
    return fold(text).strip(" ,;:-–()") in _leader_words(vocabulary_dir())


@lru_cache(maxsize=4)
def _leader_words(folder: Path) -> frozenset[str]:
    return Entry("signatures", folder).table("column_leaders").words()


def party_of_heading(text: str) -> str | None:
    """The role whose party a heading names and nothing else ("Nav Rana",
    "For Nav Rana", "Rana kommune", "For kommunen"), or None."""
    if any(ch.isdigit() for ch in text) or ":" in text or len(text.split()) > _HEADING_WORDS:
        return None
    roles = roles_in(text)
    if not roles and signature_words().party.fullmatch(fold(text)):
        text = "For " + text
        roles = roles_in(text)
    if not roles or roles[0][2] != 0 or roles[-1][3] < len(text.rstrip(" .")):
        return None
    if len({r[0] for r in roles}) != 1 or any(r[1] is not None for r in roles):
        return None
    return roles[0][0]


def _heading_over(block: Block, members: list[Fragment], blocks: list[Block]) -> tuple[str, Fragment] | None:
    """The party heading over the block's printed name in its column, with its role."""
    name = block.name_frag
    above = [f for f in members if f.page == name.page and f.box[3] <= name.box[1] + 1.0
             and name.box[1] - f.box[3] <= settings.PARTY_COLUMN_REACH and x_overlap(f.box, name.box) > 0]
    for frag in sorted(above, key=lambda f: -f.box[3]):
        role = party_of_heading(frag.text)
        if role is not None:
            return (role, frag) if not _signer_between(frag, block, blocks) else None
        if roles_in(frag.text) or _another_signer(frag, block, blocks):
            return None  # a title line (the block's own, or another's) heads the column
    return None


def _another_signer(frag: Fragment, block: Block, blocks: list[Block]) -> bool:
    return any(b is not block and frag is b.name_frag for b in blocks)


def _signer_between(heading: Fragment, block: Block, blocks: list[Block]) -> bool:
    """Another signer's title or name stands between the heading and the name, in the column."""
    name = block.name_frag
    for other in blocks:
        if other is block or other.page != block.page:
            continue
        for g in other.role_frags + ([other.name_frag] if other.name_frag else []):
            if (g is not heading and g.box[1] >= heading.box[3] - 1.0 and g.box[3] <= name.box[1] + 1.0
                    and x_overlap(g.box, name.box) > 0):
                return True
    return False
