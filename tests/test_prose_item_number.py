"""A numbered form whose competence answer was left empty, read as running
text: "12. Beløp til kompetanse, kr: 13. Totalt omsøkt beløp, kr: 480 000".
The next item's number after the empty answer is no competence of 13 kr,
and a sum error must not follow from it (corpus 28's Word form with
content controls, after budgets in sentences were read post by post)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from soknad_extract.pipeline import read_application


def test_the_next_items_number_is_no_competence(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    doc.add_paragraph("10. Nav-kontor: Nav Rakkestad. 11. Lønn til stillinger (lønn og sosiale utgifter), kr: "
                      "455 000 12. Beløp til kompetanse, kr: 13. Totalt omsøkt beløp, kr: 455 000 "
                      "14. Hvilket satsingsområde gjelder søknaden?")
    path = tmp_path / "nummerert.docx"
    doc.save(path)
    record = read_application(path)
    assert record.amounts.competence is None
    assert record.amounts.total == 455000
    assert "AMOUNT_SUM_MISMATCH" not in {f.code for f in record.findings}
