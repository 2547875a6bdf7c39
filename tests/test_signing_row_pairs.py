"""A signing row with two signers side by side, each with a line to sign on
and a line for the name ("Underskrift | Navn i blokkbokstaver | Underskrift
| Navn i blokkbokstaver"), evenly spaced: each name belongs to the signing
line on its own side of the pair, not to the nearest one, which for the
first name is the second signer's. Built with layout objects, in wordings
and places other than any corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


def _found(lines, images) -> list[tuple[str | None, str | None, str]]:
    doc = pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskudd til sosiale tjenester 2020", 1, 40, 40),
                                 pdf_line("Oppstart 1. april 2020.", 1, 40, 60)] + lines,
                             images=images))
    return sorted((s.role, s.name, s.kind) for s, _e in extract_signatures(doc))


def _two_pairs(first: str, second: str, heads: tuple[float, float]) -> list:
    """Columns at 40, 180, 300, 430 (the second nearer the third than the
    first): a pair per signer, its role heading and date over the signing
    line (at ``heads``)."""
    captions = [first, second, first, second]
    left, right = heads
    return [pdf_line("Underskrifter", 1, 40, 120),
            pdf_line("Nav-leder", 1, left, 150), pdf_line("Rådmann", 1, right, 150),
            pdf_line("Dato: 28.01.2020", 1, left, 168), pdf_line("Dato: 29.01.2020", 1, right, 168),
            *[pdf_line(text, 1, x, 242) for text, x in zip(captions, (40, 180, 300, 430))]]


def test_signing_first_each_name_takes_the_signing_line_on_its_left() -> None:
    lines = [*_two_pairs("Underskrift", "Navn i blokkbokstaver", (40, 300)),
             pdf_line("SIRI HAUGE", 1, 180, 222), pdf_line("ODD LIE", 1, 430, 222)]
    images = [ink(1, (45, 200, 150, 238), seed=61), ink(1, (305, 200, 410, 238), seed=62)]
    assert _found(lines, images) == [("municipality", "ODD LIE", "handwritten"),
                                     ("nav_leader", "SIRI HAUGE", "handwritten")]


def test_name_first_each_name_takes_the_signing_line_on_its_right() -> None:
    lines = [*_two_pairs("Navn i blokkbokstaver", "Underskrift", (180, 430)),
             pdf_line("SIRI HAUGE", 1, 40, 222), pdf_line("ODD LIE", 1, 300, 222)]
    images = [ink(1, (185, 200, 290, 238), seed=61), ink(1, (435, 200, 540, 238), seed=62)]
    assert _found(lines, images) == [("municipality", "ODD LIE", "handwritten"),
                                     ("nav_leader", "SIRI HAUGE", "handwritten")]
