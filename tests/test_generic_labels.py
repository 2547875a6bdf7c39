"""Forms grouped in parts whose labels are generic: the part decides what
the label asks. A "Navn" under a project heading (a heading in a row of its
own, lettered "C Tiltaket", or beside another part's heading in two columns)
is the project's name; under "Kontaktperson" it is a person's. A generic
label ("Status", "Art", "Gjeld") answered by a kind option alone ("Nytt",
"Vidareføring") states the kind; any other answer states nothing."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


def test_a_name_under_the_project_column_of_two_is_the_title():
    doc = pdf_doc([
        [("Kontaktperson", 40), ("Tiltaket", 320)],
        [("Navn", 40), ("Kari Dahl", 120), ("Navn", 320), ("Ung i jobb", 410)],
        [("Telefon", 40), ("41 22 33 44", 120), ("Periode", 320), ("2020", 410)],
        [("E-post", 40), ("kari.dahl@nav.no", 120), ("Stilling", 320), ("Jobbkonsulent 50 %", 410)],
    ])
    found = values(doc)
    assert found.get("project.title") == "Ung i jobb"
    assert found.get("contact.name") == "Kari Dahl"


@pytest.mark.parametrize("heading", ["C Tiltaket", "B. Prosjektet"])
def test_a_name_under_a_lettered_project_heading_is_the_title(heading):
    doc = pdf_doc([
        [("A Kontaktperson", 40)],
        [("Navn", 40), ("Per Lund", 200)],
        [("Telefon", 40), ("99 88 77 66", 200)],
        [(heading, 40)],
        [("Navn", 40), ("Jobbloftet", 200)],
        [("Status", 40), ("Nytt", 200)],
    ])
    found = values(doc)
    assert found.get("project.title") == "Jobbloftet"
    assert found.get("contact.name") == "Per Lund"
    assert found.get("project.kind") == "new"


def test_a_name_under_a_lettered_office_heading_is_no_title():
    doc = pdf_doc([
        [("A Nav-kontor", 40)],
        [("Navn", 40), ("Nav Bø", 200)],
        [("Kommune", 40), ("Bø", 200)],
    ])
    assert values(doc).get("project.title") is None


@pytest.mark.parametrize("rows, kind", [
    ([["Gjeld", "Vidareføring"]], "continuation"),
    ([["Status", "Ny"]], "new"),
    ([["Art", "Nytt prosjekt", "Vedteke i styringsgruppa"]], "new"),
    ([["Gjelder", "Videreført – 2. år"]], "continuation"),
    ([["Status", "Ny stilling"]], None),
    ([["Status", "Under planlegging"]], None),
])
def test_a_generic_label_answered_by_an_option_alone_is_the_kind(rows, kind):
    doc = word_doc("Søknad om tilskudd", tables=[[["Prosjektnavn", "Veien videre"], *rows]])
    assert values(doc).get("project.kind") == kind


def test_a_generic_label_with_a_colon_in_a_paragraph():
    assert values(word_doc("Prosjektnavn: Veien videre", "Status: Nytt")).get("project.kind") == "new"
