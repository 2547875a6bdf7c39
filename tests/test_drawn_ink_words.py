"""A drawn signature's first name and surname, a word's space apart on one
line of writing, are one region of ink; two signatures side by side in
columns, or strokes on different lines, stay apart."""

from __future__ import annotations

from soknad_extract.readers.pdf.strokes import _is_ink, _regions, _Stroke


def _word(x0: float, top: float, width: float = 50.0, height: float = 20.0, turns: int = 4) -> _Stroke:
    """A handwritten word: a few turns of the pen, sampled every few points."""
    return _Stroke(box=(x0, top, x0 + width, top + height), segments=10, turns=turns, length=40.0)


def _sizes(strokes: list[_Stroke]) -> list[int]:
    return sorted(len(region) for region in _regions(strokes))


def test_two_words_of_one_signature_are_one_region() -> None:
    regions = _regions([_word(100, 500), _word(168, 503)])  # 18 pt apart, on one line
    assert [len(r) for r in regions] == [2]
    assert _is_ink(regions[0])


def test_each_word_alone_turns_back_too_seldom_to_be_ink() -> None:
    """Why the words must be joined: four turns a word is a tick's count."""
    assert not _is_ink([_word(100, 500)])


def test_signatures_in_two_columns_stay_two() -> None:
    assert _sizes([_word(100, 500), _word(230, 500)]) == [1, 1]  # 80 pt apart


def test_a_tall_signature_does_not_reach_across_a_column_gap() -> None:
    """The space allowed grows with the writing's height, up to a word's space."""
    assert _sizes([_word(100, 500, height=60), _word(195, 500, height=60)]) == [1, 1]  # 45 pt apart


def test_strokes_on_different_lines_are_not_words_of_one_line() -> None:
    assert _sizes([_word(100, 500), _word(168, 540)]) == [1, 1]
