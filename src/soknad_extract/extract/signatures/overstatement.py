"""Signers printed just above an electronic-approval statement.

An application approved in a case system often ends with the place and
date, the approvers side by side on one line, each as "Name, title"
("Berit Lie Hoff, NAV-leder        Kjell Arne Rostad, rådmann"), and then
the statement that the document was approved electronically. The
statement opens the signature zone, which runs down the page; the names
above it would be left out. This module gives the zone the line (or two)
of "Name, title" pairs just above the statement and the short place-and-
date line over them, and nothing else: every fragment of such a line must
be a person's name followed by one role's title, so that an answer or prose
above the statement never enters.
"""

from __future__ import annotations

from ...layout.fragments import Fragment
from ...layout.geometry import on_one_line, x_overlap
from .wording import is_approval, person_name, roles_in, signing_dates

_SIGNER_ROWS = 2
"""Rows of "Name, title" pairs over the statement (one signer row, one spare for a wrapped third signer)."""

_ROW_GAP = 3.0
"""The widest gap, in line heights, between the statement and the row above it, and between those rows."""


def signers_over_statement(statement: Fragment, page_frags: list[Fragment]) -> list[Fragment]:
    """The "Name, title" rows just above an approval statement, and the
    place-and-date line just over them; empty unless ``statement`` states
    an electronic approval and the line right above it is such a row."""
    if not statement.real or not is_approval(statement):
        return []
    out: list[Fragment] = []
    top = statement.box[1]
    for row in _rows_above(statement, page_frags):
        height = max(max(f.box[3] - f.box[1] for f in row), 1.0)
        if top - max(f.box[3] for f in row) > _ROW_GAP * height:
            break
        if len(out) < _SIGNER_ROWS * 4 and all(_name_then_title(f) for f in row):
            out.extend(row)
        elif out and len(row) == 1 and signing_dates(row[0]) and len(row[0].text.split()) <= 6:
            out.extend(row)
            break
        else:
            break
        top = min(f.box[1] for f in row)
    return out


def _name_then_title(frag: Fragment) -> bool:
    """"Berit Lie Hoff, NAV-leder": a person's name, a comma and one role's
    title ending the fragment."""
    roles = roles_in(frag.text)
    if len(roles) != 1 or frag.text[roles[0][3]:].strip(" .") or "," not in frag.text[: roles[0][2]]:
        return False
    return person_name(frag.text, ocr=frag.ocr) is not None


def _rows_above(statement: Fragment, page_frags: list[Fragment]) -> list[list[Fragment]]:
    """The lines over ``statement`` that share its width (outside tables),
    nearest first, each line's fragments grouped as one row."""
    above = sorted((f for f in page_frags if f.real and f.table_cell is None and f.box[3] <= statement.box[1] + 1.0
                    and x_overlap(f.box, statement.box) > 0), key=lambda f: f.box[3], reverse=True)
    rows: list[list[Fragment]] = []
    for f in above:
        if rows and on_one_line(rows[-1][0].box, f.box):
            rows[-1].append(f)
        else:
            rows.append([f])
    return rows
