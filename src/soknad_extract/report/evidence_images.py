"""Pictures of the evidence: the page region a value or signature was read from.

Shared by the county's HTML report and the office's self-check page, so both
show the same crop for the same evidence. A PDF page is rendered with pdfium
(scans in a PDF included: pdfium draws the scanned image); an image file is
read with Pillow at the resolution the OCR reader assumed, so the record's
boxes (PDF points, origin top left) land on the same place. Word files have
no fixed pages, so they get no pictures: the words read are shown instead.

Pictures are PNG (Pillow writes no timestamps), so the same file gives the
same bytes and the HTML report stays byte-identical between runs. pdfium is
not thread-safe; every call into it holds one lock, so callers in threads
are safe. The web page draws its pictures in a throwaway process
(``web/pictures.py``), so a file that crashes pdfium cannot stop the server.
"""

from __future__ import annotations

import base64
import io
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from soknad_extract.digest import sha256_of

SCALE = 2.0
"""Pixels per PDF point of a rendered page (144 dpi: small print stays legible)."""

CROP_MARGIN = (18.0, 10.0)
"""Points of context kept around a box, left/right and above/below."""

CROP_MIN_WIDTH = 220.0
"""A narrow box (a check box, a short number) is widened to this many points, for context."""

CROP_MAX_HEIGHT = 260.0
"""A very tall box (a paragraph read by NLP) is cut to this many points from its top."""

CROP_MAX_PIXELS = 760
"""Widest crop in pixels; wider regions are scaled down."""

PAGE_WIDTH_PIXELS = 720
"""Width of a whole-page picture with the place marked."""

PALETTE_COLOURS = 16
"""Colours kept in a picture (see ``_png``)."""

MAX_PAGE_POINTS = 5000.0
"""Pages larger than this (in points, either side) are not rendered: not a form."""

_MARK = (214, 40, 40)
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class Picture:
    """One PNG picture and its size in pixels."""

    png: bytes
    width: int
    height: int

    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


def _png(image: Image.Image) -> Picture:
    """PNG with a 16-colour palette: grays and the mark are all a page needs,
    and it is a quarter of the size of full colour."""
    buffer = io.BytesIO()
    image.quantize(colors=PALETTE_COLOURS).save(buffer, format="PNG", optimize=True)
    return Picture(buffer.getvalue(), image.width, image.height)


class PageImages:
    """The pages of one file, each rendered once, at ``SCALE`` pixels per point."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self.format = fmt
        self._pages: dict[int, Image.Image | None] = {}

    def page(self, number: int) -> Image.Image | None:
        """Page ``number`` (1-based) in grayscale, or None when it cannot be drawn."""
        if number not in self._pages:
            try:
                self._pages[number] = (self._render_pdf(number) if self.format == "pdf"
                                       else self._render_image(number))
            except Exception:  # noqa: BLE001 - a picture is a courtesy; the words are still shown
                self._pages[number] = None
        return self._pages[number]

    def _render_pdf(self, number: int) -> Image.Image | None:
        import pypdfium2 as pdfium

        with _PDFIUM:
            pdf = pdfium.PdfDocument(str(self.path))
            try:
                if not 1 <= number <= len(pdf):
                    return None
                pdf.init_forms()  # draw filled-in form fields, where the values are
                page = pdf[number - 1]
                try:
                    width, height = page.get_size()
                    if max(width, height) > MAX_PAGE_POINTS:
                        return None
                    bitmap = page.render(scale=SCALE, grayscale=True, may_draw_forms=True)
                    return bitmap.to_pil().convert("L")
                finally:
                    page.close()
            finally:
                pdf.close()

    def _render_image(self, number: int) -> Image.Image | None:
        # the pixels and dpi the OCR reader read, so the record's boxes land where they were read
        from soknad_extract.readers.ocr.image import page_pixels
        from soknad_extract.readers.ocr.paper import image_dpi

        with Image.open(self.path) as image:
            image.seek(number - 1)
            frame, dpi = page_pixels(ImageOps.exif_transpose(image).convert("L"), image_dpi(image))
        points = (frame.width * 72 / dpi, frame.height * 72 / dpi)
        if max(points) > MAX_PAGE_POINTS:
            return None
        size = (max(1, round(points[0] * SCALE)), max(1, round(points[1] * SCALE)))
        return frame.resize(size, Image.Resampling.LANCZOS)

    def crop(self, number: int, bbox: list[float]) -> Picture | None:
        """The region around ``bbox`` with the box itself outlined."""
        page = self.page(number)
        if page is None or not _sane(bbox):
            return None
        x0, top, x1, bottom = bbox
        width = max(x1 - x0 + 2 * CROP_MARGIN[0], CROP_MIN_WIDTH)
        centre = (x0 + x1) / 2
        left = max(0.0, centre - width / 2)
        right = min(page.width / SCALE, left + width)
        upper = max(0.0, top - CROP_MARGIN[1])
        lower = min(page.height / SCALE, bottom + CROP_MARGIN[1], upper + CROP_MAX_HEIGHT)
        if right - left < 1 or lower - upper < 1:
            return None
        box = tuple(round(v * SCALE) for v in (left, upper, right, lower))
        region = page.crop(box).convert("RGB")
        mark = [(x0 - left) * SCALE - 3, (top - upper) * SCALE - 3,
                (x1 - left) * SCALE + 3, (bottom - upper) * SCALE + 3]
        ImageDraw.Draw(region).rectangle(mark, outline=_MARK, width=3)
        if region.width > CROP_MAX_PIXELS:
            ratio = CROP_MAX_PIXELS / region.width
            region = region.resize((CROP_MAX_PIXELS, max(1, round(region.height * ratio))),
                                   Image.Resampling.LANCZOS)
        return _png(region)

    def marked_page(self, number: int, bbox: list[float] | None) -> Picture | None:
        """The whole page, scaled to ``PAGE_WIDTH_PIXELS``, with ``bbox`` outlined."""
        page = self.page(number)
        if page is None:
            return None
        ratio = PAGE_WIDTH_PIXELS / page.width
        small = page.resize((PAGE_WIDTH_PIXELS, max(1, round(page.height * ratio))),
                            Image.Resampling.LANCZOS).convert("RGB")
        if bbox is not None and _sane(bbox):
            factor = SCALE * ratio
            x0, top, x1, bottom = (v * factor for v in bbox)
            ImageDraw.Draw(small).rectangle([x0 - 4, top - 4, x1 + 4, bottom + 4],
                                            outline=_MARK, width=3)
        return _png(small)


def _sane(bbox: list[float]) -> bool:
    x0, top, x1, bottom = bbox
    return x1 > x0 and bottom > top and x0 >= -1 and top >= -1


Region = tuple[int, tuple[float, ...]]
"""A page number and a box on it."""


def render_regions(path: str | Path, fmt: str,
                   regions: list[Region]) -> dict[Region, tuple[Picture | None, Picture | None]]:
    """The crop and the marked whole page of each region, in one go (the web
    page runs this in a throwaway process, see ``web/pictures.py``)."""
    pages = open_pages(path, fmt)
    if pages is None:
        return {}
    return {(page, box): (pages.crop(page, list(box)), pages.marked_page(page, list(box)))
            for page, box in regions}


def open_pages(path: str | Path, fmt: str, sha256: str | None = None) -> PageImages | None:
    """The file's pages for drawing, or None when it has no fixed pages (Word)
    or is not the file the record was made from (``sha256`` differs: it was
    moved or changed since, and a picture of another file would mislead)."""
    file = Path(path)
    if fmt not in ("pdf", "image") or not file.is_file():
        return None
    if sha256 is not None and sha256_of(file) != sha256:
        return None
    return PageImages(file, fmt)
