"""A form's signing row: the line to sign on and the line for the name side by side.

Class: a form (printed, filled in by hand, often scanned) whose signing
section gives each signer a heading with the role ("Nav-leder", "Rådmann /
kommunedirektør") and perhaps a date, then one row of two lines: on the
left the line to sign on, captioned under it "Underskrift", on the right
the line for the name, captioned under it "Navn med blokkbokstaver". The
name written on the right stands right of and below the role heading, so
the block finder reads it as a signer of its own with no role. It is the
signer of the role heading above the row: its caption stands on one row
with a signing caption, and the role block is the nearest above that
signing caption in its column, with no name of its own. A name under a
name caption with no signing caption beside it (a contact's field) stays
where it is.
"""

from __future__ import annotations

from ...layout import settings
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .block import Block
from .fields import open_role_block_above
from .wording import is_signing_line
from .words import signature_words

HEADING_REACH = 1.5 * settings.INK_ROW_GAP
"""How far above the signing caption the role heading may stand: the date
line and the room to sign lie between."""


def names_beside_signing_captions(blocks: list[Block], members: list[Fragment]) -> list[Block]:
    """``blocks`` with each unroled name over a name caption that shares its
    row with a signing caption joined to the role block over that caption."""
    gone: set[int] = set()
    for named in blocks:
        if named.role is not None or named.listed or named.name_frag is None or not named.name_frag.real:
            continue
        caption = _name_caption_under(named.name_frag, members)
        signing = _signing_caption_beside(caption, members) if caption is not None else None
        owner = open_role_block_above(signing, blocks, HEADING_REACH) if signing is not None else None
        if owner is None:
            continue
        owner.name, owner.name_frag = named.name, named.name_frag
        owner.frags.extend(f for f in [signing, caption, *named.frags] if f not in owner.frags)
        if owner.date is None:
            owner.date, owner.date_frag = named.date, named.date_frag
        gone.add(id(named))
    return [b for b in blocks if id(b) not in gone]


def _name_caption_under(name: Fragment, members: list[Fragment]) -> Fragment | None:
    """The line just under the name in its column, when it is a name caption
    ("Navn med blokkbokstaver", "Namn") and not a line to sign on."""
    height = max(name.box[3] - name.box[1], 1.0)
    under = [f for f in members if f.page == name.page and f.real and f is not name
             and f.box[1] >= name.box[3] - 1.0 and f.box[1] - name.box[3] <= 1.5 * height
             and x_overlap(f.box, name.box) > 0]
    if not under:
        return None
    caption = min(under, key=lambda f: f.box[1])
    return caption if _is_name_caption(caption) else None


def _is_name_caption(fragment: Fragment) -> bool:
    text = fragment.text.strip().rstrip(":").strip()
    named = bool(text) and signature_words().name_label.fullmatch(text + ":") is not None
    return named and not is_signing_line(fragment)


def _signing_caption_beside(caption: Fragment, members: list[Fragment]) -> Fragment | None:
    """The signing caption ("Underskrift", "Signatur") on the name
    caption's row, in another column. A row of several signers' pairs is
    read by its own habit: when it opens with a signing caption ("Underskrift
    | Navn | Underskrift | Navn") each name caption takes the nearest one on
    its left, otherwise ("Navn | Underskrift | …") the nearest on its right;
    the nearest alone would give the first name to the second signer where
    the columns are evenly spaced."""
    height = max(caption.box[3] - caption.box[1], 1.0)

    def on_row(f: Fragment) -> bool:
        return f.page == caption.page and f.real and min(f.box[3], caption.box[3]) - max(f.box[1], caption.box[1]) >= 0.5 * height

    row = [f for f in members if f is not caption and on_row(f) and is_signing_line(f) and x_overlap(f.box, caption.box) <= 0]
    if not row:
        return None
    names = [f for f in members if on_row(f) and _is_name_caption(f)]
    opens_signing = min([*row, *names, caption], key=lambda f: f.box[0]) in row
    side = [f for f in row if (f.box[0] < caption.box[0]) == opens_signing]
    return min(side or row, key=lambda f: abs(f.box[0] - caption.box[0]))
