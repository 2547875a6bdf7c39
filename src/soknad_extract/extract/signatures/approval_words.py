"""Electronic approval in words: the signer-list label that opens a list of
approvers ("Godkjent av: …", "Søknaden er elektronisk godkjent av …") and
whether a text says the approval has happened. Split from ``wording`` (what a
signature fragment says) so each stays one job; the words come from
``schemas/vocabulary/signatures.toml``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...norwegian import fold, normalize_space
from ...vocabulary import Entry, vocabulary_key
from .daydates import full_dates
from .words import signature_words

_DATE = (r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}-\d{2,4}"
         r"|\d{1,2}\.\s+\w+\s+\d{4}")
"""The date shapes a list label's verb may be followed by."""
_DIGIT = re.compile(r"\d").search


def undated_list_label(text: str) -> str:
    """"Godkjent 29.01.2020 av Nav-leder Kari Moen" as the list line it is,
    "Godkjent av Nav-leder Kari Moen (29.01.2020)": the date stands where
    the label's words would part, and is the signers'. So also inside an
    approval sentence ("Søknaden er elektronisk godkjent (den) 28.01.2020
    av Nav-leder A og rådmann B."), where a small word may lead up to it.
    Every date shape starts with a digit: a text without one is not searched
    (the pattern tries every word of every fragment). A bracketed note
    inside the label's words, on how it was signed ("Søknaden er signert
    digitalt (PAdES) av:", "godkjend (BankID) av"), is left out the same way."""
    return _undated_list_label(text, vocabulary_key())


@lru_cache(maxsize=4096)
def _undated_list_label(text: str, folder: str) -> str:
    """Memoised per text and vocabulary folder: the zones, the openers, the
    signer lists and the approval paragraphs each ask about the same lines."""
    text = _without_label_note(text)
    if not _DIGIT(text):
        return text
    for m in _dated_verb().finditer(text):
        if not full_dates(m.group(2)):
            continue
        verb_end = m.start() + len(m.group(1))
        moved = f"{text[:verb_end]} {text[m.end():]} ({m.group(2)})"
        label = list_label(moved)
        if label is not None and label.start() < verb_end < label.end():
            return moved
    return text


_NOTE = re.compile(r"\s+\([^()\d]{1,30}\)(?=\s)")


def _without_label_note(text: str) -> str:
    if "(" in text:
        for m in _NOTE.finditer(text):
            label = list_label(shorter := text[:m.start()] + text[m.end():])
            if label is not None and label.start() < m.start() < label.end():
                return shorter
    return text


@lru_cache(maxsize=4)
def _dated_verb_for(folder: str) -> re.Pattern[str]:
    leads = "|".join(re.escape(w) for w in sorted(signature_words().date_leads))
    return re.compile(rf"(\S+)\s+(?:(?:{leads})\s+)?({_DATE})\s+(?=\S)", re.IGNORECASE)


def _dated_verb() -> re.Pattern[str]:
    """A word, perhaps a small word leading up to a date ("den"), a date and
    more words: where a date may part a list label's verb from its "av"."""
    return _dated_verb_for(vocabulary_key())


def list_label(text: str) -> re.Match[str] | None:
    """The signer-list label that opens ``text`` ("Godkjent av: …"), or the
    one inside an electronic-approval statement written as a sentence
    ("Dokumentet er elektronisk godkjent av Nav-leder Kari Moe 27.01.2020 og
    …"): what follows the label names the approvers either way. Only in the
    statement's own clause, or opening the sentence after it ("Dokumentet er
    elektronisk godkjend og har difor ikkje signaturar. Godkjend av
    Nav-leiar …"): "… godkjent av" inside a later sentence is that
    sentence's ("Planen er godkjent av …"). The statement may follow
    another sentence on its line, as prose wraps ("Søknaden er forankret i
    kommuneledelsen. Dokumentet er elektronisk godkjent av …")."""
    words = signature_words()
    found = words.signer_list.match(text)
    if found is not None or not says_approval_done(fold(text)):
        return found
    found = words.signer_list_inner.search(text)
    if found is None:
        return None
    ends = list(re.finditer(r"[.!?]\s+", text[:found.start()]))
    if not ends:
        return found if _first_sentence_lists(text, found) else None
    if ends[-1].end() == found.start() and text[found.start()].isupper():
        return found
    if says_approval_done(fold(text[ends[-1].end():found.end()])):
        return found
    return found if _beside_statement(text, found, ends[-1].end()) else None


def _first_sentence_lists(text: str, found: re.Match[str]) -> bool:
    """The label stands in the text's first sentence, with the approval
    told after it: the label's own clause says the approval ("Søknaden er
    elektronisk godkjent av …"), the label opens the sentence (after a
    heading: "Godkjenning: Godkjent av …"), or the sentence's subject is
    the application (``application_sentence``). "Prosjektplanen er godkjent
    av rådmann Per Dal. Dokumentet er elektronisk godkjent." tells of
    another approval before the statement, and lists no approver of it."""
    head = text[:found.start()]
    return (says_approval_done(fold(text[:found.end()])) or not _HEADING.sub("", normalize_space(head)).strip()
            or application_sentence(head))


def _beside_statement(text: str, found: re.Match[str], start: int) -> bool:
    """The list label's sentence has the application as its subject
    ("Søknaden er godkjent av Nav-leder …") and the sentence just before it
    states the electronic approval ("Dokumentet er elektronisk godkjent og
    har derfor ingen signaturer. Søknaden er godkjent av …"): the two are
    one statement. ``start`` is where the label's sentence starts. (With
    the statement after the list, nothing stands between: the whole text
    says the approval, and no sentence before the label's.)"""
    if not application_sentence(text[start:found.start()]):
        return False
    before = list(re.finditer(r"[.!?]\s+", text[:start]))
    previous = text[before[-2].end() if len(before) > 1 else 0:start]
    return says_approval_done(fold(previous))


_SUBJECT_REACH = 4
"""Words between the application's subject and the list label ("er behandlet og godkjent av")."""
_HEADING = re.compile(r"^[^.!?:]{1,40}:\s+")
"""A heading before the sentence on its line ("Godkjenning: Søknaden er …")."""


def application_sentence(head: str) -> bool:
    """``head``, a sentence's words up to a signer-list label, has the
    application itself as its subject ("Søknaden er godkjent av",
    "Godkjenning: Søknaden er handsama og godkjend av"): the approvers the
    label lists approved the application, however the sentence words it."""
    head = _HEADING.sub("", normalize_space(head))
    m = _subjects().match(fold(head))
    if m is None:
        return False
    return len(fold(head)[m.end():].split()) <= _SUBJECT_REACH


def _subjects() -> re.Pattern[str]:
    return _subjects_for(vocabulary_key())


@lru_cache(maxsize=4)
def _subjects_for(folder: str) -> re.Pattern[str]:
    words = Entry("signatures", Path(folder)).table("approval_subjects").wordings(hyphen_in_words=True)
    return re.compile(rf"^(?:{words.pattern})(?=\s|$)")


_NOT_DONE_REACH = 3
"""Words before an approval phrase that may say it has not happened ("vil bli", "er ikke")."""
_CLAUSE_END = re.compile(r"[.!?;:,]\s|\bmen\b")
"""Where the clause an approval phrase stands in starts."""


def says_approval_done(folded: str) -> bool:
    """The folded text says the document was approved electronically: an
    approval phrase whose few words before it, in its clause, say no plan,
    wish, condition or absence ("Søknaden vil bli elektronisk godkjent av
    rådmannen" approves nothing yet). A clause ends at a comma or "men": in
    "Dokumentet er ikke signert, men elektronisk godkjent" the "ikke" is
    the ink's, not the approval's. Memoised with the vocabulary folder: a
    document's fragments are asked up to ten times each (the approvals, the
    list labels, the zones' run-on lines)."""
    return _says_approval_done(folded, vocabulary_key())


@lru_cache(maxsize=4096)
def _says_approval_done(folded: str, folder: str) -> bool:
    words = signature_words()
    for m in words.approval.finditer(folded):
        before = _CLAUSE_END.split(folded[:m.start()])[-1].split()
        if not words.approval_not_done.intersection(before[-_NOT_DONE_REACH:]):
            return True
    return False
