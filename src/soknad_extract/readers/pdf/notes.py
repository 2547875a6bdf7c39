"""What the PDF reader says about a file it could read only in part: a
stage of a page that failed, streams that were damaged, a table of objects
that had to be rebuilt. Each becomes a ``ReaderNote`` (LOW_CONFIDENCE), so
the record asks a person to look instead of reporting values as missing.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdfdocument import PDFXRefFallback

from ...layout import Document, ReaderNote
from . import streams

NOTE_CODE = "LOW_CONFIDENCE"
"""Contract code of every partial failure: the document was read, but some
values may be missing, so a person should look. Whole-file failures raise
``UnreadableDocument`` instead (DOCUMENT_UNREADABLE)."""

_PARTS = {
    "text": ("teksten", "the text"),
    "tables": ("tabellene", "the tables"),
    "form": ("skjemafeltene", "the form fields"),
    "checkboxes": ("avkrysningsboksene", "the check boxes"),
    "images": ("bildene", "the images"),
}


def note(doc: Document, nb: str, en: str, page: int | None = None) -> None:
    doc.notes.append(ReaderNote(NOTE_CODE, nb, en, page))


def part_failed(doc: Document, part: str, exc: BaseException, page: int) -> None:
    nb_part, en_part = _PARTS[part]
    why = type(exc).__name__
    note(
        doc,
        f"Side {page}: {nb_part} kunne ikke leses ({why}); verdier derfra kan mangle. Kontroller siden manuelt.",
        f"Page {page}: {en_part} could not be read ({why}); values from there may be missing. Check the page by hand.",
        page,
    )



def xref_note(doc: Document, pdf: Any) -> None:
    """What pdfminer repaired while opening the file, said."""
    if any(isinstance(xref, PDFXRefFallback) for xref in pdf.doc.xrefs):
        note(
            doc,
            "PDF-filen er skadet: oversikten over objektene i filen (xref) måtte bygges opp på nytt. "
            "Verdier kan mangle eller være feil; kontroller dokumentet manuelt.",
            "The PDF file is damaged: its table of objects (xref) had to be rebuilt. "
            "Values may be missing or wrong; check the document by hand.",
        )


def damage(guard: streams.Guard) -> tuple[int, int]:
    return guard.damaged, guard.missing


def damage_note(doc: Document, before: tuple[int, int], after: tuple[int, int], page: int | None) -> None:
    """Streams that failed to decode and objects missing since ``before``,
    said for the page they were met on (None: while opening the file)."""
    streams_, missing = after[0] - before[0], after[1] - before[1]
    if not streams_ and not missing:
        return
    what_nb = ", ".join(filter(None, (
        f"{streams_} datastrøm(mer) kunne bare delvis leses" if streams_ else "",
        f"{missing} objekt(er) mangler" if missing else "")))
    what_en = ", ".join(filter(None, (
        f"{streams_} data stream(s) could only partly be read" if streams_ else "",
        f"{missing} object(s) are missing" if missing else "")))
    where_nb, where_en = (f"Side {page}: PDF-filen", f"Page {page}: the PDF file") if page else ("PDF-filen", "The PDF file")
    note(
        doc,
        f"{where_nb} er skadet ({what_nb}); verdier kan mangle eller være feil. Kontroller manuelt.",
        f"{where_en} is damaged ({what_en}); values may be missing or wrong. Check by hand.",
        page,
    )
