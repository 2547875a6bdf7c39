"""Word ink alone in its paragraph above each signer's name, the signers one under the other:
the lower signer's ink is the lower signer's. Built here."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Image, Line
from tests.builders.layouts import word_pages
from tools.samplegen.signed import scribble_png

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


# --- Word ink alone in its paragraph over each signer ------------------------------------------

def _word_letter(*paragraphs: str):
    lines = [Line(text=t, page=1) for t in paragraphs]
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(3 + k),
                      paragraph_index=i) for k, i in enumerate(i for i, t in enumerate(paragraphs) if t == "")]
    return word_pages({1: lines}, pictures)


def test_ink_in_the_paragraph_over_the_lower_signer_is_the_lower_signers() -> None:
    doc = _word_letter(HEAD, "Vi søkjer om ei 80 % stilling.", "Stad og dato: Odda, 31.01.2020", "",
                       "Eirik Tveito\nNav-leiar", "", "Gunhild Lofthus\nkommunedirektør")
    assert _signers(doc) == [
        ("nav_leader", "handwritten", "Eirik Tveito", "Nav-leiar", "2020-01-31"),
        ("municipality", "handwritten", "Gunhild Lofthus", "Kommunedirektør", "2020-01-31"),
    ]


def test_ink_under_each_signer_is_left_to_nearness() -> None:
    """Ink placed under each name and title: the last picture has no signer under it,
    so the paragraph order says nothing and each picture stays with the signer over it."""
    doc = _word_letter(HEAD, "Vi søkjer om ei 80 % stilling.", "Stad og dato: Odda, 31.01.2020",
                       "Eirik Tveito\nNav-leiar", "", "Gunhild Lofthus\nkommunedirektør", "")
    assert [(role, kind) for role, kind, *_rest in _signers(doc)] == [
        ("nav_leader", "handwritten"), ("municipality", "handwritten")]
