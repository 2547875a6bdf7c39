"""An approval line labelled with the approver's role.

Case systems, web forms and Word templates list each approver as a label
and its value: the role as the label, the name, then the approval and its
date ("Leder Nav Nome: Ingeborg Strømme, godkjent 22.01.2020",
"Kommunedirektør: Tor Egil Haugland, godkjent elektronisk 23.01.2020",
Nynorsk "Nav-leiar: Kari Moe, godkjend 22.01.2020"), the approval after a
spaced dash instead of the comma in some ("Rådmann i Bykle: Anne Moe –
godkjent 27.01.2020"). Such a line is the
approval statement for that one approver, as "Godkjent av: Nav-leder Kari
Moe (22.01.2020)" is: the line says the approval happened, and when. Case
systems that log each approval put the approval and its date first, the
approver after a colon ("Godkjent elektronisk 22.01.2020: Nav-leiar Kari
Moe", "Elektronisk godkjent 23.01.2020: Per Berg, rådmann").

Only the whole shape counts, so that a form's answer "Leder av
Nav-kontoret: Kari Moe" (no approval) or a sentence about a plan stays out:
the label is a title of one role (perhaps with the office's name after it,
"Leder Nav Nome"), the value a person's name and nothing else, and after
the comma the approval wording of the vocabulary (``approved_after_name``,
past participles only) directly followed by a full date. Name first, the
part before the dash must be a person's name and one title, nothing else.
"""

from __future__ import annotations

import re

from ...norwegian import fold, normalize_space
from .wording import full_dates, person_name, roles_in
from .words import signature_words

_MAX_LABEL_WORDS = 6
"""A title and an office's name ("Leder av Nav-kontoret i Nome")."""
_SPACED_DASH = re.compile(r"\s[–—-]\s")
"""Where a name-first approval line turns from the approver to the approval."""


def labelled_approval(text: str) -> str | None:
    """The approver and date of a "Role: Name, godkjent <date>" line as a
    signer list reads them ("Ingeborg Strømme, Leder Nav Nome (22.01.2020)"),
    or None when ``text`` is no such line. The name-first line "Name, Title
    – godkjent <date>" reads the same way (``titled_approval``)."""
    label, colon, value = normalize_space(text).partition(":")
    if not colon or not 1 <= len(label.split()) <= _MAX_LABEL_WORDS:
        return titled_approval(text)
    if (when := _approval_date(label)) is not None:
        return _dated_approver(value, when)
    roles = roles_in(label)
    if len({r[0] for r in roles}) != 1 or roles[0][2] != 0:
        return None
    name, comma, rest = value.partition(",")
    if not comma and len(parts := _SPACED_DASH.split(value)) == 2:
        name, comma, rest = parts[0], "–", parts[1]
    name = name.strip()
    if not comma or not name or person_name(name) != name:
        return None
    when = _approval_date(rest)
    return f"{name}, {label.strip()} ({when})" if when else None


def titled_approval(text: str) -> str | None:
    """The approver and date of a "Name, Title – godkjent <date>" line, as
    ``labelled_approval`` gives them, or None when ``text`` is no such line:
    exactly one spaced dash, before it a person's name, a comma and the title
    of one role (perhaps with the office's name), or the title and then the
    name ("Nav-leder Kari Moe – godkjent 30.01.2020"), after it the approval
    and its date. Logs that put the approval first turn the line round
    ("Elektronisk godkjent 24.01.2020 – Kari Moe, Nav-leder"), as the
    date-first line with a colon does."""
    parts = _SPACED_DASH.split(normalize_space(text))
    if len(parts) != 2:
        return None
    if (when := _approval_date(parts[0])) is not None:
        return _dated_approver(parts[1], when)
    if (approver := _name_and_title(parts[0])) is None:
        return None
    when = _approval_date(parts[1])
    return f"{approver} ({when})" if when else None


def _dated_approver(value: str, when: str) -> str | None:
    """The approver after the colon of a date-first approval line, with
    ``when`` ("Kari Moe, Nav-leder (22.01.2020)"), or None unless the value is
    one person's name and the title of one role, in either order."""
    approver = _name_and_title(value.strip(" ."))
    return f"{approver} ({when})" if approver else None


def _name_and_title(head: str) -> str | None:
    """"Kari Moe, Nav-leder" of "Kari Moe, Nav-leder" or "Nav-leder Kari
    Moe": one person's name and the title of one role (perhaps with the
    office's name), as both approval shapes write the approver; else None."""
    name, comma, title = (p.strip() for p in head.partition(","))
    if not comma:
        name, title = _title_first(head.strip())
    if not name or person_name(name) != name or not 1 <= len(title.split()) <= _MAX_LABEL_WORDS:
        return None
    roles = roles_in(title)
    if len({r[0] for r in roles}) != 1 or roles[0][2] != 0:
        return None
    return f"{name}, {title}"


def _title_first(head: str) -> tuple[str, str]:
    """(name, title) of "Nav-leder Kari Moe" — the title of one role opening
    the words, the name after it — or empty strings."""
    roles = roles_in(head)
    if len({r[0] for r in roles}) != 1 or roles[0][2] != 0:
        return "", ""
    return head[roles[0][3]:].strip(), head[:roles[0][3]].strip()


def _approval_date(rest: str) -> str | None:
    """The date of the approval wording that opens ``rest`` ("godkjent
    elektronisk 23.01.2020"), or None when ``rest`` is anything else, also
    when the date is a deadline ("godkjent innen 23.01.2020"; vocabulary
    ``signatures.other_dates``): a checklist's plan, not an approval."""
    rest = rest.strip()
    found = signature_words().approved_after_name.match(rest)
    if found is None:
        return None
    when = rest[found.end():].strip(" .")
    if len(when.split()) > 3 or len(full_dates(when)) != 1 or signature_words().other_dates.search(fold(when)):
        return None
    return when
