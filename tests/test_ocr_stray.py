"""A lone, doubtful scrap of letters between a label and its answer is
noise, also when a speck's comma or dot clings to it."""

from __future__ import annotations

from soknad_extract.readers.ocr.lines import is_stray
from soknad_extract.readers.ocr.text import OcrWord

LIMIT = 0.4


def _word(text: str, confidence: float) -> OcrWord:
    return OcrWord(text, (135, 150, 195, 158), confidence)


def test_a_doubtful_scrap_with_a_comma_is_stray() -> None:
    assert is_stray([_word("Fo,", 0.34)], LIMIT)
    assert is_stray([_word("Sr", 0.2)], LIMIT)


def test_words_numbers_and_confident_scraps_stay() -> None:
    assert not is_stray([_word("Fo,", 0.8)], LIMIT)
    assert not is_stray([_word("Skien,", 0.3)], LIMIT)  # a word, read badly: the validator's to doubt
    assert not is_stray([_word("20,", 0.2)], LIMIT)
    assert not is_stray([_word("50 %", 0.2)], LIMIT)
