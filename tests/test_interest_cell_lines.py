"""Two yes/no questions in one table cell, each answered on its own line
("Ønskjer de å vere med i nettverk/klyngesamarbeid? Ja" over "Ønskjer de
ekstern prosessevaluering? Nei"), as Word forms set the interest questions
under one heading: each line answers its own question (``extract.interest``),
though the cell's text runs the lines together."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_BREAK

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _form(tmp_path: Path, lines: list[str], breaks: bool) -> Path:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Prosjektets namn\nUng i arbeid"
    cell = table.cell(1, 0)
    if breaks:
        run = cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            run.add_break(WD_BREAK.LINE)
            run = cell.paragraphs[0].add_run(line)
    else:
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(tmp_path / "form.docx"))
    return tmp_path / "form.docx"


@pytest.mark.parametrize("breaks", [False, True])
@pytest.mark.parametrize("network, evaluation", [("Ja", "Ja"), ("Nei", "Ja"), ("Ja", "Nei")])
def test_each_line_answers_its_own_question(tmp_path: Path, breaks: bool, network: str, evaluation: str) -> None:
    lines = ["Interesse for nettverk og evaluering",
             f"Ønskjer de å vere med i nettverk/klyngesamarbeid? {network}",
             f"Ønskjer de ekstern prosessevaluering? {evaluation}"]
    values = extract(read_docx(_form(tmp_path, lines, breaks)), S2020).draft.values
    assert values["interest.network"] is (network == "Ja")
    assert values["interest.process_evaluation"] is (evaluation == "Ja")


def test_a_question_left_unanswered_in_the_cell_stays_unknown(tmp_path: Path) -> None:
    lines = ["Interesse for nettverk og evaluering",
             "Ønskjer de å vere med i nettverk/klyngesamarbeid? Ja",
             "Ønskjer de ekstern prosessevaluering?"]
    values = extract(read_docx(_form(tmp_path, lines, True)), S2020).draft.values
    assert values.get("interest.process_evaluation") is None
