"""The printed name and the date of each signature block: the nearest name, which belongs
to one block (names no block claims become blocks of their own), and the block's own
date, else the nearest shared date line above it, else the zone's only date."""

from __future__ import annotations

from ...layout import BBox, settings
from ...layout.fragments import Fragment, distance
from ...layout.geometry import union, x_overlap
from .asks import asks_below
from .block import Block
from .headdates import with_label_box
from .leaders import name_after_leader
from .penlabels import pen_date_unread
from .rowdates import column_date, in_another_signers_row
from .wording import is_name_label, is_name_token, person_name, roles_in, signing_dates, typed_signed
from .zones import Zones


def attach_names(blocks: list[Block], zones: Zones) -> None:
    """Give each block the nearest printed name; a name belongs to one block.
    Names no block claims become blocks without a role."""
    candidates: list[tuple[float, int, int, str]] = []
    names: list[tuple[Fragment, str]] = []
    for f in zones.members:
        name = person_name(f.text, ocr=f.ocr) or (None if zones.role_only else name_after_leader(f.text, f.ocr))
        if name:
            names.append((f, name))
            continue
        wrapped = _wrapped_name(f, zones.members)
        if wrapped:
            names.append((f, wrapped))
    # Whether a block's label hands it the lines under it depends on the block alone.
    asks_of = [any(asks_below(r, zones.members) for r in block.role_frags) for block in blocks] if names else []
    for ni, (f, _name) in enumerate(names):
        for bi, block in enumerate(blocks):
            if block.page != f.page:
                continue
            if f in block.frags:
                candidates.append((-1.0, ni, bi, _name))
                continue
            d = distance(block.box, f.box)
            if d is not None:
                # A printed name usually stands above its title; below a
                # block it more likely heads the next block down, unless
                # the block's label asks for it ("… (navn, dato)"); above a
                # label that hands the lines under it to its block
                # ("Underskrift rådmann:") it is the block's above, if any.
                below = f.box[1] >= block.box[3] - 1.0
                asks = asks_of[bi]
                if below != asks:
                    d += settings.SIGNATURE_ROW_GAP if asks else settings.SIGNATURE_ROW_GAP / 4
                candidates.append((d, ni, bi, _name))
    taken_names: set[int] = set()
    for d, ni, bi, name in sorted(candidates):
        block = blocks[bi]
        if ni in taken_names or block.name is not None:
            continue
        block.name, block.name_frag = name, names[ni][0]
        if names[ni][0] not in block.frags:
            block.frags.append(names[ni][0])
        taken_names.add(ni)
    for ni, (f, name) in enumerate(names):
        if ni in taken_names:
            continue
        typed = _typed_above(blocks, f, name)
        if typed is not None:
            typed.frags.append(f)
        else:
            blocks.append(Block(page=f.page, role=None, title=None, frags=[f], name=name,
                                name_frag=f, role_only_zone=zones.role_only))


def _typed_above(blocks: list[Block], frag: Fragment, name: str) -> Block | None:
    """The block whose name is typed for the pen just above ``frag`` ("Sign.:
    Kari Moe" over "Kari Moe"), or stands on the line just above it in its
    column (a name typed in a script font where the pen would sign, then
    printed plainly under it): the name printed again under it is the same
    signer's, no block of its own, so that its date stays with the block."""
    for block in blocks:
        own = block.name_frag
        if own is None or own.page != frag.page or block.name != name:
            continue
        if typed_signed(own.text) and own.box[3] <= frag.box[1] + 1.0 and x_overlap(own.box, frag.box) > 0:
            return block
        if _line_under(own, frag):
            return block
    return None


def _line_under(upper: Fragment, lower: Fragment) -> bool:
    """``lower`` is the line read right after ``upper``, under it in its
    column (in its table cell, where they stand in a table)."""
    if lower.order != upper.order + 1 or upper.table_cell != lower.table_cell:
        return False
    return lower.box[1] >= upper.box[3] - 1.0 and x_overlap(upper.box, lower.box) > 0


def _wrapped_name(label: Fragment, members: list[Fragment]) -> str | None:
    """"Navn (blokkbokstaver): Morten" with "Slettebakken" on the next line
    of the same cell: a name too long for its box wraps."""
    if not is_name_label(label.text) or ":" not in label.text:
        return None
    value = label.text.split(":", 1)[1].split()
    if len(value) != 1 or not is_name_token(value[0]):
        return None
    height = max(label.box[3] - label.box[1], 1.0)
    for f in members:
        gap = f.box[1] - label.box[3]
        if (f.page != label.page or f is label or not -1.0 <= gap <= height
                or x_overlap(f.box, label.box) <= 0 or ":" in f.text
                or (label.table_cell and f.table_cell and f.table_cell != label.table_cell)):
            continue
        tokens = f.text.split()
        if 1 <= len(tokens) <= 3 and all(is_name_token(t) for t in tokens) and not roles_in(f.text):
            return person_name(label.text + " " + f.text, ocr=label.ocr)
    return None


def attach_dates(blocks: list[Block], zones: Zones) -> None:
    """The block's own date (same column or row), else the nearest shared
    date line above it on the page ("Sted og dato: Hamar, 27.01.2020"),
    else the only date in the zone. A list line's date is its own signers'
    ("Godkjent … 28.01.2020 av kommunalsjef Hanne Wold"), never the next line's."""
    dated = [(f, signing_dates(f)) for f in zones.members]
    dated = [(f, ds) for f, ds in dated if ds]
    listed = {id(f) for b in blocks if b.listed for f in b.frags}
    # A list line names its own signers, an approval statement approves them all.
    everyones = listed | {id(f) for f in zones.approval}
    for block in blocks:
        if block.date is not None or pen_date_unread(block.box, block.page, zones.members):
            continue
        box = _signer_box(block)
        best: tuple[float, Fragment, date] | None = None
        past = {id(f) for f, _ds in dated if id(f) not in everyones and (_past_another_signer(block, f, blocks)
                                                                        or in_another_signers_row(block, f, blocks))}
        usable = [(f, ds) for f, ds in dated if not (id(f) in listed and f not in block.frags) and id(f) not in past]
        for f, ds in usable:
            if f.page != block.page:
                continue
            d = distance(box, f.box, row_gap=settings.SIGNATURE_ROW_GAP * 1.5)
            if d is not None and (best is None or d < best[0] - _AS_NEAR
                                  or (d <= best[0] + _AS_NEAR and _under_top(f, box, best[1]))):
                best = (d, f, column_date(block, f, ds, blocks))
        if best is None:
            above = [(box[1] - f.box[3], f, column_date(block, f, ds, blocks)) for f, ds in usable
                     if f.page == block.page and f.box[3] <= box[1] + 1.0
                     and x_overlap(with_label_box(f, zones.members), box) > 0]
            if above:
                best = min(above, key=lambda t: t[0])
        if best is not None:
            block.date, block.date_frag = best[2], best[1]
            if best[1] not in block.frags:
                block.frags.append(best[1])
        elif len({ds[0] for f, ds in dated if f.page == block.page}) == 1 and any(
                f.page == block.page and id(f) not in past for f, _ds in dated):
            # The zone's only date is everyone's, but it stands elsewhere (in
            # another column): the block's place on the page stays its own.
            # A date on another page is another document's (a letter behind),
            # and one past another signer below, in this column, is that signer's.
            block.date = next(ds[0] for f, ds in dated if f.page == block.page)


_AS_NEAR = 0.5
"""Points two date lines' distances may differ by and still be as near: a
Word table's rows stand at fractions of a point (14.4 pt lines), and the
same gap measured above and below a block differs in its last bits."""


def _under_top(date_frag: Fragment, box: BBox, other: Fragment) -> bool:
    """Of two date lines as near, ``date_frag`` stands under the block's top
    line and ``other`` above it: stacked blocks opened by their title
    ("For kommunen – rådmann" / ink / "Navn: …" / "Dato: …") each end with
    their own date, so the date over the title is the block above's."""
    return date_frag.box[1] >= box[1] > other.box[1]


def _signer_box(block: Block) -> BBox:
    """Where the signer's own lines stand: under a "For kommunedirektøren:"
    heading, the date above the heading is the block before it."""
    own = [f.box for f in block.frags[1:]] if block.on_behalf else []
    return union(own) if own else block.box


def _past_another_signer(block: Block, frag: Fragment, blocks: list[Block]) -> bool:
    """``frag`` stands below the block, past another signer's heading, title
    or printed name in their column: the date there is that signer's
    ("Nav-leiar" / "Forankring i kommuneleiinga" / "Ørsta, 14.01.2020" /
    ink / "ass. rådmann"), never the block's own. A date above stacked
    signers may head them all ("Hamar, 27.01.2020" over two blocks)."""
    box = _signer_box(block)
    if frag.page != block.page or x_overlap(box, frag.box) <= 0 or frag.box[1] < box[3] - 1.0:
        return False
    top, bottom = box[3], frag.box[1]
    for other in blocks:
        if other is block or other.page != block.page or frag in other.role_frags + [other.name_frag]:
            continue
        for g in other.role_frags + ([other.name_frag] if other.name_frag else []):
            if (g not in block.frags and g.box[1] >= top - 1.0 and g.box[3] <= bottom + 1.0
                    and x_overlap(g.box, box) > 0 and x_overlap(g.box, frag.box) > 0):
                return True
    return False
