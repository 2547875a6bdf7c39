"""What the PDF reader says about a file it could read only in part: a
stage of a page that failed, streams that were damaged, a table of objects
that had to be rebuilt. Each becomes a ``ReaderNote`` (LOW_CONFIDENCE), so
the record asks a person to look instead of reporting values as missing.
"""

from __future__ import annotations

from typing import Any

import pypdfium2.raw as pdfium_c

from ...layout import Document, ReaderNote
from ...messages import reader_text, reader_texts

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


def xref_note(doc: Document, pdf: Any) -> bool:
    """That pdfium had to rebuild the table of the file's objects, said;
    True when it kept the file's own table."""
    if pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(pdf):
        return True
    note(doc, *reader_texts("pdf_xref_rebuilt"))
    return False


def damage_note(doc: Document, damage: tuple[int, int], page: int | None) -> None:
    """Streams that failed to decode and objects missing (``damage``), said
    for the page they were met on (None: the file as a whole)."""
    streams_, missing = damage
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
