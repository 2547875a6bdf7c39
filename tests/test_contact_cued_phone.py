"""A phone number after a phone word in a grouping the shape finder does not
read: a scan's OCR joins or parts the groups ("tlf. 41 23 45 67" read as
"41 2345 67"). After "tlf.", "telefon:", "mobil" (``contact.toml``
[phone_cues]) any grouping of eight digits is the phone; without the word,
or with another count of digits, nothing is (``extract.contact_phone``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.extract.contact_phone import cued_phone, find_cued_phones
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("text, digits", [
    ("tlf. 41 2345 67", "41234567"),
    ("Telefon: 4123 45 67", "41234567"),
    ("mobil 2 23 45 678", "22345678"),
    ("Tlf +47 55 5123 45.", "55512345"),
])
def test_eight_digits_after_a_phone_word_are_the_phone(text: str, digits: str) -> None:
    assert [m.value for m in find_cued_phones(text)] == [digits]


@pytest.mark.parametrize("text", [
    "tlf. 12 34 56 78",        # no subscriber number opens with 1
    "tlf. 41 2345 678",        # nine digits
    "tlf. 41 2345 67 89",      # more groups follow
    "41 2345 67",              # no phone word
    "Beløp 41 2345 67",
])
def test_no_phone_without_the_word_or_eight_digits(text: str) -> None:
    assert find_cued_phones(text) == []


def test_a_phone_labels_answer_in_any_grouping() -> None:
    assert cued_phone("41 2345 67") == "41234567"
    assert cued_phone("41 2345 6") is None


def test_a_letters_contact_line_with_a_misgrouped_phone(tmp_path: Path) -> None:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    document.add_paragraph("Nav Solvik søker om midler til prosjektet Ung i arbeid, med oppstart 1. september 2020.")
    document.add_paragraph("Kontaktperson: Per Olsen – per.olsen@nav.no – tlf. 41 2345 67")
    document.save(str(tmp_path / "letter.docx"))
    values = extract(read_docx(tmp_path / "letter.docx"), S2020).draft.values
    assert values["contact.phone"] == "41234567"
