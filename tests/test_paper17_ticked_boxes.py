"""Check boxes on paper ticked by hand with a flourish: the tick's arm runs
out of the printed box, so box and tick are one piece of ink larger than a
box (scanned or photographed paper forms, Word files of scans)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from soknad_extract.readers.ocr import marks as ocr_marks
from soknad_extract.readers.ocr import ticked as ocr_ticked


def _page(paint: Callable[[ImageDraw.ImageDraw], None], size: tuple[int, int] = (400, 200)) -> np.ndarray:
    """An ink mask (300 dpi) of what ``paint`` draws on white paper."""
    image = Image.new("L", size, 255)
    paint(ImageDraw.Draw(image))
    return np.asarray(image) < 128


def _box(draw: ImageDraw.ImageDraw, x: int = 60, y: int = 80, side: int = 52) -> None:
    draw.rectangle((x, y, x + side, y + side), outline=0, width=3)


def _tick_out(draw: ImageDraw.ImageDraw, x: int = 60, y: int = 80) -> None:
    """A ✓ from inside the box whose long arm ends a box side up and right."""
    draw.line((x + 8, y + 28, x + 20, y + 46), fill=0, width=7)
    draw.line((x + 20, y + 46, x + 70, y - 40), fill=0, width=7)


def test_box_with_a_tick_running_out_of_it_is_a_ticked_box() -> None:
    binary = _page(lambda d: (_box(d), _tick_out(d)))
    boxes = ocr_marks.find_check_boxes(binary, np.zeros_like(binary))
    assert len(boxes) == 1
    box = boxes[0]
    assert box.checked and box.spill is not None
    x0, y0, x1, y1 = box.box
    assert abs(x0 - 60) <= 3 and abs(y0 - 80) <= 3 and abs(x1 - 113) <= 4 and abs(y1 - 133) <= 3


def test_the_tick_outside_the_box_is_erased_with_it() -> None:
    binary = _page(lambda d: (_box(d), _tick_out(d)))
    boxes = ocr_marks.find_check_boxes(binary, np.zeros_like(binary))
    mask = ocr_marks.box_mask(binary.shape, [b.box for b in boxes], pad=3)
    mask = ocr_ticked.add_spills(mask, [b.spill for b in boxes], pad=3)
    assert not (binary & ~mask).any()


def test_empty_box_next_to_a_ticked_one_stays_empty() -> None:
    def paint(draw: ImageDraw.ImageDraw) -> None:
        _box(draw)
        _tick_out(draw)
        _box(draw, x=250)

    binary = _page(paint)
    boxes = sorted(ocr_marks.find_check_boxes(binary, np.zeros_like(binary)), key=lambda b: b.box[0])
    assert [b.checked for b in boxes] == [True, False]
    assert boxes[1].spill is None


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def test_letters_of_a_line_of_text_are_no_boxes() -> None:
    """Bowls and bars of letters ("b", "g", "p", "d") make closed shapes
    larger than a small box; they are no frame a tick runs out of."""
    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.text((10, 20), "bygg dpq Bb", fill=0, font=_font(48))
        draw.text((10, 110), "Jf. kunngjøring fra Arbeids- og velferdsdirektoratet", fill=0, font=_font(28))

    binary = _page(paint, size=(900, 200))
    assert ocr_marks.find_check_boxes(binary, np.zeros_like(binary)) == []


def test_large_pieces_are_not_searched_for_a_box() -> None:
    assert not ocr_ticked.may_hold_box(400, 60, largest=60, smallest=15)
    assert ocr_ticked.may_hold_box(110, 100, largest=60, smallest=15)


def test_small_box_whose_tick_runs_out_a_little_is_a_ticked_box() -> None:
    """A 2-up sheet or a small printed box: box and tick together are still
    box-sized, but no square outline; its frame is found the same way."""
    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.rectangle((60, 80, 94, 114), outline=0, width=3)
        draw.line((66, 98, 74, 108), fill=0, width=5)
        draw.line((74, 108, 102, 71), fill=0, width=5)

    binary = _page(paint)
    boxes = ocr_marks.find_check_boxes(binary, np.zeros_like(binary))
    assert len(boxes) == 1 and boxes[0].checked
    x0, y0, x1, y1 = boxes[0].box
    assert abs(x0 - 60) <= 2 and abs(y0 - 80) <= 2 and abs(x1 - 95) <= 3 and abs(y1 - 115) <= 2
