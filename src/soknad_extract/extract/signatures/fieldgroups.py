"""A signer's name, title and date typed into a column of form fields.

Class: a fillable form (AcroForm) whose signature section gives each signer
a column of labelled fields, the label left of each field ("Navn | Kari
Moe", "Tittel | Nav-leder", "Dato | 22.01.2020"), and under them the line
to sign on ("Signatur"), perhaps with ink drawn over it. The column heading
("Leder av NAV-kontoret", "Kommunens ledelse") may name no title the
vocabulary knows; the title typed into the field does, and decides the
role. The labels left of the fields read as questions of their own (a
"Navn" field elsewhere is the contact's), so the zones leave the answers
out; the column is a signer only whole: a name field, a title field below
it whose value is one role's title, a date field, and a signature label
under them in the same column. A contact's "Navn" / "Tittel" fields have no
signature line under them, and a title that is no role's ("prosjektleder")
makes no signer.
"""

from __future__ import annotations

from ...layout import Document, FormField
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from ...norwegian import normalize_space
from .block import Block
from .wording import full_dates, is_opener, person_name, roles_in
from .words import signature_words

_FIELD_GAP = 3.0
"""Field heights between two fields of one signer's column."""
_SIGN_GAP = 6.0
"""Field heights between the column's last field and the line to sign on."""


def signers_in_field_columns(doc: Document, blocks: list[Block], frags: list[Fragment]) -> list[Block]:
    """``blocks`` and a printed signer for each complete column of signer
    fields (see the module) whose role no block names yet."""
    for page in doc.pages:
        texts = [f for f in page.fields if f.kind == "text" and f.value and f.bbox is not None]
        for name_field in texts:
            block = _column_signer(name_field, texts, [f for f in frags if f.page == page.number and f.real])
            if block is not None and not any(b.role == block.role and b.name for b in blocks):
                blocks.append(block)
    return blocks


def _column_signer(name_field: FormField, fields: list[FormField], frags: list[Fragment]) -> Block | None:
    label = normalize_space(name_field.label or "").rstrip(":")
    name = person_name(normalize_space(name_field.value or ""))
    if not label or name is None or not signature_words().name_label.fullmatch(label + ":"):
        return None
    below = sorted((f for f in fields if f is not name_field and x_overlap(f.bbox, name_field.bbox) > 0
                    and f.bbox[1] >= name_field.bbox[3] - 1.0), key=lambda f: f.bbox[1])
    column, last = [], name_field
    for f in below:
        if f.bbox[1] - last.bbox[3] > _FIELD_GAP * _height(last):
            break
        column.append(f)
        last = f
    titles = [(f, roles_in(f.value or "")) for f in column]
    titles = [(f, r) for f, r in titles if len({x[0] for x in r}) == 1]
    dates = [(f, d) for f in column if (d := full_dates(f.value or ""))]
    if len(titles) != 1 or not dates:
        return None
    sign = [g for g in frags if is_opener(g) and g.box[1] >= last.bbox[3] - 1.0
            and g.box[1] - last.bbox[3] <= _SIGN_GAP * _height(last)
            and _in_column(g, name_field)]
    if not sign:
        return None
    title_field, roles = titles[0]
    shown = {id(f): _shown(f, frags) for f in (name_field, title_field, dates[0][0])}
    if any(v is None for v in shown.values()):
        return None
    name_frag, title_frag, date_frag = shown[id(name_field)], shown[id(title_field)], shown[id(dates[0][0])]
    return Block(page=name_frag.page, role=roles[0][0], title=normalize_space(title_field.value or ""),
                 frags=[name_frag, title_frag, date_frag, sign[0]], name=name, name_frag=name_frag,
                 date=dates[0][1][0], date_frag=date_frag, role_frags=[title_frag])


def _in_column(frag: Fragment, field: FormField) -> bool:
    """The fragment starts in the field's column: under the field, or under
    its label, which stands left of it within the field's width."""
    width = field.bbox[2] - field.bbox[0]
    return frag.box[0] <= field.bbox[2] and frag.box[2] >= field.bbox[0] - width


def _height(f: FormField) -> float:
    return max(f.bbox[3] - f.bbox[1], 1.0)


def _shown(field: FormField, frags: list[Fragment]) -> Fragment | None:
    """The fragment that shows the field's value on the page."""
    value = normalize_space(field.value or "")
    return next((g for g in frags if normalize_space(g.text) == value
                 and x_overlap(g.box, field.bbox) > 0 and field.bbox[1] - 2 <= g.box[1] <= field.bbox[3] + 2), None)
