"""An electronic approval told with the approver as the sentence's subject.

The approval statements the scheme's documents print most name the approver
after a label ("Dokumentet er elektronisk godkjent av kommunedirektør Kari
Moe 27.01.2020", read by ``lists``). Case systems and letters also write it
the other way round, the approver first and the approval in the past tense:
"Kommunedirektør Arild Sæbø har godkjent søknaden elektronisk 24.01.2020",
"Kari Moe, rådmann, godkjente søknaden digitalt 27.01.2020", Nynorsk "…
har godkjent søknaden elektronisk", often as a footer beside the page number
("Side 1 av 1 · Kommunedirektør …"). Such a sentence is the same statement:
the subject is the approver, the date after the verb is theirs.

Only a sentence that says the approval happened counts: the verb phrases are
the vocabulary's (``approver_first``), all in the past tense, so a plan or a
wish ("skal godkjenne", "vil bli godkjent", "må godkjennes") or a missing
approval ("har ikke godkjent") is no such sentence; and the subject must be
a person with a title and nothing else, from the sentence's start ("Når
rådmannen har godkjent søknaden elektronisk, …" names no approver).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...layout.fragments import Fragment
from ...norwegian import find_dates, fold, normalize_space
from .daydates import has_day
from .roleapproval import labelled_approval
from .titleplace import is_title_place
from .approval_words import says_approval_done
from .wording import is_approval, person_name, roles_in
from .words import signature_words

_SENTENCE_START = re.compile(r"[.!?]\s+|\s[·•|–—-]\s")
"""Where a sentence starts inside a line: after a full stop, or after a
separator a footer puts between its parts ("Side 1 av 1 · …")."""
_MAX_SUBJECT_WORDS = 8
"""A title and a name ("Kommunalsjef helse og omsorg Kari Moe")."""


@lru_cache(maxsize=4096)
def approver_first(text: str) -> str | None:
    """The approver and the date of an approval sentence that names its
    approver as the subject, as a list line reads them ("Kommunedirektør
    Arild Sæbø (24.01.2020)"), or None when ``text`` holds no such sentence.
    A line labelled with the approver's role ("Kommunedirektør: Tor
    Haugland, godkjent 23.01.2020") says the same (``labelled_approval``).
    Memoised: the signature zones, the approvals and the signer lists ask it
    of the same line up to five times a document."""
    text = normalize_space(text)
    for m in signature_words().approver_first.finditer(text):
        starts = [s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())]
        subject = text[(starts[-1] if starts else 0):m.start()].strip(" ,")
        if not _one_titled_person(subject):
            continue
        when = _date_after(text[m.end():])
        return f"{subject} ({when})" if when else subject
    return labelled_approval(text)


def says_approved(frag: Fragment) -> bool:
    """The fragment states an electronic approval, in the statement's usual
    words ("elektronisk godkjent") or with its approver as the subject."""
    return is_approval(frag) or approver_first(frag.text) is not None


def statement_runs_on(frag: Fragment, nxt: Fragment | None) -> bool:
    """An approval statement whose approval phrase the line break cuts
    ("Nav-leder og kommunedirektør har godkjent den per" / "e-post:",
    "Søknaden er elektronisk" / "godkjent av …"): neither line says it
    alone, the two together do. The first line states the approval, as the
    whole sentence on one line would; ``nxt`` is the line below it."""
    if nxt is None or is_approval(frag) or is_approval(nxt):
        return False
    return says_approval_done(fold(f"{frag.text} {nxt.text}"))


def _one_titled_person(subject: str) -> bool:
    """A title and a person's name and no other words: "Kommunedirektør
    Arild Sæbø", "Kari Moe, rådmann", save the municipality the title is
    held in ("Kommunedirektør i Nord-Aurdal Hilde Ødegaard")."""
    if not subject or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return False
    roles = roles_in(subject)
    if len({r[0] for r in roles}) != 1 or (name := person_name(subject)) is None:
        return False
    rest = subject.replace(name, " ", 1)
    for _role, _title, start, end in sorted(roles_in(rest), key=lambda r: -r[2]):
        rest = rest[:start] + rest[end:]
    rest = rest.strip(" ,")
    # "Kommunedirektør i Nord-Aurdal Hilde Ødegaard": the municipality the title is held in.
    return not rest or is_title_place(rest)


def _date_after(text: str) -> str | None:
    """The date that directly follows the verb phrase, perhaps after a small
    word leading up to it ("… elektronisk den 24.01.2020")."""
    words = text.lstrip(" ,").split(" ")
    while words and words[0].lower() in signature_words().date_leads:
        words.pop(0)
    rest = " ".join(words)
    found = next(iter(find_dates(rest)), None)
    if found is None or found.start != 0 or not has_day(found):
        return None
    return found.text
