"""Where the application could not be read with confidence.

An error that something is missing is only fair when the toolkit could have
seen it: a signature page that OCR failed on, or a budget row under toner
smear, says nothing about what the office wrote there. These pages are
handed to validation, which then asks the clerk to check by hand instead of
reporting the value as missing.
"""

from __future__ import annotations

from soknad_extract.layout import Document, Line, Page

UNSURE_LINE_CONFIDENCE = 0.6
"""OCR confidence (0-1) below which a line's words are more guess than reading."""
UNSURE_RUN = 4
"""Consecutive unsure lines that make an unreadable region: a signature's ink
read as letters gives one to three; a smear over a table gives more."""
GUESSED_WORD_CONFIDENCE = 0.5
"""OCR confidence (0-1) below which a word is a guess at the letters."""
GUESSED_MIN_LETTERS = 4
"""Letters guessed on a line before it counts as a line OCR could not read:
a speck read as "a" or a stray "I" is no unread label."""


def unsure_pages(doc: Document) -> tuple[int, ...]:
    """Numbers of the pages of ``doc`` a reader could not read (it left a
    note naming the page and no text, or marked areas it could not read,
    such as toner smear it painted out) or whose OCR holds an unreadable
    region or several lines it could only guess at, in page order."""
    noted = {note.page for note in doc.notes if note.page is not None}
    found = {page.number for page in doc.pages
             if (page.number in noted and not page.lines) or page.unread or _smeared(page) or _guessed(page)}
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


def _guessed_line(line: Line) -> bool:
    """Most of the line's letters are in words OCR guessed at: a label on a
    fax in small capitals reads "VL TARE 15 NAVN" for "TILTAKETS NAVN"."""
    letters = [(sum(c.isalpha() for c in w.text), w.confidence) for w in line.words]
    guessed = sum(n for n, confidence in letters if confidence < GUESSED_WORD_CONFIDENCE)
    return guessed >= GUESSED_MIN_LETTERS and 2 * guessed >= sum(n for n, _ in letters)


def _guessed(page: Page) -> bool:
    """Lines read as guesses here and there on the page, each between lines
    read well: the labels of a fax or a faint copy, whose values read well
    while the questions do not. A value missing from such a page may stand
    under a label nobody could read, so its absence proves nothing."""
    return sum(1 for line in page.lines if (line.ocr or page.ocr) and _guessed_line(line)) >= UNSURE_RUN
