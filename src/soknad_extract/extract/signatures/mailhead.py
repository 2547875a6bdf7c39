"""The header block of an e-mail printout among the fragments.

An application is often sent on as an e-mail and printed with the mail
client's header in front of it ("Fra: …", "Til: …", "Dato: 03.02.2020",
"Emne: …"). That "Dato:" is the day the mail was sent, not the day anyone
signed the letter under it: a letter's labelled date may date its signers,
the mail header's never does. The block is told by ``parts``' own tests of
a header's labels and of the whole header, on fragments: a label's value
may stand in its own column on the label's row.
"""

from __future__ import annotations

from ...layout.fragments import Fragment
from ..parts import email_header_label, is_email_header

_HEAD_ROWS = 12
"""Rows at the top of a page where a mail header stands (``parts``' letterhead)."""


def email_header(page_frags: list[Fragment]) -> set[int]:
    """The orders of the fragments that make up an e-mail header block at
    the top of one page's fragments (in document order); empty when there
    is none."""
    run: list[Fragment] = []
    said: set[str] = set()
    rows = 0
    for frag in page_frags:
        beside = bool(run) and _same_row(run[-1], frag)
        if not beside:
            rows += 1
            if rows > _HEAD_ROWS:
                break
        label = email_header_label(frag.text)
        if label:
            run.append(frag)
            said.add(label)
        elif beside:
            run.append(frag)
        elif run:
            break
    return {f.order for f in run} if is_email_header(said, " ".join(f.text for f in run)) else set()


def _same_row(a: Fragment, b: Fragment) -> bool:
    """``b`` continues ``a``'s row (a value in the column beside its label)."""
    overlap = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    return b.box[0] > a.box[2] and overlap > 0.5 * max(min(a.box[3] - a.box[1], b.box[3] - b.box[1]), 1.0)
