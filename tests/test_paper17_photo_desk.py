"""A sheet photographed at a slant on a dark desk: perspective narrows the
desk beside the sheet to a wedge that runs along part of an image edge
only. That wedge is outside the paper, not a blot over the page; a smear
that reaches the edge is still a blot."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from soknad_extract.readers.ocr import blots as ocr_blots

WIDTH, HEIGHT = 2480, 3508
TEXT = (300, 300, 2100, 2400)
"""Where the page's print lies (x0, y0, x1, y1)."""


def _printed_sheet() -> Image.Image:
    """White paper with rows of dark bars where text would be."""
    sheet = Image.new("L", (WIDTH, HEIGHT), 250)
    draw = ImageDraw.Draw(sheet)
    for y in range(TEXT[1], TEXT[3], 70):
        draw.rectangle((TEXT[0], y, TEXT[0] + 900 + (y * 7) % 800, y + 30), fill=30)
    return sheet


def _on_a_slanted_desk(sheet: Image.Image) -> Image.Image:
    """The desk (grey 55) shows as a wedge along the left edge, 320 px wide
    at the top and nothing at two thirds down, and as a band along the top
    edge over its left half only."""
    photo = sheet.copy()
    draw = ImageDraw.Draw(photo)
    draw.polygon([(0, 0), (320, 0), (0, int(HEIGHT * 0.66))], fill=55)
    draw.polygon([(0, 0), (int(WIDTH * 0.55), 0), (0, 260)], fill=55)
    draw.rectangle((0, 0, int(WIDTH * 0.55), 110), fill=55)
    return photo.filter(ImageFilter.GaussianBlur(1.0))


def _overlaps_print(box: tuple[int, int, int, int]) -> bool:
    x0, y0, x1, y1 = box
    return x0 < TEXT[2] and TEXT[0] < x1 and y0 < TEXT[3] and TEXT[1] < y1


def test_desk_narrowed_by_perspective_is_no_blot_over_the_page() -> None:
    blots = ocr_blots.find_blots(_on_a_slanted_desk(_printed_sheet()), 1.0)
    assert not any(_overlaps_print(box) for box in blots)


def test_smear_reaching_the_edge_of_a_photographed_sheet_is_still_a_blot() -> None:
    photo = np.asarray(_on_a_slanted_desk(_printed_sheet()), dtype=np.float32).copy()
    rng = np.random.default_rng(5)
    y0, y1 = 2700, 3200  # below the wedge of desk
    photo[y0:y1, :700] = np.clip(photo[y0:y1, :700] * 0.1 + rng.normal(40, 30, (y1 - y0, 700)), 0, 255)
    blots = ocr_blots.find_blots(Image.fromarray(photo.astype(np.uint8)), 1.0)
    assert any(box[0] == 0 and abs(box[1] - y0) <= 110 and abs(box[3] - y1) <= 110 for box in blots)
