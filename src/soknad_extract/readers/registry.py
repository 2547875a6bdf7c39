"""The readers by format: one small ``Reader`` per format the registry is
keyed by (the format sniffed from the bytes, see ``sniff``).

Each reader imports its libraries only when it reads, so that the batch's
parent process, which only discovers files, stays light. Adding a format
means a reader here and its magic bytes in ``sniff``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from soknad_extract.layout import Document, Page


class Reader(Protocol):
    """Reads one format into the layout model; raises ``UnreadableDocument``
    with a message a clerk can act on when the file cannot be read."""

    format: str

    def read(self, path: Path) -> Document: ...


class PdfReader:
    """PDF text, forms and drawings; scanned pages through the OCR stage;
    the PAdES signatures."""

    format = "pdf"

    def read(self, path: Path) -> Document:
        from soknad_extract.readers.ocr.decide import needs_ocr
        from soknad_extract.readers.pdf.read import read_pdf
        from soknad_extract.readers.pdf.signatures import read_pdf_signatures

        doc = read_pdf(path, render=self._drawn_here)
        scanned = [page.number for page in doc.pages if needs_ocr(page)]
        if scanned:
            from soknad_extract.readers.ocr.stage import ocr_scanned_pages

            ocr_scanned_pages(doc, path, scanned)
        searchable = [page for page in doc.pages if page.number not in scanned and _searchable_scan(page)]
        if searchable:
            from soknad_extract.readers.answer_layer import add_answer_layers
            from soknad_extract.readers.copier_layer import reread_copier_layers
            from soknad_extract.readers.ocr.picture_marks import add_picture_marks

            searchable = reread_copier_layers(doc, path, searchable)
            add_answer_layers(doc, path, searchable)
            add_picture_marks(searchable, path)
        doc.signatures = read_pdf_signatures(path)
        return doc

    @staticmethod
    def _drawn_here(page: Page) -> bool:
        """Whether the PDF reader should draw the page's images: not for a
        page the OCR stage will draw and read whole, which replaces them.
        The OCR package is imported only for a page that needs it."""
        from soknad_extract.readers.ocr.decide import needs_ocr

        if not needs_ocr(page):
            return True
        from soknad_extract.readers.ocr.available import ocr_available

        return not ocr_available()[0]


def _searchable_scan(page: Page) -> bool:
    """A page read from its own fitting text layer that is one picture
    printing that text: its ticks and ink are only in the picture
    (``ocr.picture_marks``). Asked only of pages with a drawn picture."""
    if not page.images:
        return False
    from soknad_extract.readers.pdf.layer_fit import printed_layer
    from soknad_extract.readers.pdf.text_layer import own_lines

    return printed_layer(page, own_lines(page))


class DocxReader:
    """Word (.docx, .docm, Strict Open XML)."""

    format = "docx"

    def read(self, path: Path) -> Document:
        from soknad_extract.readers.docx.read import read_docx
        from soknad_extract.readers.docx.scanned import ocr_scanned_word
        from soknad_extract.readers.embedded_ocr import ocr_word_pictures

        return ocr_word_pictures(ocr_scanned_word(read_docx(path)))


class OfficeReader:
    """Formats LibreOffice converts to Word first (.doc, .odt, .rtf)."""

    def __init__(self, format: str) -> None:
        self.format = format

    def read(self, path: Path) -> Document:
        from soknad_extract.readers.convert import read_legacy_word
        from soknad_extract.readers.docx.scanned import ocr_scanned_word
        from soknad_extract.readers.embedded_ocr import ocr_word_pictures

        return ocr_word_pictures(ocr_scanned_word(read_legacy_word(path, self.format)))


class ImageReader:
    """PNG, JPEG and TIFF scans, every frame through the OCR stage."""

    format = "image"

    def read(self, path: Path) -> Document:
        from soknad_extract.readers.image import read_image

        return read_image(path)


READERS: dict[str, Reader] = {
    reader.format: reader
    for reader in (PdfReader(), DocxReader(), OfficeReader("doc"), OfficeReader("odt"), OfficeReader("rtf"), ImageReader())
}
