"""Two questions set on one line, each with its own typed boxes ("Nettverk:
☒ Ja Ekstern prosessevaluering: ☐ Ja"): the words ending in ":" after an
option ask the next question (``layout.glyphs``), and a lone "Ja" box left
empty answers no there as anywhere (``extract.interest``)."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.word import new_document, para

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _read(text: str) -> list[tuple[str, bool, str | None]]:
    return [(b.label, b.checked, b.question) for b in find_glyph_boxes(text)]


def test_each_question_takes_the_boxes_after_it() -> None:
    assert _read("Nettverk: ☒ Ja Ekstern prosessevaluering: ☐ Ja") == [
        ("Ja", True, "Nettverk"), ("Ja", False, "Ekstern prosessevaluering")]
    assert _read("Nettverk: ☐ Ja ☒ Nei Evaluering? ☒ Ja ☐ Nei") == [
        ("Ja", False, "Nettverk"), ("Nei", True, "Nettverk"),
        ("Ja", True, "Evaluering"), ("Nei", False, "Evaluering")]
    assert _read("Nettverk: ☐ Ja ☒ Nei    neste spørsmål: ☒ Ja") == [
        ("Ja", False, "Nettverk"), ("Nei", True, "Nettverk"), ("Ja", True, "neste spørsmål")]


def test_a_label_ending_in_a_colon_without_a_new_question_stays_whole() -> None:
    assert _read("Type: ☐ annet, spesifiser: ☒ x") == [
        ("annet, spesifiser", False, "Type"), ("x", True, "Type")]


def test_an_empty_lone_yes_box_beside_another_question_answers_no(tmp_path: Path) -> None:
    doc = new_document()
    para(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    para(doc, "Søker: Nav Luster")
    para(doc, "Nettverk/klyngesamarbeid: ☒ Ja Ekstern prosessevaluering: ☐ Ja")
    path = tmp_path / "two.docx"
    doc.save(str(path))
    got = extract(read_document(path), S2020).draft.values
    assert got["interest.network"] is True
    assert got["interest.process_evaluation"] is False
