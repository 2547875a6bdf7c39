"""Printed lines Tesseract's page segmentation skipped are read again
(``readers/ocr/reread``); handwriting left unread stays unread."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from soknad_extract.layout.settings import OCR_REREAD_MIN_CONFIDENCE
from soknad_extract.readers.ocr import reread
from soknad_extract.readers.ocr.text import OcrWord, run_tesseract

pytestmark = pytest.mark.ocr

DPI = 300
LINES = ["Prosjektnavn", "Arbeid for alle", "Prosjektstart", "Kontaktperson", "Kari Nordmann"]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _page(scribble: bool = False) -> Image.Image:
    """A strip of a page at 300 dpi with bold printed lines, and, on request,
    a handwritten scribble on a line of its own below them."""
    page = Image.new("L", (1600, 900), 255)
    draw = ImageDraw.Draw(page)
    font = _font(40)
    for i, text in enumerate(LINES):
        draw.text((200, 80 + 100 * i), text, fill=10, font=font)
    if scribble:
        # cursive loops, lifted twice: pieces of a line's height, as a signed name falls apart
        for start in (220, 450, 680):
            points = [(start + 4 * t, 640 + 10 * math.sin(t / 1.6) + 5 * math.sin(t / 0.7)) for t in range(55)]
            draw.line(points, fill=15, width=3)
    return page


def _reread(page: Image.Image, words: list[OcrWord]) -> list[OcrWord]:
    grey = np.asarray(page)
    binary = grey < 128
    return reread.reread_uncovered(grey, binary, np.zeros_like(binary), words, [], DPI, "nor+eng")


def test_a_printed_label_left_out_of_the_words_is_read_again_in_its_place() -> None:
    page = _page()
    words = run_tesseract(page, DPI)
    label = next(w for w in words if w.text == "Prosjektstart")
    missing = [w for w in words if w.text != "Prosjektstart"]

    found = _reread(page, missing)

    assert [w.text for w in found] == ["Prosjektstart"]
    x0, y0, x1, y1 = found[0].box
    assert abs(x0 - label.box[0]) <= 6 and abs(x1 - label.box[2]) <= 6
    assert abs(y0 - label.box[1]) <= 6 and abs(y1 - label.box[3]) <= 6
    assert found[0].confidence >= OCR_REREAD_MIN_CONFIDENCE


def test_a_page_whose_ink_is_all_read_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page()
    words = run_tesseract(page, DPI)
    calls: list[object] = []
    monkeypatch.setattr(reread, "run_tesseract", lambda *a, **k: calls.append(a) or [])

    assert _reread(page, words) == []
    assert calls == []


def test_a_handwritten_scribble_is_not_turned_into_words(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(scribble=True)
    printed = run_tesseract(_page(), DPI)
    read: list[OcrWord] = []

    def tesseract(*args: object, **kwargs: object) -> list[OcrWord]:
        words = run_tesseract(*args, **kwargs)
        read.extend(words)
        return words

    monkeypatch.setattr(reread, "run_tesseract", tesseract)

    assert _reread(page, printed) == []
    assert read, "the scribble is read again, and Tesseract makes words of it"
    assert all(w.confidence < OCR_REREAD_MIN_CONFIDENCE for w in read)


def test_short_options_and_their_slash_left_out_are_read_again() -> None:
    """A question's printed options "Ja / Nei" that the page's reading left
    out (a signature beside them): the two-letter "Ja" is a band of its own,
    read again, so "Nei" is not the only option read on the row."""
    page = Image.new("L", (1600, 500), 255)
    draw = ImageDraw.Draw(page)
    font = _font(34)
    draw.text((200, 100), "Ønsker kontoret å delta i nettverk?", fill=10, font=font)
    draw.text((200, 250), "Ønsker kontoret ekstern prosessevaluering?", fill=10, font=font)
    draw.text((1100, 100), "Ja", fill=10, font=font)
    draw.text((1190, 100), "Nei", fill=10, font=font)
    draw.text((1100, 250), "Ja /", fill=10, font=font)
    draw.text((1200, 250), "Nei", fill=10, font=font)
    words = run_tesseract(page, DPI)
    questions = [w for w in words if w.box[0] < 1050]
    found = _reread(page, questions)
    assert sorted(w.text for w in found if w.box[1] < 200) == ["Ja", "Nei"]
    second = [w.text for w in found if w.box[1] > 200]
    assert {"Ja", "Nei"} <= set(second) <= {"Ja", "/", "Nei"}
