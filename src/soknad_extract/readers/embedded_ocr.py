"""Pages of paper pasted into a Word file that has text of its own.

An office fills the form in Word, prints the signing page, signs it, and
pastes a photo or scan of the signed page back into the file. The names,
titles and dates of the signers are then only in that picture; a clerk
reads them there, so the toolkit must too. ``docx.scanned`` reads a Word
file that is nothing but such pictures; this module reads them in a Word
file that also holds typed text: each page-sized picture is OCR'd into a
page of its own, placed right after the Word page that shows it.

The test is the picture's shown size (``docx.scanned``'s: at least half the
page's width and height), measured from what the Word reader already
parsed, so a born-digital Word file pays one comparison per picture and
never imports the OCR package. A logo or a pasted signature is never that
large. A picture OCR finds no text in (a photo of the office building) is
left as it was: it is no page of paper.
"""

from __future__ import annotations

from dataclasses import replace

from ..layout import Document, Image, Page, ReaderNote
from ..messages import reader_text
from .docx.scanned import page_sized, scanned_pictures

MIN_PAGE_WORDS = 8
"""Words an OCR'd picture must give to count as a page of paper: a signing
page has its heading, labels, names and dates; a photo with a caption or a
sign in it has fewer."""


_MARGINS = frozenset({"header", "footer"})
"""The style the Word reader gives the lines of a header or footer."""


def _in_margin(image: Image, page: Page) -> bool:
    """The picture stands in a header or footer: a letterhead template's
    background, the size of the page behind the text of every page, is the
    template's design, never a page of paper pasted into the body. OCR'd,
    it cost seconds a letter and added a page of the office's addresses."""
    index = image.paragraph_index
    return index is not None and index < len(page.lines) and page.lines[index].style in _MARGINS


def _paper_pictures(doc: Document) -> list[tuple[int, Image]]:
    """(index of its page, picture) for each page-sized picture with bytes
    in the body, in reading order."""
    return [(i, image) for i, page in enumerate(doc.pages) for image in page.images
            if image.data is not None and page_sized(image, page) and not _in_margin(image, page)]


def _renumbered(page: Page, number: int) -> Page:
    """The page under a new number, with everything on it that names its page."""
    if page.number == number:
        return page
    return replace(
        page, number=number,
        lines=[replace(line, page=number) for line in page.lines],
        tables=[replace(table, page=number) for table in page.tables],
        fields=[replace(f, page=number) for f in page.fields],
        images=[replace(image, page=number) for image in page.images],
    )


def ocr_word_pictures(doc: Document) -> Document:
    """The document with a page of OCR'd text after each Word page that
    shows a pasted page of paper (the picture itself leaves that page: its
    reading replaces it); the document unchanged when it has no such picture,
    when it is only pictures (``docx.scanned`` reads those), or when
    Tesseract cannot run (its note then joins the document's notes)."""
    found = _paper_pictures(doc)
    if not found or scanned_pictures(doc):
        return doc
    from .docx.scanned import page_rasters
    from .ocr.available import ocr_ready
    from .ocr.stage import ocr_rasters, settle_unread

    if not ocr_ready(doc.notes):
        return doc
    failed: list[ReaderNote] = []
    read = ocr_rasters(page_rasters([image for _, image in found]), failed)
    # A picture OCR failed on or ran out of time for may be the signed page:
    # it joins as an unread page, which ``settle_unread`` names under its own
    # number (LOW_CONFIDENCE), so nothing is called missing. One that held no
    # print (a photo) stays a picture. OCR's notes name the pictures by their
    # order, not their pages, and are not kept.
    unread = {note.page for note in failed if note.message_nb != reader_text("ocr_no_print", "nb", page=note.page)}
    by_page: dict[int, list[tuple[Image, Page]]] = {}
    for number, ((index, image), ocr_page) in enumerate(zip(found, read), start=1):
        words = sum(len(line.text.split()) for line in ocr_page.lines)
        if words >= MIN_PAGE_WORDS or number in unread:
            by_page.setdefault(index, []).append((image, ocr_page))
    if not by_page:
        return doc
    pages: list[Page] = []
    shift: dict[int, int] = {}
    for index, page in enumerate(doc.pages):
        taken = by_page.get(index, [])
        kept = [image for image in page.images if all(image is not picture for picture, _ in taken)]
        shift[page.number] = len(pages) + 1
        pages.append(_renumbered(replace(page, images=kept) if taken else page, len(pages) + 1))
        for _, ocr_page in taken:
            pages.append(_renumbered(ocr_page, len(pages) + 1))
    notes = [replace(n, page=shift.get(n.page, n.page)) if n.page is not None else n for n in doc.notes]
    settle_unread(pages, notes)
    added = len(pages) - len(doc.pages)
    return Document(path=doc.path, format=doc.format, pages=pages,
                    page_count=None if doc.page_count is None else doc.page_count + added,
                    signatures=doc.signatures, notes=notes, metadata=doc.metadata)
