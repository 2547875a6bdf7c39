"""OCR, the stage the PDF and image readers call for scanned pages.

``stage`` decides which pages need OCR and how they join the PDF's own form
fields; ``page`` turns one raster into a layout page (with ``image``,
``tables``, ``marks`` and ``text`` for the steps); ``available`` probes
Tesseract.
"""

from soknad_extract.readers.ocr.available import ocr_available
from soknad_extract.readers.ocr.page import ocr_raster
from soknad_extract.readers.ocr.stage import is_garbage, needs_ocr, ocr_pdf_pages, ocr_rasters, ocr_scanned_pages

__all__ = ["is_garbage", "needs_ocr", "ocr_available", "ocr_pdf_pages", "ocr_raster", "ocr_rasters", "ocr_scanned_pages"]
