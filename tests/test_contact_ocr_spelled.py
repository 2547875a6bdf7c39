"""A scanned form's e-mail address that OCR misread, put back only where the
document says what it was: the contact's name spelled as an address
(first.last) for the user part, and then the Nav or municipal domain one
letter off; spaces and capitals the scan put in; the "@" read as a letter
between the name and the domain; a dot set apart from the next word. Typed text, and an address the name does
not spell, keep what they say. Built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.contact import _contact_words
from soknad_extract.extract.contact_ocr import by_contact_name, lost_dot
from soknad_extract.layout.rows import Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_pages


def _domains() -> tuple[str, ...]:
    return _contact_words().repairable_domains


def _scanned(text: str) -> Span:
    return Span(text, 1, method="ocr", confidence=0.3)


def _read(text: str, name: str | None, method: str = "ocr") -> str | None:
    return by_contact_name(Span(text, 1, method=method, confidence=0.3), name, _domains())


def test_a_user_part_one_letter_off_the_contacts_name_is_the_name_and_its_domain_nav() -> None:
    assert _read("kari.nordnann@naw.no", "Kari Nordmann") == "kari.nordmann@nav.no"
    assert _read("jon.aasen@hamar.kommume.no", "Jon Aasen") == "jon.aasen@hamar.kommune.no"
    assert _read("hilde.vik@nav.ne", "Hilde Vik") == "hilde.vik@nav.no"


def test_spaces_and_capitals_the_scan_put_in_are_taken_out() -> None:
    assert _read("åse .LUNDe@nav.no", "Åse Lunde") == "ase.lunde@nav.no"


def test_without_the_name_or_typed_or_far_from_it_the_address_is_not_read_so() -> None:
    assert _read("kari.nordnann@naw.no", None) is None
    assert _read("kari.nordnann@naw.no", "Kari Nordmann", method="label") is None
    assert _read("kari.nordnann@naw.no", "Kari Nordvik") is None
    assert _read("post@naw.no", "Kari Nordmann") is None  # someone else's address
    assert _read("kari.nordmann@firma.no", "Kari Nordmann") is None  # not a Nav or municipal domain


def test_an_at_sign_read_as_a_letter_between_the_name_and_the_domain() -> None:
    assert _read("per.haugenanav.no", "Per Haugen") == "per.haugen@nav.no"
    assert _read("ida.lie8hamar.kommune.no", "Ida Lie") == "ida.lie@hamar.kommune.no"
    assert _read("per.haugenanav.no", "Per Hansen") is None
    assert _read("per.haugenafirma.no", "Per Haugen") is None


def test_a_dot_set_apart_from_the_next_word() -> None:
    assert lost_dot("berg@nav.no", _scanned("ola. berg@nav.no")) == "ola.berg@nav.no"
    assert lost_dot("berg@nav.no", Span("ola. berg@nav.no", 1)) == "berg@nav.no"


def test_a_scanned_form_gives_the_repaired_address() -> None:
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60),
             pdf_line("Kontaktperson", 1, 60, 200), pdf_line("E-post", 1, 320, 200),
             pdf_line("Kari Nordmann", 1, 60, 216), pdf_line("kari.nordnann@naw.no", 1, 320, 216)]
    values = extract(pdf_pages(ocr_page(1, lines)), get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert (values["contact.name"], values["contact.email"]) == ("Kari Nordmann", "kari.nordmann@nav.no")
