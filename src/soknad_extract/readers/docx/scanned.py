"""Word files that are only pictures of paper: a scanned or photographed
form pasted into Word and sent as .docx.

Offices often scan a signed paper form, paste the scan into an empty Word
document and send that. The file then has no text of its own, only
page-sized pictures; a clerk reads the pictures, so the toolkit must too:
each such picture is read like a scanned PDF page, through the OCR stage.

A Word document with real text is never touched: its ink pictures
(signatures pasted into a typed form, a logo) are read by signature
detection as pictures, not OCR'd as pages. The test is therefore twofold:
(almost) no text in the whole document, and every page-sized picture is a
page to read; small pictures (a signature, a logo) are never pages.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PIL import Image as PILImage

from ... import limits
from ...layout import Document, Image, Page

if TYPE_CHECKING:
    from ..ocr.image import Raster

MAX_OWN_TEXT = 80
"""Non-blank characters a picture-only Word file may carry of its own: a
caption such as "Søknad, skannet" or a file name typed above the scan.
A typed form has hundreds."""

PAGE_SHARE = 0.5
"""A picture is a page when it is shown at least this share of the page's
width and height (a scan pasted into Word is shrunk to fit the margins)."""

A4_POINTS = (595.0, 842.0)
"""The page size assumed when Word states none."""

FIT_SHARE = 0.7
"""The smallest share of its paper's size Word shows a pasted page picture
at: it shrinks the picture to fit between the margins (an A4 page 595 pt
wide shown 420-525 pt wide)."""

SHOWN_LARGER = 1.1
"""How much larger than its paper a page picture may be shown and still
agree with its file's dpi (a page picture stretched a little by hand)."""

MIN_PAGE_PIXELS = 1000
"""Without a displayed size, a picture is a page when its shorter side has
at least this many pixels (a scan of a page at 100 dpi or more)."""


def _own_text(doc: Document) -> int:
    return sum(len("".join(line.text.split())) for line in doc.lines())


def page_sized(image: Image, page: Page) -> bool:
    if image.data is None:
        return False
    if image.display_size is not None:
        width, height = page.width or A4_POINTS[0], page.height or A4_POINTS[1]
        shown_w, shown_h = image.display_size
        return shown_w >= PAGE_SHARE * width and shown_h >= PAGE_SHARE * height
    sides = (image.pixel_width, image.pixel_height)
    return None not in sides and min(sides) >= MIN_PAGE_PIXELS  # type: ignore[type-var]


def scanned_pictures(doc: Document) -> list[Image]:
    """The page-sized pictures (with their bytes), in reading order, when the
    Word document is only pictures of paper; an empty list otherwise (the
    document has text of its own, or no picture the size of a page)."""
    if _own_text(doc) > MAX_OWN_TEXT:
        return []
    return [image for page in doc.pages for image in page.images
            if page_sized(image, page) and image.data is not None]


def shown_dpi(pixels: tuple[int, int], shown: tuple[float, float] | None) -> float | None:
    """The resolution a picture has on the Word page: its pixels over the
    inches it is shown at (points / 72), from both sides (a picture turned
    a quarter keeps its area); None without a shown size.
    Word shows a pasted scan at the size it is placed at, whatever dpi its
    file states (72 when the scanner or program wrote none), so that is the
    size of the paper it pictures; read at the file's dpi, a 300 dpi scan
    tagged 72 would be taken for a poster and shrunk past reading."""
    if shown is None or min(shown) <= 0 or min(pixels) <= 0:
        return None
    return 72.0 * ((pixels[0] * pixels[1]) / (shown[0] * shown[1])) ** 0.5


def reading_dpi(own: float, seen: float | None) -> float:
    """The resolution to read a page picture at: the file's own (``own``,
    stated or guessed from an A4 page) while the size Word shows it at
    (``seen``, from ``shown_dpi``) agrees with it, the shown one otherwise
    (a 300 dpi scan tagged 72 dpi is shown at a page's size, not 4 times
    it). Agreeing means shown at most ``SHOWN_LARGER`` larger than its
    paper or shrunk to ``FIT_SHARE`` of it (fitted between the margins)."""
    if seen is None or own / SHOWN_LARGER <= seen <= own / FIT_SHARE:
        return own
    return seen


def page_rasters(pictures: list[Image]) -> Iterator[tuple[int, Raster | None]]:
    """Numbered rasters of the pictures, at the resolution they are shown
    at; one that cannot be decoded, or is over the pixel limit, becomes
    None (an empty page marked unread)."""
    from ..ocr.image import image_dpi, raster_from_image

    lim = limits.active()
    for number, picture in enumerate(pictures, start=1):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                image = PILImage.open(io.BytesIO(picture.data or b""))
            with image:
                if image.width * image.height > lim.max_pixels:
                    yield number, None
                    continue
                image.load()
                own = image_dpi(image)
                yield number, raster_from_image(image, reading_dpi(own, shown_dpi(image.size, picture.display_size)))
        except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
            yield number, None


def ocr_scanned_word(doc: Document) -> Document:
    """The document with its pages replaced by the OCR'd reading of its
    page-sized pictures, one page per picture, when it is only pictures of
    paper; the document unchanged otherwise. When Tesseract cannot run, the
    document is kept as read and the note that says what to install joins
    its notes."""
    pictures = scanned_pictures(doc)
    if not pictures:
        return doc
    from ..ocr.available import ocr_ready
    from ..ocr.stage import ocr_rasters, settle_unread

    if not ocr_ready(doc.notes):
        return doc
    notes = list(doc.notes)
    pages = ocr_rasters(page_rasters(pictures), notes)
    settle_unread(pages, notes)
    return Document(path=doc.path, format=doc.format, pages=pages, page_count=len(pages),
                    signatures=doc.signatures, notes=notes, metadata=doc.metadata)
