"""Labels phrased as "X heiter / heter:" ("Tiltaket heiter: Vegen vidare",
"Prosjektet heter:", "Kommunen heiter:"), as Nynorsk and Bokmål forms and
letters write them: the label names its field; a sentence that goes on after
the verb is prose, not a label. Documents built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.labels import classify_label
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("label, key", [
    ("Tiltaket heiter", "title"),
    ("Prosjektet heter:", "title"),
    ("Prosjektet vårt heiter", "title"),
    ("Utviklingsprosjektet heter", "title"),
    ("Kontoret heiter", "office"),
    ("Nav-kontoret heter", "office"),
    ("Kommunen heiter", "municipality"),
    ("Vertskommunen heter", "municipality"),
])
def test_naming_labels(label, key):
    assert classify_label(label) == key


@pytest.mark.parametrize("sentence", [
    "Tiltaket heiter Vegen vidare og skal hjelpe unge i arbeid",
    "Prosjektet heter det samme som i fjor",
    "Kommunen heiter no Kinn etter samanslåinga",
])
def test_sentences_that_go_on_are_no_labels(sentence):
    assert classify_label(sentence) is None


def test_a_nynorsk_form_names_its_project_with_heiter():
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                   "Nav-kontor: Nav Fjellby", "Kommunen heiter: Fjellby", "Tiltaket heiter: Vegen vidare",
                   "Oppstart: 01.09.2020")
    values = extract(doc, S2020).draft.values
    assert values.get("project.title") == "Vegen vidare"
    assert values.get("office.municipality") == "Fjellby"


def test_a_bokmal_pdf_line_with_heter():
    doc = pdf_doc([[("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 50)],
                   [("Nav-kontor:", 50), ("Nav Fjellby", 200)],
                   [("Prosjektet heter:", 50), ("Arbeid først", 200)]])
    assert extract(doc, S2020).draft.values.get("project.title") == "Arbeid først"


@pytest.mark.parametrize("label, key", [
    ("Kva Nav-kontor søkjer?", "office"),
    ("Hvilket Nav-kontor søker?", "office"),
    ("Kva kommune høyrer kontoret til?", "municipality"),
    ("Hvilken kommune hører Nav-kontoret til?", "municipality"),
    ("Kva kommune ligg kontoret i?", "municipality"),
    ("Kor mange stillingar vert det søkt om?", "percent"),
    ("Hvor mange stillinger søkes det om?", "percent"),
])
def test_question_labels(label, key):
    """Forms that ask in questions (Nynorsk through LibreOffice, adversarial 8):
    the question names its field, and "… søkt om?" asks for positions, not the sum."""
    assert classify_label(label) == key


def test_the_question_word_before_kommune_is_no_municipality():
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                   tables=[[["Kva Nav-kontor søkjer?", "Nav Fjellby"],
                            ["Kva kommune høyrer kontoret til?", "Fjellby"],
                            ["Kva heiter prosjektet?", "Vegen vidare"]]])
    assert extract(doc, S2020).draft.values.get("office.municipality") == "Fjellby"
