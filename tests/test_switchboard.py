"""The contact's phone is the person's line, not the office's switchboard:
an answer that gives both ("hovudnummer 57 00 00 00 / mobil 482 00 111",
"22 33 44 55 (Nav kontaktsenter) og 922 11 333") names the switchboard as
such, and the other number is the contact's. One number alone, or two with
no such word, stay as written (the first)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _phone(*rows: list[str], paragraphs: tuple[str, ...] = ()) -> str | None:
    doc = word_doc(TITLE, *paragraphs, tables=[[["Prosjektnavn", "Arbeid først"], *rows]] if rows else [])
    return extract(doc, S2020).draft.values.get("contact.phone")


@pytest.mark.parametrize("answer, expected", [
    ("hovudnummer 57 00 00 00 / mobil 482 00 111", "48200111"),
    ("22 33 44 55 (Nav kontaktsenter) og 922 11 333", "92211333"),
    ("Sentralbord: 73 00 10 00, direktenummer: 73 00 12 34", "73001234"),
    ("73 00 10 00 servicetorget, 404 55 666 mobil", "40455666"),
    ("975 31 246; vakttelefon 51 20 30 40", "97531246"),
])
def test_the_switchboard_yields_to_the_persons_line(answer, expected) -> None:
    assert _phone(["Kontaktperson", "Kari Lid"], ["Telefon", answer]) == expected


@pytest.mark.parametrize("answer, expected", [
    ("51 20 30 40 (sentralbord)", "51203040"),
    ("51 20 30 40 / 975 31 246", "51203040"),
    ("sentralbord 51 20 30 40, resepsjon 51 20 30 41", "51203040"),
])
def test_a_lone_or_unnamed_number_stays_as_written(answer, expected) -> None:
    assert _phone(["Kontaktperson", "Kari Lid"], ["Telefon", answer]) == expected


def test_the_contacts_own_line_in_a_contact_answer() -> None:
    """No phone label: the number comes with the contact's name."""
    got = _phone(["Kontaktperson", "Ola Dahl, sentralbord 35 00 10 00, mobil 913 24 680"])
    assert got == "91324680"
