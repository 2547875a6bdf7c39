"""A form's question cell that prints how to answer under the question
("Ønsker kontoret ekstern prosessevaluering?" over "Ja: sett kryss i ruten.
Nei: la ruten stå tom.", or "Ja – beskriv kort …"), answered by a box or a
word in the next cell, as county templates do: the instruction is never the
answer (``extract.interest``), so "Ja" is not read from it whatever is ticked.
A bare option on the next line ("Ja", "Nei, ikkje i år") still answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_NETWORK = "Ønsker kontoret å delta i nettverk/klyngesamarbeid?"
_EVALUATION = "Ønsker kontoret ekstern prosessevaluering?"


def _form(tmp_path: Path, rows: list[list[str]]) -> dict:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "form.docx"))
    return extract(read_docx(tmp_path / "form.docx"), S2020).draft.values


@pytest.mark.parametrize("instruction", ["Ja: sett kryss i ruten. Nei: la ruten stå tom.",
                                         "Ja – beskriv kort hva dere ønsker å bidra med.",
                                         "Ja: kryss av i ruten til høyre."])
@pytest.mark.parametrize("network, evaluation", [("☐", "☒"), ("☒", "☐")])
def test_an_instruction_under_the_question_is_no_yes(tmp_path: Path, instruction: str,
                                                     network: str, evaluation: str) -> None:
    values = _form(tmp_path, [[f"{_NETWORK}\n{instruction}", network], [f"{_EVALUATION}\n{instruction}", evaluation]])
    for path, mark in (("interest.network", network), ("interest.process_evaluation", evaluation)):
        assert values.get(path) is not True or mark == "☒"


@pytest.mark.parametrize("answer, expected", [("Ja", True), ("Nei, ikke i år", False)])
def test_a_bare_option_on_the_next_line_still_answers(tmp_path: Path, answer: str, expected: bool) -> None:
    values = _form(tmp_path, [[f"Interesse\n{_EVALUATION}\n{answer}"]])
    assert values["interest.process_evaluation"] is expected
