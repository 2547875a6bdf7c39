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


def test_the_least_post_is_the_plausible_amount_of_the_data(tmp_path: Path, monkeypatch) -> None:
    """The bound below which an amount is no post is plausible.toml's [amount] min, stated once
    for the budget reader and validation: lowered under the item number, 13 kr is read as a post."""
    import shutil

    from soknad_extract.extract.budget.prose_clauses import unrequested_post
    from soknad_extract.norwegian import find_amounts
    from soknad_extract.vocabulary import VOCABULARY_ENV
    from tests.test_vocabulary import SHIPPED

    body = "Kompetanse, kr: 13."
    hits = find_amounts(body)
    assert unrequested_post(body, hits, 0, "kompetanse") is None
    folder = tmp_path / "vocabulary"
    shutil.copytree(SHIPPED, folder)
    text = (folder / "plausible.toml").read_text(encoding="utf-8")
    (folder / "plausible.toml").write_text(text.replace("[amount]\nmin = 100\n", "[amount]\nmin = 10\n"), encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert unrequested_post(body, hits, 0, "kompetanse") == "competence"
