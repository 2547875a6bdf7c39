"""Answers to a form's questions that are not about signing.

Class: a form laid out as label and answer on one row, the label on the
left ("5. Kontaktperson | Guro Salvesen (enhetsleder)", "9. Oppstart |
01.04.2020", "Samarbeidspartner | Nav Arendal v/ Kari Moe, Nav-leder").
The answer may look like a signer, a name with a title ("enhetsleder" is a
Nav leader's title too), or a date, but it answers the contact, project
leader, partner or start question: it is never a signature, a signer's
title or a signing date. The labels come from ``labels.toml`` (the fields
that ask for such answers are listed in ``signatures.toml``,
``not_signing_answers``) so that a new wording of the contact label needs
no code. A label that names a role ("Nav-leder | Kari Moe") or asks for the
signer's name or title is no such question and keeps its answer.

Class: a letter closing with signers side by side, a caption under each
name ("Lillian Holm | Kari Nordmann" over "Prosjektleder | Nav-leder").
The left caption reads like a question ("Prosjektleder") but is another
signer's caption: an answer that is nothing but a signing role's title is
a signer's caption, unless its label is marked as a form label (a colon,
a number, a leader: "5. Kontaktperson", "Prosjektleder:").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...layout.fragments import Fragment
from ...norwegian import fold, normalize_space
from ...vocabulary import Entry, Wordings, vocabulary_dir
from ..labels import classify_label
from ..pair_text import clean_label
from .wording import person_name, roles_in


@lru_cache(maxsize=4)
def _vocabulary(folder: Path) -> tuple[frozenset[str], Wordings]:
    table = Entry("signatures", folder).table("not_signing_answers")
    return frozenset(table.strings("fields")), table.wordings()


def answers_to_other_questions(frags: list[Fragment]) -> set[int]:
    """The ``order`` of each fragment that answers, on its row, a label
    asking for something other than a signature (see the module)."""
    fields, labels = _vocabulary(vocabulary_dir())
    by_page: dict[int, list[Fragment]] = {}
    for f in frags:
        by_page.setdefault(f.page, []).append(f)
    out: set[int] = set()
    for page_frags in by_page.values():
        for f in page_frags:
            label = _label_left_of(f, page_frags)
            if label is None or not _other_question(label.text, fields, labels):
                continue
            if _role_caption(f.text) and not _marked_label(label.text):
                continue
            out.add(f.order)
    return out


def _label_left_of(frag: Fragment, page_frags: list[Fragment]) -> Fragment | None:
    """The nearest fragment left of ``frag`` on its row, or None: one text
    line each, their middles within half a line (the lower height, at least
    1 pt) of each other. Written out, ``frag``'s side worked out once: each
    fragment of a page is asked about every other, ~24,000 pairs a batch."""
    x, top, _, bottom = frag.box
    reach, middle, height = x + 1.0, top + bottom, bottom - top
    best: Fragment | None = None
    for g in page_frags:
        g_box = g.box
        if g is frag or not g_box[2] <= reach:
            continue
        g_height = g_box[3] - g_box[1]
        least = height if height < g_height else g_height
        if abs((g_box[1] + g_box[3]) - middle) / 2 <= 0.5 * (1.0 if 1.0 > least else least) and (
                best is None or g_box[2] > best.box[2]):
            best = g
    return best


def _other_question(text: str, fields: frozenset[str], labels: Wordings) -> bool:
    """The text is such a question's label. A line that names a role or a
    person is a signer's caption in a column of signers, never a label."""
    if roles_in(text) or person_name(text) is not None:
        return False
    if classify_label(text) in fields:
        return True
    label = fold(clean_label(text))
    return bool(label) and len(label.split()) <= 4 and labels.search(label) is not None


def _role_caption(text: str) -> bool:
    """The text is a signing role's title and nothing else ("Nav-leder",
    "Rådmann"): a signer's caption, not an answer that names a person."""
    bare = text.strip(" ,.;:()")
    return any(start == 0 and end >= len(bare) for _role, _title, start, end in roles_in(bare))


def _marked_label(text: str) -> bool:
    """The label carries a form label's mark: a number, a colon or a leader
    ("5. Kontaktperson", "Prosjektleder:"), which a caption never has."""
    plain = normalize_space(text).strip()
    return clean_label(plain) != plain
