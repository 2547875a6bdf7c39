"""An answer that wraps within its column of a two-column section: the next
line of the same column, close under it, with no label of its own, goes on
with the answer (lower case, or the rest of a person's name under a person
label), though the other column's next line shares its row."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.context import Context
from soknad_extract.layout import Document, Line
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _doc(*lines: Line) -> Document:
    return pdf_pages(pdf_page(1, [pdf_line(HEAD, 1, 72, 60, 14), *lines]))


def _pairs(doc: Document, key: str) -> list[str]:
    return [pair.value.text for pair in Context(doc, S2020).pairs.get(key, [])]


def _two_column_contact(rest: str, gap: float = 2.0) -> Document:
    """"Kontaktperson: Kari Anne" in the left column, ``rest`` on the next
    line of it, the right column's lines beside both."""
    top = 120.0
    return _doc(pdf_line("Søker: Nav Vefsn", 1, 72, 100), pdf_line("Prosjektnavn: Veien videre", 1, 320, 100),
                pdf_line("Kontaktperson: Kari Anne", 1, 72, top),
                pdf_line(rest, 1, 72, top + 10 + gap), pdf_line("Stilling: 50 % prosjektstilling", 1, 320, top + 10 + gap),
                pdf_line("E-post: kari.nordheim@nav.no", 1, 72, top + 40),
                pdf_line("Søknadsbeløp: kr 300 000", 1, 320, top + 40))


def test_the_rest_of_a_name_on_the_next_line_of_its_column() -> None:
    doc = _two_column_contact("Nordheim-Lie")
    assert extract(doc, S2020).draft.values.get("contact.name") == "Kari Anne Nordheim-Lie"


def test_a_role_under_the_name_is_no_part_of_it() -> None:
    assert _pairs(_two_column_contact("Rådgiver"), "contact_name") == ["Kari Anne"]
    assert _pairs(_two_column_contact("Prosjektleder"), "contact_name") == ["Kari Anne"]


def test_a_line_a_paragraph_below_is_no_wrap() -> None:
    assert _pairs(_two_column_contact("Nordheim", gap=14.0), "contact_name") == ["Kari Anne"]


def test_a_name_in_a_label_and_answer_cell_pair_wraps_in_its_cell() -> None:
    doc = _doc(pdf_line("Prosjektleder", 1, 72, 120), pdf_line("Marius Johansen", 1, 180, 120),
               pdf_line("Telefon", 1, 320, 120), pdf_line("915 22 340", 1, 420, 120),
               pdf_line("Strand", 1, 180, 132), pdf_line("E-post", 1, 72, 150),
               pdf_line("marius.strand@nav.no", 1, 180, 150))
    assert _pairs(doc, "project_leader") == ["Marius Johansen Strand"]


def test_text_in_lower_case_goes_on_beside_the_other_column() -> None:
    doc = _doc(pdf_line("Kommune: Rana", 1, 320, 106), pdf_line("Prosjektnavn: Arbeid og bolig for", 1, 72, 120),
               pdf_line("unge voksne", 1, 72, 132), pdf_line("Org.nr.: 974 705 338", 1, 320, 132),
               pdf_line("Oppstart: 1. april 2020", 1, 72, 156))
    assert _pairs(doc, "title") == ["Arbeid og bolig for unge voksne"]


def test_a_capitalised_line_under_a_label_for_no_person_is_no_wrap() -> None:
    doc = _doc(pdf_line("Kommune: Rana", 1, 320, 106), pdf_line("Prosjektnavn: Ung Jobb", 1, 72, 120),
               pdf_line("Rana Vest", 1, 72, 132), pdf_line("Org.nr.: 974 705 338", 1, 320, 132))
    assert _pairs(doc, "title") == ["Ung Jobb"]


def test_the_next_answer_in_a_column_of_answers_is_no_wrap() -> None:
    doc = _doc(pdf_line("Kontaktperson", 1, 72, 120), pdf_line("Ola Dahl", 1, 260, 120),
               pdf_line("Prosjektleder", 1, 72, 132), pdf_line("Berit Lie", 1, 260, 132))
    assert _pairs(doc, "contact_name") == ["Ola Dahl"]


def test_a_second_person_on_the_next_line_is_no_wrap() -> None:
    assert _pairs(_two_column_contact("Ola Dahl"), "contact_name") == ["Kari Anne"]


def test_a_line_beside_the_next_label_is_its_answer() -> None:
    doc = _doc(pdf_line("Prosjekt:", 1, 60, 120), pdf_line("Overgangsteamet i Alta", 1, 174, 120),
               pdf_line("Status:", 1, 60, 132), pdf_line("nytt prosjekt", 1, 174, 132))
    assert _pairs(doc, "title") == ["Overgangsteamet i Alta"]
