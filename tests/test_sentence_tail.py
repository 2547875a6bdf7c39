"""A declaration over the signature blocks whose line break leaves a phrase
about the municipal leadership alone on its last line ("… har full støtte i" /
"kommuneleiinga.") is a sentence, not a municipal heading: it makes no third,
nameless municipal signer over the ink below it. Built here."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, ocr_page, pdf_line, pdf_page, pdf_pages


def _signers(doc) -> list[tuple[str, str | None]]:
    return [(s.role, s.name) for s, _evidence in extract_signatures(doc)]


def _page(first: str, tail: str, scanned: bool = False):
    lines = [pdf_line("Underteikning", 1, 72, 90), pdf_line(first, 1, 72, 120), pdf_line(tail, 1, 72, 134),
             pdf_line("Stad/dato: Voss, 21.01.2020", 1, 72, 190), pdf_line("Stad/dato: Voss, 22.01.2020", 1, 320, 190),
             pdf_line("Synnøve Dale", 1, 72, 262), pdf_line("Lars Rudi", 1, 320, 262),
             pdf_line("Nav-leiar", 1, 72, 276), pdf_line("Kommunedirektør", 1, 320, 276)]
    # The Nav leader's ink in pieces, as a scan's ink finder gives a name written in strokes.
    images = [ink(1, (78.0, 221.0, 121.0, 243.0), seed=3), ink(1, (134.0, 226.0, 159.0, 242.0), seed=5),
              ink(1, (179.0, 223.0, 222.0, 247.0), seed=6), ink(1, (328.0, 215.0, 448.0, 255.0), seed=4)]
    return pdf_pages((ocr_page if scanned else pdf_page)(1, lines, images))


def test_a_wrapped_declaration_naming_the_municipal_leadership_is_no_signer() -> None:
    doc = _page("Vi stadfestar at opplysningane er rette og at tiltaket har full støtte i", "kommuneleiinga.")
    assert _signers(doc) == [("nav_leader", "Synnøve Dale"), ("municipality", "Lars Rudi")]


def test_the_same_on_a_scanned_page_in_bokmal() -> None:
    doc = _page("Undertegnede bekrefter at søknaden er behandlet og godt forankret hos", "kommuneledelsen.",
                scanned=True)
    assert _signers(doc) == [("nav_leader", "Synnøve Dale"), ("municipality", "Lars Rudi")]
