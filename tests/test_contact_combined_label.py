"""A label that asks for the contact and a way to reach them on one line
("Kontaktperson og telefon:", "Kontaktperson/e-post:") answered with the
name first ("Anders Thorsen, tlf. 992 31 504"), as paper and typed forms
give one line to both (``extract.contact``): the name is the contact's, and
the number or address is still read."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _form(line: str) -> dict:
    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav – 2020",
                             "Nav-kontor: Nav Hamar", line, "Prosjektets navn: Inn i arbeid",
                             "Oppstart: 1. mars 2020"))
    return extract(doc, S2020).draft.values


@pytest.mark.parametrize(("line", "key", "value"), [
    ("Kontaktperson og telefon: Anders Thorsen, tlf. 992 31 504", "contact.phone", "99231504"),
    ("Kontaktperson/e-post: Anders Thorsen, anders.thorsen@nav.no", "contact.email", "anders.thorsen@nav.no"),
    ("Kontaktperson og mobil: Anders Thorsen 992 31 504", "contact.phone", "99231504"),
])
def test_a_combined_label_gives_the_name_and_the_number(line: str, key: str, value: str) -> None:
    got = _form(line)
    assert got.get("contact.name") == "Anders Thorsen"
    assert got.get(key) == value


def test_a_label_for_the_contacts_own_address_names_no_one() -> None:
    """"Kontaktpersonens e-post" asks for the address alone: no name is read from it."""
    got = _form("Kontaktpersonens e-post: post.hamar@nav.no")
    assert got.get("contact.name") is None
    assert got.get("contact.email") == "post.hamar@nav.no"
