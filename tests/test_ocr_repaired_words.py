"""Marks a scan lost, put back once the document is known: a place name read
without its å, ø or æ ("Ung i Vaga" under "Nav Vågå"), and in a Nynorsk
document the Nynorsk word read as the Bokmål word it then spells ("fra" for
"frå"). Only OCR'd values change; typed text keeps the writer's spelling."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soknad_extract.extract import extract
from soknad_extract.layout.model import Document, Line, Page
from soknad_extract.norwegian.nynorsk_marks import restore_nynorsk
from soknad_extract.norwegian.place_marks import names_in, restore_places
from soknad_extract.schemes import get_scheme
from soknad_extract.vocabulary import VOCABULARY_ENV

S2020 = get_scheme("nav-sosiale-tjenester-2020")
SHIPPED = Path(__file__).resolve().parents[1] / "schemas" / "vocabulary"


# --- place names -----------------------------------------------------------

@pytest.mark.parametrize(("read", "known", "meant"), [
    ("Ung i Vaga", {"Vågå"}, "Ung i Vågå"),
    ("Jobb i Al", {"Ål"}, "Jobb i Ål"),
    ("Vi i Ostre Toten", {"Østre Toten"}, "Vi i Østre Toten"),
    ("Jobb i Lagendalen", {"Lågendalen"}, "Jobb i Lågendalen"),   # the office's own place, no list needed
    ("Sterk i Radoy", {"Radøy"}, "Sterk i Radøy"),                  # two names fit; the document names one
])
def test_a_name_the_document_writes_with_its_marks_is_put_back(read, known, meant):
    assert restore_places(read, frozenset(known)) == meant


@pytest.mark.parametrize(("read", "meant"), [
    ("Jobbklar Tromso", "Jobbklar Tromsø"),
    ("Ny start i Indre Ostfold", "Ny start i Indre Østfold"),
    ("UNGE I BODO", "UNGE I BODØ"),
    ("Tett pa Lillestram", "Tett pa Lillestrøm"),
])
def test_a_longer_name_only_one_municipality_can_be_is_put_back_from_the_list(read, meant):
    assert restore_places(read) == meant


@pytest.mark.parametrize("read", [
    "Jobb i Al",            # two letters in running text: only the document's own word tells
    "Sterk i Radoy",        # Radøy or Rødøy
    "Bo og jobb",           # "bo" is a word
    "Arbeid i Os",          # Os is a municipality of its own
    "Lardal rundt",         # a former municipality, read as written
    "Jobb AS",              # capitals: an abbreviation
    "gjovik-modellen",      # lower case: no name
])
def test_a_reading_that_may_be_right_stays(read):
    assert restore_places(read) == read


def test_a_word_of_its_own_stays_in_running_text_even_beside_the_place():
    assert restore_places("Bo og jobb i Bo", frozenset({"Bø"})) == "Bo og jobb i Bo"


@pytest.mark.parametrize(("read", "meant"), [("Bo", "Bø"), ("Al", "Ål"), ("As", "Ås"), ("Nav Ha", "Nav Hå"),
                                            ("Os", "Os"), ("Nav Radoy", "Nav Radoy")])
def test_a_field_that_holds_a_place_is_read_as_one(read, meant):
    assert restore_places(read, place_field=True) == meant


def test_the_names_a_text_writes_with_marks():
    assert names_in("Nav Ål, Indre Østfold kommune og Os") == {"Ål", "Indre Østfold", "Østfold"}


def test_a_new_district_needs_no_code(tmp_path, monkeypatch):
    folder = tmp_path / "vocabulary"
    shutil.copytree(SHIPPED, folder)
    path = folder / "places.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("districts = [\n", 'districts = [\n    "Bjørkelia",\n', 1),
                    "utf-8")
    assert restore_places("Nytt i Bjarkelia") == "Nytt i Bjarkelia"
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert restore_places("Nytt i Bjarkelia") == "Nytt i Bjørkelia"


# --- Nynorsk words -----------------------------------------------------------

@pytest.mark.parametrize(("read", "meant"), [
    ("Vegen fra skulen til jobb", "Vegen frå skulen til jobb"),
    ("Fra ord til handling", "Frå ord til handling"),
    ("Då og no", "Då og no"),
    ("Ga vidare", "Gå vidare"),
    ("FRA", "FRA"),
    ("fra-til", "fra-til"),
])
def test_a_nynorsk_word_read_as_bokmal_is_put_back(read, meant):
    assert restore_nynorsk(read) == meant


# --- the step over a document's values ------------------------------------------

def _doc(rows: list[tuple[str, str]], ocr: bool) -> Document:
    page = Page(number=1, width=595, height=842, ocr=ocr)
    for i, (label, answer) in enumerate(rows):
        top = 60 + 20 * i
        page.lines.append(Line(label, 1, (50, top, 50 + 5 * len(label), top + 10), ocr=ocr))
        page.lines.append(Line(answer, 1, (240, top, 240 + 5 * len(answer), top + 10), ocr=ocr))
    return Document(path="x.pdf", format="pdf", pages=[page], page_count=1)


NYNORSK = [("Nav-kontor:", "Nav Vågå"), ("Kommune:", "Vaga"), ("Prosjektnamn:", "Vegen fra skulen til jobb i Vaga"),
           ("Om tiltaket:", "Vi søkjer om midlar til eit tiltak for ungdom som ikkje er i arbeid, og dei treng "
                            "hjelp frå kontoret kvar veke.")]
BOKMAL = [("Nav-kontor:", "Nav Vågå"), ("Kommune:", "Vågå"), ("Prosjektnavn:", "Veien fra skolen til jobb"),
          ("Om tiltaket:", "Vi søker om midler til et tiltak for ungdom som ikke er i arbeid, og de trenger "
                           "hjelp fra kontoret hver uke.")]


def _values(rows, ocr):
    extraction = extract(_doc(rows, ocr), S2020)
    return extraction.language, extraction.draft.values, extraction.draft.evidence


def test_scanned_values_of_a_nynorsk_document_get_their_marks_back():
    language, values, evidence = _values(NYNORSK, ocr=True)
    assert language == "nn"
    assert values["project.title"] == "Vegen frå skulen til jobb i Vågå"
    assert values["office.municipality"] == "Vågå"
    assert evidence["project.title"].text == "Vegen fra skulen til jobb i Vaga"   # what the scan read
    assert evidence["project.title"].method == "ocr"


def test_typed_values_keep_the_writers_spelling():
    _, values, _ = _values(NYNORSK, ocr=False)
    assert values["project.title"] == "Vegen fra skulen til jobb i Vaga"
    assert values["office.municipality"] == "Vaga"


def test_a_bokmal_document_keeps_fra():
    language, values, _ = _values(BOKMAL, ocr=True)
    assert language == "nb"
    assert values["project.title"] == "Veien fra skolen til jobb"
