"""An office that says its project is NOT a ready-made method states no
exclusion, however the sentence is set: its line may break between the
negation and the phrase (a letter or a scan breaks a paragraph where the
page ends, the next line going on in lower case), the negation may be
"verken … eller" / "korkje … eller", in Bokmål or Nynorsk. "Not only"
("ikke bare", "ikkje berre") negates nothing: the method is still
implemented. A line that starts a new paragraph still ends the clause."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _codes(*paragraphs: str) -> set[str]:
    return {hit.code for hit in extract(word_doc(*paragraphs), S2020).exclusions}


def _pdf_codes(*lines: str) -> set[str]:
    return {hit.code for hit in extract(pdf_doc([[(line, 60.0)] for line in lines]), S2020).exclusions}


@pytest.mark.parametrize("lines", [
    ("Tiltaket byggjer på erfaringar frå andre kommunar, men det er ikkje snakk om",
     "implementering av ein ferdig utvikla metode. Vi lagar vår eigen modell."),
    ("Kontoret har lese mykje om Housing First. Likevel vil vi ikke",
     "implementere metoden slik den er beskrevet, vi utvikler noe eget."),
])
def test_a_negation_on_the_line_before_a_wrapped_phrase_takes_it_back(lines) -> None:
    assert "EXCLUDED_EXISTING_METHOD" not in _pdf_codes(*lines)


def test_a_new_paragraph_after_a_negation_does_not_take_the_phrase_back() -> None:
    codes = _pdf_codes("Vi har ikke hatt noe tilbud til denne gruppen",
                       "Vi skal implementere IPS i kommunen.")
    assert "EXCLUDED_EXISTING_METHOD" in codes


@pytest.mark.parametrize("text", [
    "Prosjektet er verken en implementering av en ferdig utviklet metode eller en ren kapasitetsøkning.",
    "Tiltaket er korkje ei implementering av ein ferdig metode eller eit kjøp av tenester.",
    "Vi skal verken implementere IPS eller andre ferdige program, men utvikle ein lokal modell.",
])
def test_verken_eller_takes_the_phrase_back(text) -> None:
    assert "EXCLUDED_EXISTING_METHOD" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Prosjektet er ikke bare en implementering av en ferdig utviklet metode, vi skal også evaluere den.",
    "Tiltaket er ikkje berre ei implementering av ein ferdig metode, men òg eit kompetanseløft.",
    "Vi skal ikke kun implementere IPS, men også lære opp veilederne.",
])
def test_not_only_is_no_negation(text) -> None:
    assert "EXCLUDED_EXISTING_METHOD" in _codes(text)
