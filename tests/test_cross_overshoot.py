"""A box crossed by hand whose four arms each run a little past the frame's
corners (paper forms filled in with a pen, scanned or photographed). Past
the frame on all four sides, it once looked like the round rim of a bold O
or Ø and was dropped as a letter; a letter's rim bulges out beside the
middle of its frame, a cross leaves the frame at its corners only."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from soknad_extract.readers.ocr import marks as ocr_marks
from soknad_extract.readers.ocr import ticked as ocr_ticked


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for path in (name, f"/usr/share/fonts/truetype/dejavu/{name}"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _page(paint: Callable[[ImageDraw.ImageDraw], None], size: tuple[int, int] = (900, 200)) -> np.ndarray:
    """An ink mask (300 dpi) of what ``paint`` draws on white paper."""
    image = Image.new("L", size, 255)
    paint(ImageDraw.Draw(image))
    return np.asarray(image) < 128


def _crossed(draw: ImageDraw.ImageDraw, x: int, y: int, side: int, over: int, pen: int) -> None:
    """A printed box of ``side`` px crossed corner to corner by a pen
    ``pen`` px wide, each arm running ``over`` px past its corner."""
    draw.rectangle((x, y, x + side, y + side), outline=0, width=3)
    draw.line((x - over, y - over, x + side + over, y + side + over), fill=0, width=pen)
    draw.line((x - over, y + side + over, x + side + over, y - over), fill=0, width=pen)


def _boxes(binary: np.ndarray) -> list[ocr_marks.PixelBox]:
    return ocr_marks.find_check_boxes(binary, np.zeros_like(binary))


@pytest.mark.parametrize(("side", "over", "pen"), [(34, 6, 4), (40, 8, 3), (46, 6, 5), (42, 8, 7)])
def test_cross_overshooting_all_four_corners_is_a_ticked_box(side: int, over: int, pen: int) -> None:
    def paint(draw: ImageDraw.ImageDraw) -> None:
        _crossed(draw, 60, 70, side, over, pen)
        draw.text((60 + side + 20, 72), "Ekstern prosessevaluering", fill=0, font=_font(34))

    boxes = _boxes(_page(paint))
    assert len(boxes) == 1 and boxes[0].checked
    x0, y0, x1, y1 = boxes[0].box
    near = over + 3  # the frame, or the frame with the arms' ends
    assert abs(x0 - 60) <= near and abs(y0 - 70) <= near and abs(x1 - (61 + side)) <= near and abs(y1 - (71 + side)) <= near


def test_crossed_box_last_in_a_column_of_boxes_is_read_like_the_others() -> None:
    """Three rows of boxes, the cross of the last one overshooting every
    corner, the first one's only two: both ticked, the middle one empty."""
    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.rectangle((60, 40, 100, 80), outline=0, width=3)
        draw.line((60, 40, 108, 88), fill=0, width=5)
        draw.line((60, 80, 100, 40), fill=0, width=5)
        draw.rectangle((60, 140, 100, 180), outline=0, width=3)
        _crossed(draw, 60, 240, 40, 8, 5)
        for y, label in ((42, "Nettverk"), (142, "Klynge"), (242, "Evaluering")):
            draw.text((125, y), label, fill=0, font=_font(34))

    boxes = sorted(_boxes(_page(paint, size=(600, 320))), key=lambda b: b.box[1])
    assert [b.checked for b in boxes] == [True, False, True]


def test_bold_round_capitals_are_still_letters_with_their_pixels() -> None:
    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.text((20, 40), "O Ø OM ØD", fill=0, font=_font(60, bold=True))

    assert _boxes(_page(paint, size=(700, 160))) == []


def test_rim_beside_the_frame_middle_is_a_letter_corner_arms_are_not() -> None:
    frame = (slice(4, 44), slice(4, 44))
    piece = (slice(0, 48), slice(0, 48))
    ring = np.zeros((48, 48), dtype=bool)
    ring[4:8, 4:44] = ring[40:44, 4:44] = True  # flat top and bottom
    ring[12:36, 0:4] = ring[12:36, 44:48] = True  # round sides bulging at mid height
    assert ocr_ticked.is_letter(None, piece, frame, component=ring)
    cross = np.zeros((48, 48), dtype=bool)
    cross[4:8, 4:44] = cross[40:44, 4:44] = cross[4:44, 4:8] = cross[4:44, 40:44] = True
    for i in range(48):
        cross[i, max(0, i - 2):i + 2] = cross[i, max(0, 45 - i):49 - i] = True
    assert not ocr_ticked.is_letter(None, piece, frame, component=cross)
