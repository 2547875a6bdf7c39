"""OCR on scanned forms as copiers and phones deliver them (issue 12, class 7):
table rules read as characters, cell shading read as words, letters taken
for check boxes. Built by hand from Tesseract-shaped words and drawn
strips, so the rules are tested without Tesseract."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw

from soknad_extract.readers.ocr import marks as ocr_marks
from soknad_extract.readers.ocr import lines as ocr_lines
from soknad_extract.readers.ocr import text as ocr_text


def _word(text: str, x: int, confidence: float = 0.95, line: int = 1) -> ocr_text.OcrWord:
    top = 60 * line
    return ocr_text.OcrWord(text, (x, top, x + 12 * len(text), top + 30), confidence, 1, 1, line)


def test_table_rule_at_a_cells_edge_is_no_character_of_its_value() -> None:
    words = [
        _word("Prosjektnamn", 100), _word("|", 690, 0.85), _word("Frå", 700), _word("soning", 750),
        _word("|Kinn", 700, line=2), _word("kommune|", 770, line=2),
        _word("|", 700, 0.93, line=3),
        _word("8", 700, line=4), _word("000", 730, line=4), _word("¦", 780, line=4),
        _word("a", 100, line=5), _word("|", 115, line=5), _word("b", 130, line=5),
    ]
    lines = [line.text for line in ocr_lines.group_lines(words)]
    assert lines == ["Prosjektnamn", "Frå soning", "Kinn kommune", "8 000", "a | b"]


def test_shading_read_as_letters_between_a_label_and_its_amount_is_dropped() -> None:
    words = [
        _word("Prosjektleder,", 100), _word("100", 280), _word("%", 330), _word("stilling", 360),
        _word("le", 900, 0.0), _word("655", 1400), _word("000", 1450),
        _word("Sum", 100, line=2), _word("stillingar", 150, 0.33, line=2),
        _word("cael", 900, 0.19, line=2), _word("885", 1400, line=2), _word("000", 1450, line=2),
    ]
    lines = [line.text for line in ocr_lines.group_lines(words)]
    assert lines == ["Prosjektleder, 100 % stilling", "655 000", "Sum stillingar", "885 000"]


def test_doubtful_numbers_boxes_and_whole_words_alone_are_kept() -> None:
    words = [_word("Kompetanse", 100), _word("10", 900, 0.2), _word("000", 930, 0.2),
             _word("[ ]", 100, 0.2, line=2), _word("Ja", 200, line=2),
             _word("E-post", 100, line=3), _word("mona.strand@nav.no", 900, 0.0, line=3),
             _word("Prosjektnavn", 100, line=4), _word("Jobbsjansen", 900, 0.1, line=4)]
    lines = [line.text for line in ocr_lines.group_lines(words)]
    assert lines == ["Kompetanse", "10 000", "[ ]", "Ja", "E-post", "mona.strand@nav.no",
                     "Prosjektnavn", "Jobbsjansen"]


def test_a_fax_read_at_low_confidence_throughout_keeps_its_lone_values() -> None:
    """Legibility scales a hard page's confidences down; a value standing
    alone on such a page is as doubtful as its label, not a speck."""
    words = [_word("Prosjektnavn", 100, 0.35), _word("Losen", 900, 0.3),
             _word("Kontaktperson", 100, 0.36, line=2), _word("Kari", 900, 0.33, line=2),
             _word("Nordmann", 960, 0.34, line=2)]
    lines = [line.text for line in ocr_lines.group_lines(words)]
    assert lines == ["Prosjektnavn", "Losen", "Kontaktperson", "Kari Nordmann"]


def _strip(draw_on: Callable[[ImageDraw.ImageDraw], None]) -> np.ndarray:
    image = Image.new("L", (200, 100), 255)
    draw_on(ImageDraw.Draw(image))
    return np.asarray(image) < 128


def _serif_h(draw: ImageDraw.ImageDraw) -> None:
    """A bold serif capital H, 44 x 39 px as at 300 dpi: its serifs nearly
    close the top and bottom, its stems are a quarter of its width."""
    for x in (50, 75):
        draw.rectangle((x + 4, 30, x + 14, 68), fill=0)
        draw.rectangle((x, 30, x + 18, 32), fill=0)
        draw.rectangle((x, 66, x + 18, 68), fill=0)
    draw.rectangle((54, 46, 89, 48), fill=0)


def test_bold_serif_capital_is_no_check_box() -> None:
    binary = _strip(_serif_h)
    assert ocr_marks.find_check_boxes(binary, np.zeros_like(binary)) == []


def test_box_filled_solid_is_a_ticked_box() -> None:
    binary = _strip(lambda draw: draw.rectangle((50, 30, 80, 60), fill=0))
    boxes = ocr_marks.find_check_boxes(binary, np.zeros_like(binary))
    assert len(boxes) == 1 and boxes[0].checked


def test_box_with_a_heavy_frame_and_a_tick_touching_it_is_a_box() -> None:
    def ticked(draw: ImageDraw.ImageDraw) -> None:
        draw.rectangle((50, 30, 80, 60), outline=0, width=5)
        draw.line((52, 32, 78, 58), fill=0, width=5)
        draw.line((52, 58, 78, 32), fill=0, width=5)

    binary = _strip(ticked)
    boxes = ocr_marks.find_check_boxes(binary, np.zeros_like(binary))
    assert len(boxes) == 1 and boxes[0].checked
