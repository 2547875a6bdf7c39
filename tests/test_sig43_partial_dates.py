"""A signer's date needs its day: what a scanner leaves of a handwritten
date ("14.0 2.2020" → "2.2020") or a month and year alone is no signing day,
so the signer's date stays unknown instead of the month's first day, which
would look exact to the deadline check."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.approver import approver_first
from soknad_extract.extract.signatures.wording import full_dates, name_before_date
from tests.builders.layouts import ink, ocr_page, pdf_line, pdf_pages


def test_a_month_and_year_alone_is_no_signing_date() -> None:
    assert full_dates("Dato: 14.0 2.2020") == []
    assert full_dates("Hamar, 03.2020") == []
    assert [d.isoformat() for d in full_dates("Hamar, 14.02.2020")] == ["2020-02-14"]
    assert [d.isoformat() for d in full_dates("2020-02-14")] == ["2020-02-14"]
    assert name_before_date("Rådmann Per Berg 2.2020") is None
    assert approver_first("Rådmann Per Berg har godkjent søknaden elektronisk 2.2020") == "Rådmann Per Berg"


def test_scanned_side_by_side_blocks_with_broken_dates_stay_undated() -> None:
    lines = [pdf_line("Søknaden signeres av:", 1, 60, 120),
             pdf_line("Sted/dato:", 1, 60, 160), pdf_line("14.0 2.2020", 1, 130, 162),
             pdf_line("Sted/dato:", 1, 320, 160), pdf_line("1 7.0 2.2020", 1, 390, 162),
             pdf_line("Mari Solberg", 1, 60, 240), pdf_line("Per Berg", 1, 320, 240),
             pdf_line("Nav-leder", 1, 60, 254), pdf_line("Rådmann", 1, 320, 254)]
    images = [ink(1, (62, 190, 200, 226), seed=5), ink(1, (322, 190, 460, 226), seed=6)]
    doc = pdf_pages(ocr_page(1, lines, images=images))
    assert [(s.role, s.name, s.date) for s, _e in extract_signatures(doc)] == [
        ("nav_leader", "Mari Solberg", None), ("municipality", "Per Berg", None)]
