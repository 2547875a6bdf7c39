"""A long signature begun over the middle of the signer's printed line and
running far past its right end: too little of the ink stands over the
block's column for the column rule, yet the pen began there, so the ink is
the signer's (not a typed name). Ink begun over a neighbour's column stays
the neighbour's. Built with layout objects, in wordings and places other
than any corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures, read_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


def _doc(lines, images):
    return pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskudd til sosiale tjenester 2020", 1, 60, 60),
                                  pdf_line("Prosjektet starter 1. april 2020 og varer i to år.", 1, 60, 300)] + lines,
                              images=images))


def test_ink_begun_over_the_end_of_the_name_is_the_signers() -> None:
    lines = [pdf_line("Moss, 03.02.2020", 1, 70, 400), pdf_line("Moss, 05.02.2020", 1, 250, 400),
             pdf_line("Ingrid Solheim, Nav-leder", 1, 70, 470), pdf_line("Petter Lund, kommunedirektør", 1, 250, 470)]
    # The second signature begins over "kommunedirektør" and runs 100 points past its end.
    images = [ink(1, (75, 420, 200, 455), seed=31), ink(1, (352, 420, 490, 455), seed=32)]
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(_doc(lines, images))]
    assert found == [("nav_leader", "Ingrid Solheim", "handwritten"),
                     ("municipality", "Petter Lund", "handwritten")]


def test_ink_begun_right_of_a_lone_signer_stays_unclaimed() -> None:
    """Ink whose start lies beyond the only block's right end is no ink
    begun over it: it may be a signer whose name was not read."""
    lines = [pdf_line("Moss, 03.02.2020", 1, 70, 400), pdf_line("Ingrid Solheim, Nav-leder", 1, 70, 470)]
    images = [ink(1, (75, 420, 200, 455), seed=33), ink(1, (330, 420, 470, 455), seed=34)]
    reading = read_signatures(_doc(lines, images))
    assert [(s.role, s.kind) for s, _e in reading.signatures] == [("nav_leader", "handwritten")]
    assert len(reading.unclaimed_ink) == 1
