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

UNSURE_LINE_CONFIDENCE = 0.6
"""OCR confidence (0-1) below which a line's words are more guess than reading."""
UNSURE_RUN = 4
"""Consecutive unsure lines that make an unreadable region: a signature's ink
read as letters gives one to three; a smear over a table gives more. As many
garbled lines anywhere on the page (a fax whose labels OCR turned to noise,
each between values it read well) lose as much."""
GARBLED_WORD = re.compile(r"[^\W\d_]{5,}")
"""A word of five letters or more: an unsure line that has one is printed
text OCR failed on ("ORGANISASJONSNUMMILN"), not a stroke read as a few
letters. Addresses and numbers are not words here."""
UNSURE_SHARE = 0.5
"""Share of an OCR page's letters in unsure lines at which the page is more
guess than reading: a faint or sideways scan that yields a few fragments."""


def unsure_pages(doc: Document) -> tuple[int, ...]:
    """Numbers of the pages of ``doc`` a reader could not read (it left a
    note naming the page and no text, or marked areas it could not read,
    such as toner smear it painted out) or whose OCR holds an unreadable
    region, lost several lines of text or is mostly guess, in page order."""
    noted = {note.page for note in doc.notes if note.page is not None}
    found = {page.number for page in doc.pages
             if (page.number in noted and not page.lines) or page.unread or _smeared(page)
             or _garbled(page) or _mostly_guessed(page)}
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


def _unsure(page: Page, line: Line) -> bool:
    return bool(line.ocr or page.ocr) and line.confidence < UNSURE_LINE_CONFIDENCE


def _garbled(page: Page) -> bool:
    """Lines of printed text OCR failed on, wherever they are on the page."""
    lost = [line for line in page.lines if _unsure(page, line)
            and any(GARBLED_WORD.fullmatch(token.strip(".,:;()")) for token in line.text.split())]
    return len(lost) >= UNSURE_RUN


def _mostly_guessed(page: Page) -> bool:
    """An OCR page whose letters are mostly in unsure lines. A page OCR found
    nothing on is blank, not unsure."""
    letters = [(len(re.findall(r"[^\W\d_]", line.text)), _unsure(page, line)) for line in page.lines]
    total = sum(n for n, _ in letters)
    return total > 0 and sum(n for n, unsure in letters if unsure) >= UNSURE_SHARE * total
