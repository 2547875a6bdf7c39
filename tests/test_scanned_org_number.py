"""A scanned organisation number with a speck read as a digit at one edge
("0974350238"): the nine digits left when one edge digit is dropped, only
where exactly one edge gives a number the register could have issued (MOD11,
opening with 8 or 9), and only under the org number's label on a scan."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian.identifiers import scanned_org_number
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("text, number", [
    ("0974350238", "974350238"), ("9747606731", "974760673"), ("1 974 760 673", "974760673"),
    ("8896407824.", "889640782"),
])
def test_ten_digits_with_one_stray_edge_digit(text: str, number: str) -> None:
    assert scanned_org_number(text) == number


@pytest.mark.parametrize("text", ["974760673", "1234567890", "97476067312", "0974760674", "tlf 0974350238"])
def test_no_number_unless_one_edge_gives_a_valid_one(text: str) -> None:
    assert scanned_org_number(text) is None


def _form(number: str, scanned: bool) -> dict:
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1, 60, 60),
             pdf_line("Nav-kontor:", 1, 60, 100), pdf_line("Nav Vefsn", 1, 200, 100),
             pdf_line("Organisasjonsnummer:", 1, 60, 120), pdf_line(number, 1, 200, 120)]
    page = ocr_page(1, lines) if scanned else pdf_page(1, lines)
    return extract(pdf_pages(page), S2020).draft.values


def test_the_scanned_answer_gives_the_number_and_the_typed_one_does_not() -> None:
    assert _form("9747606731", scanned=True).get("office.org_number") == "974760673"
    assert _form("9747606731", scanned=False).get("office.org_number") is None
