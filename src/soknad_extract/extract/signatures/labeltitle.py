"""A list label that names the approver's title only, the name on the line below.

Class: a form of boxes with small labels on top prints one approval a box,
the label and the title as the box's caption and the name with its date in
the box ("Godkjent av NAV-leder" / "Turid Hovland Dæhli, 27.01.2020",
"Godkjend av kommunalsjef helse og omsorg" / "Per Berg, 28.01.2020").
The caption lists no one by itself; the name under it is its approver, not
a new signer of its own. ``lists`` reads the two lines as one list line.
"""

from __future__ import annotations

from ...norwegian import normalize_space
from .approval_words import undated_list_label
from .wording import person_name, roles_in
from .words import signature_words


def awaits_name(text: str) -> bool:
    """``text`` is a signer-list label followed by one title and nothing
    else: no name, no date, no second title."""
    text = undated_list_label(normalize_space(text))
    found = signature_words().signer_list.match(text)
    if found is None:
        return False
    body = text[found.end():].strip(" ,:")
    roles = roles_in(body)
    return (bool(body) and len(roles) == 1 and roles[0][2] == 0 and roles[0][3] >= len(body)
            and person_name(body) is None)
