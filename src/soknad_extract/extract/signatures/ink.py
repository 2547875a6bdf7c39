"""Is a picture on the page handwriting, or a logo?

A logo is never a signature (peers.md: a custom signature model that found
none on its own training data; users' letterheads taken for signatures). Pen
strokes differ from logos in ways that survive scanning and re-encoding:

- shape: a signature is wider than tall, roughly 1.3:1 to 10:1; crests and
  logos are near square or long thin banners full of lettering;
- ink density: strokes cover a small share of their box (about 1-30 %);
  logos are filled shapes (often over 35 %). A short signature, a few
  letters at ordinary size, is denser (35-45 % of its tight box, its pen
  lines two or three pixels wide at the reader's resolution), but none of
  its ink is solid, which is what tells it from a logo as dense;
- stroke width: pen lines are thin all along; logos have solid areas;
- colour: strokes are one dark colour (black, dark blue) on white; logos use
  bright or several colours, so many of their inked pixels are light or
  saturated rather than dark;
- place: a letterhead sits at the top of the first page, far from any
  signature label. Placement is judged by the caller, which knows the blocks.

The pixel tests only run when the reader gave us the image bytes; otherwise
``Image.ink_ratio`` and the shape decide.
"""

from __future__ import annotations

import io
import logging
from itertools import compress
from dataclasses import dataclass

from ...layout import Image, Page, settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class InkVerdict:
    is_ink: bool
    confidence: float
    reason: str


def classify_image(image: Image, page: Page | None = None, *, trust_ocr: bool = True) -> InkVerdict:
    """Decide whether `image` looks like a handwritten signature by itself
    (shape, density, colour, letterhead position); closeness to a signature
    block is the caller's test. An ink region the OCR reader found is taken
    as ink unless ``trust_ocr`` is off: standing by no signer, it is judged
    like any picture, so a stamp or a block of print OCR could not read is
    no pen's."""
    if trust_ocr and (image.name or "").lower() == "ink":
        return InkVerdict(True, 0.75, "ink region found by OCR")
    aspect = _aspect(image)
    if aspect is not None and not settings.INK_MIN_ASPECT <= aspect <= settings.INK_MAX_ASPECT:
        return InkVerdict(False, 0.8, f"shape {aspect:.1f}:1 is not a signature's")
    if _in_letterhead(image, page):
        return InkVerdict(False, 0.8, "sits in the letterhead")
    stats = _image_stats(image)
    ink = stats.ink_ratio if stats else image.ink_ratio
    if ink is not None and not settings.INK_MIN_INK <= ink <= _max_ink(stats):
        return InkVerdict(False, 0.75, f"ink covers {ink:.0%} of the box")
    if stats is not None:
        if stats.dark_share < settings.INK_MIN_DARK_SHARE:
            return InkVerdict(False, 0.75, "strokes are not dark ink")
        if stats.pen_colour_share < settings.INK_MIN_PEN_COLOUR_SHARE:
            return InkVerdict(False, 0.75, "colours of a logo, not of a pen")
        if stats.solid_share > settings.INK_MAX_SOLID_SHARE:
            return InkVerdict(False, 0.75, "solid shapes, not pen lines")
        if stats.framed:
            return InkVerdict(False, 0.8, "a closed frame: an office stamp, not a pen")
        return InkVerdict(True, 0.9, "thin dark strokes on white")
    if ink is not None:
        return InkVerdict(True, 0.7, "sparse ink")
    return InkVerdict(True, 0.5, "shape only")


def _image_stats(image: Image) -> PixelStats | None:
    """The picture's pixels measured: the reader's decoding when it kept
    one (a PDF's drawing, whose PNG bytes are then never made), else its bytes."""
    if image.picture is not None:
        return _pixel_stats(b"", _width_pt(image), image.picture)
    return _pixel_stats(image.data, _width_pt(image)) if image.data else None


def _max_ink(stats: PixelStats | None) -> float:
    """The densest a signature's picture may be: higher when every inked
    pixel is part of a thin dark line (a short signature's letters close
    together), never for ink with solid areas or without a dark core."""
    if (stats is not None and stats.solid_share <= settings.INK_LINE_MAX_SOLID_SHARE
            and stats.dark_share >= settings.INK_LINE_MIN_DARK_SHARE):
        return settings.INK_MAX_LINE_INK
    return settings.INK_MAX_INK


def _aspect(image: Image) -> float | None:
    if image.bbox is not None:
        w = image.bbox[2] - image.bbox[0]
        h = image.bbox[3] - image.bbox[1]
    elif image.pixel_width and image.pixel_height:
        w, h = image.pixel_width, image.pixel_height
    else:
        return None
    if w <= 0 or h <= 0:
        return None
    return w / h


def _width_pt(image: Image) -> float:
    if image.bbox is not None and image.bbox[2] > image.bbox[0]:
        return image.bbox[2] - image.bbox[0]
    return settings.INK_ASSUMED_WIDTH


def _in_letterhead(image: Image, page: Page | None) -> bool:
    if image.page != 1 or image.bbox is None or page is None or not page.height:
        return False
    return image.bbox[3] <= page.height * settings.LETTERHEAD_SHARE


_FRAME_BAND = 15
"""Per cent of the picture, from each edge, where a stamp's frame runs."""
_FRAME_SPAN = 0.8
"""Share of an edge's length a frame line covers."""
_BLUE_INK_SATURATION = 0.15
"""A blue-dominant pixel this saturated is coloured ink, not grey."""
_BLUE_INK_LUMINANCE = 0.65
"""Blue ink counts as dark below this luminance (black ink: 0.47)."""


@dataclass(frozen=True)
class PixelStats:
    ink_ratio: float
    dark_share: float
    pen_colour_share: float
    solid_share: float
    framed: bool = False


def _pixel_stats(data: bytes, width_pt: float = settings.INK_ASSUMED_WIDTH,
                 picture: object | None = None) -> PixelStats | None:
    """Measure the picture on a white ground (transparency flattened):
    ``picture``, the reader's decoding of ``data``, or else ``data`` decoded here."""
    try:
        from PIL import Image as PILImage

        if picture is None:
            with PILImage.open(io.BytesIO(data)) as img:
                img.load()
                rgb = _on_white(img)
        else:
            rgb = _on_white(picture)
        solid = _solid_share(rgb, width_pt)
        rgb.thumbnail((600, 600))
    except Exception:  # noqa: BLE001 - undecodable bytes: fall back on shape
        logger.debug("image bytes undecodable", exc_info=True)
        return None
    framed, count, dark, pen = _measures(rgb)
    if count == 0:
        return PixelStats(0.0, 0.0, 0.0, 0.0)
    return PixelStats(
        ink_ratio=count / (rgb.width * rgb.height),
        dark_share=dark / count,
        pen_colour_share=pen / count,
        solid_share=solid,
        framed=framed,
    )


_BY_COLOUR_MIN_PIXELS = 20_000
"""Below this many pixels the masks of every pixel cost less than the
inked mask, the colour table and the masks of the colours together."""


def _measures(rgb) -> tuple[bool, int, int, int]:
    """Whether ``rgb``'s ink is framed, and its inked, dark and
    pen-coloured pixels once the light rules along its edges are taken out.
    A larger picture with no such rule is counted by its colours; any other
    by the masks of every pixel, edited."""
    if rgb.width * rgb.height >= _BY_COLOUR_MIN_PIXELS:
        inked = _inked_mask(rgb)
        if not _has_light_edge_rule(inked, rgb):
            return (_framed(inked), *_counts_by_colour(rgb))
    masks = _masks(rgb)
    framed = _framed(masks["inked"])
    _clear_light_edge_rules(masks)
    return framed, _count(masks["inked"]), _count(masks["dark"]), _count(masks["pen"])


def _counts_by_colour(rgb) -> tuple[int, int, int]:
    """The counts of ``_masks`` for a picture without a rule
    to take out: each mask is a test of a pixel's colour alone, so the
    masks are made of one pixel per distinct colour (a signature's picture
    has a few hundred, against up to 360,000 pixels) and weighed by how
    often it occurs."""
    from PIL import Image as PILImage

    colours = rgb.getcolors(rgb.width * rgb.height)
    row = PILImage.frombytes("RGB", (len(colours), 1), b"".join(bytes(colour) for _, colour in colours))
    masks = _masks(row)
    counts = [n for n, _ in colours]
    return tuple(sum(compress(counts, masks[name].tobytes())) for name in ("inked", "dark", "pen"))


def _inked_mask(rgb):
    """The 0/1 mask of ``_masks``' inked pixels alone (what the frame and
    edge tests read), in a third of its arithmetic."""
    from PIL import ImageMath

    red, green, blue = rgb.split()
    inked = ImageMath.lambda_eval(lambda a: a["r"] * _LUMA[0] + a["g"] * _LUMA[1] + a["b"] * _LUMA[2] < _INKED_LUMA,
                                  r=red, g=green, b=blue)
    return inked.convert("L")


def _has_light_edge_rule(inked, rgb) -> bool:
    """Whether ``_clear_light_edge_rules`` would take anything out: an edge
    line inked along ``_FRAME_SPAN`` of it with no dark pixel. It tests the
    lines in turn on masks the earlier lines may have cleared, but the first
    line it clears it tests as drawn, so one such line as drawn is the same
    answer. A line's dark pixels are measured only for a line inked enough."""
    width, height = inked.size
    for flip, length, count in ((False, width, height), (True, height, width)):
        for i in set(range(min(_RULE_EDGE_PX, count))) | set(range(max(count - _RULE_EDGE_PX, 0), count)):
            box = (i, 0, i + 1, height) if flip else (0, i, width, i + 1)
            if (inked.crop(box).tobytes().count(1) / length >= _FRAME_SPAN
                    and _masks(rgb.crop(box))["dark"].tobytes().count(1) == 0):
                return True
    return False


def _on_white(img):
    """An RGB copy of ``img`` with its transparency laid on white paper."""
    from PIL import Image as PILImage

    if img.mode in ("RGBA", "LA", "P", "PA"):
        rgba = img.convert("RGBA")
        ground = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        return PILImage.alpha_composite(ground, rgba).convert("RGB")
    return img.convert("RGB")


_RULE_EDGE_PX = 2
"""Pixel rows (columns) from the picture's edge where a table's border the
rendered region caught runs."""


def _clear_light_edge_rules(masks: dict) -> None:
    """Take a light rule running across the picture at its very edge out of
    the masks: ink pictures placed in a table's signature column (a Word
    table converted to PDF) are rendered with the cell's grey border along
    them, and a thin pen stroke rendered small is mostly its light edge, so
    the border's pixels would outweigh the stroke's dark core. A rule with
    any dark pixel is left in, and a stamp's frame is judged before (by
    ``_framed``, on the masks as rendered)."""
    inked, dark = masks["inked"], masks["dark"]
    width, height = inked.size
    for flip, length, count in ((False, width, height), (True, height, width)):
        edges = set(range(min(_RULE_EDGE_PX, count))) | set(range(max(count - _RULE_EDGE_PX, 0), count))
        for i in sorted(edges):
            # Only the edge lines are read: a whole mask's bytes (and a transposed copy) cost more.
            box = (i, 0, i + 1, height) if flip else (0, i, width, i + 1)
            if inked.crop(box).tobytes().count(1) / length >= _FRAME_SPAN and dark.crop(box).tobytes().count(1) == 0:
                for mask in masks.values():
                    mask.paste(0, box)


_LUMA = (299, 587, 114)
"""ITU-R 601 luminance weights in thousandths: a pixel's luminance times
255,000, exact in integers, is compared with the thresholds below."""
_INKED_LUMA = 216_750
"""Luminance 0.85: lighter pixels are paper."""
_DARK_LUMA = 119_850
"""Luminance 0.47: black ink is darker."""
_BLUE_DARK_LUMA = round(_BLUE_INK_LUMINANCE * 255_000)
_GREY_SPREAD = 77
"""A pixel whose channels differ by less than 0.3 of the scale (76.5 of 255) is grey."""
_BLUE_SPREAD = 39
"""``_BLUE_INK_SATURATION`` of 255, rounded up: the least spread of coloured blue ink."""


def _masks(rgb) -> dict:
    """0/1 masks (Pillow "I" images) of the inked pixels, the inked dark
    ones and the inked ones in a pen's colours. Pillow's image arithmetic
    in integers: the born-digital path needs no numpy, whose import would
    cost every batch a tenth of a second."""
    from PIL import ImageMath

    def compute(args: dict):
        red, green, blue = args["r"], args["g"], args["b"]
        high = args["max"](args["max"](red, green), blue)
        spread = high - args["min"](args["min"](red, green), blue)
        luma = red * _LUMA[0] + green * _LUMA[1] + blue * _LUMA[2]
        inked = luma < _INKED_LUMA
        blue_dominant = (blue >= red) & (blue >= green)
        # Blue ink is lighter than black at the same stroke width: a thin blue
        # line drawn small is mostly its anti-aliased edge, yet it is still ink.
        blue_ink = blue_dominant & (spread >= _BLUE_SPREAD)
        dark = (luma < _DARK_LUMA) | (blue_ink & (luma < _BLUE_DARK_LUMA))
        pen = (spread < _GREY_SPREAD) | blue_dominant
        return {"inked": inked, "dark": dark & inked, "pen": pen & inked}

    red, green, blue = rgb.split()
    masks = ImageMath.lambda_eval(compute, r=red, g=green, b=blue)
    return {name: operand.im.convert("L") for name, operand in masks.items()}


def _count(mask) -> int:
    """Pixels set in a 0/1 mask."""
    histogram = mask.histogram()
    return mask.width * mask.height - histogram[0]


def _framed(inked) -> bool:
    """Ink runs along nearly all of each edge: a rectangular stamp's frame
    ("NAV SIGDAL" in a box). A pen's underline spans one side at most."""
    from PIL import Image as PILImage

    width, height = inked.size
    band_h, band_w = max(1, height * _FRAME_BAND // 100), max(1, width * _FRAME_BAND // 100)

    def spans(mask_bytes: bytes, length: int, lines: range) -> bool:
        return any(mask_bytes[i * length:(i + 1) * length].count(1) / length >= _FRAME_SPAN for i in lines)

    rows = inked.tobytes()
    if not (spans(rows, width, range(band_h)) and spans(rows, width, range(height - band_h, height))):
        return False
    cols = inked.transpose(PILImage.Transpose.TRANSPOSE).tobytes()
    return spans(cols, height, range(band_w)) and spans(cols, height, range(width - band_w, width))


def _solid_share(rgb, width_pt: float) -> float:
    """Share of inked pixels that survive an erosion by a 5×5 square at
    1.5 px/pt, i.e. that sit in an area over 3 pt across."""
    from PIL import Image as PILImage

    width = max(8, int(round(width_pt * settings.INK_PIXELS_PER_POINT)))
    height = max(8, int(round(rgb.height * width / max(rgb.width, 1))))
    grey = rgb.convert("L").resize((width, height), PILImage.Resampling.BOX)
    mask = grey.point(_SOLID_INKED)
    inked = width * height - mask.histogram()[0]
    if inked == 0:
        return 0.0
    return _eroded(mask, _EROSION).histogram()[255] / inked


_SOLID_INKED = [255] * 150 + [0] * 106
"""Grey levels under 150 are ink in the solid-share test (a table: Pillow
would call a function for each of the 256 levels of every picture)."""
_EROSION = 5
"""Side in pixels of the square the solid-share test erodes by."""


def _eroded(mask, size: int):
    """The 0/255 ``mask`` eroded by a ``size``×``size`` square: the least
    of ``size`` shifted copies across, then down (a square's minimum is the
    minimum of its rows' minima). Beyond the edge counts as inked, which for
    a square is the same as repeating the border pixels outward, as Pillow's
    ``MinFilter`` does: the same pixels (tested), five times faster than
    the rank filter, which sorts every pixel's whole square."""
    from PIL import ImageChops, ImageOps

    reach = size // 2
    width, height = mask.size
    padded = ImageOps.expand(mask, border=reach, fill=255)
    across = padded.crop((0, 0, width, height + 2 * reach))
    for dx in range(1, size):
        across = ImageChops.darker(across, padded.crop((dx, 0, dx + width, height + 2 * reach)))
    out = across.crop((0, 0, width, height))
    for dy in range(1, size):
        out = ImageChops.darker(out, across.crop((0, dy, width, dy + height)))
    return out
