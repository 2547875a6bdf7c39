"""A form's signing row: under each role heading, the line to sign on
(captioned "Signatur" under it) and beside it the line for the name in
block letters (captioned "Namn med blokkbokstavar"). The name is the
signer of the role heading over the row, and the ink over the signing
caption is that signer's. Built with layout objects, in wordings and
places other than any corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


def _found(lines, images) -> list[tuple[str | None, str | None, str]]:
    doc = pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskot til sosiale tenester 2020", 1, 60, 40),
                                 pdf_line("Prosjektet tek til 1. mai 2020.", 1, 60, 60)] + lines,
                             images=images))
    return [(s.role, s.name, s.kind) for s, _e in extract_signatures(doc)]


def _section(role: str, name: str, top: float) -> list:
    return [pdf_line(role, 1, 60, top), pdf_line("Dato: 30.01.2020", 1, 60, top + 18),
            pdf_line(name, 1, 300, top + 72),
            pdf_line("Signatur", 1, 60, top + 92), pdf_line("Namn med blokkbokstavar", 1, 300, 92 + top)]


def test_the_name_beside_the_signing_line_is_the_headings_signer() -> None:
    lines = [pdf_line("Underskrifter", 1, 60, 120),
             *_section("Nav-leiar", "ASLAUG REINE", 150), *_section("Kommunedirektør", "TROND VIK", 290)]
    images = [ink(1, (80, 195, 200, 235), seed=41), ink(1, (80, 335, 210, 375), seed=42)]
    assert _found(lines, images) == [("nav_leader", "ASLAUG REINE", "handwritten"),
                                     ("municipality", "TROND VIK", "handwritten")]


def test_a_name_caption_with_no_signing_caption_beside_it_stays_apart() -> None:
    """Only the row with a signing caption ties the name to the heading
    above: a name field beside a date caption does not."""
    lines = [pdf_line("Underskrifter", 1, 60, 120), pdf_line("Nav-leiar", 1, 60, 150),
             pdf_line("ASLAUG REINE", 1, 300, 222),
             pdf_line("Stad", 1, 60, 242), pdf_line("Namn med blokkbokstavar", 1, 300, 242)]
    found = _found(lines, [])
    assert ("nav_leader", "ASLAUG REINE", "typed") not in found
    assert ("nav_leader", "ASLAUG REINE", "handwritten") not in found


def test_the_nynorsk_heading_underteikning_opens_the_signing_section() -> None:
    """"Underteikning" heads a Nynorsk form's signing section as
    "Underskrifter" heads a Bokmål one: the first signer under it is read."""
    lines = [pdf_line("Underteikning", 1, 60, 120),
             *_section("Nav-leiar", "ASLAUG REINE", 150), *_section("Kommunedirektør", "TROND VIK", 290)]
    images = [ink(1, (80, 195, 200, 235), seed=41), ink(1, (80, 335, 210, 375), seed=42)]
    assert _found(lines, images) == [("nav_leader", "ASLAUG REINE", "handwritten"),
                                     ("municipality", "TROND VIK", "handwritten")]
