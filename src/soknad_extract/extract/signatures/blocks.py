"""Signature blocks: where each signer in a zone signs (names and dates are attached in ``blockparts``).

A signature block is where a signer is meant to sign: a label ("Signatur",
"Dato og underskrift", "Med vennlig hilsen"), a role or title ("Nav-leder",
"Rådmann", "Kommunalsjef for helse og velferd"), the signer's printed name
and a date. Real documents arrange these as two table cells, two columns on
one PDF row, stacked blocks, or the closing of a letter; ``fragments`` turns
every layout into boxes, ``zones`` finds where signing happens, and this
module groups the zone's fragments.
"""

from __future__ import annotations

from ...layout import settings
from ...layout.fragments import Fragment, distance
from ...layout.geometry import x_overlap
from .block import TITLE_FROM_HEADING, TITLE_FROM_LABEL, TITLE_FROM_LINE, Block
from .blockparts import attach_dates, attach_names
from .captions import captions_in, own_title
from .signednote import caption_with_signed_note
from .dual import both_titles
from .headdates import dates_along_rows, dates_heading_sections
from .leaders import dates_under_leader_rows
from .lists import signer_lines
from .sentences import tells_of_title
from .spaced import names_under_pen_space
from .stacked import names_under_titles
from .wording import is_approval, is_opener, labelled_title, person_name, roles_in, signed_for
from .zones import Zones

def _title_line(frag: Fragment) -> tuple[str | None, str | None, int] | None:
    """(role, title, rank) when the fragment names a role or a title."""
    if (_words_beside_titles(frag.text) > _TITLE_LINE_WORDS or (is_approval(frag) and not caption_with_signed_note(frag.text))
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


_TITLE_LINE_WORDS = 10
"""Most words a title line holds beside its titles: place, date, name and a
small word or two; a longer line is prose about the signers."""


def _words_beside_titles(text: str) -> int:
    """The line's words with each title counted as one: a sector title
    ("kommunalsjef for helse og omsorg") is one title however many words it
    takes, so a dated "Place, date – Name, title" line stays a title line."""
    for _role, _title, start, end in reversed(roles_in(text)):
        text = text[:start] + " title " + text[end:]
    return len(text.split())


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
    attach_names(blocks, rest)
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
                or (caption and block.caption) or _other_row(block, frag, rank, blocks)
                or _other_office(block, frag) or _other_container(block, frag, rank)):
            continue
        d = distance(block.box, frag.box, row_gap=settings.SIGNATURE_ROW_GAP * 1.5, side_gap=0.0)
        if d is not None and (best is None or d < best[0]):
            best = (d, block)
    return best[1] if best else None


def _other_container(block: Block, frag: Fragment, rank: int) -> bool:
    """Two title lines (no label, no heading), one in a table and the other
    outside it or in another table: each is a signer's own line, so they are
    two blocks, though they name one role. A letter closes with "Kari Moe" /
    "leder Nav Gjøvik" and an approval table under it lists "Kari Moe |
    Leder Nav Gjøvik | 24.01.2020": merged, the closing's title would take
    the table's row, and the names around both would go to the wrong titles."""
    if not rank == block.title_rank == TITLE_FROM_LINE:
        return False
    table = frag.table_cell[0] if frag.table_cell is not None else None
    return all((f.table_cell[0] if f.table_cell is not None else None) != table for f in block.role_frags)


def _other_row(block: Block, frag: Fragment, rank: int, blocks: list[Block]) -> bool:
    """Two title lines (no label, no heading) in one column of a table, in
    rows next to each other, or with only other signers' title rows between
    them ("Kommunedirektør, Kviteseid kommune" / "Rådmann, Nissedal kommune"
    / "Kommunedirektør, Fyresdal kommune"): one signer's row each."""
    cell = frag.table_cell
    if cell is None or not rank == block.title_rank == TITLE_FROM_LINE:
        return False
    rows = {f.table_cell[1] for f in block.role_frags
            if f.table_cell is not None and f.table_cell[0] == cell[0] and f.table_cell[2] == cell[2]}
    titled = {f.table_cell[1] for b in blocks if b is not block and b.title_rank == TITLE_FROM_LINE
              for f in b.role_frags if f.table_cell is not None and f.table_cell[:3:2] == cell[:3:2]}
    return any(abs(row - cell[1]) == 1 or all(r in titled for r in range(min(row, cell[1]) + 1, max(row, cell[1])))
               for row in rows if row != cell[1])


def _other_office(block: Block, frag: Fragment) -> bool:
    """Two title lines that name different offices ("Kommunedirektør,
    Brønnøy" over "Kommunedirektør, Bindal" in one column of a grid of
    signers): two signers, however close. Only lines that name no person,
    each with a place word the other lacks; the same office written twice
    ("Rådmann i Vik" / "Rådmann, Vik kommune") is one signer."""
    places = _office_words(frag.text)
    if not places:
        return False
    return any((other := _office_words(f.text)) and places - other and other - places for f in block.role_frags)


def _office_words(text: str) -> set[str]:
    """The capitalised words of a title line besides its titles ("Brønnøy"
    of "Kommunedirektør, Brønnøy"); none for a line naming a person. A
    labelled title counts only its value: "Stilling" of "Stilling:
    Nav-leder" is the form's label, no office."""
    if person_name(text) is not None:
        return set()
    text = labelled_title(text) or text
    for _role, _title, start, end in reversed(roles_in(text)):
        text = text[:start] + " " + text[end:]
    return {w.strip(",.:;()").casefold() for w in text.split() if w[:1].isupper() and not any(c.isdigit() for c in w)}


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
