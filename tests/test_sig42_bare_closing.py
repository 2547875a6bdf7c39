"""A letter closed by the bare greeting ("Hilsen", Nynorsk "Helsing", "Beste
hilsen"), then the ink picture, then the signer's name and title in one
paragraph broken by a line break, and the municipality's empty block after
it. The greeting opens the signature zone as "Med hilsen" does; without it
the zone opened only at the later empty block, the Nav leader's ink was
missed and a false "Nav leader has not signed" reported."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Image, Line
from tests.builders.layouts import as_tuples, word_pages
from tools.samplegen.signed import scribble_png

HEAD = "Søknad om tilskudd – «Jobbsjansen Vest»"


def _letter(closing: str, name: str, title: str):
    texts = [HEAD, "Bergen, 22.01.2020",
             "Nav Vest søker om tilskudd til én 100 % stilling i prosjektet.",
             closing, "", f"{name}\n{title}", "",
             "For Vest kommune (rådmann):", "Sted og dato: ____________", "Underskrift: ____________"]
    ink_at = texts.index("")
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(3),
                      paragraph_index=ink_at)]
    return word_pages({1: [Line(text=t, page=1) for t in texts]}, pictures)


@pytest.mark.parametrize("closing, name, title", [
    ("Hilsen", "Eli Strand", "Nav-leder"),
    ("Beste hilsen", "Eli Strand", "leder Nav Vest"),
    ("Helsing", "Eli Strand", "Nav-leiar"),
])
def test_a_bare_greeting_opens_the_closing(closing: str, name: str, title: str) -> None:
    found = [(f[0], f[1], f[4]) for f in as_tuples(extract_signatures(_letter(closing, name, title)))]
    assert found == [("nav_leader", "Eli Strand", "handwritten")]
