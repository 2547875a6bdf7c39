"""Where the application could not be read with confidence.

An error that something is missing is only fair when the toolkit could have
seen it: a signature page that OCR failed on, or a budget row under toner
smear, says nothing about what the office wrote there. These pages are
handed to validation, which then asks the clerk to check by hand instead of
reporting the value as missing.
"""

from __future__ import annotations

from soknad_extract.layout import Document, Page

UNSURE_LINE_CONFIDENCE = 0.6
"""OCR confidence (0-1) below which a line's words are more guess than reading."""
UNSURE_RUN = 4
"""Consecutive unsure lines that make an unreadable region: a signature's ink
read as letters gives one to three; a smear over a table gives more."""


def unsure_pages(doc: Document) -> tuple[int, ...]:
    """Numbers of the pages of ``doc`` a reader could not read (it left a
    note naming the page and no text, or marked areas it could not read,
    such as toner smear it painted out) or whose OCR holds an unreadable
    region, in page order."""
    noted = {note.page for note in doc.notes if note.page is not None}
    found = {page.number for page in doc.pages
             if (page.number in noted and not page.lines) or page.unread or _smeared(page)}
    return tuple(sorted(found))


def _smeared(page: Page) -> bool:
    run = 0
    for line in page.lines:
        if (line.ocr or page.ocr) and line.confidence < UNSURE_LINE_CONFIDENCE:
            run += 1
            if run >= UNSURE_RUN:
                return True
        else:
            run = 0
    return False
