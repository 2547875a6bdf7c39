"""A role heading over the pen and the line to sign on, the signer under the line.

Class: a signing column (Word or Writer exported to PDF, or a typed form)
that puts the role on top, leaves room for the pen, draws the line to sign
on, and prints the signer under the line: the name and the place and
date, in either order or on one line:

    Nav-leder                      Kommunedirektør
    (ink)                          (ink)
    ______________________         ______________________
    Tor Egil Reinertsen            Kari Aanensen
    Kristiansand, 29.01.2020       Kristiansand, 30.01.2020

The zone opens at the bare line, and the heading over the pen stands
outside it, so the name had no role. The heading right over a bare line
is the column's when the line has the signer under it (a person's name or
a place and date on the first lines under it); a line with nothing of a
signer under it (an answer line under a form's question) gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from .placedate import place_and_date
from .wording import is_bare_line, person_name, roles_in

_UNDER_LINES = 2
"""Lines under the line to sign on that print its signer: the name and the place and date."""


def heading_over_line(line: Fragment, above: list[Fragment], page_frags: list[Fragment],
                      is_heading: Callable[[Fragment], bool]) -> list[Fragment]:
    """The role heading that is the first text over the bare ``line`` in its
    column (``above``, nearest first), when a signer is printed under the
    line; else nothing."""
    if not line.real or not is_bare_line(line):
        return []
    first = [f for f in above if f.text.strip()][:1]
    if not first or not is_heading(first[0]) or not _signer_under(line, page_frags):
        return []
    return first


def _signer_under(line: Fragment, page_frags: list[Fragment]) -> bool:
    """A person's name or a place and date among the first lines under
    ``line`` in its column, each within two line heights of the one above."""
    height = max(line.box[3] - line.box[1], 6.0)
    under = sorted((f for f in page_frags if f is not line and f.text.strip() and f.box[1] >= line.box[3] - 1.0
                    and x_overlap(f.box, line.box) > 0), key=lambda f: f.box[1])
    bottom = line.box[3]
    for f in under[:_UNDER_LINES]:
        if f.box[1] - bottom > 2 * height or is_bare_line(f):
            return False
        name = f.text.split(",")[0].strip()
        if person_name(f.text, ocr=f.ocr) == f.text.strip() or person_name(name, ocr=f.ocr) == name \
                or place_and_date(f):
            return True
        bottom = f.box[3]
    return False


def heading_words(text: str) -> int:
    """The words of a role heading, each title counted as one: a sector
    title ("Kommunalsjef helse og omsorg") heads a column as any title does."""
    for _role, _title, start, end in reversed(roles_in(text)):
        text = text[:start] + " title " + text[end:]
    return len(text.split())
