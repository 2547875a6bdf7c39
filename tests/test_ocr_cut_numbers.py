"""An amount written by pen that OCR cut between two digits ("2 5 000" for
"25 000", "3 05 000" for "305 000") is one amount again; numbers that are no
amount after the join (phone numbers, a date's pieces) and amounts already
grouped in threes stay as read."""

from __future__ import annotations

import pytest

from soknad_extract.readers.ocr.digits import join_cut_numbers
from soknad_extract.readers.ocr.text import OcrWord

HEIGHT = 46
"""A written digit's height in pixels at 300 dpi (about 11 pt)."""


def _words(*pieces: tuple[str, int]) -> list[OcrWord]:
    """Words on one line, each (text, gap in pixels before it)."""
    out, x = [], 400
    for text, gap in pieces:
        x += gap
        width = 20 * len(text)
        out.append(OcrWord(text, (x, 1000, x + width, 1000 + HEIGHT), 0.95, 1, 1, 1))
        x += width
    return out


def _text(words: list[OcrWord]) -> str:
    return " ".join(w.text for w in words)


@pytest.mark.parametrize("pieces, read", [
    ((("kr", 0), ("2", 30), ("5", 6), ("000", 22)), "kr 25 000"),
    ((("3", 0), ("05", 8), ("000", 24)), "305 000"),
    ((("1", 0), ("2", 5), ("90", 9), ("000", 25)), "1 2 90 000"),  # two cuts: no single join makes it
])
def test_an_amount_cut_between_digits_is_whole_again(pieces, read):
    assert _text(join_cut_numbers(_words(*pieces))) == read


@pytest.mark.parametrize("pieces", [
    (("53", 0), ("49", 20), ("60", 24), ("00", 10)),  # a phone number, its last pair close
    (("12", 0), ("500", 22)),                            # already an amount
    (("1", 0), ("0", 25), ("000", 24)),                  # gaps of a space: three numbers as written
    (("974", 0), ("512", 20), ("386", 18)),              # an organisation number
])
def test_numbers_that_are_no_cut_amount_stay_as_read(pieces):
    words = _words(*pieces)
    assert join_cut_numbers(words) == words


def test_the_joined_word_spans_both_pieces_with_the_worse_confidence():
    words = _words(("1", 0), ("0", 6), ("000", 22))
    words[1].confidence = 0.6
    joined = join_cut_numbers(words)
    assert [w.text for w in joined] == ["10", "000"]
    assert joined[0].box[0] == words[0].box[0] and joined[0].box[2] == words[1].box[2]
    assert joined[0].confidence == 0.6
