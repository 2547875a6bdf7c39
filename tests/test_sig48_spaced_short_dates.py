"""The handwritten short date ("24/1-20") as a scan reads the pen: a space on
either side of the slash or the dash ("30/1 -20", "21 /1-20"). Read as the
signer's own date, not left for the neighbour's date to fill (which made a
signer dated before the deadline look late). Built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.daydates import full_dates
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


@pytest.mark.parametrize("written", ["30/1 -20", "30 /1-20", "30/ 1-20", "30/1 - 2020"])
def test_spaces_the_scan_read_in_a_short_date(written: str) -> None:
    assert [d.isoformat() for d in full_dates(f"Moss {written}")] == ["2020-01-30"]


def test_each_signer_keeps_their_own_spaced_short_date() -> None:
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester 2020", 1, 60, 60),
             pdf_line("Underskrifter", 1, 60, 560),
             pdf_line("Dato: Moss 30/1 -20", 1, 60, 580), pdf_line("Dato: Moss 3/2-20", 1, 320, 580),
             pdf_line("Kari Holm", 1, 60, 640), pdf_line("Ola Sande", 1, 320, 640),
             pdf_line("Nav-leder", 1, 60, 654), pdf_line("Rådmann", 1, 320, 654)]
    images = [ink(1, (64, 600, 190, 634), seed=3), ink(1, (324, 600, 450, 634), seed=4)]
    found = [(s.role, s.date) for s, _e in extract_signatures(pdf_pages(pdf_page(1, lines, images)))]
    assert found == [("nav_leader", "2020-01-30"), ("municipality", "2020-02-03")]
