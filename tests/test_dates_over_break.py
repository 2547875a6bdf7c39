"""Signers side by side whose place-and-date row stands at the foot of the page
before their ink and names (a page break inside the signing section): each
signer takes the date in their own column. Built here."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.name, s.kind, s.date) for s, _evidence in extract_signatures(doc)]


def _broken(left: str, right: str, *, signer_above: bool = False):
    first = [pdf_line(HEAD, 1, 72, 71), pdf_line("Vi søker om midler til en 100 % stilling.", 1, 72, 120),
             pdf_line("7. Signatur", 1, 72, 660), pdf_line(left, 1, 72, 752), pdf_line(right, 1, 320, 752)]
    if signer_above:
        first[3:3] = [pdf_line("Ola Berg", 1, 72, 690), pdf_line("Nav-leder", 1, 72, 704)]
    second = [pdf_line("Liv Haugen", 2, 72, 130), pdf_line("Jonas Brekke", 2, 320, 130),
              pdf_line("leder, Nav Askøy", 2, 72, 144), pdf_line("kommunalsjef", 2, 320, 144)]
    images = [ink(2, (80.0, 80.0, 190.0, 120.0), seed=6), ink(2, (328.0, 80.0, 438.0, 120.0), seed=7)]
    return pdf_pages(pdf_page(1, first), pdf_page(2, second, images))


def test_each_column_takes_its_date_from_the_foot_of_the_page_before() -> None:
    assert _signers(_broken("Askøy 22/1-20", "Askøy 30/1-20")) == [
        ("Liv Haugen", "handwritten", "2020-01-22"),
        ("Jonas Brekke", "handwritten", "2020-01-30"),
    ]


def test_dates_of_signers_on_the_page_before_stay_theirs() -> None:
    """When the page before signs someone, its date row is not carried over."""
    found = _signers(_broken("Askøy, 22. januar 2020", "Askøy, 30. januar 2020", signer_above=True))
    assert ("Liv Haugen", "handwritten", "2020-01-22") not in found
