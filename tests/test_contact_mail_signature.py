"""A letter may name its contact only in an e-mail-style signature at its
end ("--", name, title, phone and address), pointing to it from the text
("se kontaktinformasjon nederst"): the name standing just before the
unlabelled address and spelling its user part is the contact
(``extract.contact``); a name far from it is not."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = ("Nav Fjellby", "Postboks 10, 5701 Fjellby", "Statsforvalteren i Vestland",
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020 – «Ung i jobb»",
        "Nav Fjellby søker om tilskudd til én 100 % stilling. Spørsmål kan rettes til "
        "prosjektkoordinator, se kontaktinformasjon nederst.",
        "Med vennlig hilsen", "Eva Rønning\nNav-leder")


def _contact(*text: str) -> dict:
    got = extract(word_doc(*HEAD, *text), S2020).draft.values
    return {k: got.get(f"contact.{k}") for k in ("name", "phone", "email")}


def test_the_name_of_an_email_signature_is_the_contact() -> None:
    got = _contact("--", "Pål Åsheim\nProsjektkoordinator | Nav Fjellby\nMob: 924 55 610 | pal.asheim@nav.no")
    assert got == {"name": "Pål Åsheim", "phone": "92455610", "email": "pal.asheim@nav.no"}


def test_a_name_far_before_an_unlabelled_address_is_no_contact() -> None:
    got = _contact("Pål Åsheim er prosjektets fagansvarlige og har lang erfaring med ungdom i kommunen. "
                   "Han har ledet tre prosjekter for kontoret, og prosjektet bygger på det han har lært.",
                   "Vi viser ellers til kontorets nettside og til vedlagte budsjett og plan for prosjektet. "
                   "Kontoret har god erfaring med slike tiltak og ser fram til å høre fra dere.",
                   "Spørsmål: pal.asheim@nav.no")
    assert got["name"] is None
