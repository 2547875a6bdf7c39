"""The header block of an e-mail printout among the fragments.

An application is often sent on as an e-mail and printed with the mail
client's header in front of it ("Fra: …", "Til: …", "Dato: 03.02.2020",
"Emne: …"). That "Dato:" is the day the mail was sent, not the day anyone
signed the letter under it: a letter's labelled date may date its signers,
the mail header's never does. The block is read as ``parts`` reads it (the
documents vocabulary's e-mail header labels, at least three of them, one
that only a mail header uses, and an address with "@"), on fragments: a
label's value may stand in its own column on the label's row.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...layout.fragments import Fragment
from ...norwegian import fold
from ...vocabulary import Entry, vocabulary_dir

_LABEL = re.compile(r"^([^\W\d_]+)\s*:")
_MIN_LABELS = 3
_HEAD_ROWS = 12
"""Rows at the top of a page where a mail header stands (``parts``' letterhead)."""


@lru_cache(maxsize=4)
def _labels(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    header = Entry("documents", folder).table("email_header")
    return header.words(), frozenset(header.strings("e_mail_only"))


def email_header(page_frags: list[Fragment]) -> set[int]:
    """The orders of the fragments that make up an e-mail header block at
    the top of one page's fragments (in document order); empty when there
    is none."""
    labels, only = _labels(vocabulary_dir())
    run: list[Fragment] = []
    said: set[str] = set()
    rows = 0
    for frag in page_frags:
        beside = bool(run) and _same_row(run[-1], frag)
        if not beside:
            rows += 1
            if rows > _HEAD_ROWS:
                break
        match = _LABEL.match(fold(frag.text))
        if match and match.group(1) in labels:
            run.append(frag)
            said.add(match.group(1))
        elif beside:
            run.append(frag)
        elif run:
            break
    text = " ".join(f.text for f in run)
    if len(said) >= _MIN_LABELS and said & only and "@" in text:
        return {f.order for f in run}
    return set()


def _same_row(a: Fragment, b: Fragment) -> bool:
    """``b`` continues ``a``'s row (a value in the column beside its label)."""
    overlap = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    return b.box[0] > a.box[2] and overlap > 0.5 * max(min(a.box[3] - a.box[1], b.box[3] - b.box[1]), 1.0)
