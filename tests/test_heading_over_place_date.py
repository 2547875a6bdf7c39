"""A form's signing columns headed by the signer's role ("Nav-leiar" |
"Kommunedirektør"), then "Stad og dato: …", the ink, and the name line:
the role heading just above the place and date label is the column's, so
the ink under it is that role's signature. A role named further up, apart
from the label, stays out. Built with layout objects, in wordings and
places other than any corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


def _found(lines, images) -> list[tuple[str | None, str]]:
    doc = pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskot til sosiale tenester 2020", 1, 60, 40),
                                 pdf_line("Prosjektet tek til 1. september 2020.", 1, 60, 60)] + lines,
                             images=images))
    return [(s.role, s.kind) for s, _e in extract_signatures(doc)]


def test_role_headings_over_place_and_date_labels_head_their_columns() -> None:
    lines = [pdf_line("Nav-leiar", 1, 60, 500), pdf_line("Kommunedirektør", 1, 320, 500),
             pdf_line("Stad og dato: Voss 21.01.20", 1, 60, 512), pdf_line("Stad og dato: Voss 27.01.20", 1, 320, 512)]
    images = [ink(1, (70, 535, 190, 570), seed=51), ink(1, (330, 535, 450, 570), seed=52)]
    assert _found(lines, images) == [("nav_leader", "handwritten"), ("municipality", "handwritten")]


def test_a_role_heading_apart_from_the_label_stays_out() -> None:
    """Only the line just above the label heads the column: a title further
    up, with room between, is some other part of the form."""
    lines = [pdf_line("Nav-leiar", 1, 60, 420),
             pdf_line("Stad og dato: Voss 21.01.20", 1, 60, 512)]
    images = [ink(1, (70, 535, 190, 570), seed=51)]
    assert _found(lines, images) == []
