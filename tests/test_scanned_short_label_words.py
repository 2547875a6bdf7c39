"""A short word of a scanned label misspelt by one letter ("Nvtt/videreført",
"Oppstart dafo"): respelt only beside a word of the label read as it
stands, which says the text is a label; alone, a four-letter word is too
close to too many others."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.scanned_labels import classify_scanned_label
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("text, key", [
    ("Nvtt/videreført", "kind"), ("Nytt / vidareførr", "kind"), ("Nvtt/vidareført", "kind"),
])
def test_a_short_word_beside_a_known_one_is_respelt(text: str, key: str) -> None:
    assert classify_scanned_label(text) == key


@pytest.mark.parametrize("text", ["Nvtt", "Navm", "Nvtt hus", "Stord kommune"])
def test_a_short_word_alone_or_among_answers_is_not(text: str) -> None:
    assert classify_scanned_label(text) is None


def _form(scanned: bool) -> dict:
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1, 60, 60),
             pdf_line("Prosjektnavn:", 1, 60, 100), pdf_line("Los for unge", 1, 200, 100),
             pdf_line("Nvtt/videreført:", 1, 60, 120), pdf_line("Videreført", 1, 200, 120)]
    page = ocr_page(1, lines) if scanned else pdf_page(1, lines)
    return extract(pdf_pages(page), S2020).draft.values


def test_the_scanned_label_gives_its_answer_and_the_typed_one_does_not() -> None:
    assert _form(scanned=True).get("project.kind") == "continuation"
    assert _form(scanned=False).get("project.kind") is None
