"""A scanned budget table whose competence line OCR read without its amount
(a handwritten figure in a ruled cell): a total the read parts do not make
is a request to read the budget by hand, not AMOUNT_SUM_MISMATCH. A
typed table with the same empty line is the office's own arithmetic and
stays an error."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")
ROWS = [["Lønnsutgifter inkl. sosiale kostnader", "kr 420 000"], ["Kompetanseheving", ""],
        ["Totalt omsøkt", "kr 432 000"]]


def _codes(scanned: bool) -> set[str]:
    doc = word_doc("Nav Eksempel", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                   "Prosjektnavn: Ny start", "Budsjett", tables=[[["Post", "Beløp"], *ROWS]])
    if scanned:
        doc.pages[0].ocr = True
        for line in doc.pages[0].lines:
            line.ocr = True
        for table in doc.pages[0].tables:
            table.ocr = True
    record = build_record(Source(path="x.pdf", format="pdf"), doc, extract(doc, S2020.scheme), S2020, "nb")
    return {f.code.value for f in record.findings}


def test_a_scanned_competence_line_without_its_amount_makes_the_sum_unsure() -> None:
    codes = _codes(scanned=True)
    assert "AMOUNT_SUM_MISMATCH" not in codes
    assert "LOW_CONFIDENCE" in codes


def test_a_typed_competence_line_left_empty_keeps_the_error() -> None:
    assert "AMOUNT_SUM_MISMATCH" in _codes(scanned=False)
