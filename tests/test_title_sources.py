"""Where the project's title comes from (fix16a): a generic "Namn:" in a
part headed by the project (any numbering, Roman too) is the project's name,
under the applicant's or the contact's part it is not; a column of a table
listing things ("Risiko | … | Tiltak") is never the title; a heading that
ends in "prosjektet" names no project with the paragraph under it. Each test
builds its own document."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _title(*paragraphs: str, tables=()) -> str | None:
    return extract(word_doc(*paragraphs, tables=list(tables)), S2020).draft.values.get("project.title")


def test_a_name_under_a_roman_numbered_project_part_is_the_title() -> None:
    assert _title("Søknad om tilskudd til utvikling av sosiale tjenester 2020",
                  "I. Søker", "Nav-kontor: Nav Hol", "Kontaktperson: Per Lie", "Telefon: 32 00 00 00",
                  "III. Tiltaket", "Type: Nytt", "Navn: Sammen om arbeid",
                  "Oppstart: 1. mars 2020") == "Sammen om arbeid"


def test_a_name_under_the_contact_part_is_no_title() -> None:
    assert _title("Søknad om tilskudd til utvikling av sosiale tjenester 2020",
                  "II. Kontaktperson", "Navn: Per Lie", "Telefon: 32 00 00 00",
                  "IV. Prosjekt", "Stilling: 100 %") is None


def test_a_measures_column_of_a_table_is_no_title() -> None:
    assert _title("Nav Hol søker om tilskudd til prosjektet «Aktiv i Hol» fra 1. mars 2020.",
                  tables=[[["Aktivitet", "Når", "Ansvar", "Tiltak"],
                           ["Kartlegging", "mars", "Per Lie", "Felles møte"],
                           ["Utprøving", "april", "Kari Dal", "Ukentlige møter"]]]) == "Aktiv i Hol"


def test_a_form_row_of_labels_over_one_row_of_answers_still_gives_the_title() -> None:
    assert _title("Søknad om tilskudd 2020",
                  tables=[[["Prosjektnavn", "Nav-kontor", "Kommune"],
                           ["Veien videre", "Nav Hol", "Hol"]]]) == "Veien videre"


def test_a_heading_ending_in_the_noun_names_no_project_with_the_next_paragraph() -> None:
    assert _title("Søknad om tilskudd til utvikling av sosiale tjenester 2020",
                  "Nav Hol søker om midler til en stilling.",
                  "4 Målgruppe for prosjektet",
                  "Unge voksne skal få tett oppfølging mot arbeid.") is None
