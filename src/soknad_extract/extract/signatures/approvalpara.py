"""An approval sentence and the statement beside it that makes it electronic.

Class: an office writes who approved the application in one sentence and
how in the next ("Søknaden er godkjent av Nav-leder Geir Tangen 22.01.2020
og kommunalsjef for helse og velferd" / "Ellen Brekke 23.01.2020." /
"Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne
signaturer."), or the statement first and the approvers after it. Neither
line says it alone: the list sentence names approvers but no electronic
approval, the statement an electronic approval but no approver. Read apart,
no signature zone opens and both leaders are reported missing.

The lines of the two sentences are joined into one fragment, which states
the approval and lists its approvers as one sentence would
(``approval_words.list_label`` reads it). Only where the shape is
unmistakable: the list sentence has the application itself as its subject
(``approval_subjects``: "Søknaden er … godkjent av"; "Prosjektplanen er
godkjent av rådmann …" tells of another approval), the statement names no
approver of its own and says the approval happened, and the lines follow
one another in one column, at the same left edge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import union
from ...norwegian import fold
from .approval_words import application_sentence, list_label, says_approval_done, undated_list_label
from .approver import approver_first
from .words import signature_words

_SAME_EDGE = 4.0
"""Points the left edges of one paragraph's lines may differ by."""
_LIST_LINES = 3
"""Lines the list sentence may take."""
_SENTENCE_END = re.compile(r"[.!?]\s*$")


def join_approval_paragraphs(frags: list[Fragment]) -> list[Fragment]:
    """``frags`` with each application approval sentence and the statement
    beside it joined into one fragment (in reading order)."""
    below = _lines_below(frags)
    above = {id(g): f for f in frags if (g := below.get(id(f))) is not None}
    joins: list[list[Fragment]] = []
    used: set[int] = set()
    for f in frags:
        if id(f) in used or not _opens_list_sentence(f):
            continue
        run = _list_then_statement(f, below) or _statement_then_list(f, above)
        if run and not any(id(g) in used for g in run):
            joins.append(run)
            used.update(id(g) for g in run)
    if not joins:
        return frags
    first = {id(run[0]): run for run in joins}
    out = []
    for f in frags:
        run = first.get(id(f))
        if run is not None:
            out.append(replace(f, text=" ".join(g.text for g in run), box=union([g.box for g in run]),
                               order=min(g.order for g in run)))
        elif id(f) not in used:
            out.append(f)
    return out


def _opens_list_sentence(frag: Fragment) -> bool:
    """A line whose sentence lists the application's approvers after a
    label, but says no electronic approval of its own."""
    text = undated_list_label(frag.text)
    found = signature_words().signer_list_inner.search(text)
    if found is None or list_label(text) is not None or says_approval_done(fold(text)):
        return False
    start = max((m.end() for m in re.finditer(r"[.!?]\s+", text[:found.start()])), default=0)
    return application_sentence(text[start:found.start()])


def _statement(frag: Fragment | None) -> bool:
    """A sentence stating the electronic approval with no approver of its own."""
    return (frag is not None and says_approval_done(fold(frag.text))
            and list_label(undated_list_label(frag.text)) is None and approver_first(frag.text) is None)


def _list_then_statement(first: Fragment, below: dict[int, Fragment]) -> list[Fragment] | None:
    """The list sentence's lines down to its full stop, then the statement."""
    run = [first]
    while not _SENTENCE_END.search(run[-1].text):
        nxt = below.get(id(run[-1]))
        if nxt is None or len(run) >= _LIST_LINES or _statement(nxt) or _opens_list_sentence(nxt):
            return None
        run.append(nxt)
    statement = below.get(id(run[-1]))
    return run + [statement] if _statement(statement) else None


def _statement_then_list(first: Fragment, above: dict[int, Fragment]) -> list[Fragment] | None:
    """The statement just above the list sentence, on one line or wrapped
    onto a second, its own sentence ended: the list's wrapped lines are
    read with the joined fragment as a list's lines."""
    last = above.get(id(first))
    if last is None or not _SENTENCE_END.search(last.text):
        return None
    if _statement(last):
        return [last, first]
    opening = above.get(id(last))
    if opening is not None and not _SENTENCE_END.search(opening.text) and _statement(
            replace(opening, text=f"{opening.text} {last.text}")):
        return [opening, last, first]
    return None


def _lines_below(frags: list[Fragment]) -> dict[int, Fragment]:
    """Each fragment's next line in its paragraph (by ``id``): read next on
    its page, just below it in its column, at the same left edge."""
    ordered = sorted(frags, key=lambda f: (f.page, f.order))
    return {id(f): g for f, g in zip(ordered, ordered[1:])
            if g.page == f.page and adjacent(f, g) and g.box[1] > f.box[1]
            and abs(g.box[0] - f.box[0]) <= _SAME_EDGE}
