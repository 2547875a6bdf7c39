"""The OCR reader's row test (``readers/ocr/lines.reading_order``) is
``layout.geometry.on_one_row`` with ``OCR_ROW_OVERLAP_RATIO``: on whole-pixel
boxes it answers as the rule the reader once wrote out for itself (an overlap
of at least the share of the smaller height, one pixel at least, touching
with ``>=``), on flat, upside-down, touching and equal boxes too."""

from __future__ import annotations

import itertools
import random

from soknad_extract.layout.geometry import on_one_row
from soknad_extract.layout.settings import OCR_ROW_OVERLAP_RATIO
from soknad_extract.readers.ocr.lines import reading_order
from soknad_extract.readers.ocr.text import OcrLine, OcrWord


def _pixel_rule(a, b) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= OCR_ROW_OVERLAP_RATIO * max(1, min(a[3] - a[1], b[3] - b[1]))


def test_on_one_row_is_the_pixel_rule() -> None:
    values = range(-3, 12)
    for t1, b1, t2, b2 in itertools.product(values, repeat=4):
        a, b = (0, t1, 5, b1), (3, t2, 9, b2)
        assert on_one_row(a, b, OCR_ROW_OVERLAP_RATIO) == _pixel_rule(a, b), (a, b)
    rng = random.Random(15)
    for _ in range(20_000):
        top = rng.randint(0, 3000)
        a = (0, top, 5, top + rng.randint(-2, 120))
        other = top + rng.randint(-80, 80)
        b = (0, other, 5, other + rng.randint(-2, 120))
        assert on_one_row(a, b, OCR_ROW_OVERLAP_RATIO) == _pixel_rule(a, b), (a, b)


def _line(text: str, box: tuple[int, int, int, int]) -> OcrLine:
    return OcrLine([OcrWord(text, box, 0.9)])


def test_reading_order_joins_a_row_by_the_rule() -> None:
    label = _line("Nav-kontor:", (100, 500, 300, 540))
    answer = _line("Lier", (600, 492, 800, 530))  # a boxed answer set a little higher than its label
    below = _line("Kontaktperson:", (100, 560, 330, 600))
    assert [line.text for line in reading_order([answer, below, label])] == ["Nav-kontor:", "Lier", "Kontaktperson:"]
