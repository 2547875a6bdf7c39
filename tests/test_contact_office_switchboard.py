"""The office's switchboard in its letterhead or running footer, beside its
address and org number ("Nav Elverum · Org.nr. 971 556 021 · Telefon 55 55
33 33"), is the office's number, not the contact person's: a contact who
gives only an e-mail has no phone in the record (an e-mail is enough)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskot til utvikling av sosiale tenester"


def _contact(*pages: tuple[str, ...]) -> dict:
    doc = text_doc(*(text_page(n, *lines) for n, lines in enumerate(pages, start=1)))
    got = extract(doc, S2020).draft.values
    return {k: got.get(f"contact.{k}") for k in ("name", "email", "phone")}


@pytest.mark.parametrize("footer", [
    "Nav Voss | Uttrågata 1, 5700 Voss | org.nr. 974 786 781 | sentralbord 55 52 39 00",
    "NAV Sunnfjord – Postboks 44, 6801 Førde – Org.nr 988 112 334 – Tlf. 57 72 00 00",
    "Nav Molde, Sentralbord: 71 11 22 33",
])
def test_a_footer_number_is_no_contact_phone(footer: str) -> None:
    got = _contact((HEAD, "Kontaktperson: Siri Nygård, siri.nygard@nav.no",
                    "Prosjektet skal gi unge tettare oppfølging.", footer))
    assert got["name"] == "Siri Nygård" and got["email"] == "siri.nygard@nav.no"
    assert got["phone"] is None


def test_a_running_footer_repeated_on_every_page_is_no_contact_phone() -> None:
    footer = "Nav Hallingdal · Torget 2, 3570 Ål · tlf. 32 08 40 00"
    got = _contact((HEAD, "Kontaktperson: Ola Rud, ola.rud@nav.no", footer),
                   ("Budsjett", "Løn og sosiale utgifter: 600 000", footer))
    assert got["phone"] is None


def test_the_contacts_own_number_still_wins() -> None:
    got = _contact((HEAD, "Kontaktperson: Siri Nygård, siri.nygard@nav.no, mobil 917 45 208",
                    "Nav Voss | org.nr. 974 786 781 | sentralbord 55 52 39 00"))
    assert got["phone"] == "91745208"


def test_a_number_on_its_own_line_after_the_contact_is_theirs() -> None:
    got = _contact((HEAD, "Kontaktperson: Siri Nygård", "E-post: siri.nygard@nav.no", "Tlf. 917 45 208",
                    "Nav Voss | org.nr. 974 786 781 | sentralbord 55 52 39 00"))
    assert got["phone"] == "91745208"


def test_a_contacts_number_wrapping_on_from_a_line_with_the_org_number_is_theirs() -> None:
    got = _contact((HEAD, "Kommune: Levanger · Org.nr. 974 123 456 · Kontakt: Siri Nygård, siri.nygard@nav.no, 74 05",
                    "28 00", "Prosjektet skal gi unge tettare oppfølging."))
    assert got["phone"] == "74052800"
