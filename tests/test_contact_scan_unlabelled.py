"""The contact's e-mail address on a scanned form, where OCR garbled what
the address is read by: its label ("F-nnet'"), or a speck beside the label
read as the answer, so the address stands on a line no label claims; a dot
read as a comma and the "@" as "Q" ("ola, nordby Qnav.no"); a stray letter
glued to the domain ("@enav.no", "@nav.noe"); a space before the top-level
domain ("@nav .no"). The contact's name spelled as an address says what the
address was; typed text, and an address the name does not spell, keep what
they say."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.contact import _contact_words
from soknad_extract.extract.contact_ocr import by_contact_name, spelled_in_scan
from soknad_extract.layout.rows import Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _read(text: str, name: str | None, method: str = "ocr") -> str | None:
    return by_contact_name(Span(text, 1, method=method, confidence=0.4), name, _contact_words().repairable_domains)


@pytest.mark.parametrize("text, name, address", [
    ("ola, nordby Qnav.no", "Ola Nordby", "ola.nordby@nav.no"),
    ("siri,lie.haugen@nav.no", "Siri Lie Haugen", "siri.lie.haugen@nav.no"),
    ("marte.lid@enav.no", "Marte Lid", "marte.lid@nav.no"),
    ("marte.lid@nav.noe", "Marte Lid", "marte.lid@nav.no"),
    ("per.dahl@voss.kommunea.no", "Per Dahl", "per.dahl@voss.kommune.no"),
    ("E-post: arne.bø@nav .no", "Arne Bø", "arne.bo@nav.no"),
])
def test_the_contacts_address_as_the_scan_misread_it(text: str, name: str, address: str) -> None:
    assert _read(text, name) == address


@pytest.mark.parametrize("text, name, method", [
    ("marte.lid@enav.no", "Marte Lid", "label"),  # typed: the office's own spelling
    ("marte.lid@enav.no", "Marte Berg", "ocr"),  # someone else's address
    ("marte.lid@xenav.no", "Marte Lid", "ocr"),  # two letters glued: too far to tell
    ("post@enav.no", "Marte Lid", "ocr"),
    ("ola.nordby@nav.no, kari.lie@nav.no", "Kari Lie", "ocr"),  # two addresses, the first another's
])
def test_what_the_name_does_not_spell_or_typed_text_keeps_what_it_says(text: str, name: str, method: str) -> None:
    assert _read(text, name, method) is None


def test_only_scanned_lines_outside_the_skipped_ones_are_searched() -> None:
    domains = _contact_words().repairable_domains
    typed = Span("ola.nordbv@nav.no", 1, method="label")
    scanned = Span("ola.nordbv@nav.no", 1, method="ocr", confidence=0.4)
    assert spelled_in_scan([(0, 17, typed)], "Ola Nordby", domains) is None
    assert spelled_in_scan([(0, 17, scanned)], "Ola Nordby", domains) == ("ola.nordby@nav.no", 0, 17)
    assert spelled_in_scan([(0, 17, scanned)], "Ola Nordby", domains, {id(scanned)}) is None


def _form(label: str, address: str, scanned: bool = True) -> dict:
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1, 60, 60),
             pdf_line("Kontaktperson:", 1, 60, 100), pdf_line("Ingrid Sæther Lunde", 1, 60, 114),
             pdf_line("Telefon:", 1, 60, 134), pdf_line("412 28 760", 1, 60, 148),
             pdf_line(label, 1, 60, 168), pdf_line(address, 1, 60, 182),
             pdf_line("Prosjektnavn:", 1, 60, 202), pdf_line("Veien videre", 1, 60, 216)]
    page = ocr_page(1, lines) if scanned else pdf_page(1, lines)
    return extract(pdf_pages(page), S2020).draft.values


def test_a_scanned_address_under_a_garbled_label_is_the_contacts_as_the_name_spells_it() -> None:
    assert _form("F-nnet'", "ingrid.saether.lunde@nav .no").get("contact.email") == "ingrid.saether.lunde@nav.no"
    assert _form("F-nnet'", "ingrid.saether.lunqe@nav.nn").get("contact.email") == "ingrid.saether.lunde@nav.no"


def test_a_typed_address_under_the_same_label_keeps_its_letters() -> None:
    assert _form("F-nnet'", "ingrid.saether.lunqe@nav.no", scanned=False).get("contact.email") \
        == "ingrid.saether.lunqe@nav.no"
