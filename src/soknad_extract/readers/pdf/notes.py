"""What the PDF reader says about a file it could read only in part: a
stage of a page that failed, streams that were damaged, a table of objects
that had to be rebuilt. Each becomes a ``ReaderNote`` (LOW_CONFIDENCE), so
the record asks a person to look instead of reporting values as missing.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdfdocument import PDFXRefFallback

from ...layout import Document, ReaderNote
from ...messages import reader_text, reader_texts
from . import streams

NOTE_CODE = "LOW_CONFIDENCE"
"""Contract code of every partial failure: the document was read, but some
values may be missing, so a person should look. Whole-file failures raise
``UnreadableDocument`` instead (DOCUMENT_UNREADABLE)."""


def note(doc: Document, nb: str, en: str, page: int | None = None) -> None:
    doc.notes.append(ReaderNote(NOTE_CODE, nb, en, page))


def part_failed(doc: Document, part: str, exc: BaseException, page: int) -> None:
    why = type(exc).__name__
    note(
        doc,
        reader_text("pdf_part_unread", "nb", page=page, part=reader_text(f"pdf_part_{part}", "nb"), error=why),
        reader_text("pdf_part_unread", "en", page=page, part=reader_text(f"pdf_part_{part}", "en"), error=why),
        page,
    )



def xref_note(doc: Document, pdf: Any) -> None:
    """What pdfminer repaired while opening the file, said."""
    if any(isinstance(xref, PDFXRefFallback) for xref in pdf.doc.xrefs):
        note(doc, *reader_texts("pdf_xref_rebuilt"))


def damage(guard: streams.Guard) -> tuple[int, int]:
    return guard.damaged, guard.missing


def damage_note(doc: Document, before: tuple[int, int], after: tuple[int, int], page: int | None) -> None:
    """Streams that failed to decode and objects missing since ``before``,
    said for the page they were met on (None: while opening the file)."""
    streams_, missing = after[0] - before[0], after[1] - before[1]
    if not streams_ and not missing:
        return
    def said(lang: str) -> str:
        what = ", ".join(filter(None, (
            reader_text("pdf_damaged_streams", lang, streams=streams_) if streams_ else "",
            reader_text("pdf_missing_objects", lang, missing=missing) if missing else "")))
        if page:
            return reader_text("pdf_damaged_page", lang, page=page, what=what)
        return reader_text("pdf_damaged_file", lang, what=what)

    note(doc, said("nb"), said("en"), page)
