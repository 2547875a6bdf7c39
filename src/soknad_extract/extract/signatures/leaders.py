"""Signer rows written as a numbered form's items: "role …… name".

Forms set out as numbered items with dot leaders ("6.1 Leder NAV Lindesnes
........ Randi Tjomsland", "Sted og dato ........ Mandal, 23.01.2020") put
the signer's role on the left of the leader and the signer's printed name on
the right, on one line. ``person_name`` reads a line as one name or a name
and title, so the leader must be cut first: the part before it is the
label, the part after it the answer. Only an answer whose label names a
role is a signer's name ("Kontaktperson ........ Sigrid Tveit" is not), and
the caller asks only inside a zone opened by a signature label, so that the
applicant section's "Leder av Nav-kontoret ........ Kari Moe" stays out.
"""

from __future__ import annotations

import re

from ...layout.fragments import Fragment
from ...layout.geometry import union, x_overlap
from .wording import person_name, roles_in, signing_dates

_LEADER = re.compile(r"\s*(?:\.{4,}|…{2,}|(?:\.\s){4,}\.?|_{4,})\s*")
"""A dot leader between a label and its answer: a run of full stops (or of
ellipsis characters, or spaced stops), as typesetters draw it."""


def name_after_leader(text: str, ocr: bool = False) -> str | None:
    """The signer's name after a dot leader whose label names a role, or None."""
    parts = [p for p in _LEADER.split(text) if p.strip()]
    if len(parts) != 2 or not roles_in(parts[0]):
        return None
    return person_name(parts[1], ocr=ocr)


def dates_under_leader_rows(blocks: list, members: list[Fragment]) -> None:
    """Each signer row "role …… name" (a dot leader or a wide gap between
    them) takes the place-and-date row just under it ("Sted og dato ……
    Mandal, 23.01.2020"): the form asks for the date under each signer, so
    the row under the name is that signer's, however evenly the rows are
    spaced (the nearest-date rule could give a row midway between two
    signers to the one above it)."""
    for block in blocks:
        row = _signer_row(block)
        if block.date is not None or row is None:
            continue
        box = union([f.box for f in row])
        height = max(row[-1].box[3] - row[-1].box[1], 1.0)
        under = sorted((f for f in members if f.page == row[-1].page and f not in row
                        and -1.0 <= f.box[1] - box[3] <= 1.5 * height
                        and x_overlap(f.box, box) > 0 and signing_dates(f)),
                       key=lambda f: f.box[1])
        if under:
            block.date, block.date_frag = signing_dates(under[0])[0], under[0]
            if under[0] not in block.frags:
                block.frags.append(under[0])


def _signer_row(block) -> list[Fragment] | None:
    """The fragments of a signer row: the role left of the printed name on
    one line, in one fragment (across a dot leader) or two (a wide gap)."""
    name = block.name_frag
    if name is None or not name.real:
        return None
    if name in block.role_frags:
        leader = name_after_leader(name.text, name.ocr) == block.name and not person_name(name.text, ocr=name.ocr)
        return [name] if leader else None
    height = max(name.box[3] - name.box[1], 1.0)
    left = [f for f in block.role_frags if f.real and f.page == name.page and f.box[2] <= name.box[0]
            and min(f.box[3], name.box[3]) - max(f.box[1], name.box[1]) > 0.5 * height]
    return left + [name] if left else None
