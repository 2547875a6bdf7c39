"""Dates a signature takes from outside its block's own lines.

Beside the ink: "22.01.2020" printed or written right of (or left of) a
signature, above the line the signer signs on.

Where each signer dates their own signature on the same row as the ink, the
date's place is the ink's row, not the printed name's: the name stands under
the line, and the next signer's date may stand closer to it than its own.
So once the ink is placed on its block, a date on the ink's row, beside it,
is that block's date, whatever the nearest-line rule said before. Only on
pages with real geometry (PDF, scans): a Word picture's place is a guess.

The letter's dateline: a letter ("Alta, 24. januar 2020" at its head, "Med
hilsen" at its foot) is signed on its date. When no line of the signature
zone carries a date, the signers take the dateline's: a line that says only
a place and a date, or the letter's labelled date ("Dato: 29.01.2020" in
the head beside "Vår ref."), at the head of the page the zone starts on.
An e-mail printout's header ("Fra:/Til:/Dato:/Emne:") is not the letter's
head: its "Dato:" is the day the mail was sent (``mailhead``).
"""

from __future__ import annotations

from datetime import date

from ...layout import BBox
from ...layout.geometry import x_overlap
from .block import Block
from .certs import same_person
from .mailhead import email_header
from ...layout.fragments import Fragment
from ...norwegian import fold
from .wording import signing_dates, words_before_date
from .words import signature_words
from .zones import Zones

_SIDE_GAP = 120.0
"""Points between the ink and a date beside it."""
_ROW_REACH = 0.35
"""Share of the ink's height above it that is still its row: a date above
the signing line stands level with the top of the strokes."""
_MAX_WORDS = 4
"""A date beside ink is short: "22.01.2020", "Gol, 4. februar 2020"."""


def dates_beside_ink(blocks: list[Block], zones: Zones) -> None:
    """Give each inked block the date that stands on its ink's row; a date
    goes to the nearest ink when two could claim it."""
    dated = [(f, ds[0]) for f in zones.members
             if f.real and len(f.text.split()) <= _MAX_WORDS and (ds := signing_dates(f))]
    inks = [box for block in blocks for image, box, _c in block.images if image.bbox is not None]
    dated = [(f, when) for f, when in dated if not any(_over(ink, f.box) for ink in inks)]
    claims: dict[int, tuple[float, Block]] = {}
    for block in blocks:
        placed = [(image, box, conf) for image, box, conf in block.images if image.bbox is not None]
        if not placed:
            continue
        _image, ink, _conf = max(placed, key=lambda t: t[2])
        for index, (frag, _date) in enumerate(dated):
            gap = _beside(ink, frag) if frag.page == block.page else None
            if gap is not None and (index not in claims or gap < claims[index][0]):
                claims[index] = (gap, block)
    best: dict[int, tuple[float, int]] = {}
    for index, (gap, block) in claims.items():
        if id(block) not in best or gap < best[id(block)][0]:
            best[id(block)] = (gap, index)
    for block in blocks:
        if id(block) in best:
            frag, when = dated[best[id(block)][1]]
            block.date, block.date_frag = when, frag
            if frag not in block.frags:
                block.frags.append(frag)


def _over(ink: BBox, box: BBox) -> bool:
    """The date stands in the ink's column (over or under it): it is that
    column's date line, not a date beside anyone's ink."""
    return x_overlap(ink, box) > 0


def _beside(ink: BBox, frag: Fragment) -> float | None:
    """The horizontal gap from the ink to a date on its row, or None."""
    height = ink[3] - ink[1]
    middle = (frag.box[1] + frag.box[3]) / 2
    if not ink[1] - _ROW_REACH * height <= middle <= ink[3]:
        return None
    gap = max(frag.box[0] - ink[2], ink[0] - frag.box[2])
    return gap if 0.0 <= gap <= _SIDE_GAP else None


_DATELINE_WORDS = 3
"""Words of the place before the date ("Alta", "Mo i Rana")."""
_HEAD_SHARE = 0.3
"""Share of the page, from the top, where a letter's dateline stands."""
_HEAD_LINES = 8
"""Word lines (no geometry) at the head of a page where it may stand."""


def dateline_dates(blocks: list[Block], zones: Zones, frags: list[Fragment],
                   heights: dict[int, float | None]) -> None:
    """Undated blocks of a zone with no date at all take the letter's
    dateline from the head of the page the zone starts on; so do those of a
    page whose part of the zone has no date (a letter attached behind the
    application, dated in its own head). A page with no dateline in its head
    continues the page before (a page break inside the signing section:
    "Sted og dato" at the foot of one page, the signers at the top of the
    next), so its signers take the zone's only date. Before any of that, a
    printed signer an approval statement names with a date of their own
    takes that date (``_dates_stated_for``)."""
    _dates_stated_for(blocks)
    only = {ds[0] for f in zones.members if (ds := signing_dates(f))}
    for page in sorted({f.page for f in zones.members}):
        if any(signing_dates(f) for f in zones.members if f.page == page):
            continue
        when = _dateline(frags, page, heights)
        if when is None:
            _dates_over_the_break(blocks, zones, page)
            when = next(iter(only)) if len(only) == 1 else None
        for block in blocks:
            if block.date is None and block.page == page:
                block.date = when


def _dates_stated_for(blocks: list[Block]) -> None:
    """A letter's printed signers ("Camilla Strand" over "leder, Nav Moss")
    under a statement that names each approver with their own date
    ("elektronisk godkjent av leder i Nav Moss, Camilla Strand, 28.01.2020,
    og av kommunedirektør Pål Eriksen, 30.01.2020"): the statement dates each
    approval, so a printed signer whose block dates nothing of its own
    (no date line of its own; the zone's date, the letter's) takes the date
    the statement gives the same person in the same role, or with no role
    ("Godkjent av Kari Moe 27.01.2020 og Ola Lie 28.01.2020": the names say
    whose date each is). A date the block prints itself stays."""
    stated = [b for b in blocks if b.listed and b.name and b.date is not None and b.date_frag is not None]
    for block in blocks:
        if block.listed or not block.name or (block.date_frag is not None
                                              and not any(block.date_frag is s.date_frag for s in stated)):
            continue
        dates = {s.date for s in stated if s.role in (block.role, None) and same_person(s.name, block.name)}
        if len(dates) == 1:
            block.date = dates.pop()


def _dates_over_the_break(blocks: list[Block], zones: Zones, page: int) -> None:
    """Signers side by side whose place-and-date row ("Horten, 24.01.20" and
    "Horten, 27.01.20") stands at the foot of the page before: each undated
    block takes the date in its own column, when the page before dates only
    in that one row, signs nobody there, and one date stands over the
    block. The pages of one
    document share their width, so the columns line up across the break."""
    dated = [f for f in zones.members if f.page == page - 1 and f.real and signing_dates(f)]
    if len(dated) < 2 or any(block.page == page - 1 for block in blocks):
        return
    lowest = max(dated, key=lambda f: f.box[3])
    if any(f.box[3] < lowest.box[1] for f in dated):
        return
    for block in blocks:
        if block.page != page or block.date is not None or not block.real:
            continue
        over = [f for f in dated if x_overlap(block.core_box, f.box) > 0]
        if len(over) == 1:
            block.date, block.date_frag = signing_dates(over[0])[0], over[0]


def _dateline(frags: list[Fragment], page: int, heights: dict[int, float | None]) -> date | None:
    """The one dateline in the head of ``page`` ("Alta, 24. januar 2020"),
    or None."""
    head = [f for f in frags if f.page == page]
    mail = email_header(head)
    height = heights.get(page)
    if head and head[0].real and height:
        head = [f for f in head if f.box[3] <= height * _HEAD_SHARE]
    else:
        head = head[:_HEAD_LINES]
    lines = {ds[0] for f in head if f.order not in mail and (ds := signing_dates(f)) and _is_dateline(f.text)}
    return next(iter(lines)) if len(lines) == 1 else None


def _is_dateline(text: str) -> bool:
    """"Alta, 24. januar 2020": a capitalised place, a comma, the date; or
    "Dato: 29.01.2020", the letter's date under its label."""
    before = words_before_date(text)
    if before is not None and before.endswith(":"):
        return fold(before[:-1]).strip() in signature_words().letter_date_labels
    if before is None or not before.endswith(","):
        return False
    place = before.rstrip(",").split()
    return 1 <= len(place) <= _DATELINE_WORDS and place[0][:1].isupper()


def printed_own_date(block: Block) -> date | None:
    """The date printed in the block's own column ("Dato: 27.01.2020" under
    its name), or None. A digital signature carries its signing time; only a
    date the signer's own block prints says otherwise. A date borrowed from
    elsewhere — the next column's "Voss, 23.01.2020" under another signer's
    ink, the zone's only date, the letter's dateline — dates that signer or
    the letter, not this signature (PAdES beside ink on one page)."""
    frag = block.date_frag
    if block.date is None or frag is None:
        return None
    if not (frag.real and block.real):
        return block.date
    own = block.core_box
    return block.date if x_overlap(own, frag.box) > 0 else None
