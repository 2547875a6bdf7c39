"""Placed images of a PDF page, rendered as the reader sees them.

Signature detection needs to tell a handwritten signature from a logo or a
stamp, so it gets the image region as it appears on the page: rendered
with pdfium (masks, transparency and anything drawn over it included) at
about 100 dpi, plus the share of dark pixels. Rendering the region rather
than decoding the image stream also covers encodings (JBIG2, CCITT, soft
masks) that would otherwise need a decoder each. Colour is kept when the
region has any (a red or yellow logo is told from blue ink by it, as with
the original pictures the Word reader passes on); grey regions are stored
as grey PNGs, a third of the size.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from typing import Any

from PIL import ImageChops

from ... import limits
from ...layout import BBox, Image
from ...layout.settings import INK_GREY_LEVEL, PDF_IMAGE_GREY_SPREAD, PDF_IMAGE_MIN_PT

DPI = 100
MAX_SIDE = 800
"""Longest side of a rendered image, in pixels."""


def _clip(box: BBox, page_box: BBox) -> BBox | None:
    x0, top = max(box[0], page_box[0]), max(box[1], page_box[1])
    x1, bottom = min(box[2], page_box[2]), min(box[3], page_box[3])
    if x1 - x0 < PDF_IMAGE_MIN_PT or bottom - top < PDF_IMAGE_MIN_PT:
        return None
    return (x0, top, x1, bottom)


def render_region(pdfium_page: Any, page_box: BBox, box: BBox) -> tuple[Callable[[], bytes], float, Any]:
    """``box`` drawn from the page (RGB, or grey when the region has no
    colour): what makes its PNG bytes, its ink ratio and the drawn picture
    (for the ink test, which reads the pixels, not the bytes; the bytes are
    made when something reads ``Image.data``). ``page_box``
    is the page's visible area in the same top-left coordinates as ``box``."""
    width, height = box[2] - box[0], box[3] - box[1]
    scale = min(DPI / 72.0, MAX_SIDE / max(width, height))
    crop = (
        box[0] - page_box[0],
        page_box[3] - box[3],
        page_box[2] - box[2],
        box[1] - page_box[1],
    )
    bitmap = pdfium_page.render(scale=scale, crop=tuple(max(0.0, c) for c in crop))
    try:
        picture = bitmap.to_pil().convert("RGB")  # a copy: the bitmap's buffer can go
    finally:
        bitmap.close()
    grey = picture.convert("L")
    pixels = picture.width * picture.height
    ink = sum(grey.histogram()[:INK_GREY_LEVEL]) / pixels if pixels else 0.0
    if pixels and _spread(picture) <= PDF_IMAGE_GREY_SPREAD:
        picture = grey
    return partial(png_of, picture), round(ink, 4), picture


def png_of(picture: Any) -> bytes:
    """The drawn picture as PNG (level 1: fast, still a third of the raw size)."""
    buf = io.BytesIO()
    picture.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def _spread(rgb: Any) -> int:
    """The largest difference between a pixel's channels (Pillow's channel
    operations: the born-digital path needs no numpy, whose import would
    cost every batch a tenth of a second)."""
    red, green, blue = rgb.split()
    high = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    low = ImageChops.darker(ImageChops.darker(red, green), blue)
    return int(ImageChops.subtract(high, low).getextrema()[1])


def page_images(raws: list[dict[str, Any]], page_box: BBox, page_number: int) -> list[Image]:
    """Every placed image of at least 8×8 pt (``raws``: the page's image
    objects, ``pdfium_objects``), with its box and declared pixel size but
    not yet its pixels: whether they are worth drawing depends on the page
    (a scan goes to OCR, which draws the whole page itself). pdfium decodes
    an image whole to draw any part of it, so each image's declared size is
    checked against ``max_pixels`` here, before anything is drawn."""
    images: list[Image] = []
    lim = limits.active()
    for raw in raws:
        box = _clip((raw["x0"], raw["top"], raw["x1"], raw["bottom"]), page_box)
        if box is None:
            continue
        width, height = raw["srcsize"]
        limits.check_image_pixels(float(width or 0), float(height or 0), lim, f"#{page_number}")
        images.append(Image(page=page_number, bbox=box, pixel_width=width or None, pixel_height=height or None))
    return images


def render_images(images: list[Image], pdfium_page: Any, page_box: BBox) -> None:
    """Each image's region drawn from ``pdfium_page``, with its ink ratio."""
    for image in images:
        assert image.bbox is not None
        image.data, image.ink_ratio, image.picture = render_region(pdfium_page, page_box, image.bbox)
