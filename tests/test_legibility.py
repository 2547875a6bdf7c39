"""Pages that could not be read with confidence (issue 12, class 8), on pages built here."""

from __future__ import annotations

from soknad_extract.extract.legibility import UNSURE_RUN, unsure_pages
from soknad_extract.layout import Document, Line, Page, ReaderNote, Word


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


def _worded(number: int, lines: list[list[tuple[str, float]]]) -> Page:
    return Page(number, lines=[
        Line(" ".join(t for t, _ in words), number, words=[Word(t, None, c) for t, c in words],
             confidence=sum(c for _, c in words) / len(words), ocr=True)
        for words in lines
    ], ocr=True)


def test_a_fax_whose_labels_read_as_guesses_between_good_values_is_unsure() -> None:
    label_value = [
        [("SORINDH", 0.15), ("NAV", 0.9), ("RON", 0.49)], [("Nav", 0.93), ("Jevnaker", 0.93)],
        [("I", 0.9), ("PHT", 0.44), ("LOST", 0.3)], [("kari@nav.no", 0.88)],
        [("VL", 0.15), ("TARE", 0.15), ("NAVN", 0.9)], [("Jobb", 0.95), ("i", 0.95), ("nærmiljøet", 0.95)],
        [("PLANLAGT", 0.9), ("CMP", 0.47), ("SEALE", 0.0)], [("1.", 0.92), ("april", 0.92), ("2020", 0.92)],
    ]
    assert unsure_pages(Document("x.pdf", "pdf", [_worded(1, label_value), scan(2, [0.95] * 8)])) == (1,)


def test_a_few_guessed_words_on_a_well_read_page_leave_it_sure() -> None:
    read = [("885", 0.96), ("000", 0.96)]
    page = _worded(1, [
        [("Sum", 0.96), ("stillingar", 0.33)], read, [("Kompetanse", 0.94), ("val", 0.2)], read,
        [("Nytttitak", 0.53)], read, [("Ønsker", 0.9), ("[Ja", 0.19)], read, [("Ekstern", 0.9), ("Ljja", 0.24)],
        read, [("Eirik", 0.3), ("Sol", 0.2)], [("Rådmann", 0.9)],
    ])
    assert unsure_pages(Document("x.pdf", "pdf", [page])) == ()
