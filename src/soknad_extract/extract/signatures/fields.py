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

Class: a fillable form (AcroForm text fields, Word content controls) whose
signature fields are text fields labelled with the role ("Nav-leder (navn,
dato)", "Rådmann (navn, dato)"), filled in with the signer's name and the
date ("Tor Egil Haugen 23.01.2020"). A name typed into the field a form
gives a role's signature is that role's typed signature. The answer to the
applicant section's "Leder av Nav-kontoret" has the same shape, so the
field must say it is for signing: the date of signing typed beside the
name, or a signature word in its label ("Underskrift Nav-leder").
"""

from __future__ import annotations

from ...layout import Document, FormField, settings
from ...layout.fragments import Fragment
from ...layout.geometry import centre_in, x_overlap
from ...norwegian import fold, normalize_space
from .block import Block
from .wording import full_dates, is_bare_line, name_before_date, person_name, roles_in
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


def open_role_block_above(fragment: Fragment, blocks: list[Block], reach: float) -> Block | None:
    """The role block with no name whose last line stands nearest above
    ``fragment`` in its column, at most ``reach`` points above it: the
    signer a caption or a name field under a role heading belongs to."""
    best: tuple[float, Block] | None = None
    for block in blocks:
        if (block.page != fragment.page or block.role is None or block.name is not None or block.listed
                or not block.real or x_overlap(block.box, fragment.box) <= 0):
            continue
        gap = fragment.box[1] - block.box[3]
        if 0.0 <= gap <= reach and (best is None or gap < best[0]):
            best = (gap, block)
    return best[1] if best else None


def _block_over(label: Fragment, blocks: list[Block], members: list[Fragment]) -> Block | None:
    """The role block with no name whose last line stands just above the
    label in its column, with only room to sign between them (and perhaps
    the line to sign on)."""
    block = open_role_block_above(label, blocks, settings.INK_ROW_GAP)
    if block is None:
        return None
    top, bottom = block.box[3], label.box[1]
    between = [f for f in members if f.page == label.page and f is not label and f not in block.frags
               and not is_bare_line(f)
               and top - 1.0 <= f.box[1] and f.box[3] <= bottom + 1.0 and x_overlap(f.box, label.box) > 0]
    return None if between else block


def names_in_role_fields(doc: Document, blocks: list[Block]) -> list[Block]:
    """``blocks`` with each role block that has no name given the name typed
    into a form field of its own, when the field is labelled with that role
    and is one for signing (``_signing_field``): the block is then a printed
    signer, as a name over its title is. A block whose name was read from
    that very field's value ("Tor Egil Haugen 23.01.2020") is such a signer too."""
    fields = [f for page in doc.pages for f in page.fields if f.kind == "text" and f.value and f.label]
    for block in blocks:
        if block.role is None or block.listed:
            continue
        for frag in block.frags:
            if block.name is not None and frag is not block.name_frag:
                continue
            field = next((f for f in fields if f.page == frag.page and _holds(f, frag)), None)
            if field is None or {r[0] for r in roles_in(field.label)} != {block.role}:
                continue
            name = _signer_in(field)
            if name is not None:
                block.name, block.name_frag, block.field_signer = name, frag, True
                dates = full_dates(field.value)
                if block.date is None and dates:
                    block.date, block.date_frag = dates[0], frag
                break
    return blocks


def _holds(field: FormField, frag: Fragment) -> bool:
    """The fragment is the field's value as the page shows it: inside the
    field's box, or (a field without a box: Word) the same text."""
    if field.bbox is not None and frag.real:
        return centre_in(frag.box, field.bbox) and normalize_space(frag.text) == normalize_space(field.value or "")
    return field.bbox is None and normalize_space(frag.text) == normalize_space(field.value or "")


def _signer_in(field: FormField) -> str | None:
    """The signer's name typed into a field for signing, or None: with the
    date beside it ("Tor Egil Haugen 23.01.2020"), or alone under a label
    that speaks of signing."""
    value = normalize_space(field.value or "")
    if full_dates(value):
        before = name_before_date(value)
        return person_name(before) if before else None
    return person_name(value) if signature_words().signing_line.search(fold(field.label or "")) else None
