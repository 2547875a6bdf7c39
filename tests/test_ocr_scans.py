"""OCR on scanned forms as copiers and phones deliver them (issue 12, class 7):
table rules read as characters, cell shading read as words. Built by hand
from Tesseract-shaped words, so the rules are tested without Tesseract."""

from __future__ import annotations

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
    lines = [line.text for line in ocr_text.group_lines(words)]
    assert lines == ["Prosjektnamn", "Frå soning", "Kinn kommune", "8 000", "a | b"]


def test_shading_read_as_letters_between_a_label_and_its_amount_is_dropped() -> None:
    words = [
        _word("Prosjektleder,", 100), _word("100", 280), _word("%", 330), _word("stilling", 360),
        _word("le", 900, 0.0), _word("655", 1400), _word("000", 1450),
        _word("Sum", 100, line=2), _word("stillingar", 150, 0.33, line=2),
        _word("cael", 900, 0.19, line=2), _word("885", 1400, line=2), _word("000", 1450, line=2),
    ]
    lines = [line.text for line in ocr_text.group_lines(words)]
    assert lines == ["Prosjektleder, 100 % stilling", "655 000", "Sum stillingar", "885 000"]


def test_doubtful_numbers_and_boxes_alone_are_kept() -> None:
    words = [_word("Kompetanse", 100), _word("10", 900, 0.2), _word("000", 930, 0.2),
             _word("[ ]", 100, 0.2, line=2), _word("Ja", 200, line=2)]
    lines = [line.text for line in ocr_text.group_lines(words)]
    assert lines == ["Kompetanse", "10 000", "[ ]", "Ja"]


def test_a_fax_read_at_low_confidence_throughout_keeps_its_lone_values() -> None:
    """Legibility scales a hard page's confidences down; a value standing
    alone on such a page is as doubtful as its label, not a speck."""
    words = [_word("Prosjektnavn", 100, 0.35), _word("Losen", 900, 0.3),
             _word("Kontaktperson", 100, 0.36, line=2), _word("Kari", 900, 0.33, line=2),
             _word("Nordmann", 960, 0.34, line=2)]
    lines = [line.text for line in ocr_text.group_lines(words)]
    assert lines == ["Prosjektnavn", "Losen", "Kontaktperson", "Kari Nordmann"]
