"""Readers turn a file into the common layout model (``layout.Document``).

One module per format; no field logic here. ``read_document`` picks the
reader by the file's content and suffix, sends scanned PDF pages through OCR
and attaches a PDF's digital signatures.
"""

from __future__ import annotations

from pathlib import Path

from soknad_extract.layout import Document, Page
from soknad_extract.readers.errors import UnreadableDocument

PDF_SUFFIXES = (".pdf",)
WORD_SUFFIXES = (".docx", ".docm")
LEGACY_SUFFIXES = (".doc", ".odt", ".rtf")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
SUPPORTED_SUFFIXES = PDF_SUFFIXES + WORD_SUFFIXES + LEGACY_SUFFIXES + IMAGE_SUFFIXES


def source_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in LEGACY_SUFFIXES:
        return "odt" if suffix == ".odt" else "doc"
    if suffix in WORD_SUFFIXES:
        return "docx"
    return "pdf"


def _read_pdf_with_ocr(path: Path) -> Document:
    from soknad_extract.readers import ocr
    from soknad_extract.readers.pdf import read_pdf
    from soknad_extract.readers.pdf_signatures import read_pdf_signatures

    doc = read_pdf(path)
    scanned = [page.number for page in doc.pages if ocr.needs_ocr(page)]
    if scanned:
        available, note = ocr.ocr_available()
        if available:
            replacements = {p.number: p for p in ocr.ocr_pdf_pages(path, scanned, notes=doc.notes)}
            doc.pages = [_merge_ocr(page, replacements.get(page.number)) for page in doc.pages]
        elif note is not None:
            doc.notes.append(note)
    doc.signatures = read_pdf_signatures(path)
    return doc


def _merge_ocr(page: Page, ocr_page: Page | None) -> Page:
    """An OCR'd page keeps the form fields the PDF itself carried, and the
    lines that show their values, so a form filled in over a scan still reads."""
    from soknad_extract.readers.pdf_forms import FORM_VALUE_STYLE

    if ocr_page is None:
        return page
    ocr_page.fields = page.fields + ocr_page.fields
    ocr_page.lines = ocr_page.lines + [line for line in page.lines if line.style == FORM_VALUE_STYLE]
    return ocr_page


def read_document(path: str | Path) -> Document:
    """Any supported file as a layout document; raises ``UnreadableDocument``
    with a message a clerk can act on when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableDocument(f"Finner ikke filen {path}.", f"File not found: {path}.")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocument(
            f"Filtypen «{suffix or 'uten endelse'}» støttes ikke. Be om søknaden som PDF eller Word (.docx).",
            f"The file type \"{suffix or 'none'}\" is not supported. Ask for the application as PDF or Word (.docx).",
        )
    if path.stat().st_size == 0:
        raise UnreadableDocument("Filen er tom (0 byte). Be Nav-kontoret sende søknaden på nytt.",
                                 "The file is empty (0 bytes). Ask the Nav office to send the application again.")
    if suffix in PDF_SUFFIXES:
        return _read_pdf_with_ocr(path)
    if suffix in WORD_SUFFIXES:
        from soknad_extract.readers.docx import read_docx

        return read_docx(path)
    if suffix in LEGACY_SUFFIXES:
        from soknad_extract.readers.convert import read_legacy_word

        return read_legacy_word(path)
    from soknad_extract.readers.image import read_image

    return read_image(path)
