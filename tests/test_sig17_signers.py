"""Signers the seventeenth held-out corpus showed missed, each class on documents built here:

- a deputy's title before the name ("Konstituert Nav-leiar Arne Tveit").
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


# --- 3. a deputy's title before the name ---------------------------------------------------------

def test_deputys_title_before_the_name_gives_the_name() -> None:
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("For Nav-kontoret", 1, 60, 400),
             pdf_line("Stad og dato: Husnes, 24.01.2020", 1, 60, 414),
             pdf_line("______________________________", 1, 60, 460),
             pdf_line("Konstituert Nav-leiar Arne Tveit", 1, 60, 474)]
    found = _signers(pdf_pages(pdf_page(1, lines, [ink(1, (66.0, 430.0, 200.0, 458.0))])))
    assert found == [("nav_leader", "handwritten", "Arne Tveit", "Konstituert Nav-leiar", "2020-01-24")]
