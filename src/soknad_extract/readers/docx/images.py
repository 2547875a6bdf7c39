"""Pictures in a Word document: where they are referenced, how big they are
shown, and how much ink they hold.

A scanned handwritten signature pasted into the form is a picture like a
logo; signature detection tells them apart later from what is measured here
(pixel size, displayed size, share of dark pixels) and from the paragraph
that holds the picture.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from typing import Iterator

from lxml import etree
from PIL import Image as PILImage

from ... import limits
from ...layout.settings import INK_GREY_LEVEL
from .xml import A_NS, MC_FALLBACK, O_NS, R_NS, TXBX_CONTENT, V_NS, WP_NS, as_int

EMU_PER_POINT = 12700

_UNIT_POINTS = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "pc": 12.0}
_STYLE_LENGTH = re.compile(r"(width|height)\s*:\s*(\d+(?:\.\d+)?|\.\d+)\s*(pt|in|cm|mm|px|pc)?", re.IGNORECASE)


@dataclass(frozen=True)
class PictureRef:
    """One picture as the document refers to it, before its bytes are fetched."""

    rel_id: str | None
    name: str | None
    display_size: tuple[float, float] | None


def iter_chosen(el: etree._Element, tags: tuple[str, ...]) -> Iterator[etree._Element]:
    """Descendants with one of ``tags``, skipping ``mc:Fallback`` copies and
    the inside of text boxes (the walker reads those as paragraphs)."""
    for sub in el:
        if not isinstance(sub.tag, str) or sub.tag == MC_FALLBACK:
            continue
        if sub.tag in tags:
            yield sub
        if sub.tag != TXBX_CONTENT:
            yield from iter_chosen(sub, tags)


def drawing_pictures(drawing: etree._Element) -> list[PictureRef]:
    """Pictures in a DrawingML ``w:drawing``, inline or anchored."""
    refs: list[PictureRef] = []
    for frame in iter_chosen(drawing, (f"{{{WP_NS}}}inline", f"{{{WP_NS}}}anchor")):
        extent = frame.find(f"{{{WP_NS}}}extent")
        size = None
        if extent is not None:
            size = (as_int(extent.get("cx")) / EMU_PER_POINT, as_int(extent.get("cy")) / EMU_PER_POINT)
        doc_pr = frame.find(f"{{{WP_NS}}}docPr")
        name = None
        if doc_pr is not None:
            name = (doc_pr.get("descr") or doc_pr.get("title") or "").strip() or None
        for blip in iter_chosen(frame, (f"{{{A_NS}}}blip",)):
            rel_id = blip.get(f"{{{R_NS}}}embed") or blip.get(f"{{{R_NS}}}link")
            refs.append(PictureRef(rel_id, name, size))
    return refs


def _style_size(style: str | None) -> tuple[float, float] | None:
    lengths: dict[str, float] = {}
    for prop, number, unit in _STYLE_LENGTH.findall(style or ""):
        lengths[prop.lower()] = float(number) * _UNIT_POINTS[(unit or "px").lower()]
    if "width" in lengths and "height" in lengths:
        return lengths["width"], lengths["height"]
    return None


def vml_pictures(pict: etree._Element) -> list[PictureRef]:
    """Pictures in legacy VML (``w:pict``, ``w:object``): older Word files and
    signatures pasted in compatibility mode."""
    refs: list[PictureRef] = []
    for data in iter_chosen(pict, (f"{{{V_NS}}}imagedata",)):
        rel_id = data.get(f"{{{R_NS}}}id") or data.get(f"{{{O_NS}}}relid")
        shape = data.getparent()
        alt = shape.get("alt") if shape is not None else None
        name = (alt or data.get(f"{{{O_NS}}}title") or "").strip() or None
        refs.append(PictureRef(rel_id, name, _style_size(shape.get("style") if shape is not None else None)))
    return refs


def ink_ratio(image: PILImage.Image) -> float:
    """Share of pixels darker than ~50 % grey, with transparency read as
    white paper (a signature PNG is usually dark strokes on nothing)."""
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    )
    if has_alpha:
        rgba = image.convert("RGBA")
        paper = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        gray = PILImage.alpha_composite(paper, rgba).convert("L")
    else:
        gray = image.convert("L")
    counts = gray.histogram()  # Pillow alone: numpy's import was a tenth of a one-file check
    total = sum(counts)
    return sum(counts[:INK_GREY_LEVEL]) / total if total else 0.0


HANDED_OVER_PIXELS = 4_000_000
"""Pixels of one document's pictures kept decoded for the ink test
(``Image.picture``, at most 16 MB): a signature's picture is a tenth of a
million, and a document full of photos must not hold them all decoded."""


class PictureKeeper:
    """Which of one document's decoded pictures are handed on: in document
    order while they fit in ``HANDED_OVER_PIXELS`` together; the rest are
    closed (the ink test decodes their bytes again if it asks)."""

    def __init__(self) -> None:
        self.left = HANDED_OVER_PIXELS

    def keep(self, picture: PILImage.Image | None) -> PILImage.Image | None:
        if picture is None:
            return None
        pixels = picture.width * picture.height
        if pixels > self.left:
            picture.close()
            return None
        self.left -= pixels
        return picture


def measure(data: bytes) -> tuple[int | None, int | None, float | None, PILImage.Image | None]:
    """Pixel width, height and ink ratio of image bytes, and the decoded
    picture (for a ``PictureKeeper``). Formats Pillow can
    size but not draw here (WMF/EMF) give a size and no ink ratio; bytes it
    cannot read at all give nothing, never an error: a broken picture must
    not make the application unreadable. A picture over ``max_pixels`` is
    sized from its header and never decoded."""
    try:
        with warnings.catch_warnings():  # the size is checked against our own limit; no warning on stderr
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            image = PILImage.open(io.BytesIO(data))
        width, height = image.size
        if width * height > limits.active().max_pixels:
            image.close()
            return width, height, None, None
        try:
            image.load()
            return width, height, ink_ratio(image), image
        except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
            image.close()
            return width, height, None, None
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        return None, None, None, None
