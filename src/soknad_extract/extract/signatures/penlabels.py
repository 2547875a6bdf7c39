"""The place and date of signing on paper: a printed label, a pen value.

A paper form leaves the signer a "Sted og dato:" (or "Dato:") line over
the space for the pen, and the signer writes the place and date on it by
hand. On a scan OCR reads the label, but the pen may come out as nothing,
as a fragment beside the label that is no date ("Alta 52-2020" for "Alta
5/2-2020"), or the label with a space lost ("Stedog dato:"). All of it is
still the signing's own place and date: room for signing, not text that
belongs to something else between a role heading and the name under the ink.
"""

from __future__ import annotations

from ...layout.fragments import Fragment
from ...layout.geometry import x_overlap
from ...norwegian import fold
from .words import signature_words
from .wording import person_name, signing_dates


def date_label_alone(frag: Fragment) -> bool:
    """A signer's date label with no value read after it ("Dato:", "Sted og
    dato:"); on a scan also with a space OCR lost ("Stedog dato:")."""
    text = fold(frag.text.strip().rstrip(":").strip())
    labels = signature_words().signer_date_labels
    if text in labels:
        return True
    return frag.ocr and text.replace(" ", "") in {label.replace(" ", "") for label in labels}


def pen_values(members: list[Fragment]) -> set[int]:
    """The fragments (by ``id``) OCR read off the pen value beside a date
    label alone: right of the label on its row, no person's name."""
    labels = [f for f in members if f.ocr and date_label_alone(f)]
    found: set[int] = set()
    for label in labels:
        height = label.box[3] - label.box[1]
        for f in members:
            if (f.page == label.page and f is not label and f.box[0] >= label.box[2] - 1.0
                    and f.box[0] - label.box[2] <= _VALUE_GAP * max(height, 6.0)
                    and _same_row(f.box, label.box) and not date_label_alone(f)
                    and person_name(f.text, ocr=f.ocr) is None and x_overlap(f.box, label.box) <= 0):
                found.add(id(f))
    return found


_VALUE_GAP = 4.0
"""The most room between a label and its value on the row, in the label's line heights."""


def _same_row(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Two boxes on one text row: they share most of the smaller one's height."""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= 0.5 * min(a[3] - a[1], b[3] - b[1])


def pen_date_unread(box: tuple[float, float, float, float], page: int, members: list[Fragment]) -> bool:
    """The signer at ``box`` (heading to name) has a date label of its own
    in its column, and OCR read no date on its row: the pen wrote the date
    and it is unreadable. Another column's date is not this signer's then;
    the date stays unknown rather than borrowed."""
    labels = [f for f in members if f.page == page and f.ocr and date_label_alone(f) and x_overlap(f.box, box) > 0
              and box[1] - 1.0 <= f.box[1] and f.box[3] <= box[3] + 1.0]
    return bool(labels) and not any(
        g.page == page and _same_row(g.box, label.box) and signing_dates(g)
        and g.box[0] >= label.box[0] and (x_overlap(g.box, box) > 0 or id(g) in pen_values(members))
        for label in labels for g in members)
