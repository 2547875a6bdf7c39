"""A question on a scanned form whose answer was written by hand in letters
OCR could not read as words: the reader found the pen's strokes in the
answer space, so the question is answered (the clerk is asked to read it),
never reported missing. Ink elsewhere answers nothing. Built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Image
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_pages


def _answered(images: list[Image], beside: bool = False) -> dict[str, bool]:
    if beside:
        labels = [pdf_line("Kontaktperson:", 1, 60, 200), pdf_line("Telefon:", 1, 60, 230),
                  pdf_line("900 11 222", 1, 150, 230)]
    else:
        labels = [pdf_line("Kontaktperson", 1, 60, 200), pdf_line("Telefon", 1, 60, 240),
                  pdf_line("900 11 222", 1, 60, 256)]
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60), *labels,
             pdf_line("Prosjektets navn", 1, 60, 280), pdf_line("Jobb først", 1, 60, 296)]
    doc = pdf_pages(ocr_page(1, lines, images))
    found = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).questions
    return {q.field: q.answered for q in found}


def _pen(box) -> Image:
    return Image(page=1, bbox=box, name="ink", ink_ratio=0.08)


def test_strokes_under_a_question_answer_it() -> None:
    assert _answered([_pen((62, 214, 170, 232))])["contact.name"] is True


def test_strokes_beside_a_question_answer_it() -> None:
    assert _answered([_pen((150, 198, 260, 214))], beside=True)["contact.name"] is True


def test_a_question_with_no_strokes_by_it_stays_unanswered() -> None:
    assert _answered([])["contact.name"] is False
    # Ink under another column, or far down the page, is not this answer.
    assert _answered([_pen((420, 214, 520, 232)), _pen((62, 320, 170, 340))])["contact.name"] is False
    assert _answered([])["contact.phone"] is True
