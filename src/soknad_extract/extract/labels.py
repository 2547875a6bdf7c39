"""The label vocabulary: which field a printed label asks for.

Forms from the directorate, the counties and the offices word their labels
differently, in Bokmål and Nynorsk, old ("NAV-kontor", "rådmann") and new.
The wordings live in ``schemas/vocabulary/labels.toml``, keyed on the nouns
that carry the meaning and tried from the most specific to the most general,
so "Kontaktpersonens e-post" is an e-mail label and not a contact name, and
"Organisasjonsnummer" never becomes the applicant.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.pair_text import clean_label, without_leader
from soknad_extract.norwegian import fold
from soknad_extract.norwegian.letters import LOWER, UPPER
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_key

_OCR_L = re.compile(r"(?<=[a-zæøå])!(?=[a-zæøå]|\s|$)")
"""An "l" a scan read as "!" inside or at the end of a word ("Stillingsande!:"):
no label has "!" there."""
_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_PERSON = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}")
"""A person's name, two to four capitalised words: before a note in brackets
it is an answer naming someone's role, where a label's words are lower case."""
_NUMBERED = r"^\s*(?:del\s+)?\d+(?:\.\d+)*\.?\s*[-–:]?\s*"
"""The number before a section heading ("2.", "Del 3 –")."""


@lru_cache(maxsize=4)
def _vocabulary(folder: str) -> tuple[re.Pattern[str], list[tuple[str, Wordings]], list[tuple[str, Wordings]]]:
    """The section headings, each field's wordings in the file's order, and
    the notes in brackets that name a field; by the folder as text
    (``vocabulary_key``), so a label not met before builds no ``Path``."""
    entry = Entry("labels", Path(folder))
    heading = re.compile(_NUMBERED + "(?:" + entry.table("section_heading").wordings().pattern + r")\s*$",
                         re.IGNORECASE)
    fields = [(field.text("key"), field.wordings()) for field in entry.tables("field")]
    notes = [(note.text("key"), note.wordings()) for note in entry.tables("naming_note")]
    return heading, fields, notes


def classify_label(text: str) -> str | None:
    """The field a label asks for, or None when the text is not a label. A
    numbered section heading ("2. Prosjektet") names a part of the form, not a
    field; a note in brackets is read last ("Kontaktperson (navn, telefon og
    e-post)" asks for the contact, not an e-mail)."""
    return _classify(text, vocabulary_key())


@lru_cache(maxsize=4096)
def _classify(text: str, folder: str) -> str | None:
    heading, fields, naming_notes = _vocabulary(folder)
    if heading.match(text):
        return None
    label = _OCR_L.sub("l", fold(clean_label(text)))
    if not label or len(label) > 70 or len(label.split()) > 9:
        return None
    if without_leader(text).rstrip().endswith(".") and len(label.split()) >= 4 and not _ends_abbreviated(label, folder):
        return None  # a sentence, not a label ("Lønn og sosiale utg.": an abbreviation's stop)
    if "@" in label or re.search(r"\d", re.sub(r"\b(19|20)\d\d\b", "", label)):
        return None  # an answer with a number or an address in it, not a label
    without_note = without_bracket_note(label)
    if label != without_note and _PERSON.fullmatch(without_bracket_note(clean_label(text))):
        return _match(without_note, fields)  # "Per Fossum (prosjektleder)": a name and its role, no label
    named = [_match(note.strip(), naming_notes) for note in _NOTE_TEXT.findall(label)] if without_note else []
    if any(named):
        return next(key for key in named if key)  # "Omsøkt ressurs (stillingsprosent)": the note names the field
    return _match(without_note, fields) or (_match(label, fields) if label != without_note else None)


def _ends_abbreviated(label: str, folder: str) -> bool:
    """The label's closing full stop is an abbreviation's ("… sosiale utg.",
    "… lønnsutg."): ``labels.toml``'s ``label_abbreviation``, alone or closing a compound."""
    last = label.rstrip(" .").rpartition(" ")[2].rpartition(".")[2]
    return any(last == word or len(last) - len(word) >= 3 and last.endswith(word) for word in _abbreviations(folder))


@lru_cache(maxsize=4)
def _abbreviations(folder: str) -> frozenset[str]:
    return frozenset(map(fold, Entry("labels", Path(folder)).table("label_abbreviation").words()))


_BRACKET_NOTE = re.compile(r"\s*\([^)]*\)")
_NOTE_TEXT = re.compile(r"\(([^)]*)\)")


def without_bracket_note(label: str) -> str:
    """A label without its notes in brackets ("Stilling 1 (tittel og %)" →
    "Stilling 1"): how to answer, not what is asked."""
    return _BRACKET_NOTE.sub("", label).strip()


def _match(label: str, fields: list[tuple[str, Wordings]]) -> str | None:
    for key, wordings in fields:
        if label and wordings.search(label):
            return key
    return None


def names_the_project(text: str) -> bool:
    """The text is a heading that names the project alone ("Prosjekt",
    "2. Om tiltaket"), with no answer of its own."""
    return _project_heading(vocabulary_key()).fullmatch(fold(clean_label(_ROMAN.sub("", text)))) is not None


_ROMAN = re.compile(r"^\s*[IVX]{1,4}\.\s+")
"""A part's Roman number before its heading ("II. Prosjektet")."""


@lru_cache(maxsize=4)
def _project_heading(folder: str) -> re.Pattern[str]:
    return Entry("labels", Path(folder)).table("project_heading").wordings().compiled
