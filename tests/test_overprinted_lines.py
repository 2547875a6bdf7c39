"""Two lines of a PDF's text printed over each other a few points apart
(a statement laid over a form's caption) are two lines, each read whole,
not one row of interleaved words; a word drawn twice at one place (fake
bold) and a tick over its box stay one line. Built with PDF words in
wordings other than any corpus file's."""

from __future__ import annotations

from soknad_extract.readers.pdf.text import PdfWord, build_lines

SIZE = 9.0


def _words(text: str, x: float, top: float) -> list[PdfWord]:
    words = []
    for token in text.split():
        words.append(PdfWord(token, (x, top, x + 5.0 * len(token), top + SIZE), SIZE, False))
        x += 5.0 * len(token) + 3.0
    return words


def _lines(words: list[PdfWord]) -> list[str]:
    return [t.line.text for t in build_lines(words, 1)]


def test_a_statement_printed_over_a_caption_is_a_line_of_its_own() -> None:
    caption = _words("Underskrift rådmann (namn og dato)", 60, 400.0)
    statement = _words("Søknaden er godkjend elektronisk i sak 20/114", 60, 403.5)
    assert _lines(caption + statement) == ["Underskrift rådmann (namn og dato)",
                                           "Søknaden er godkjend elektronisk i sak 20/114"]


def test_a_word_drawn_twice_for_bold_stays_one_line() -> None:
    words = _words("Prosjektets navn", 60, 200.0) + _words("Prosjektets", 60.4, 200.3)
    assert len(_lines(words)) == 1


def test_a_tick_over_its_box_stays_on_the_line() -> None:
    box, tick = PdfWord("☐", (60, 300, 68, 309), SIZE, False), PdfWord("✓", (61, 298, 67, 307), SIZE, False)
    assert len(_lines([box, tick] + _words("Bruk av ordinært arbeidsliv", 75, 300.0))) == 1
