"""A PDF form with its labels aligned right, close to a column of answers
("Kontaktperson ▏Hilde Moe"): the answers start at one x after a gap wider
than a word space on several rows, and the rows are split there, as after a
colon. A line of running text is never split so."""

from __future__ import annotations

from soknad_extract.readers.pdf.text import PdfWord, build_lines

SIZE = 10.0
ANSWER_X = 205.0


def _row(top: float, label: list[str], answer: list[str], label_end: float = 190.0) -> list[PdfWord]:
    words, x = [], label_end - sum(6 * len(w) + 3 for w in label) + 3
    for text in label:
        words.append(PdfWord(text, (x, top, x + 6 * len(text), top + SIZE), SIZE, False))
        x += 6 * len(text) + 3
    x = ANSWER_X
    for text in answer:
        words.append(PdfWord(text, (x, top, x + 6 * len(text), top + SIZE), SIZE, False))
        x += 6 * len(text) + 3
    return words


def _lines(rows: list[list[PdfWord]]) -> list[str]:
    return [t.line.text for t in build_lines([w for row in rows for w in row], 1)]


FORM = [(["Kontaktperson"], ["Hilde", "Moe"]), (["Tlf."], ["76", "05", "62", "00"]),
        (["E-post"], ["hilde.moe@nav.no"]), (["Prosjektnavn"], ["Lofotbroen"])]


def test_answers_beside_labels_aligned_right_are_lines_of_their_own() -> None:
    rows = [_row(100 + 22 * i, label, answer) for i, (label, answer) in enumerate(FORM)]
    assert _lines(rows) == ["Kontaktperson", "Hilde Moe", "Tlf.", "76 05 62 00", "E-post", "hilde.moe@nav.no",
                            "Prosjektnavn", "Lofotbroen"]


def test_fewer_rows_than_a_column_of_answers_stay_whole() -> None:
    rows = [_row(100 + 22 * i, label, answer) for i, (label, answer) in enumerate(FORM[:3])]
    assert _lines(rows) == ["Kontaktperson Hilde Moe", "Tlf. 76 05 62 00", "E-post hilde.moe@nav.no"]


def test_words_that_meet_at_one_x_after_a_word_space_stay_whole() -> None:
    """Running text whose words happen to start at one x after an ordinary
    space (under the colon's gap) is no column."""
    rows = [_row(100 + 14 * i, label, answer, label_end=ANSWER_X - 4.0) for i, (label, answer) in enumerate(FORM)]
    assert _lines(rows) == ["Kontaktperson Hilde Moe", "Tlf. 76 05 62 00", "E-post hilde.moe@nav.no",
                            "Prosjektnavn Lofotbroen"]
