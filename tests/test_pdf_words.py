"""A PDF word's style comes from its characters: the median size, bold and
italic when most characters are, the most frequent colour; a word set in
one style reads the same as a mixed one would by those rules. A line's
colour is the one most of its letters have."""

from __future__ import annotations

from typing import Any

from soknad_extract.readers.pdf.pdfium_chars import extract_words
from soknad_extract.readers.pdf.text import build_lines, page_words

RED, BLUE = (1.0, 0.0, 0.0), (0.0, 0.0, 1.0)


def _chars(text: str, x: float, fonts: list[str], sizes: list[float], italic: list[bool],
           colours: list[Any]) -> list[dict[str, Any]]:
    """Characters in ``pdfium_chars``'s shape, 6 pt apart on one baseline."""
    return [
        {"text": ch, "x0": x + 6 * i, "x1": x + 6 * i + 5, "top": 100.0 - size, "bottom": 100.0, "size": size,
         "fontname": font, "upright": True, "matrix": (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), "italic": slanted,
         "colour": colour}
        for i, (ch, font, size, slanted, colour) in enumerate(zip(text, fonts, sizes, italic, colours))
    ]


def test_a_word_in_one_style_takes_it() -> None:
    chars = _chars("Beløp", 72, ["ABCDEF+Arial-BoldItalicMT"] * 5, [10.0] * 5, [True] * 5, [RED] * 5)
    (word,), unmapped = page_words(extract_words(chars))
    assert (word.text, word.size, word.bold, word.italic, word.colour) == ("Beløp", 10.0, True, True, RED)
    assert unmapped == 0


def test_a_mixed_word_takes_what_most_of_its_characters_have() -> None:
    fonts = ["Arial-BoldMT", "Arial-BoldMT", "ArialMT", "ArialMT", "ArialMT"]
    chars = _chars("Søker", 72, fonts, [9.0, 10.0, 10.0, 12.0, 12.0], [True, True, True, False, False],
                   [BLUE, RED, RED, BLUE, RED])
    (word,), _ = page_words(extract_words(chars))
    assert (word.size, word.bold, word.italic, word.colour) == (10.0, False, True, RED)


def test_a_line_takes_the_colour_of_most_of_its_letters() -> None:
    chars = (_chars("Nav", 72, ["ArialMT"] * 3, [10.0] * 3, [False] * 3, [BLUE] * 3)
             + _chars("Kongsvinger", 96, ["ArialMT"] * 11, [10.0] * 11, [False] * 11, [RED] * 11))
    words, _ = page_words(extract_words(chars))
    (line,) = build_lines(words, 1)
    assert line.line.text == "Nav Kongsvinger"
    assert line.line.colour == RED
