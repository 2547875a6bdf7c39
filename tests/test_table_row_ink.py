"""Ink in a signing table with one signer a row: the picture in a row's
signature cell is that row's signer's, whatever column the signature column
is and however tall the picture stands beside the row's typed text. Built
here with Word tables in wordings other than any corpus file's."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.shared import Pt

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document
from tools.samplegen.signed import scribble_png

ROWS = [("Nav-leder, NAV Midt-Agder", "Anne Storli", "03.02.2020"),
        ("Rådmann, Bykle kommune", "Håkon Rysstad", "04.02.2020"),
        ("Rådmann, Valle kommune", "Siri Homme", "05.02.2020")]


def _signing_table(tmp_path, header: list[str], cells, intro: str = "") -> list[tuple[str, str, str | None]]:
    word = WordDocument()
    word.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020")
    word.add_paragraph("Vi søker om midler til en 100 % stilling.")
    if intro:
        word.add_paragraph(intro)
    table = word.add_table(rows=1 + len(ROWS), cols=len(header))
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for row, values in enumerate(ROWS, start=1):
        for col, value in enumerate(cells(*values)):
            if value is None:
                run = table.cell(row, col).paragraphs[0].add_run()
                run.add_picture(io.BytesIO(scribble_png(11 + row)), width=Pt(150))
            else:
                table.cell(row, col).text = value
    path = tmp_path / "signing.docx"
    word.save(path)
    return [(s.name, s.kind, s.role) for s, _evidence in extract_signatures(read_document(path))]


def test_ink_in_the_rows_signature_cell_is_the_rows_signer(tmp_path) -> None:
    found = _signing_table(tmp_path, ["Stilling", "Navn", "Dato", "Signatur"],
                           lambda role, name, day: [role, name, day, None])
    assert found == [("Anne Storli", "handwritten", "nav_leader"),
                     ("Håkon Rysstad", "handwritten", "municipality"),
                     ("Siri Homme", "handwritten", "municipality")]


def test_signature_column_between_the_rows_texts(tmp_path) -> None:
    """The rows' texts on both sides of the signature column, so each row's
    text spans the pictures of the rows over and under it too."""
    found = _signing_table(tmp_path, ["Stilling", "Sted og dato", "Signatur", "Navn"],
                           lambda role, name, day: [role, f"Valle, {day}", None, name])
    assert [kind for _name, kind, _role in found] == ["handwritten"] * 3


def test_a_date_borrowed_from_the_row_does_not_make_its_ink_anothers(tmp_path) -> None:
    """A sentence over the table naming the roles may be read as a block
    that borrows the first row's date: only a title or a name in the ink's
    row ties the ink to a block."""
    found = _signing_table(tmp_path, ["Sted og dato", "Underskrift", "Navn og stilling"],
                           lambda role, name, day: [f"Valle, {day}", None, f"{name}\n{role}"],
                           intro="Søknaden signeres av leder for NAV-kontoret og\nrådmann/kommunedirektør.")
    assert [(name, kind) for name, kind, _role in found] == [
        ("Anne Storli", "handwritten"), ("Håkon Rysstad", "handwritten"), ("Siri Homme", "handwritten")]
