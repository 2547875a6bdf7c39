"""A role caption over the space to sign, the printed name under it.

A letter or a form set in a borderless table (Word's, exported to PDF)
may give each signer a column: the role as a caption on top, an empty
space for the pen, then the printed name and the place and date:

    Nav-leder               Kommunedirektør
    (ink)                   (ink)
    Gro Lia                 Stein Ivar Fjeld
    Kongsberg, 24.01.2020   Kongsberg, 27.01.2020

The space left for the ink parts the caption from the name by more than a
block's lines stand apart, so read by nearness the caption has no name and
the name no role, and the ink goes to the roleless name. When nothing is
printed between them in the column, and each caption has one such name
under it and each name one such caption over it, the name is the
caption's signer. The place and date, or a line to sign on, may stand in
the space too ("Nav-leder" / "Dato: 24.01.2020" / ink / "Gro Lia"); any
other text there belongs to something else, and parts them.
"""

from __future__ import annotations

from ...layout import settings
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .stacked import Block
from .penlabels import date_label_alone, pen_values
from .wording import is_bare_line, is_place_date_label, person_name, signing_dates

_PEN_SPACE = 2 * settings.SIGNATURE_ROW_GAP
"""The most room left for the pen between a caption and the name under it."""


def names_under_pen_space(blocks: list[Block], members: list[Fragment]) -> list[Block]:
    """The blocks, each unnamed caption given the roleless name under its
    signing space (see the module); the name's block is then gone."""
    _names_back_over_space(blocks, members)
    pairs: dict[int, list[Block]] = {}
    for titled in blocks:
        if titled.role is None or titled.name is not None or titled.listed or not titled.role_frags:
            continue
        pairs[id(titled)] = [named for named in blocks if _under_space(titled, named, members)]
    gone: set[int] = set()
    for titled in blocks:
        found = pairs.get(id(titled), [])
        if len(found) != 1 or sum(found[0] in other for other in pairs.values()) != 1:
            continue
        named = found[0]
        titled.name, titled.name_frag = named.name, named.name_frag
        titled.frags.extend(f for f in named.frags if f not in titled.frags)
        gone.add(id(named))
    return [b for b in blocks if id(b) not in gone]


def _names_back_over_space(blocks: list[Block], members: list[Fragment]) -> None:
    """Signers stacked in one column, each a caption over the pen space and
    the name under it ("Nav-leder" / ink / "Rune Dahl, 27.01.2020" /
    "Rådmann" / ink / "Eli Moe, 29.01.2020"): read by nearness, the lower
    caption takes the name just above it. When that caption has a roleless
    name of its own under its pen space, and the name above it stands under
    an unnamed caption's pen space, the name above is that caption's."""
    for titled in blocks:
        frag = titled.name_frag
        if (frag is None or titled.listed or not titled.role_frags or frag in titled.role_frags
                or frag.box[3] > min(f.box[1] for f in titled.role_frags)
                or not any(_under_space(titled, other, members) for other in blocks)):
            continue
        owner = [b for b in blocks if b.role is not None and b.name is None and not b.listed and b.role_frags
                 and _frag_under_space(b, frag, members)]
        if len(owner) == 1:
            owner[0].name, owner[0].name_frag = titled.name, frag
            owner[0].frags.append(frag)
            titled.name, titled.name_frag = None, None
            titled.frags.remove(frag)


def signs_under_pen_space(block: Block, members: list[Fragment]) -> bool:
    """The block's name stands under its caption (the title, perhaps the
    place and date under it) across blank room left for the pen, with
    nothing but room for signing between: a signer printed under the space
    to sign ("NAV-leder" / "Bodø, 28.01.2020" / (room, a drawn line) / "Tor
    Inge Rasmussen"). On a scan, or a PDF whose lines to sign on are drawn,
    the line itself is no text; the blank room is what says the name was
    put there to sign over. A name close under its title (a form's label
    over its answer) is no such signer."""
    name = block.name_frag
    if name is None or block.listed or not block.role_frags or name in block.role_frags:
        return False
    above = [f.box[3] for f in block.frags if f is not name and f.page == name.page and f.box[3] <= name.box[1]]
    height = max(name.box[3] - name.box[1], 6.0)
    return (bool(above) and name.box[1] - max(above) >= _PEN_MIN_LINES * height
            and _frag_under_space(block, name, members))


_PEN_MIN_LINES = 2.5
"""Blank room for the pen over a printed name, in the name's line heights: more than a blank line."""


def _under_space(titled: Block, named: Block, members: list[Fragment]) -> bool:
    """``named`` is a roleless name under ``titled``'s caption, in its
    column, with only room for the pen between them."""
    if (named.role is not None or named.name_frag is None or named.listed or named.on_behalf
            or named.page != titled.page):
        return False
    return _frag_under_space(titled, named.name_frag, members)


def _frag_under_space(titled: Block, frag: Fragment, members: list[Fragment]) -> bool:
    """The name line ``frag`` is under ``titled``'s caption, in its column,
    with only room for the pen between them."""
    if frag.page != titled.page:
        return False
    caption = max((f.box for f in titled.role_frags), key=lambda box: box[3])
    name = frag.box
    if x_overlap(caption, name) <= 0 or not 0.0 < name[1] - caption[3] <= _PEN_SPACE:
        return False
    values = pen_values(members)
    return not any(f.page == titled.page and f is not frag and f not in titled.frags
                   and caption[3] - 1.0 <= f.box[1] and f.box[3] <= name[1] + 1.0
                   and (x_overlap(f.box, caption) > 0 or x_overlap(f.box, name) > 0)
                   and not _room_for_signing(f) and id(f) not in values for f in members)


def _room_for_signing(frag: Fragment) -> bool:
    """A line to sign on, or the place and date of signing, and no name; or,
    on a scan, marks OCR read off the ink with no letter or digit ("=", "~"):
    a pen stroke, not text that parts the caption from its name. On paper
    the place and date are written by pen, which OCR may not read: the
    label alone ("Sted og dato:", "Dato:") is still only room for signing."""
    if frag.ocr and not any(c.isalnum() for c in frag.text):
        return True
    if date_label_alone(frag):
        return True  # "Dato:" whose value the pen wrote
    return is_bare_line(frag) or ((bool(signing_dates(frag)) or is_place_date_label(frag))
                                  and person_name(frag.text, ocr=frag.ocr) is None)
