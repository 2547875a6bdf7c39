"""An approver's role label and its approval line in two columns of one row.

A case system's approval page may print each approver as a two-column row,
the role as a label on the left and the approval on the right ("Rådmann i
Bykle:" … "Anne Moe – godkjent 27.01.2020"), under a statement that the
document was approved electronically. The PDF reader gives the two columns
as two fragments; read apart, the right one names a person but no role and
the left one a role but no person. Together they are the one line
``labelled_approval`` reads: the fragments are joined when, and only when,
the joined text is such a line (a role's label, a person's name, the
approval wording and a full date), so a form's answer column beside its
questions is never joined. Some pages print the role without its colon
("Leder Nav Kristiansund" … "Elin Sæther – godkjent 22.01.2020"): there the
gap between the columns does the colon's work, and the joined line gets
the colon so that the office's name is never read as part of the person's.
"""

from __future__ import annotations

from dataclasses import replace

from ...layout.fragments import Fragment
from ...layout.geometry import on_one_line
from .roleapproval import labelled_approval
from .wording import roles_in


def join_labelled_approvals(frags: list[Fragment]) -> list[Fragment]:
    """The fragments with each "Role:" label joined to the approval line
    beside it on its row; renumbered in order when any was joined (new
    fragments, the input is left as it is)."""
    labels = [f for f in frags if roles_in(f.text)]
    if not labels:
        return frags
    joined: dict[int, Fragment] = {}
    taken: set[int] = set()
    for label in labels:
        value = _beside(label, frags)
        text = f"{_as_label(label.text)} {value.text.strip()}" if value is not None else ""
        if value is None or id(value) in taken or labelled_approval(text) is None:
            continue
        box = (label.box[0], min(label.box[1], value.box[1]), value.box[2], max(label.box[3], value.box[3]))
        joined[id(label)] = replace(label, text=text, box=box)
        taken.add(id(value))
    if not joined:
        return frags
    out = [joined.get(id(f), f) for f in frags if id(f) not in taken]
    return [replace(f, order=i) for i, f in enumerate(out)]


def _as_label(text: str) -> str:
    """``text`` as a label: with its colon, added when the column gap stood for it."""
    text = text.rstrip()
    return text if text.endswith(":") else f"{text}:"


def _beside(label: Fragment, frags: list[Fragment]) -> Fragment | None:
    """The nearest fragment to the right of ``label`` on its row (the rows'
    boxes overlapping by half the lower one's height)."""
    best: Fragment | None = None
    for f in frags:
        if f is label or f.page != label.page or f.box[0] < label.box[2]:
            continue
        if not on_one_line(f.box, label.box):
            continue
        if best is None or f.box[0] < best.box[0]:
            best = f
    return best
