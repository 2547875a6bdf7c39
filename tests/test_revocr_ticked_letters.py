"""Bold capitals in a scanned heading are no check boxes ticked past their
frame: an O or Ø has a flat top and bottom that look like a box's frame,
and the slash of Ø like a tick running out of it. A letter stands in a
line of text (letters at letter spacing on both sides) and its ink runs
past the frame evenly all round; a hand tick leaves the box at a corner.
Serves scanned and photographed forms with bold headings and labels."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from soknad_extract.readers.ocr import marks as ocr_marks
from soknad_extract.readers.ocr import ticked as ocr_ticked


def _bold(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _page(paint: Callable[[ImageDraw.ImageDraw], None], size: tuple[int, int] = (1800, 200)) -> np.ndarray:
    """An ink mask (300 dpi) of what ``paint`` draws on white paper."""
    image = Image.new("L", size, 255)
    paint(ImageDraw.Draw(image))
    return np.asarray(image) < 128


def _boxes(binary: np.ndarray) -> list[ocr_marks.PixelBox]:
    return ocr_marks.find_check_boxes(binary, np.zeros_like(binary))


def _ticked_box(draw: ImageDraw.ImageDraw, x: int, y: int = 80) -> None:
    """A 35 px box whose tick runs a little out of its top right corner."""
    draw.rectangle((x, y, x + 34, y + 34), outline=0, width=3)
    draw.line((x + 6, y + 18, x + 14, y + 28), fill=0, width=5)
    draw.line((x + 14, y + 28, x + 42, y - 9), fill=0, width=5)


def test_bold_capitals_o_and_slashed_o_in_headings_are_no_boxes() -> None:
    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.text((20, 40), "SØKNAD OM TILSKUDD", fill=0, font=_bold(60))
        draw.text((900, 40), "BELØP: KONTAKTPERSON", fill=0, font=_bold(60))

    binary = _page(paint, size=(1900, 160))
    assert _boxes(binary) == []


def test_word_initial_and_final_capital_o_are_no_boxes() -> None:
    """No letter on one side (a word gap), but the round rim all round."""
    binary = _page(lambda d: d.text((20, 40), "OM ØD DATO", fill=0, font=_bold(60)), size=(800, 160))
    assert _boxes(binary) == []


def test_a_box_shape_between_letters_at_letter_spacing_is_a_letter() -> None:
    """A framed shape inside a word (letters close on both sides) is one of
    its letters, whatever it looks like."""
    def paint(draw: ImageDraw.ImageDraw) -> None:
        font = _bold(44)
        draw.text((20, 76), "MN", fill=0, font=font)
        right = 20 + round(draw.textlength("MN", font=font))
        _ticked_box(draw, right + 4)
        draw.text((right + 4 + 43 + 4, 76), "HE", fill=0, font=font)

    binary = _page(paint, size=(500, 200))
    assert _boxes(binary) == []


def test_ticked_box_with_its_label_close_on_one_side_is_kept() -> None:
    """A small box ticked past its corner with its label a few pixels to the
    right (and with text far to its left) is still a ticked box."""
    def paint(draw: ImageDraw.ImageDraw) -> None:
        font = _bold(44)
        draw.text((20, 76), "Tiltak", fill=0, font=font)
        _ticked_box(draw, 300)
        draw.text((300 + 43 + 6, 76), "Bruk av arbeidsliv", fill=0, font=font)

    binary = _page(paint, size=(900, 200))
    boxes = _boxes(binary)
    assert len(boxes) == 1 and boxes[0].checked
    x0, y0, _, _ = boxes[0].box
    assert abs(x0 - 300) <= 2 and abs(y0 - 80) <= 2


def test_even_rim_past_the_frame_is_a_letter_a_corner_spill_is_not() -> None:
    frame = (slice(104, 144), slice(205, 240))
    rim = (slice(100, 148), slice(200, 245))
    corner = (slice(92, 144), slice(205, 250))
    assert ocr_ticked.is_letter(None, rim, frame)
    assert not ocr_ticked.is_letter(None, corner, frame)
