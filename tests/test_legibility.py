"""Pages that could not be read with confidence (issue 12, class 8), on pages built here."""

from __future__ import annotations

from soknad_extract.extract.legibility import UNSURE_RUN, unsure_pages
from soknad_extract.layout import Document, Line, Page, ReaderNote


def scan(number: int, confidences: list[float]) -> Page:
    return Page(number, lines=[Line(f"ord {i}", number, confidence=c, ocr=True) for i, c in enumerate(confidences)],
                ocr=True)


def test_a_smear_over_several_lines_makes_the_page_unsure():
    smeared = scan(1, [0.95] * 10 + [0.4] * UNSURE_RUN + [0.95] * 5)
    assert unsure_pages(Document("x.pdf", "pdf", [smeared, scan(2, [0.9] * 8)])) == (1,)


def test_a_signature_read_as_a_few_letters_does_not():
    ink = scan(1, [0.95] * 10 + [0.3] * (UNSURE_RUN - 1) + [0.95] * 5 + [0.2] * 2)
    assert unsure_pages(Document("x.pdf", "pdf", [ink])) == ()


def test_a_page_that_ocr_failed_on_is_unsure_and_an_empty_page_is_not():
    note = ReaderNote("LOW_CONFIDENCE", "Side 2 kunne ikke leses.", "Page 2 could not be read.", page=2)
    doc = Document("x.pdf", "pdf", [scan(1, [0.95] * 5), Page(2), Page(3)], notes=[note])
    assert unsure_pages(doc) == (2,)


def test_born_digital_text_is_never_unsure():
    page = Page(1, lines=[Line("tekst", 1, confidence=0.1) for _ in range(8)])
    assert unsure_pages(Document("x.pdf", "pdf", [page])) == ()


def test_a_page_with_an_area_the_reader_could_not_read_is_unsure() -> None:
    page = scan(1, [0.95] * 8)
    page.unread = [(50.0, 300.0, 400.0, 420.0)]
    assert unsure_pages(Document("x.pdf", "pdf", [page, scan(2, [0.95] * 8)])) == (1,)
