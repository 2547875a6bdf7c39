"""The last signer of a stacked signing block pushed whole onto the next page.

Class: Word keeps a signer's lines together, so the second signer (place and
date, ink, name, title) opens the next page with no heading repeated over it.
That signer is the block's, as it would be on one page; a page that opens
with anything else, or a zone that held no signer, takes nothing over.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str | None, str | None]]:
    return [(s.role, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def _doc(second_page_opener: str | None = None):
    first = [pdf_line(HEAD, 1, 72, 60)] + [pdf_line("Tiltaket skal gi tett oppfølging av unge voksne.", 1, 72, 90 + 16 * i)
                                           for i in range(12)]
    first += [pdf_line("Signatur", 1, 72, 420), pdf_line("Bodø, 24.01.2020", 1, 72, 444),
              pdf_line("Marte Solheim", 1, 72, 510), pdf_line("Leder Nav Bodø", 1, 72, 526)]
    second = [] if second_page_opener is None else [pdf_line(second_page_opener, 2, 72, 60)]
    top = 60 if second_page_opener is None else 100
    second += [pdf_line("Bodø, 27.01.2020", 2, 72, top), pdf_line("Jon Are Kristiansen", 2, 72, top + 70),
               pdf_line("Kommunedirektør", 2, 72, top + 86)]
    return pdf_pages(pdf_page(1, first, [ink(1, (80.0, 462.0, 220.0, 500.0), seed=3)]),
                     pdf_page(2, second, [ink(2, (80.0, top + 22, 220.0, top + 60), seed=5)]))


def test_the_second_signer_opening_the_next_page_is_the_blocks() -> None:
    found = _signers(_doc())
    assert ("municipality", "Jon Are Kristiansen", "2020-01-27") in found
    assert ("nav_leader", "Marte Solheim", "2020-01-24") in found


def test_a_page_that_opens_with_other_text_takes_no_signer_over() -> None:
    found = _signers(_doc("Vedlegg 1: Budsjett for tiltaket i 2020"))
    assert all(name != "Jon Are Kristiansen" for _role, name, _date in found)
