"""A scanned contact name that a speck cut short: OCR reads dust between two
words of the name as a full stop or a quote ("Anne Marte. Øvrebø"), and the
name stops there. The contact's address that spells the words after it
("anne.marte.ovrebo@…") makes the name whole; typed text, and words the
address does not spell, keep what they say. Built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.contact_ocr import name_past_speck
from soknad_extract.layout.rows import Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_pages


def _whole(text: str, name: str, address: str | None, method: str = "ocr") -> str:
    return name_past_speck(Span(text, 1, method=method, confidence=0.5), name, address)


def test_the_address_spells_the_words_after_the_speck() -> None:
    assert _whole("Anne Marte. Øvrebø", "Anne Marte", "anne.marte.ovrebo@nav.no") == "Anne Marte Øvrebø"
    assert _whole("Per ' Ås", "Per", "per.as@vik.kommune.no") == "Per Ås"


def test_without_the_address_or_typed_the_name_stays() -> None:
    assert _whole("Anne Marte. Øvrebø", "Anne Marte", None) == "Anne Marte"
    assert _whole("Anne Marte. Øvrebø", "Anne Marte", "anne.marte.ovrebo@nav.no", method="label") == "Anne Marte"
    assert _whole("Anne Marte. Prosjektleder", "Anne Marte", "anne.marte.ovrebo@nav.no") == "Anne Marte"
    assert _whole("Anne Marte. Øvrebø", "Anne Marte", "post@nav.no") == "Anne Marte"


def test_a_scanned_form_gives_the_whole_name() -> None:
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60),
             pdf_line("Kontaktperson", 1, 60, 200), pdf_line("E-post", 1, 320, 200),
             pdf_line("Anne Marte. Øvrebø", 1, 60, 216), pdf_line("anne.marte.ovrebo@nav.no", 1, 320, 216)]
    values = extract(pdf_pages(ocr_page(1, lines)), get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert values["contact.name"] == "Anne Marte Øvrebø"
