"""A fillable form's own heading ("Søknad om tilskudd – sosiale tjenester i
NAV 2020 (utfyllbart skjema)") names the scheme and the form, never the
project: when the title field is left empty the title stays null (the clerk
gets TITLE_MISSING), and a filled field still gives the title. Forms built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def _title(heading: str, title: str) -> str | None:
    rows = [["Nav-kontor", "Nav Tana"], ["Kommune", "Tana"], ["Kontaktperson", "Siri Dal"],
            ["Prosjektets tittel", title], ["Oppstart", "01.04.2020"], ["Sum omsøkt", "600000"]]
    return extract(word_doc(heading, tables=[rows]), SCHEME).draft.values.get("project.title")


def test_the_forms_heading_is_never_the_title_of_an_empty_field() -> None:
    assert _title("Søknad om tilskudd – sosiale tjenester i NAV 2020 (utfyllbart skjema)", "") is None
    assert _title("Søknad om tilskot – sosiale tenester i Nav 2021", "") is None
    assert _title("Søknad om tilskudd – utfyllbar PDF", "") is None


def test_a_filled_title_field_under_such_a_heading_gives_the_title() -> None:
    assert _title("Søknad om tilskudd – sosiale tjenester i NAV 2020 (utfyllbart skjema)", "Arbeid først") \
        == "Arbeid først"


def test_a_project_named_after_the_services_without_a_year_is_kept() -> None:
    assert _title("Søknad om tilskudd – Bedre sosiale tjenester i Nav Tana", "") \
        == "Bedre sosiale tjenester i Nav Tana"


def test_a_title_holding_the_services_name_and_a_year_is_kept() -> None:
    assert _title("Søknad om tilskudd", "Bedre sosiale tjenester i Nav 2025") == "Bedre sosiale tjenester i Nav 2025"
    assert _title("Søknad om tilskudd", "Sosiale tjenester i Nav 2025 – ungdom i arbeid") \
        == "Sosiale tjenester i Nav 2025 – ungdom i arbeid"
