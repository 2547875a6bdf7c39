"""A scanned form's e-mail address that OCR misread, put back only where the
document says what it was: the contact's name spelled as an address
(first.last) for the user part, and then the Nav or municipal domain one
letter off; the "@" read as a letter between the name and the domain; a
dot set apart from the next word. Typed text, and an address the name does
not spell, keep what they say. Built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.contact import _contact_words
from soknad_extract.extract.contact_ocr import at_read_as_letter, lost_dot, spelled_by_name
from soknad_extract.layout.rows import Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_pages


def _domains() -> tuple[str, ...]:
    return _contact_words().repairable_domains


def _scanned(text: str) -> Span:
    return Span(text, 1, method="ocr", confidence=0.3)


def test_a_user_part_one_letter_off_the_contacts_name_is_the_name_and_its_domain_nav() -> None:
    address = "kari.nordnann@naw.no"
    assert spelled_by_name(address, _scanned(address), "Kari Nordmann", _domains()) == "kari.nordmann@nav.no"
    address = "jon.aasen@hamar.kommume.no"
    assert spelled_by_name(address, _scanned(address), "Jon Aasen", _domains()) == "jon.aasen@hamar.kommune.no"


def test_without_the_name_or_typed_or_far_from_it_the_address_stays() -> None:
    address = "kari.nordnann@naw.no"
    assert spelled_by_name(address, _scanned(address), None, _domains()) == address
    assert spelled_by_name(address, Span(address, 1, method="label"), "Kari Nordmann", _domains()) == address
    assert spelled_by_name(address, _scanned(address), "Kari Nordvik", _domains()) == address
    other = "post@naw.no"  # someone else's address: a domain one letter off alone is not repaired
    assert spelled_by_name(other, _scanned(other), "Kari Nordmann", _domains()) == other


def test_an_at_sign_read_as_a_letter_between_the_name_and_the_domain() -> None:
    assert at_read_as_letter(_scanned("per.haugenanav.no"), "Per Haugen", _domains()) == "per.haugen@nav.no"
    assert at_read_as_letter(_scanned("ida.lie8hamar.kommune.no"), "Ida Lie", _domains()) == "ida.lie@hamar.kommune.no"
    assert at_read_as_letter(_scanned("per.haugenanav.no"), "Per Hansen", _domains()) is None
    assert at_read_as_letter(_scanned("per.haugenafirma.no"), "Per Haugen", _domains()) is None
    assert at_read_as_letter(Span("per.haugenanav.no", 1), "Per Haugen", _domains()) is None


def test_a_dot_set_apart_from_the_next_word() -> None:
    assert lost_dot("berg@nav.no", _scanned("ola. berg@nav.no")) == "ola.berg@nav.no"
    assert lost_dot("berg@nav.no", Span("ola. berg@nav.no", 1)) == "berg@nav.no"


def test_a_scanned_form_gives_the_repaired_address() -> None:
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60),
             pdf_line("Kontaktperson", 1, 60, 200), pdf_line("E-post", 1, 320, 200),
             pdf_line("Kari Nordmann", 1, 60, 216), pdf_line("kari.nordnann@naw.no", 1, 320, 216)]
    values = extract(pdf_pages(ocr_page(1, lines)), get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert (values["contact.name"], values["contact.email"]) == ("Kari Nordmann", "kari.nordmann@nav.no")
