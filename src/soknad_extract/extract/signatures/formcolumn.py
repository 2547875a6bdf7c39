"""A form's signing column: role caption, room to sign, name and place fields.

Class: a fillable form (AcroForm, or a form printed like one) that gives
each signer a column of small labels over fields, the role as the column's
caption on top:

    NAV-LEIAR                 KOMMUNEDIREKTØR
    (ink)                     (ink)
    ________________          ________________
    NAMN                      NAMN
    Randi Nygård              Sigurd Tveit
    STAD OG DATO              STAD OG DATO
    Tynset, 29. januar 2020   Tynset, 31. januar 2020

"Stad og dato" opens the signature zone, but the caption, the name label
and the name stand above it, so the zone would hold only the place and
date. Read up the label's column, the lines over it are the same signer's
while each is a name label or a person's name and the run ends at a role
caption; a question, an answer or prose on the way ends the search with
nothing, so that an applicant section above a form's signing lines stays
out ("Leder av Nav-kontoret: Kari Moen" is no caption).
"""

from __future__ import annotations

from ...layout import settings
from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .wording import is_place_date_label, person_name, roles_in
from .words import signature_words

_COLUMN_LINES = 4
"""Lines over the place and date: name, name label, and the caption, one spare."""


def captioned_form_column(opener: Fragment, page_frags: list[Fragment]) -> list[Fragment]:
    """The caption, name label and name over a place-and-date label in its
    column (see the module), or nothing when no role caption heads them."""
    if not opener.real or opener.table_cell is not None or not is_place_date_label(opener):
        return []
    column = sorted((f for f in page_frags if f.real and f.table_cell is None and f.box[3] <= opener.box[1] + 1.0
                     and x_overlap(f.box, opener.box) > 0),
                    key=lambda f: f.box[3], reverse=True)
    run: list[Fragment] = []
    top = opener.box[1]
    for f in column[:_COLUMN_LINES]:
        if top - f.box[3] > settings.INK_ROW_GAP:
            return []
        if _caption(f):
            return run + [f] if run else []
        if not (_name_label(f) or _name_alone(f)):
            return []
        run.append(f)
        top = f.box[1]
    return []


def _caption(frag: Fragment) -> bool:
    """The role alone, as a column's caption ("NAV-LEIAR", "Kommunedirektør")."""
    roles = roles_in(frag.text)
    return len(roles) == 1 and len(frag.text.split()) <= 3 and ":" not in frag.text


def _name_alone(frag: Fragment) -> bool:
    """The line is a person's name and nothing else (a form field's answer)."""
    name = person_name(frag.text, ocr=frag.ocr)
    return name is not None and len(name.split()) == len(frag.text.split())


def _name_label(frag: Fragment) -> bool:
    """A form's label for the signer's name and nothing else ("NAMN", "Navn:")."""
    text = frag.text.strip().rstrip(":").strip()
    return bool(text) and signature_words().name_label.fullmatch(text + ":") is not None
