"""A letter sent by the office names its case officer in the letterhead's
reference line ("Saksbehandler: …"); a contact the letter's text names
("Kontaktperson for søknaden er …") is the application's contact, the case
officer only where the text names none (``extract.contact``)."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = ("Nav Voss", "Postboks 10, 5701 Voss", "Statsforvalteren i Vestland",
        "Vår dato: 20.01.2020\tVår ref.: 20/55\tSaksbehandler: Randi Lie, tlf. 56 52 00 00",
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Ung i jobb»",
        "Nav Voss søker om tilskudd til én 100 % stilling.")


def _contact(*text: str) -> dict:
    got = extract(word_doc(*HEAD, *text), S2020).draft.values
    return {k: got.get(f"contact.{k}") for k in ("name", "phone", "email")}


def test_a_contact_named_in_the_text_beats_the_letterheads_case_officer() -> None:
    got = _contact("Kontaktperson for søknaden er prosjektleder Odd Berge, e-post odd.berge@nav.no, "
                   "telefon 56 52 11 22.")
    assert got == {"name": "Odd Berge", "phone": "56521122", "email": "odd.berge@nav.no"}


def test_the_case_officer_is_the_contact_where_the_text_names_none() -> None:
    got = _contact("Vi ser fram til svar.")
    assert got["name"] == "Randi Lie"
    assert got["phone"] == "56520000"
