"""Where the application could not be read with confidence.

An error that something is missing is only fair when the toolkit could have
seen it: a signature page that OCR failed on, or a budget row under toner
smear, says nothing about what the office wrote there. These pages are
handed to validation, which then asks the clerk to check by hand instead of
reporting the value as missing.
"""

from __future__ import annotations

import re

from soknad_extract.layout import Document, Line, Page
from soknad_extract.layout.rows import Row

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
UNSURE_SHARE = 0.5
"""Share of an OCR page's letters in unsure lines at which the page is more
guess than reading: a faint or sideways scan that yields a few fragments."""


def unsure_pages(doc: Document) -> tuple[int, ...]:
    """Numbers of the pages of ``doc`` a reader could not read (it left a
    note naming the page and no text, or marked areas it could not read,
    such as toner smear it painted out) or whose OCR holds an unreadable
    region, several lines it could only guess at, or is mostly guess, in page order."""
    noted = {note.page for note in doc.notes if note.page is not None}
    found = {page.number for page in doc.pages
             if (page.number in noted and not page.lines) or page.unread or _smeared(page)
             or _guessed(page) or _mostly_guessed(page)}
    return tuple(sorted(found))


def _smeared(page: Page) -> bool:
    run = 0
    for line in page.lines:
        if _unsure(page, line):
            run += 1
            if run >= UNSURE_RUN:
                return True
        else:
            run = 0
    return False


def _guessed_line(line: Line) -> bool:
    """Most of the line's letters are in words OCR guessed at: a label on a
    fax in small capitals reads "VL TARE 15 NAVN" for "TILTAKETS NAVN".
    Only words of letters count: an e-mail address or a date read badly is a
    value, not a lost label."""
    letters = [(len(w.text.strip(".,:;()")), w.confidence) for w in line.words if w.text.strip(".,:;()").isalpha()]
    guessed = sum(n for n, confidence in letters if confidence < GUESSED_WORD_CONFIDENCE)
    return guessed >= GUESSED_MIN_LETTERS and 2 * guessed >= sum(n for n, _ in letters)


def _guessed(page: Page) -> bool:
    """Lines read as guesses here and there on the page, each between lines
    read well: the labels of a fax or a faint copy, whose values read well
    while the questions do not. A value missing from such a page may stand
    under a label nobody could read, so its absence proves nothing."""
    return sum(1 for line in page.lines if (line.ocr or page.ocr) and _guessed_line(line)) >= UNSURE_RUN


def _unsure(page: Page, line: Line) -> bool:
    return bool(line.ocr or page.ocr) and line.confidence < UNSURE_LINE_CONFIDENCE


def _mostly_guessed(page: Page) -> bool:
    """An OCR page whose letters and digits are mostly in unsure lines (a
    well-read amount counts as much as a word). A page OCR found nothing on
    is blank, not unsure. A page with no unsure line (every page of a Word
    file or a born-digital PDF) is not: its letters need no counting."""
    if not any(_unsure(page, line) for line in page.lines):
        return False
    letters = [(len(re.findall(r"[^\W_]", line.text)), _unsure(page, line)) for line in page.lines]
    total = sum(n for n, _ in letters)
    return total > 0 and sum(n for n, unsure in letters if unsure) >= UNSURE_SHARE * total


def guessed_row(row: Row) -> bool:
    """A row read by text recognition whose pieces are mostly guesses and
    mostly scraps, neither a word nor a number (specks and a shadow read as
    ". rv - Pat ' 2207 å * på"): noise, not a budget post. A faint copy's
    real row is guessed too, but its pieces are words and numbers."""
    cells = row.filled()
    if not all(cell.method == "ocr" for cell in cells):
        return False
    guessed = [cell for cell in cells if cell.confidence < GUESSED_WORD_CONFIDENCE]
    scraps = [cell for cell in cells if not re.search(r"\d|[^\W\d_]{3}", cell.text)]
    return 2 * len(guessed) > len(cells) and 2 * len(scraps) > len(cells)
