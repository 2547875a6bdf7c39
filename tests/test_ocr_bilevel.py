"""A 1-bit page (a fax, a bi-level scan) has only black and white: Otsu's
threshold falls at 0 there, since every split between the two levels
separates them equally well, and "darker than 0" is nothing. Its black is
the page's ink (adversarial 5, the fax): ruling lines, boxes and pen
strokes are found on it as on a grey scan. Images built here."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from soknad_extract.readers.ocr import image as ocr_image


def _bilevel_page() -> Image.Image:
    page = Image.new("1", (600, 400), 1)
    draw = ImageDraw.Draw(page)
    draw.line((50, 300, 550, 300), fill=0, width=2)          # a rule to sign on
    draw.line((80, 280, 120, 250, 160, 290, 200, 240), fill=0, width=2)  # a pen stroke
    draw.text((60, 320), "Kari Nordmann", fill=0)
    return page.convert("L")


def test_the_black_of_a_bilevel_page_is_ink():
    gray = _bilevel_page()
    binary = ocr_image.binarize(ocr_image.clean(gray))
    black = np.asarray(gray) == 0
    assert binary.sum() > 0.9 * black.sum()
    assert not (binary & ~black).any()


def test_a_grey_scan_of_the_same_page_finds_the_same_ink():
    gray = _bilevel_page().resize((1200, 800), Image.Resampling.BILINEAR).resize((600, 400))
    binary = ocr_image.binarize(ocr_image.clean(gray))
    black = np.asarray(_bilevel_page()) == 0
    assert (binary & black).sum() > 0.9 * black.sum()
    assert (binary & ~black).sum() < 0.1 * black.sum()
