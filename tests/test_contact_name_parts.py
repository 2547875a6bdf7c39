"""A contact's name asked for in parts ("Fornavn" / "Etternavn", "Fornamn" /
"Mellomnamn" / "Etternamn"), one field each under a contact heading or with
labels that name the contact: the parts joined in order, first, middle, last.
Parts under another heading (the Nav leader's) are someone else's."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.contact_parts import part_of
from soknad_extract.layout import Document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _name(doc: Document) -> str | None:
    return extract(doc, S2020).draft.values.get("contact.name")


def test_web_form_labels_over_values_in_nynorsk_with_a_middle_name() -> None:
    doc = text_doc(text_page(1, HEAD, "Søkjar", "Nav Sogndal", "3 Kontaktperson", "Fornamn", "Siri",
                             "Mellomnamn", "Helene", "Etternamn", "Bakke", "E-post", "siri.bakke@nav.no",
                             "4 Prosjektet", "Prosjektnamn", "Ung i arbeid"))
    assert _name(doc) == "Siri Helene Bakke"


def test_a_word_table_asking_the_last_name_first() -> None:
    doc = word_doc(HEAD, tables=[[["Kontaktperson", ""], ["Etternavn", "Lund"], ["Fornavn", "Kari Anne"],
                                  ["Telefon", "915 22 340"]]])
    assert _name(doc) == "Kari Anne Lund"


def test_labels_that_name_the_contact_need_no_heading() -> None:
    doc = text_doc(text_page(1, HEAD, "Søker: Nav Vefsn", "Kontaktpersonens fornavn: Tor",
                             "Kontaktpersonens etternavn: Hågensen", "Telefon: 915 22 340"))
    assert _name(doc) == "Tor Hågensen"


def test_parts_under_the_leaders_heading_are_no_contact() -> None:
    doc = text_doc(text_page(1, HEAD, "Leder for Nav-kontoret", "Fornavn", "Bente", "Etternavn", "Moe",
                             "Prosjektet skal gi unge tett oppfølging."))
    assert _name(doc) is None


def test_a_label_asking_for_the_whole_name_is_no_part() -> None:
    assert part_of("Fornavn og etternavn") is None
    assert part_of("For- og etternavn") is None
    assert part_of("Navn (fornavn og etternavn)") is None
    assert part_of("Førenamn") == "first_name" and part_of("Etternavn:") == "last_name"
    doc = text_doc(text_page(1, HEAD, "Kontaktperson", "Fornavn og etternavn: Ola Nordby", "Telefon: 915 22 340"))
    assert _name(doc) == "Ola Nordby"
