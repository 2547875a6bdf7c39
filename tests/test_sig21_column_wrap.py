"""An approver list line that wraps in the right column of a two-column page
whose text the producer gives in interleaved order ("Godkjent av: Eirik
Nesheim," / (left column's "Sum søkt") / "leiar Nav Sogndal, 22.01.2020"):
the wrapped line is still the approver's title and date."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def _page(order: list[int]):
    lines = [pdf_line(HEAD, 1, 50, 40),
             pdf_line("Stilling 1: Jobbspesialist, 100 %", 1, 50, 86),
             pdf_line("Dokumentet er elektronisk godkjent og", 1, 310, 85),
             pdf_line("har difor ingen handskrivne signaturar.", 1, 310, 99),
             pdf_line("Godkjent av: Siri Vatne,", 1, 310, 127),
             pdf_line("Sum søkt", 1, 50, 134),
             pdf_line("leiar Nav Fjellvik, 22.01.2020", 1, 310, 141),
             pdf_line("Alle beløp i kroner.", 1, 50, 161),
             pdf_line("Godkjent av: Olav Lunde,", 1, 310, 169),
             pdf_line("kommunedirektør, 28.01.2020", 1, 310, 183)]
    return pdf_pages(pdf_page(1, [lines[i] for i in order]))


def test_list_line_wraps_in_its_column_past_the_other_columns_text() -> None:
    expected = [("nav_leader", "electronic_approval", "Siri Vatne", "2020-01-22"),
                ("municipality", "electronic_approval", "Olav Lunde", "2020-01-28")]
    assert _signers(_page(list(range(10)))) == expected


def test_a_line_in_another_column_is_never_the_wrap() -> None:
    """The left column's line just below in reading order is not taken in."""
    found = _signers(_page([0, 1, 2, 3, 4, 5, 7, 6, 8, 9]))
    assert ("nav_leader", "electronic_approval", "Siri Vatne", "2020-01-22") in found
