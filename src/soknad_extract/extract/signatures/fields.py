"""A form's name field under the line to sign on is the signer's above it.

Class: a PDF form (an AcroForm, or a form printed like one) whose signature
block is a label with the role ("Signatur Nav-leder"), room to sign, and
under the line the form's own small labels over the fields that hold the
answers: "Navn" over "Kari Moen", "Dato" over "23.01.2020". The name stands
too far under the role label to join its block (the room to sign lies
between), so the block finder reads it as a signer of its own with no role,
with the date under it. It is the signer of the block just above it in its
column: the name's label stands directly under that block, with nothing
but the room to sign between them. A name under a label elsewhere on the
page (the contact's field, a question's answer) has no role block just
above its label, and stays where it is.
"""

from __future__ import annotations

from ...layout import settings
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .blocks import Block
from .wording import is_bare_line
from .words import signature_words


def names_in_fields_under(blocks: list[Block], members: list[Fragment]) -> list[Block]:
    """``blocks`` with each unroled name read from a labelled field under a
    role block with no name of its own joined to that block."""
    gone: set[int] = set()
    for named in blocks:
        if named.role is not None or named.listed or named.name_frag is None or not named.name_frag.real:
            continue
        label = _label_over(named.name_frag, members)
        owner = _block_over(label, blocks, members) if label is not None else None
        if owner is None:
            continue
        owner.name, owner.name_frag = named.name, named.name_frag
        owner.frags.extend(f for f in [label] + named.frags if f not in owner.frags)
        if owner.date is None:
            owner.date, owner.date_frag = named.date, named.date_frag
        gone.add(id(named))
    return [b for b in blocks if id(b) not in gone]


def _label_over(name: Fragment, members: list[Fragment]) -> Fragment | None:
    """The line just above the name in its column, when it is a name label
    and nothing else ("Navn", "Navn:", "Namn (blokkbokstavar)")."""
    height = max(name.box[3] - name.box[1], 1.0)
    above = [f for f in members if f.page == name.page and f.real and f is not name
             and f.box[3] <= name.box[1] + 1.0 and name.box[1] - f.box[3] <= 1.5 * height
             and x_overlap(f.box, name.box) > 0]
    if not above:
        return None
    label = max(above, key=lambda f: f.box[3])
    text = label.text.strip().rstrip(":").strip()
    return label if text and signature_words().name_label.fullmatch(text + ":") else None


def _block_over(label: Fragment, blocks: list[Block], members: list[Fragment]) -> Block | None:
    """The role block with no name whose last line stands just above the
    label in its column, with only room to sign between them (and perhaps
    the line to sign on)."""
    best: tuple[float, Block] | None = None
    for block in blocks:
        if (block.page != label.page or block.role is None or block.name is not None or block.listed
                or not block.real or x_overlap(block.box, label.box) <= 0):
            continue
        gap = label.box[1] - block.box[3]
        if 0.0 <= gap <= settings.INK_ROW_GAP and (best is None or gap < best[0]):
            best = (gap, block)
    if best is None:
        return None
    top, bottom = best[1].box[3], label.box[1]
    between = [f for f in members if f.page == label.page and f is not label and f not in best[1].frags
               and not is_bare_line(f)
               and top - 1.0 <= f.box[1] and f.box[3] <= bottom + 1.0 and x_overlap(f.box, label.box) > 0]
    return None if between else best[1]
