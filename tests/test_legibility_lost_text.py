"""Scanned pages that lost their text without one smeared region (issue 12,
class 8): a faint or sideways page OCR reads as a fragment or two, and a fax
whose printed labels OCR turned to noise between values it read well. Pages
built here; the clean cases must stay sure."""

from __future__ import annotations

from soknad_extract.extract.legibility import unsure_pages
from soknad_extract.layout import Document, Line, Page, Word


def scan(number: int, lines: list[tuple[str, float]]) -> Page:
    """OCR lines whose words were all read with the line's confidence."""
    return Page(number, lines=[Line(text, number, words=[Word(w, None, c) for w in text.split()], confidence=c,
                                    ocr=True) for text, c in lines], ocr=True)


def doc(*pages: Page) -> Document:
    return Document("x.pdf", "pdf", list(pages))


READ_WELL = [("Prosjektleiar og kontaktperson for tiltaket", 0.95), ("Ingrid Haugland", 0.93),
             ("Tiltaket startar hausten 2020", 0.94), ("Lønn og sosiale kostnader", 0.92),
             ("Til saman 450 000 kr", 0.95), ("Med helsing", 0.96)]


def test_a_page_read_as_a_few_unsure_fragments_is_unsure():
    faint = scan(2, [("lrw", 0.08), ("mn", 0.2)])
    assert unsure_pages(doc(scan(1, READ_WELL), faint)) == (2,)


def test_labels_read_as_noise_between_good_values_make_the_page_unsure():
    lines = []
    for noise, value in [("TRSKATNINGR", "Ingrid Haugland"), ("VERDOSTE BLA", "ingrid.haugland@nav.no"),
                         ("GLRMFKAN", "Veien videre"), ("OPPTARKST", "1. september 2020"),
                         ("BELRAPNG", "450 000 kr")]:
        lines += [(noise, 0.2), (value, 0.93)]
    assert unsure_pages(doc(scan(1, READ_WELL + lines))) == (1,)


def test_an_address_and_three_signatures_read_as_letters_leave_the_page_sure():
    page = scan(1, READ_WELL + [("ingrid.haugland@nav.no", 0.1), ("Hkrsdn", 0.3), ("Molde, 12.01.2020", 0.9),
                                ("Lrvegtr", 0.25), ("Ingrid Haugland, Nav-leiar", 0.93), ("Bmpqst", 0.2),
                                ("Ola Vik, rådmann", 0.94)])
    assert unsure_pages(doc(page)) == ()


def test_an_ocr_page_with_nothing_on_it_is_blank_not_unsure():
    assert unsure_pages(doc(scan(1, READ_WELL), scan(2, []))) == ()
