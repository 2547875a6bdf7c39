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


def test_doubtful_short_tokens_before_a_value_are_no_part_of_it() -> None:
    """Specks, box borders and ink read as short tokens in front of an
    answer, at the start of a line or after its label's colon: dropped by
    their OCR confidence and shape (read far worse than the value, no vowel,
    a run of zeros before a name)."""
    words = [_word("QX", 100, 0.16), _word("Vb", 140, 0.22), _word("~", 180, 0.55),
             _word("Lys", 200), _word("i", 250), _word("mørket", 270),
             _word("Ko", 100, 0.35, line=2), _word("Tone", 140, line=2), _word("Vik", 200, line=2),
             _word("Navn:", 100, line=3), _word("0000", 170, 0.54, line=3), _word("Steg", 230, line=3),
             _word("for", 290, line=3), _word("steg", 330, line=3),
             _word("Kontor:", 100, line=4), _word("rtx", 190, 0.13, line=4), _word("ju", 240, 0.22, line=4),
             _word("Molde", 280, 0.7, line=4),
             _word("pb", 100, 0.6, line=5), _word("Ola", 140, line=5), _word("Berg", 190, line=5)]
    lines = [line.text for line in ocr_lines.group_lines(words)]
    assert lines == ["Lys i mørket", "Tone Vik", "Navn: Steg for steg", "Kontor: Molde", "Ola Berg"]


def test_short_words_read_well_or_on_a_page_read_badly_stay_before_a_value() -> None:
    words = [_word("Bo", 100, 0.9), _word("Lien", 140),
             _word("Beløp:", 100, line=2), _word("000", 170, 0.54, line=2), _word("kr", 230, line=2),
             _word("Ås", 100, 0.3, line=3), _word("Vikane", 140, 0.35, line=3),
             _word("Navn:", 100, line=4), _word("Kr", 170, 0.9, line=4), _word("Hansen", 210, line=4),
             _word("-", 100, 0.9, line=5), _word("Tiltak", 120, line=5)]
    lines = [line.text for line in ocr_lines.group_lines(words)]
    assert lines == ["Bo Lien", "Beløp: 000 kr", "Ås Vikane", "Navn: Kr Hansen", "- Tiltak"]


def test_a_speck_alone_between_a_label_and_its_answer_is_dropped() -> None:
    """A lone token that is no answer by its shape (letters with no vowel,
    or only the marks a speck reads as), read with doubt, is no line; a
    dash alone is an answer ("nothing") and a word read well stays."""
    words = [_word("Kommune:", 100), _word("dr", 900, 0.58, line=2), _word("Molde", 900, line=3),
             _word("Kontaktperson:", 100, line=4), _word(";", 900, 0.57, line=5),
             _word("Ola", 900, line=6), _word("Berg", 960, line=6),
             _word("Nr", 100, 0.9, line=7), _word("-", 900, 0.55, line=8), _word("Tre", 100, 0.55, line=9)]
    lines = [line.text for line in ocr_lines.group_lines(words)]
    assert lines == ["Kommune:", "Molde", "Kontaktperson:", "Ola Berg", "Nr", "-", "Tre"]


def test_an_address_cut_at_its_dots_and_its_at_sign_is_put_back() -> None:
    words = [_word("eva.", 100), _word("mikkelsen", 160), _word("@nav.", 300), _word("no:", 380),
             _word("Se", 100, line=2), _word("kap.", 140, line=2), _word("Tiltak", 200, line=2),
             _word("sendt.", 100, line=3), _word("ola@nav.no", 200, line=3)]
    assert [w.text for w in ocr_text.correct(words)] == [
        "eva.mikkelsen@nav.no:", "Se", "kap.", "Tiltak", "sendt.", "ola@nav.no"]
