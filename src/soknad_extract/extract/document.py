"""Facts about the document as a whole: its written standard, and whether it
is an application to a known scheme at all.

What a document is shows first in its heading: a grant letter, a decision,
a final report or a request to change an approved project quotes the amount,
the office and the project and carries signature lines, so labelled fields
alone never make a document an application. The heading's kind decides
(``parts``), unless the heading announces a report and the application
behind it (``joined``); then the grant it asks for: an application that names another
grant in its heading, and never the scheme's own name, is for another grant.
A letter to the applicant about the applicant's own application ("Vi
viser til søknaden deres", the county chasing a missing signature) is none,
even under a subject line that opens with "Søknad om tilskudd"; nor is a
case paper that says the application itself is still to be written or sent
("Sjølve søknaden vert utarbeidd av Nav X"), with no filled form and no
application page behind it. Only a
document with no telling heading falls back on its text: a letter whose
subject line under the letterhead names a change request ("Søknad om utsatt
frist"), or that refers to a grant already given and asks to change, move or
extend it, asking for no grant of its own, is a change request, whatever
fields it repeats; else it is an application when it asks for money ("søker
om", "søknadssum") or has a filled-in form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.joined import fronts_application
from soknad_extract.extract.other_grant import names_other_grant
from soknad_extract.extract.parts import OTHER, WRAPPER, Kind, Part, application_start, kind_named, kind_of_heading, opening
from soknad_extract.layout import Line
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir

@dataclass(frozen=True)
class _Words:
    nynorsk: frozenset[str]
    bokmal: frozenset[str]
    nynorsk_stems: tuple[str, ...]
    bokmal_stems: tuple[str, ...]
    request: Wordings
    grant: Wordings
    offer: Wordings
    """What an announcement or invitation says may be applied for ("det kan
    søkes om"): no one asks for anything."""
    declined: Wordings
    """A request taken back ("søkjer ikkje om vidareføring")."""


@lru_cache(maxsize=4)
def _words(folder: Path) -> _Words:
    """``schemas/vocabulary/language.toml``; a word in both lists is evidence for neither."""
    entry = Entry("language", folder)
    markers = entry.table("markers")
    nn = frozenset(markers.strings("nn"))
    nb = frozenset(markers.strings("nb"))
    stems = entry.table("stems")
    return _Words(nn - nb, nb - nn, tuple(stems.strings("nn")), tuple(stems.strings("nb")),
                  entry.table("request").wordings(), entry.table("grant_words").wordings(),
                  entry.table("offer").wordings(), entry.table("declined").wordings())


def detect_language(text: str) -> str | None:
    """The standard the text is written in, by its whole marker words; only
    when they are too few to tell (a form of short labels) do compounds'
    beginnings count, since a Nynorsk answer on a Bokmål form template
    ("Tilskuddsbeløp", "Arbeidsgiveravgift") would otherwise read as Bokmål."""
    vocabulary = _words(vocabulary_dir())
    words = re.findall(r"[a-zæøåò]+", fold(text))
    nn = sum(1 for w in words if w in vocabulary.nynorsk)
    nb = sum(1 for w in words if w in vocabulary.bokmal)
    if nn + nb < 3:
        nn += sum(1 for w in words if w not in vocabulary.nynorsk and w.startswith(vocabulary.nynorsk_stems))
        nb += sum(1 for w in words if w not in vocabulary.bokmal and w.startswith(vocabulary.bokmal_stems))
    if nn + nb < 3:
        return None
    return "nn" if nn > nb else "nb"


@dataclass(frozen=True)
class _ChangeWords:
    reference: Wordings
    ask: Wordings
    new_grant: Wordings


@lru_cache(maxsize=4)
def _change_words(folder: Path) -> _ChangeWords:
    entry = Entry("documents", folder)
    return _ChangeWords(entry.table("change_reference").wordings(), entry.table("change_ask").wordings(),
                        entry.table("new_grant_ask").wordings())


OTHER_GRANT = "other_grant"
CHANGE_REQUEST = "change_request"
LETTER_ABOUT_APPLICATION = "letter_about_application"
"""A letter to the applicant about its own application (``reply_line``)."""
_OPENING_LINES = 3
"""Lines of a part read as its heading: a long title wraps."""


@dataclass(frozen=True)
class Verdict:
    """Whether the document is an application, and if not what it looks like
    (a document kind's key, ``OTHER_GRANT``, or None when nothing tells)."""

    application: bool
    looks_like: str | None = None
    heading: Line | None = None
    method: str = "heading"
    """How ``heading`` tells: it is the document's title, or ("phrase") the
    sentence that asks for what the document is."""

    def evidence(self) -> Evidence | None:
        line = self.heading
        if line is None:
            return None
        return Evidence(page=line.page, bbox=[round(v, 1) for v in line.bbox] if line.bbox else None,
                        text=line.text, method=self.method, confidence=min(0.9, line.confidence))


_FILLED_FORM = 5
"""Form fields found answered that make a filled application form: council
minutes quote the office, the title and the amount, never the contact, the
start date and the shares as well."""


def judge(parts: list[Part], lines: list[Line], labelled_fields: int, family: str) -> Verdict:
    """Is the document an application to the scheme family ``family``?
    ``lines`` are the application view's lines, ``labelled_fields`` how many
    of the form's fields were found filled in them."""
    text = "\n".join(line.text for line in lines)
    start = application_start(parts)
    first = opening(parts)
    if start is None and first.role == OTHER and not fronts_application(first):
        kind = kind_named(first.kind or "")
        if kind is None or not (kind.unless_request and asks_for_money(text)
                                or kind.unless_form and labelled_fields >= _FILLED_FORM):
            return Verdict(False, first.kind, first.heading)
    elif (reply := reply_line(parts, lines)) is not None:
        return Verdict(False, LETTER_ABOUT_APPLICATION, reply, "phrase")
    elif labelled_fields < _FILLED_FORM and not _application_page_behind(parts) \
            and (elsewhere := made_elsewhere_line(lines)) is not None:
        return Verdict(False, None, elsewhere, "phrase")
    elif start is None and first.role == WRAPPER and labelled_fields < _FILLED_FORM \
            and all(part.role == WRAPPER for part in parts) and (sent := sent_along_line(lines)) is not None:
        return Verdict(False, first.kind, sent, "phrase")
    elif start is None and first.role is None and (subject := change_request_subject(lines)) is not None:
        return Verdict(False, CHANGE_REQUEST, subject)
    elif start is None and first.role is None and (change := change_request_line(lines)) is not None:
        return Verdict(False, CHANGE_REQUEST, change, "phrase")
    elif start is None and not is_application(text, labelled_fields):
        shown = first if first.role is not None else None
        return Verdict(False, shown.kind if shown else None, shown.heading if shown else None)
    head = _head(start, lines)
    if names_other_grant(head, text, family):
        return Verdict(False, OTHER_GRANT, start.heading if start else None)
    return Verdict(True)


def _head(start: Part | None, lines: list[Line]) -> str:
    """The heading of the application part and the lines that follow it; in
    a letter with no heading, its subject line under the letterhead and the
    lines that follow it, else the document's first lines."""
    if start is not None:
        heading = start.heading
    else:
        subject = subject_line(lines)
        heading = subject[0] if subject is not None else None
    at = next((i for i, line in enumerate(lines) if heading is not None and line is heading), 0)
    return " ".join(line.text for line in lines[at:at + _OPENING_LINES])


def sent_along_line(lines: list[Line]) -> Line | None:
    """The line where an e-mail or a cover letter says it sends the
    application along ("Vedlagt oversendes søknad …"); None when it says
    nothing of the kind. Asked only of a file that is all wrapper: the
    application it sends is not in it, though the mail sums up its project,
    amount and position."""
    words = _sent_along_words(vocabulary_dir())
    return next((line for line in lines if words.search(fold(line.text))), None)


@lru_cache(maxsize=4)
def _sent_along_words(folder: Path) -> Wordings:
    return Entry("documents", folder).table("sent_along").wordings()


def made_elsewhere_line(lines: list[Line]) -> Line | None:
    """The line where a case paper or a council decision says the
    application itself is still to be written or sent ("Sjølve søknaden
    vert utarbeidd av Nav X og send innan fristen"); None when no line says
    so. Such a file recommends or approves applying, quoting the amount, the
    position and the start date, and holds no application of its own."""
    words = _elsewhere_words(vocabulary_dir())
    return next((line for line in lines if words.search(fold(line.text))), None)


@lru_cache(maxsize=4)
def _elsewhere_words(folder: Path) -> Wordings:
    return Entry("documents", folder).table("application_elsewhere").wordings()


def _application_page_behind(parts: list[Part]) -> bool:
    """An application opens a page of its own behind the first: the paper in
    front speaks of it."""
    return any(part.kind == "application" and part.page_top and part.start[0] > 0 for part in parts)


def change_request_line(lines: list[Line]) -> Line | None:
    """The line that asks to change a project already granted, in a text
    that refers to the grant and asks for no grant of its own; None when
    the text is not such a request."""
    words = _change_words(vocabulary_dir())
    folded = fold(" ".join(line.text for line in lines))
    if not words.reference.search(folded) or words.new_grant.search(folded):
        return None
    if not words.ask.search(folded):
        return None
    return next((line for line in lines if words.ask.search(fold(line.text))), lines[0])


_SUBJECT_LINES = 12
"""Lines a letter may put above its subject line: sender, address, "Til:",
"Dato:", references."""
_SUBJECT_WORDS = 14
"""Words a subject line may have, as a heading in the body (``parts``): a
longer line is a sentence that happens to open with the words of a kind."""


def subject_line(lines: list[Line]) -> tuple[Line, Kind, bool] | None:
    """The subject line of a letter: the first line under the letterhead that
    names a kind of document, with the kind and whether it said "Vedlegg". A
    Word letter sets its subject in bold runs of a plain paragraph, which no
    heading style marks, under more letterhead lines than the top of a page
    holds."""
    for line in lines[:_SUBJECT_LINES]:
        if line.table_cell is not None or not 0 < len(line.text.split()) <= _SUBJECT_WORDS \
                or line.text.rstrip().endswith("."):
            continue
        hit = kind_of_heading(line.text)
        if hit is not None:
            return line, *hit
    return None


def change_request_subject(lines: list[Line]) -> Line | None:
    """The subject line of a letter that asks about an application rather
    than for a grant ("Søknad om utsatt frist – tilskudd til …", "Søknad om
    endring av prosjekt"), when the first kind named under the letterhead is
    a change request: under an application's own title, a line that opens
    with a change request's words is no subject."""
    subject = subject_line(lines)
    if subject is None:
        return None
    line, kind, prefixed = subject
    return line if kind.key == CHANGE_REQUEST and not prefixed else None


_REPLY_LINES = 20
"""Lines from the top in which a letter refers to what it answers: its
letterhead, the subject line, and the opening sentence."""


def reply_line(parts: list[Part], lines: list[Line]) -> Line | None:
    """The line where a letter to the applicant refers to the applicant's own
    application ("Vi viser til søknaden deres …", "Takk for søknaden din"):
    the county chasing a missing signature or part, a reminder, a
    reply. It quotes the application's office, title, amounts and cap, and
    its subject line may open with "Søknad om tilskudd", yet it speaks to the
    applicant about the application, so it is not one. Only the opening of
    the text counts (an application may attach a partner's letter that
    mentions "their" application), and not when an application heading
    follows the reference: that file sends the application behind the letter."""
    top = lines[:_REPLY_LINES]
    starts, folded = [], ""
    for line in top:
        starts.append(len(folded))
        folded += fold(line.text) + " "
    found = _reply_words(vocabulary_dir()).search(folded)
    if found is None:
        return None
    at = max(i for i, offset in enumerate(starts) if offset <= found.start())
    later = {id(line) for line in lines[at + 1:]}
    if any(part.kind == "application" and id(part.heading) in later for part in parts):
        return None
    return top[at]


@lru_cache(maxsize=4)
def _reply_words(folder: Path) -> Wordings:
    return Entry("documents", folder).table("reply_reference").wordings()


def asks_for_money(text: str) -> bool:
    """A request wording and a grant word: "søker om … tilskudd". What may be
    applied for ("Det kan søkes om inntil 610 000 kroner", in an invitation
    or the announcement a form reprints) and what is not applied for
    ("søkjer ikkje om vidareføring", in a final report) ask for nothing."""
    vocabulary = _words(vocabulary_dir())
    folded = vocabulary.declined.compiled.sub(" ", vocabulary.offer.compiled.sub(" ", fold(text)))
    return bool(vocabulary.request.search(folded)) and bool(vocabulary.grant.search(folded))


def is_application(text: str, labelled_fields: int) -> bool:
    """An application asks for money: a form with its answers filled in, or
    a text that requests a grant ("søker om", "søknad om tilskudd",
    "omsøkt beløp"). A memo or report about the grant names it without
    asking for it."""
    return labelled_fields >= 3 or asks_for_money(text)
