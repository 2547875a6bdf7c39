"""OCR as a stage of reading: the one place that decides which pages need
OCR and how OCR'd pages join what the file itself carried.

Only pages that need it are OCR'd (``decide.needs_ocr``): born-digital documents
never touch Tesseract. The PDF reader hands its document to
``ocr_scanned_pages``; the image reader hands its frames to ``ocr_rasters``.
Pages are OCR'd ``threads.threads()`` at a time; nothing here raises: a page that
cannot be read comes back empty, marked unread, with a note naming it.
"""

from __future__ import annotations

from dataclasses import replace
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium

from ...layout import Document, Page, ReaderNote
from ...layout.geometry import area
from ...messages import reader_text
from ..pdf.text_layer import poor_text_layer, reads_poorly
from . import image as ocr_image
from .available import availability, ocr_available, ocr_ready
from .page import ocr_raster
from .speckle import NoPrint
from .text import OcrTimeout
from .threads import threads

UNREAD_NOTE_CODE = "LOW_CONFIDENCE"
"""A page that could not be read, or only in part, asks for a person's
look (LOW_CONFIDENCE naming the page), not for a missing-value error."""

def ocr_scanned_pages(doc: Document, path: Path, scanned: list[int]) -> None:
    """Replace the document's ``scanned`` pages (the numbers of those that
    ``decide.needs_ocr``, found by the caller) by their OCR'd reading, in
    place. When Tesseract cannot run, the pages stay as they are and the
    note that says what to install joins the document's notes. A page OCR
    fails on, or reads only in part, is named in a LOW_CONFIDENCE note and
    the other pages are kept; only when nothing at all could be read is the
    document unreadable."""
    if not scanned:
        return
    if not ocr_ready(doc.notes):
        return
    replacements = {p.number: p for p in ocr_pdf_pages(path, scanned, notes=doc.notes)}
    doc.pages = [_merge_ocr(page, replacements.get(page.number)) for page in doc.pages]
    settle_unread(doc.pages, doc.notes)


def _merge_ocr(page: Page, ocr_page: Page | None) -> Page:
    """An OCR'd page keeps the form fields the PDF itself carried, and the
    lines that show their values, so a form filled in over a scan still reads.
    A page whose own poor OCR layer our OCR reads no better is unsure whole."""
    if ocr_page is None:
        return page
    if poor_text_layer(page) and reads_poorly(ocr_page.lines):
        ocr_page.unread = [(0.0, 0.0, ocr_page.width or 0.0, ocr_page.height or 0.0)]
    ocr_page.fields = page.fields + ocr_page.fields
    ocr_page.lines = ocr_page.lines + [line for line in page.lines if line.form_value]
    return ocr_page


def _failed_page(
    number: int, size: tuple[float, float] | None, error: Exception, notes: list[ReaderNote] | None
) -> Page:
    """An empty page for one OCR could not read, and a note that names it:
    what the page holds is unknown, so a person must look, but the other
    pages still count. A page stopped by the document's time limit says so:
    the same file must not change class with the load of the machine. A
    page of speckle with no print (a photo of a desk) says that it holds no
    text, so the clerk checks that the right file was sent."""
    why = type(error).__name__
    if notes is not None and isinstance(error, (OcrTimeout, NoPrint)):
        key = "ocr_timeout" if isinstance(error, OcrTimeout) else "ocr_no_print"
        notes.append(
            ReaderNote(
                code=UNREAD_NOTE_CODE,
                message_nb=reader_text(key, "nb", page=number),
                message_en=reader_text(key, "en", page=number),
                page=number,
            )
        )
    elif notes is not None:
        notes.append(
            ReaderNote(
                code=UNREAD_NOTE_CODE,
                message_nb=reader_text("ocr_failed", "nb", page=number, error=why),
                message_en=reader_text("ocr_failed", "en", page=number, error=why),
                page=number,
            )
        )
    if size is None:
        page = Page(number=number)
    else:
        page = Page(number=number, width=round(size[0], 2), height=round(size[1], 2))
    page.unread = [(0.0, 0.0, page.width or 0.0, page.height or 0.0)]
    return page


def settle_unread(pages: list[Page], notes: list[ReaderNote]) -> None:
    """Name each page read only in part (its ``unread`` areas) in a note;
    when no page gave any text and some page could not be read at all, the
    document as a whole is unreadable: those notes say DOCUMENT_UNREADABLE."""
    noted = {n.page for n in notes if n.code == UNREAD_NOTE_CODE}
    for page in pages:
        if page.unread and page.number not in noted:
            notes.append(_unread_note(page))
    if pages and not any(page.lines for page in pages) and any(page.unread for page in pages):
        unread = {page.number for page in pages if page.unread}
        for i, note in enumerate(notes):
            if note.code == UNREAD_NOTE_CODE and note.page in unread:
                notes[i] = replace(note, code="DOCUMENT_UNREADABLE")


def _unread_note(page: Page) -> ReaderNote:
    """What a clerk reads about a page with areas that could not be read."""
    n, share = page.number, _unread_share(page)
    if share >= 95:
        key = "ocr_low_confidence" if page.lines else "ocr_covered_page"
    else:
        key = "ocr_covered_part"
    return ReaderNote(
        code=UNREAD_NOTE_CODE,
        message_nb=reader_text(key, "nb", page=n, share=share),
        message_en=reader_text(key, "en", page=n, share=share),
        page=n,
    )


def _unread_share(page: Page) -> int:
    if not page.width or not page.height:
        return 100
    return max(1, min(100, round(100 * sum(area(b) for b in page.unread) / (page.width * page.height))))


def ocr_rasters(
    rasters: Iterable[tuple[int, ocr_image.Raster | None]], notes: list[ReaderNote] | None = None
) -> list[Page]:
    """OCR numbered rasters, ``threads()`` at a time. A raster that is None
    (could not be drawn) or a page Tesseract fails on becomes an empty page
    marked unread and, when ``notes`` is given, a note; nothing raises."""
    available, note, lang = availability()
    if not available:
        if notes is not None and note is not None:
            notes.append(note)
        return [
            Page(number=n, width=round(r.width_pt, 2), height=round(r.height_pt, 2)) if r else Page(number=n)
            for n, r in rasters
        ]

    def work(held: list[tuple[int, ocr_image.Raster | None]]) -> Page:
        number, raster = held[0]
        size = None if raster is None else (raster.width_pt, raster.height_pt)
        del raster
        if size is None:
            return _failed_page(number, None, ValueError("no image"), notes)
        try:
            # Handed over: the page's reading holds the drawn page alone, and
            # lets it go once it is read (``ocr_raster``), not when this ends.
            return ocr_raster(held.pop()[1], number, lang)
        except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
            return _failed_page(number, size, error, notes)

    pages: list[Page] = []
    pending: deque[Future[Page]] = deque()
    workers = threads()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        # The next raster is drawn here while the pool reads the ones before it;
        # at most one waits for a free worker, which bounds the rasters in memory.
        for item in rasters:
            pending.append(pool.submit(work, [item]))
            item = None  # the worker thread's to let go of
            if len(pending) > workers:
                pages.append(pending.popleft().result())
        pages.extend(future.result() for future in pending)
    return pages


def pdf_rasters(path: Path, page_numbers: list[int]) -> Iterator[tuple[int, ocr_image.Raster | None]]:
    """Draw the pages one by one (pdfium is not thread-safe, so this stays in
    the calling thread); a page that cannot be drawn yields None."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        for number in page_numbers:
            yield number, None
        return
    try:
        for number in page_numbers:
            try:
                yield number, ocr_image.render_pdf_page(pdf, number)
            except (pdfium.PdfiumError, IndexError, ValueError):
                yield number, None
    finally:
        pdf.close()


def ocr_pdf_pages(
    path: str | Path, page_numbers: list[int], notes: list[ReaderNote] | None = None
) -> list[Page]:
    """OCR the given 1-based pages of a PDF, drawn at 300 dpi (less for
    pages larger than A4). Never raises: pages that cannot be OCR'd come back
    without lines; ``ocr_available()`` says why when Tesseract is missing,
    and ``notes`` (if given) collects a note per failure."""
    available, note = ocr_available()
    if not available:
        if notes is not None and note is not None:
            notes.append(note)
        return [Page(number=n) for n in page_numbers]
    return ocr_rasters(pdf_rasters(Path(path), page_numbers), notes)
