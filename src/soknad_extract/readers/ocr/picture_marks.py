"""Ticks and handwriting of a searchable scan whose text layer fits.

Class: a scanned page (one picture covering the page) with another
program's invisible OCR layer that lies where the picture prints its text
(``pdf.layer_fit.printed_layer``). The layer is trusted for the text and
the page is not OCR'd, but a layer holds only text: the ticks in the check
boxes and the ink of the signatures exist only in the picture. The OCR
reader's own image steps that need no Tesseract (binarise, ruling lines,
check boxes and their ticked state, ink regions) find them, with the
layer's words in the picture's pixels standing in for Tesseract's; the
boxes join the page as FormFields (labelled from the layer's lines, as the
OCR reader labels its pixel boxes) and the ink as Images.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ...layout import Line, Page
from .page import picture_marks
from .stage import pdf_rasters
from .text import OcrLine, OcrWord

LAYER_WORD_CONFIDENCE = 0.96
"""A fitting layer's words count as confidently read print."""


def add_picture_marks(pages: list[Page], path: Path) -> None:
    """Add the check boxes and ink regions found in each page's picture to
    ``pages`` (those ``printed_layer`` found to be searchable scans), in
    place. A page that cannot be drawn or read stays as it is: its text is
    the layer's either way."""
    invisible = invisible_text_pages(path, {page.number for page in pages})
    by_number = {page.number: page for page in pages if page.number in invisible}
    for number, raster in pdf_rasters(path, list(by_number)):
        page = by_number[number]
        if raster is None or not page.width:
            continue
        factor = raster.image.width / page.width
        lines = [_pixel_line(line, factor) for line in page.lines if not line.ocr and not line.form_value]
        try:
            fields, images = picture_marks(raster, [line for line in lines if line.words], number)
        except (ValueError, MemoryError):
            continue
        page.fields += fields
        page.images += images


def invisible_text_pages(path: Path, numbers: set[int]) -> set[int]:
    """Of the pages ``numbers``, those whose text objects are all invisible
    (render mode 3): a scan's OCR layer. A born-digital page over a
    letterhead picture draws its text, which the drawn picture then shows as
    well, so only this tells the two apart. The file is opened once for all
    of them."""
    invisible: set[int] = set()
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return invisible
    try:
        for index in sorted(n - 1 for n in numbers if 1 <= n <= len(pdf)):
            page = pdf[index]
            try:
                modes = {
                    pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw)
                    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT])
                }
            finally:
                page.close()
            if modes == {pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE}:
                invisible.add(index + 1)
    finally:
        pdf.close()
    return invisible


def _pixel_line(line: Line, factor: float) -> OcrLine:
    """A layer line in the raster's pixels, as OCR would have read it."""
    words = [
        OcrWord(word.text, tuple(round(v * factor) for v in word.bbox), LAYER_WORD_CONFIDENCE)  # type: ignore[arg-type]
        for word in line.words
        if word.bbox is not None and word.text.strip()
    ]
    return OcrLine(words, None)
