"""How much of a PDF page is real text: the OCR stage's decision inputs.

Only the page's own text layer counts: lines the reader added for AcroForm
values (``Line.form_value``) and OCR lines do not, so a scan with
fillable fields over it still counts as a scan.
"""

from __future__ import annotations

from ...layout import Line, Page


def _text_lines(page: Page) -> list[Line]:
    """Lines from the page's own text layer: not OCR, not form values."""
    return [line for line in page.lines if not line.ocr and not line.form_value]


def text_coverage(page: Page) -> float:
    """Share of the page area covered by word boxes of its own text layer
    (form values and OCR lines excluded). A full page of 10 pt text covers
    roughly 0.15–0.3; a scan with a stamped page number, almost 0. The OCR
    module compares this with what the page's pixels show."""
    if not page.width or not page.height:
        return 0.0
    area = 0.0
    for line in _text_lines(page):
        for word in line.words:
            if word.bbox is not None:
                x0, top, x1, bottom = word.bbox
                area += max(0.0, x1 - x0) * max(0.0, bottom - top)
    return min(1.0, area / (page.width * page.height))


def has_text_layer(page: Page, min_chars: int = 1) -> bool:
    """The page carries at least ``min_chars`` letters or digits of its own
    extractable text (unmapped glyphs were already dropped, form values do
    not count). False means it is an image of text, or blank, and needs OCR
    to be read; for pages with a little text over a big image (a stamp on a
    scan), compare ``text_coverage`` with the image area."""
    count = 0
    for line in _text_lines(page):
        count += sum(ch.isalnum() for ch in line.text)
        if count >= min_chars:
            return True
    return False
