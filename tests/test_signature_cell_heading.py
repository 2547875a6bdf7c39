"""One table cell holds one signer: a cell that opens with the role's
heading, then the ink, the printed name, the signer's own title of the same
role and the place and date is ONE handwritten signature with that name,
not a nameless handwritten one plus a typed one. Built here with Word
tables in wordings other than any corpus file's."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.shared import Pt

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document
from tools.samplegen.signed import scribble_png


def _signers(tmp_path, cells: list[list[str | None]]) -> list[tuple[str, str, str | None]]:
    word = WordDocument()
    word.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    word.add_paragraph("Vi søkjer om midlar til ei 80 % stilling.")
    table = word.add_table(rows=1, cols=len(cells))
    for col, lines in enumerate(cells):
        cell = table.cell(0, col)
        for i, text in enumerate(lines):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if text is None:
                para.add_run().add_picture(io.BytesIO(scribble_png(5 + col)), width=Pt(120))
            else:
                para.add_run(text)
    path = tmp_path / "cells.docx"
    word.save(path)
    return [(s.role, s.kind, s.name) for s, _evidence in extract_signatures(read_document(path))]


def test_heading_ink_name_and_own_title_in_one_cell_are_one_signer(tmp_path) -> None:
    found = _signers(tmp_path, [
        ["6 Nav-leiar", None, "Solveig Haugland", "Leiar i Nav Sunnfjord", "Førde, 04.02.2020"],
        ["7 Kommunedirektør", None, "Bjørn Aasheim", "Konstituert kommunedirektør", "Førde, 05.02.2020"],
    ])
    assert found == [("nav_leader", "handwritten", "Solveig Haugland"),
                     ("municipality", "handwritten", "Bjørn Aasheim")]


def test_two_signers_stacked_in_one_cell_stay_two(tmp_path) -> None:
    """Titles printed over names: the lower title has its own name under it."""
    found = _signers(tmp_path, [
        ["Rådmann i Sogndal", None, "Jostein Aldal", "Rådmann i Luster", None, "Ingvild Bøyum"],
    ])
    assert [(r, n) for r, _k, n in found] == [("municipality", "Jostein Aldal"), ("municipality", "Ingvild Bøyum")]
