"""Signers on a page no label reaches, in a document with labels elsewhere.

A labelled document opens its zones at the labels only ("Med vennleg
helsing", "Underskrift"), and role titles open nothing of their own. But a
file often joins two documents: an e-mail printed to PDF ("Helsing / Ingrid
Tveit" closing the mail) with the application behind it, whose signers stand
as a name over a title with the pen's ink and no label ("Ola Nordmann" /
"Nav-leiar"). A page that neither holds a label nor is reached by a zone is
read as a label-less document is: its role titles open zones. A signer found
there counts only with ink over the name (``drop_unmarked``): a project
group or a contact list on such a page names people with their titles and
signs nothing. A page opened by an attachment's or a copy list's line
("Vedlegg 1: Budsjett", "Kopi til: …") is another document's, and gives
none.
"""

from __future__ import annotations

from ...layout import Document
from ...layout.fragments import Fragment
from .block import Block
from .wording import is_stop
from .zones import Zones, signature_zones


def with_unlabelled_pages(doc: Document, frags: list[Fragment], zones: Zones) -> tuple[Zones, frozenset[int]]:
    """The zones, with those the role titles open on the pages no label
    reaches added, and those pages (whose signers need ink to count). A
    document without labels anywhere is read so already."""
    if zones.role_only:
        return zones, frozenset()
    reached = {f.page for f in zones.members} | {f.page for f in zones.approval}
    rest = [f for f in frags if f.page not in reached]
    if not rest:
        return zones, frozenset()
    more = signature_zones(doc, rest)
    if not more.role_only or not more.members:
        return zones, frozenset()
    opening: dict[int, Fragment] = {}
    for f in rest:
        if f.page not in opening or f.order < opening[f.page].order:
            opening[f.page] = f
    found = [f for f in more.members if not is_stop(opening[f.page])]
    if not found:
        return zones, frozenset()
    pages = frozenset(f.page for f in found)
    members = sorted(zones.members + found, key=lambda f: f.order)
    return Zones(members=members, role_only=False, approval=zones.approval,
                 scribbles=zones.scribbles + more.scribbles,
                 signing_lines=zones.signing_lines + more.signing_lines), pages


def drop_unmarked(blocks: list[Block], pages: frozenset[int]) -> list[Block]:
    """The blocks, without those on ``pages`` that carry no ink."""
    return [b for b in blocks if b.page not in pages or b.images]
