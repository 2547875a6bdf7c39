"""Marks a scan lost from the values read, put back once the whole document
is known: a place name read without its å, ø or æ ("Jobbspor Gjavik" under
"Nav Gjøvik", ``norwegian.place_marks``) and, in a document written in
Nynorsk, a Nynorsk word read as the Bokmål word it then spells ("Overgang
fra skule til arbeid", ``norwegian.nynorsk_marks``).

The OCR reader puts back only words whose unmarked form is no word at all
(``readers/ocr/marks_lost``); these repairs need what the reader does not
have: the other pages' words and the document's language. They touch only
values whose evidence is OCR: typed text keeps the writer's spelling. The
evidence keeps the text as the scan read it (and its method "ocr", which the
low-confidence warnings read), so a clerk sees both what was read and what
the record says.
"""

from __future__ import annotations

from soknad_extract.extract.context import Draft
from soknad_extract.layout import Document
from soknad_extract.norwegian.nynorsk_marks import restore_nynorsk
from soknad_extract.norwegian.place_marks import names_in, restore_places

_FIELDS = {"office.name": True, "office.municipality": True, "project.title": False}
"""The text values repaired, and whether each holds a place (the office's
name after "Nav", the municipality) rather than running words."""
_MARKS = frozenset("åøæÅØÆ")


def _office_places(draft: Draft) -> set[str]:
    """The place words with marks of the office's name and municipality
    ("Nav Lågendalen" → "Lågendalen"), however they were read: the office's
    place is a place name though no list holds it."""
    found = set()
    for path in ("office.name", "office.municipality"):
        value = draft.get(path)
        if isinstance(value, str):
            found.update(w for w in value.split() if w[:1].isupper() and _MARKS & set(w))
    return found


def restore_lost_marks(draft: Draft, doc: Document, language: str | None) -> None:
    """Put back the marks the scan lost in the OCR'd text values of ``draft``."""
    scanned = [path for path in _FIELDS
               if isinstance(draft.get(path), str) and (ev := draft.evidence.get(path)) is not None
               and ev.method == "ocr"]
    if not scanned:
        return
    text = "\n".join([doc.text(), *(f.value for f in doc.fields() if f.value)])
    known = names_in(text) | _office_places(draft)
    for path in scanned:
        value = restore_places(draft.values[path], known, _FIELDS[path])
        draft.values[path] = restore_nynorsk(value) if language == "nn" else value
