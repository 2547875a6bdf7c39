"""A phone labelled on the office's page furniture (a Word header or footer,
a running foot, a letterhead line with the org number: "Telefon: 55 55 33
33") is the office's switchboard; a number given with the contact person
("Kontaktperson er Ola Dahl, tlf. 916 20 488") is the contact's and wins.
Where only the office's number is given, it stays: it is the number a clerk
would call."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.layout import Document, Line, Page
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page
from tests.builders.word import new_document, para

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _contact(doc: Document) -> dict:
    got = extract(doc, S2020).draft.values
    return {k: got.get(f"contact.{k}") for k in ("name", "email", "phone")}


def _word(body: list[str], header: list[str] = (), footer: list[str] = ()) -> Document:
    """A Word letter as the reader gives it: margin lines styled "header"/"footer"."""
    lines = [Line(t, 1, style="header") for t in header] + [Line(t, 1, style="Normal") for t in body]
    lines += [Line(t, 1, style="footer") for t in footer]
    return Document("x.docx", "docx", [Page(1, lines=lines)])


def test_a_word_footer_phone_yields_to_the_number_in_the_contact_sentence() -> None:
    got = _contact(_word(
        [HEAD, "Vi søker om 600 000 kroner til en 100 % stilling.",
         "Spørsmål om søknaden kan rettes til rådgiver Ingrid Haugland, mobil 47 11 22 93."],
        footer=["Nav Hamar | Telefon: 55 55 33 33 | www.nav.no"]))
    assert got["name"] == "Ingrid Haugland"
    assert got["phone"] == "47112293"


def test_a_word_header_phone_yields_to_the_contacts_number_in_nynorsk() -> None:
    got = _contact(_word(
        ["Søknad om tilskot til utvikling av sosiale tenester", "Vi søkjer om 300 000 kroner.",
         "Kontaktperson for søknaden er Per Olav Nes, telefon 926 11 805, e-post per.olav.nes@nav.no."],
        header=["Nav Voss", "Tlf.: 55 55 33 33"]))
    assert got["phone"] == "92611805"


def test_the_office_number_stays_where_the_contact_gives_none() -> None:
    got = _contact(_word(
        [HEAD, "Kontaktperson for søknaden er Ingrid Haugland, e-post ingrid.haugland@nav.no."],
        footer=["Nav Hamar · Org.nr.: 974 605 414 · Telefon: 55 55 33 33"]))
    assert got["name"] == "Ingrid Haugland"
    assert got["phone"] == "55553333"


def test_a_number_elsewhere_in_the_text_does_not_beat_the_office_number() -> None:
    got = _contact(_word(
        [HEAD, "Kontaktperson for søknaden er Ingrid Haugland, e-post ingrid.haugland@nav.no.",
         "Prosjektet samarbeider med oppfølgingstjenesten. Vi har gode erfaringer fra tidligere år med "
         "tett oppfølging av unge, og vi vil bygge videre på dette i hele prosjektperioden.",
         "Husbanken har gitt råd underveis, og kommunen stiller med lokaler og drift.",
         "Vi ønsker å delta i nettverk med andre Nav-kontor.",
         "Oppfølgingstjenesten kan nås på 412 33 876."],
        footer=["Nav Hamar · Org.nr.: 974 605 414 · Telefon: 55 55 33 33"]))
    assert got["phone"] == "55553333"


def test_a_labelled_phone_on_a_running_pdf_foot_yields_to_the_contacts_number() -> None:
    foot = "Nav Alta, Postboks 1403, 9506 Alta · Telefon: 55 55 33 33"
    got = _contact(text_doc(
        text_page(1, HEAD, "Kontaktperson er Kari Dahl, tlf. 915 22 340.", "Vi søker om 600 000 kroner.", foot),
        text_page(2, "Budsjett", "Lønn og sosiale kostnader: 600 000", foot)))
    assert got["phone"] == "91522340"


def test_a_labelled_phone_in_the_body_still_wins() -> None:
    got = _contact(_word(
        [HEAD, "Kontaktperson: Ingrid Haugland", "Telefon: 47 11 22 93",
         "Vi kan også nås på 55 55 33 33."],
        footer=["Nav Hamar · Org.nr.: 974 605 414"]))
    assert got["phone"] == "47112293"


def test_a_real_word_letter_with_its_switchboard_in_the_footer(tmp_path: Path) -> None:
    doc = new_document()
    doc.sections[0].footer.paragraphs[0].text = "Postadresse: Postboks 12, 2301 Hamar · Telefon: 55 55 33 33"
    doc.sections[0].header.paragraphs[0].text = "Nav Hamar"
    para(doc, HEAD, bold=True)
    para(doc, "Nav Hamar søker om 610 000 kroner til en 100 % stilling fra 1. april 2020.")
    para(doc, "Kontaktperson for søknaden er veileder Lars Bakken, tlf. 902 44 615, e-post lars.bakken@nav.no.")
    path = tmp_path / "brev.docx"
    doc.save(path)
    got = _contact(read_document(path))
    assert got["name"] == "Lars Bakken"
    assert got["phone"] == "90244615"
