"""Signature blocks: the label, title, name and date of each signer in a zone.

A signature block is where a signer is meant to sign: a label ("Signatur",
"Dato og underskrift", "Med vennlig hilsen"), a role or title ("Nav-leder",
"Rådmann", "Kommunalsjef for helse og velferd"), the signer's printed name
and a date. Real documents arrange these as two table cells, two columns on
one PDF row, stacked blocks, or the closing of a letter; ``fragments`` turns
every layout into boxes, ``zones`` finds where signing happens, and this
module groups the zone's fragments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...layout import BBox, Image, settings
from ...layout.fragments import Fragment, distance
from ...layout.geometry import union, x_overlap
from .asks import asks_below
from .captions import captions_in, own_title
from .signednote import caption_with_signed_note
from .dual import Title, both_titles
from .headdates import dates_along_rows, dates_heading_sections
from .leaders import dates_under_leader_rows, name_after_leader
from .lists import signer_lines
from .owndates import attach_dates
from .sentences import tells_of_title
from .spaced import names_under_pen_space
from .stacked import names_under_titles
from .wording import (
    is_approval,
    is_name_label,
    is_name_token,
    is_opener,
    labelled_title,
    person_name,
    roles_in,
    signed_for,
)
from .zones import Zones

TITLE_FROM_HEADING, TITLE_FROM_LINE, TITLE_FROM_LABEL = 0, 1, 2
"""How much a block's title is the signer's own: a column heading
("Signatur Nav-leder") < a title line ("Nav-leder") < "Tittel: Nav-leder"."""


@dataclass
class Block:
    page: int
    role: str | None
    title: str | None
    frags: list[Fragment] = field(default_factory=list)
    name: str | None = None
    name_frag: Fragment | None = None
    date: date | None = None
    date_frag: Fragment | None = None
    images: list[tuple[Image, BBox, float]] = field(default_factory=list)
    """Ink images over the block: (image, its box, classifier confidence)."""
    role_only_zone: bool = False
    title_rank: int = TITLE_FROM_HEADING
    role_frags: list[Fragment] = field(default_factory=list)
    """The fragments that gave the block its role or title."""
    caption: bool = False
    """A title line stands with the signer's printed name (see ``_captions``)."""
    listed: bool = False
    """One of the signers a list line names: complete as read, it takes no
    other fragment's title or name."""
    on_behalf: bool = False
    """Opened by a heading that signs for a role's holder ("For
    kommunedirektøren:"): its role is the heading's, whatever the title."""
    field_signer: bool = False
    """The name is typed into a form field labelled for this role's signature (``fields``)."""
    also: Title | None = None
    """The second role the signer holds by the title line ("Nav-leder og kommunalsjef", ``dual``)."""

    @property
    def box(self) -> BBox:
        return union([f.box for f in self.frags])

    @property
    def core_box(self) -> BBox:
        """The block without a date line it may share with its neighbours
        ("Sted og dato: Hamar, 27.01.2020" over both columns)."""
        shared = self.date_frag if self.date_frag not in self.role_frags + [self.name_frag] else None
        own = [f.box for f in self.frags if f is not shared]
        return union(own or [f.box for f in self.frags])

    @property
    def real(self) -> bool:
        return all(f.real for f in self.frags)

    @property
    def printed_signer(self) -> bool:
        """The name stands as signers print it: on the line just above the
        title ("Kari Nordmann" over "Nav-leder") or before it on one line
        ("Kari Nordmann, Nav-leder"), not as the answer to a label."""
        name = self.name_frag
        if name is None:
            return False
        if self.listed or self.field_signer:
            return True
        for role_frag in self.role_frags:
            if role_frag is name:
                return ":" not in name.text
            height = max(name.box[3] - name.box[1], 1.0)
            gap = role_frag.box[1] - name.box[3]
            if x_overlap(name.box, role_frag.box) > 0 and -1.0 <= gap <= 1.5 * height + 2.0:
                return True
        return False

    def text(self) -> str:
        return "\n".join(f.text for f in sorted(self.frags, key=lambda f: (f.box[1], f.box[0])))


def _title_line(frag: Fragment) -> tuple[str | None, str | None, int] | None:
    """(role, title, rank) when the fragment names a role or a title."""
    if (len(frag.text.split()) > 10 or (is_approval(frag) and not caption_with_signed_note(frag.text))
            or tells_of_title(frag.text)):
        return None
    labelled = labelled_title(frag.text)
    if labelled is not None:
        roles = {r[0] for r in roles_in(labelled)}
        return (roles.pop() if len(roles) == 1 else None), labelled, TITLE_FROM_LABEL
    roles = roles_in(frag.text)
    if len({r[0] for r in roles}) != 1:
        held = both_titles(frag.text)
        return None if held is None else (held[0][0], held[0][1], TITLE_FROM_LINE)
    title = next((r[1] for r in roles if r[1]), None)
    if title is None and _sentence(frag.text):
        return None
    heading = title is None or is_opener(frag) or frag.text.rstrip().endswith(":")
    rank = TITLE_FROM_HEADING if heading else TITLE_FROM_LINE
    return roles[0][0], title, rank


_SENTENCE_WORDS = 4


def _sentence(text: str) -> bool:
    """A full stop after a few words: a sentence about the party ("Søknaden
    er forankret i kommunens ledelse."), not a heading naming whom the
    block below signs for ("Kommunens ledelse", "For kommunen:"). Only a
    title line gives a sentence its role ("Kari Moe, Nav-leder.")."""
    stripped = text.rstrip()
    return stripped.endswith(".") and len(stripped.split()) >= _SENTENCE_WORDS


def find_blocks(zones: Zones) -> list[Block]:
    """Blocks with their role, title, name and date; marks are added by the caller."""
    blocks: list[Block] = []
    listed: set[int] = set()
    for frags, signers in signer_lines(zones.members):
        listed.update(f.order for f in frags)
        f = frags[0]
        for s in signers:
            blocks.append(Block(page=f.page, role=s.role, title=s.title, frags=list(frags), name=s.name,
                                name_frag=f, date=s.date, date_frag=f if s.date else None,
                                role_only_zone=zones.role_only, title_rank=TITLE_FROM_LINE, role_frags=[f],
                                listed=True))
    rest = Zones(members=[f for f in zones.members if f.order not in listed], role_only=zones.role_only,
                 approval=zones.approval, scribbles=zones.scribbles, signing_lines=zones.signing_lines)
    captions = captions_in(rest.members)
    for f in rest.members:
        behalf = signed_for(f.text)
        if behalf is not None:
            blocks.append(Block(page=f.page, role=behalf, title=None, frags=[f], role_frags=[f],
                                role_only_zone=zones.role_only, on_behalf=True))
            continue
        said = _title_line(f)
        if said is None:
            continue
        role, title, rank = said
        caption = f.order in captions and rank != TITLE_FROM_HEADING
        held = both_titles(f.text)
        merged = _behalf_heading_above(blocks, f) or _merge_target(blocks, f, role, caption, rank)
        if merged is None:
            blocks.append(Block(page=f.page, role=role, title=title, frags=[f], role_frags=[f],
                                role_only_zone=zones.role_only, title_rank=rank, caption=caption,
                                also=held[1] if held else None))
            continue
        merged.also = merged.also or (held[1] if held else None)
        merged.frags.append(f)
        merged.role_frags.append(f)
        merged.role = merged.role or role
        if title and (merged.title is None or rank > merged.title_rank
                      or (rank == merged.title_rank and not merged.caption and caption
                          and own_title(f, title, merged.title))):
            merged.title, merged.title_rank = title, rank
        merged.caption = merged.caption or caption
    _attach_names(blocks, rest)
    blocks = names_under_pen_space(names_under_titles(blocks), rest.members)
    dates_under_leader_rows(blocks, zones.members)
    dates_heading_sections(blocks, zones.members)
    attach_dates(blocks, zones)
    dates_along_rows(blocks, zones.members)
    _attach_signing_lines(blocks, zones)
    return _join_over_page_breaks(blocks, zones.members)


def _attach_signing_lines(blocks: list[Block], zones: Zones) -> None:
    """A line to sign on under a signer's caption is that block's: ink on
    the line, right of its label, stands beside no word of the caption."""
    for line, caption in zones.signing_lines:
        owners = [b for b in blocks if line not in b.frags and any(f in b.frags for f in caption)]
        if len(owners) == 1:
            owners[0].frags.append(line)


def _join_over_page_breaks(blocks: list[Block], members: list[Fragment]) -> list[Block]:
    """Names that end a page and the titles that open the next one, in the
    same column, are one signer each ("Ole Bakken" at the foot of page 1,
    "Nav-leder" at the head of page 2): the block keeps the name's page,
    where the ink is, and takes the title's role."""
    def last_on_page(block: Block) -> bool:
        return not any(g.page == block.page and g.box[1] > block.box[3] for g in members)

    def first_on_page(block: Block) -> bool:
        return not any(g.page == block.page and g.box[3] < block.box[1] for g in members)

    gone: set[int] = set()
    for named in blocks:
        if named.role is not None or named.name is None or not last_on_page(named):
            continue
        for titled in blocks:
            if (id(titled) in gone or titled.page != named.page + 1 or titled.name is not None
                    or titled.role is None or not first_on_page(titled)
                    or x_overlap(titled.box, named.name_frag.box) <= 0):
                continue
            named.role, named.title, named.title_rank = titled.role, titled.title, titled.title_rank
            gone.add(id(titled))
            break
    return [b for b in blocks if id(b) not in gone]


def _merge_target(blocks: list[Block], frag: Fragment, role: str | None, caption: bool,
                  rank: int) -> Block | None:
    """A label and a title of the same role in one column are one block
    ("Signatur Nav-leder:" ... "Kari Nordmann" ... "Nav-leder"); a title
    without a role ("Tittel: Fagleder") joins the nearest block above it.
    Two captions are two signers and never one block, nor are two rows of
    a signing table's role column ("Kommunedirektør, Kviteseid kommune" over
    "Kommunedirektør, Seljord kommune")."""
    best: tuple[float, Block] | None = None
    for block in blocks:
        if (block.page != frag.page or block.listed or (role and block.role and block.role != role)
                or (caption and block.caption) or _other_row(block, frag, rank)):
            continue
        d = distance(block.box, frag.box, row_gap=settings.SIGNATURE_ROW_GAP * 1.5, side_gap=0.0)
        if d is not None and (best is None or d < best[0]):
            best = (d, block)
    return best[1] if best else None


def _other_row(block: Block, frag: Fragment, rank: int) -> bool:
    """Two title lines (no label, no heading) in one column of a table, in
    rows next to each other: one signer's row each."""
    cell = frag.table_cell
    return cell is not None and rank == block.title_rank == TITLE_FROM_LINE and any(f.table_cell is not None and f.table_cell[0] == cell[0] and f.table_cell[2] == cell[2]
                                    and abs(f.table_cell[1] - cell[1]) == 1 for f in block.role_frags)


def _behalf_heading_above(blocks: list[Block], frag: Fragment) -> Block | None:
    """The first title line under a "For kommunedirektøren:" heading, in
    its column, is the title of the one who signs on the role holder's
    behalf: it joins the heading's block and keeps the heading's role
    (a form's municipal block signed by the Nav leader by delegation)."""
    for block in blocks:
        if not block.on_behalf or block.title is not None or block.page != frag.page:
            continue
        if block.box[3] > frag.box[1] + 1.0 or x_overlap(block.box, frag.box) <= 0:
            continue
        if distance(block.box, frag.box, row_gap=settings.SIGNATURE_ROW_GAP * 1.5, side_gap=0.0) is not None:
            return block
    return None


def _attach_names(blocks: list[Block], zones: Zones) -> None:
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
        if ni not in taken_names:
            blocks.append(Block(page=f.page, role=None, title=None, frags=[f], name=name,
                                name_frag=f, role_only_zone=zones.role_only))


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
