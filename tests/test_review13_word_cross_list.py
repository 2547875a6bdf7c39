"""A Word yes/no list under a question that marks every option, a tick for
the chosen and a cross for the other ("✘ Ja" / "✔ Nei", one option a
paragraph): the reader settles the cross as passed over, and the interest
answer follows the settled boxes, not the paragraph "✘ Ja" read alone as a
tick (review13 probe: the evaluation was read as wanted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme


def _answers(tmp_path: Path, paragraphs: list[str]) -> tuple[bool | None, bool | None]:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(tmp_path / "form.docx"))
    values = extract(read_docx(tmp_path / "form.docx"), get_scheme("nav-sosiale-tjenester-2020")).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


@pytest.mark.parametrize("marks, expected", [(("✘", "✔"), False), (("✔", "✘"), True), (("☐", "☒"), False)])
def test_the_settled_boxes_answer(tmp_path: Path, marks: tuple[str, str], expected: bool) -> None:
    paragraphs = ["Ønsker kontoret ekstern prosessevaluering?", f"{marks[0]} Ja", f"{marks[1]} Nei"]
    assert _answers(tmp_path, paragraphs) == (None, expected)


def test_a_lone_cross_without_a_tick_stays_a_tick(tmp_path: Path) -> None:
    paragraphs = ["Ønsker kontoret ekstern prosessevaluering?", "✘ Ja", "Nei"]
    assert _answers(tmp_path, paragraphs)[1] is not False
