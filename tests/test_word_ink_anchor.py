"""Word ink is anchored by its paragraph's index among the page's lines. When
extraction drops lines (the form's help text, a cover letter cut off the
application), the index must follow its paragraph: else the first signer's
ink points at a line further down and the signer reads as typed. Built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Image, Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_pages
from tools.samplegen.signed import scribble_png

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def _word_form(*paragraphs: str):
    lines = [Line(text=t, page=1) for t in paragraphs]
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(5 + k),
                      paragraph_index=i) for k, i in enumerate(i for i, t in enumerate(paragraphs) if t == "")]
    return word_pages({1: lines}, pictures)


def test_each_stacked_signer_keeps_the_ink_over_their_name_when_help_text_is_dropped() -> None:
    doc = _word_form(
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
        "Navn på prosjektet", "Fyll inn et kort navn på prosjektet.", "Jobbsjansen Nord",
        "Stillingsprosent", "Kryss av for heltid eller deltid.", "100 %",
        "Eksempel: «Vi vil ansette en veileder.»", "Vi ansetter en jobbspesialist.",
        "Underskrifter",
        "Sted og dato: Bodø, 27. januar 2020", "", "Navn: Kari Sandvik", "Leder Nav Bodø",
        "Sted og dato: Bodø, 29. januar 2020", "", "Navn: Per Olsen", "Rådmann",
    )
    signed = extract(doc, SCHEME).signatures
    assert [(s.name, s.kind, s.date) for s, _e in signed] == [
        ("Kari Sandvik", "handwritten", "2020-01-27"),
        ("Per Olsen", "handwritten", "2020-01-29"),
    ]


def test_a_kept_page_reanchors_its_word_pictures_to_their_paragraphs() -> None:
    page = Page(1, lines=[Line(t, 1) for t in ("a", "b", "c", "", "d")],
                images=[Image(page=1, bbox=None, paragraph_index=3), Image(page=1, bbox=None, paragraph_index=1)])
    kept = page.keeping([0, 2, 3, 4])
    assert [line.text for line in kept.lines] == ["a", "c", "", "d"]
    assert [image.paragraph_index for image in kept.images] == [2, 1]
