"""A combined contact answer that gives the name, then its e-mail address
("KARI LID KARI.LID@NAV.NO …", as paper forms are filled in block capitals):
the address's user part is no word of the name; a label whose parts a full
stop joins ("Kontaktperson. Telefon/e-post") still asks for the contact."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.contact import _name_from
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

_SUBJECT = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def test_a_name_in_capitals_before_its_address() -> None:
    assert _name_from("SIV HELEN BERG SIV.HELEN.BERG@NAV.NO 400 11 222", labelled=True) == "SIV HELEN BERG"
    assert _name_from("Siv Berg siv.berg@nav.no", labelled=True) == "Siv Berg"


def test_a_label_joined_by_a_full_stop_asks_for_the_contact() -> None:
    draft = extract(text_doc(text_page(1, _SUBJECT, "Søker: Nav Elvebyen",
                                       "Kontaktperson. Mobil: Siv Berg 400 11 222")),
                    get_scheme("nav-sosiale-tjenester-2020")).draft
    assert draft.get("contact.name") == "Siv Berg"
