"""A letter's signature block that names its signer as the contact on its
last line, with only a number or an address ("Kontaktperson: tlf. …"): the
signer above is the contact, not a missing one."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

_BODY = ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
         "Nav Fjellby søker med dette om midler til en stilling fra 1. mars 2020.", "Med vennlig hilsen")


def _draft(cells: list[str]):
    doc = word_doc(*_BODY, tables=[[cells]])
    return extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft


def test_the_signer_named_contact_with_a_phone_is_the_contact() -> None:
    draft = _draft(["Sigrun Aasen\nenhetsleder, Nav Fjellby\nKontaktperson: mobil 915 22 340",
                    "Per Moe\nrådmann"])
    assert draft.get("contact.name") == "Sigrun Aasen"
    assert draft.get("contact.phone") == "91522340"


def test_a_block_without_the_signers_role_names_no_contact() -> None:
    draft = _draft(["Vedlegg og merknader\nKontaktperson: mobil 915 22 340", "Per Moe\nrådmann"])
    assert draft.get("contact.name") is None


def test_a_value_naming_another_person_beside_the_number_keeps_the_signer_out() -> None:
    draft = _draft(["Sigrun Aasen\nenhetsleder, Nav Fjellby\nKontaktperson: tlf 915 22 340 (Ola Dahl)",
                    "Per Moe\nrådmann"])
    assert draft.get("contact.name") != "Sigrun Aasen"
