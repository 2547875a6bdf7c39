"""A printed form filled in on dotted or dashed lines, then scanned: the
leaders are found and erased before Tesseract reads the page
(``ocr.leaders``), so the typed value above them is read, not lost or read
as "cccceeesss…". Print with full stops in it and scanner speckle are no
leaders.

The pages are drawn here, in a sans-serif face with a dotted line close
under each value, blurred and speckled as a scan is.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import leaders as ocr_leaders
from soknad_extract.readers.ocr import page as ocr_page

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ROWS = [("Tiltakets kontor", "Nav Steinkjer"), ("Ansvarlig", "Kari Holmen"),
        ("Telefonnummer", "74 16 90 00"), ("Tiltaksnavn", "Jobb i sentrum"), ("Startdato", "15.08.2021"),
        ("Lønnsmidler", "450 000 kr"), ("Kontaktperson", "Per Olav Lie")]


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        pytest.skip("DejaVu Sans is not installed")


def _form(dash: int = 0, scale: int = 1, text: bool = True, leaders: bool = True) -> Image.Image:
    """A page drawn at 200 dpi (times ``scale``): labels, and values typed
    on a leader of 2 px dots (or ``dash`` px dashes) 3 px under their
    baseline; the text or the leaders only if asked."""
    image = Image.new("L", (1654 * scale, 1000 * scale), 255)
    draw, font, small = ImageDraw.Draw(image), _font(30 * scale), _font(26 * scale)
    for row, (label, value) in enumerate(ROWS):
        y = (130 + row * 61) * scale
        if text:
            draw.text((60 * scale, y), label, font=small, fill=0)
            draw.text((490 * scale, y - 4 * scale), value, font=font, fill=0)
        top = y - 4 * scale + font.getbbox("H")[3] + 3 * scale
        pitch, size = (7 + dash) * scale, 2 * scale
        for x in range(475 * scale, 1410 * scale, pitch if leaders else 10**6):
            draw.rectangle((x, top, x + size + dash * scale - 1, top + size - 1), fill=0)
    return image


def _scanned(image: Image.Image) -> Image.Image:
    """Turned a little, blurred, speckled, saved as JPEG and drawn at 300
    dpi, as a 200 dpi scan in a PDF is read."""
    rng = np.random.default_rng(7)
    image = image.rotate(0.8, fillcolor=255, resample=Image.BILINEAR)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(0.6)), dtype=float)
    pixels += rng.normal(0, 10, pixels.shape)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=70)
    return Image.open(buffer).convert("L").resize((2481, 1500), Image.BILINEAR)


@pytest.mark.parametrize("dash", [0, 5])
def test_leader_mask_holds_the_dots_and_no_letter(dash: int) -> None:
    """Drawn at 400 dpi: a leader is found at any resolution (``scale``)."""
    ink = np.asarray(_form(dash, scale=2)) < 128
    letters = np.asarray(_form(dash, scale=2, leaders=False)) < 128
    dots = np.asarray(_form(dash, scale=2, text=False)) < 128
    mask = ocr_leaders.leader_mask(ink, scale=400 / 300)
    assert not (mask & letters & ~dots).any()
    assert (mask & dots).sum() > 0.9 * dots.sum()


def test_full_stops_in_print_and_speckle_are_no_leader() -> None:
    image = Image.new("L", (2480, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), "Ola N. Nordmann, f. 1.2.1980 . . . se pkt. 4.1.2. i.e. s. 3.", font=_font(40), fill=0)
    ink = np.asarray(image) < 128
    rng = np.random.default_rng(3)
    specks = rng.integers(0, ink.size, 4000)
    ink.flat[specks] = True
    assert not ocr_leaders.leader_mask(ink).any()


@pytest.mark.parametrize("dash", [0, 5])
def test_values_typed_on_leaders_are_read(dash: int) -> None:
    if not ocr_page.availability()[0]:
        pytest.skip("Tesseract is not installed")
    page = ocr_page.ocr_raster(ocr_image.Raster(_scanned(_form(dash)), 300), 1)
    text = "\n".join(line.text for line in page.lines)
    for label, value in ROWS:
        assert value in text, text
    assert not any(run in text for run in ("....", "cccc", "eeee", "ssss", "----")), text
