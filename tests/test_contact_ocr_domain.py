"""An address read by OCR whose top-level domain lost a letter to the scan
ends in the Nav or municipal domain it is one letter from; typed text keeps
what it says."""

from __future__ import annotations

from soknad_extract.extract.contact import _contact_words
from soknad_extract.extract.contact_ocr import ocr_domain
from soknad_extract.layout.rows import Span


def _ocr_domain(address: str, span: Span) -> str:
    return ocr_domain(address, span, _contact_words().repairable_domains)

SCANNED = Span("hilde.vik@nav.ne", 1, method="ocr", confidence=0.32)
TYPED = Span("hilde.vik@nav.ne", 1, method="label")


def test_a_scanned_nav_address_gets_its_domain_back() -> None:
    assert _ocr_domain("hilde.vik@nav.ne", SCANNED) == "hilde.vik@nav.no"
    assert _ocr_domain("ola.dahl@skien.kommune.n0", SCANNED) == "ola.dahl@skien.kommune.no"


def test_other_addresses_and_typed_text_are_left_as_they_are() -> None:
    assert _ocr_domain("hilde.vik@nav.ne", TYPED) == "hilde.vik@nav.ne"
    assert _ocr_domain("post@firma.ne", SCANNED) == "post@firma.ne"  # not a Nav or municipal domain
    assert _ocr_domain("hilde.vik@nav.com", SCANNED) == "hilde.vik@nav.com"  # not one letter off
    assert _ocr_domain("hilde.vik@nav.no", SCANNED) == "hilde.vik@nav.no"
    assert _ocr_domain("ola@snav.ne", SCANNED) == "ola@snav.ne"  # another domain that ends like it


def test_an_unlabelled_scanned_address_is_repaired_too():
    """The address found in the scanned text without a label beside it
    (a sentence, a signature block) gets the same repair."""
    from soknad_extract.extract import extract
    from soknad_extract.schemes import get_scheme
    from tests.builders.layouts import ocr_page, pdf_line, pdf_pages

    lines = [pdf_line("Kontaktperson er Hilde Vik, hilde.vik@nav.ne eller 913 20 774.", 1, 72, 100)]
    doc = pdf_pages(ocr_page(1, lines))
    got = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert got["contact.email"] == "hilde.vik@nav.no"


def _scanned_form(*lines: str) -> dict:
    from soknad_extract.extract import extract
    from soknad_extract.schemes import get_scheme
    from tests.builders.layouts import ocr_page, pdf_line, pdf_pages

    page = ocr_page(1, [pdf_line(text, 1, 72, 100 + 14 * i) for i, text in enumerate(lines)])
    return extract(pdf_pages(page), get_scheme("nav-sosiale-tjenester-2020")).draft.values


def test_a_scanned_address_field_whose_first_dot_was_lost_gets_it_back():
    got = _scanned_form("Kontaktperson: Vegard Følstad", "E-post: vegard folstad@nav.no", "Telefon: 995.43 210")
    assert got["contact.email"] == "vegard.folstad@nav.no"
    assert got["contact.phone"] == "99543210"


def test_a_name_before_a_scanned_address_is_not_part_of_it():
    got = _scanned_form("Kontaktperson: Vegard Følstad", "E-post: Vegard folstad@nav.no")
    assert got["contact.email"] == "folstad@nav.no"
