"""A typed form whose lines read "Label – answer" (a spaced en dash or
hyphen where others write a colon): a spaced dash after a known label
separates the label and its answer (``extract.dash_labels``); a dash in a
title or an office name that follows no label splits nothing."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.dash_labels import split_dash_label
from soknad_extract.extract.labels import classify_label
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _form(dash: str) -> list[list[tuple[str, float]]]:
    lines = [
        "Nav Lade",
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret, tilskuddsåret 2020",
        "1 Søker",
        f"Nav-kontor {dash} Nav Lade",
        f"Kommune {dash} Malvik",
        "2 Kontakt",
        f"Kontaktperson {dash} Ingrid Moe",
        f"E-post {dash} ingrid.moe@nav.no",
        "3 Prosjekt",
        f"Tittel {dash} Lade i jobb",
        f"Nytt eller videreført {dash} Nytt prosjekt",
        f"Stillingsressurs {dash} 80 %",
        f"Lønn og sosiale kostnader {dash} 480 000",
    ]
    return [[(text, 56.0)] for text in lines]


def test_a_spaced_dash_after_a_known_label_separates_its_answer() -> None:
    for dash in ("–", "-"):
        got = extract(pdf_doc(_form(dash)), S2020).draft.values
        assert got["contact.name"] == "Ingrid Moe", dash
        assert got["project.title"] == "Lade i jobb", dash
        assert got["office.municipality"] == "Malvik", dash
        assert got["positions_percent_total"] == 80, dash


def test_a_dash_after_words_that_are_no_label_splits_nothing() -> None:
    assert split_dash_label("«Losen» – fra skole til jobb", classify_label) is None
    assert split_dash_label("Nav Vest – Bergen", classify_label) is None
    assert split_dash_label("Nav-kontor – Nav Vest – Bergen", classify_label) == ("Nav-kontor", "Nav Vest – Bergen")
    assert split_dash_label("Kontaktperson –", classify_label) is None
    assert split_dash_label("E-post", classify_label) is None


def test_a_label_with_a_note_after_its_dash_keeps_the_dash() -> None:
    beside = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                      tables=[[["Søkende Nav-kontor", "Nav Lade"],
                               ["Kontaktperson – navn / e-post / telefon", "Ingrid Moe, ingrid.moe@nav.no, 900 11 222"]]])
    below = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                     tables=[[["Søkende Nav-kontor: Nav Lade"], ["Kontaktperson – navn / e-post / telefon"],
                              ["Ingrid Moe / ingrid.moe@nav.no / 900 11 222"]]])
    for doc in (beside, below):
        assert extract(doc, S2020).draft.values["contact.name"] == "Ingrid Moe"
    assert split_dash_label("Kontaktperson – navn / e-post / telefon", classify_label) is None
    assert split_dash_label("Nytt eller videreført – Videreføring", classify_label) == (
        "Nytt eller videreført", "Videreføring")
