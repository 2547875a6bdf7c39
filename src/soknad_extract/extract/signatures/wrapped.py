"""A signature label whose grid cell wraps it over two lines.

Class: a spreadsheet print or a ruled form laid out as a grid (label cell,
name cell, "Dato" cell, date cell on one row) whose label column is too
narrow for "Signatur kommunedirektør": the cell shows "Signatur" on the
row's line, beside the typed name, and "kommunedirektør" alone on the line
under it. Read apart, "Signatur" opens nothing of its own and the title
stands under the row with no name beside it. The two lines are one label:
they are joined back into "Signatur kommunedirektør" on the row's line.

Only where the shape is unmistakable: the first line is a signature word and
nothing else (no role), the second starts at the same left edge just below
it and is a title and nothing else, the first line's row holds something to
its right (the cells of the row) and the second's holds nothing beside it
(a wrapped cell's second line, not a row of its own).
"""

from __future__ import annotations

from dataclasses import replace

from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import union
from .wording import is_opener, person_name, roles_in

SAME_EDGE = 2.0
"""Points the two lines' left edges may differ by within one cell."""
_LABEL_WORDS = 2
"""Words of a bare signature label ("Signatur", "Signatur:", "Underskrift")."""


def join_wrapped_labels(frags: list[Fragment]) -> list[Fragment]:
    """``frags`` with each wrapped signature label joined into one fragment."""
    gone: set[int] = set()
    joined: dict[int, Fragment] = {}
    for a in frags:
        if not _bare_signature_word(a) or not _has_row_beside(a, frags):
            continue
        b = next((g for g in frags if _wraps_onto(a, g) and not _has_row_beside(g, frags)), None)
        if b is None or b.order in gone:
            continue
        joined[a.order] = replace(a, text=f"{a.text} {b.text}", box=union([a.box, b.box]))
        gone.add(b.order)
    if not joined:
        return frags
    return [joined.get(f.order, f) for f in frags if f.order not in gone]


def _bare_signature_word(frag: Fragment) -> bool:
    return (frag.real and len(frag.text.split()) <= _LABEL_WORDS and not roles_in(frag.text)
            and is_opener(frag))


def _wraps_onto(first: Fragment, line: Fragment) -> bool:
    """``line`` is the title that ends ``first``'s cell, just below it."""
    if not line.real or line.box[1] <= first.box[1] or abs(line.box[0] - first.box[0]) > SAME_EDGE:
        return False
    if not adjacent(first, line) or person_name(line.text) is not None:
        return False
    return whole_title(line.text.rstrip(" :"))


def whole_title(text: str) -> bool:
    """``text`` is one role's title and nothing else ("Kommunedirektør")."""
    roles = roles_in(text)
    return len(roles) == 1 and roles[0][2] == 0 and roles[0][3] >= len(text)


def _has_row_beside(frag: Fragment, frags: list[Fragment]) -> bool:
    """Some other fragment stands to the right of ``frag`` on its line."""
    middle = (frag.box[1] + frag.box[3]) / 2
    return any(g is not frag and g.page == frag.page and g.box[0] >= frag.box[2] and g.box[1] <= middle <= g.box[3]
               for g in frags)
