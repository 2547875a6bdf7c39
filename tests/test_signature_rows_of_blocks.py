"""Several signers side by side: an inter-municipal office's application
signed by the Nav leader and each municipality's leader, their blocks set
in rows of two or three, each block its own heading, ink, printed name and
place and date. Each name belongs to the heading above its own ink, never
to the next block's heading just under its date line. Built here in
wordings and layouts other than corpus 80's (sx01)."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.shared import Pt

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document
from tools.samplegen.signed import scribble_png

INK = None
"""A cell holding a picture of the pen's ink."""


def _signers(tmp_path, grids: list[list[list[str | None]]], one_table: bool = False) -> list[tuple]:
    """The signatures of a letter closing with ``grids``: each a row of
    blocks (a list of columns, each a list of cell lines top to bottom),
    each row its own table, or all rows in ``one_table``."""
    word = WordDocument()
    word.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    word.add_paragraph("Vi søkjer om midlar til to stillingar i eit interkommunalt prosjekt.")
    word.add_paragraph("Underskrifter")
    seed = 3
    rows = [[grid[c][r] for c in range(len(grid))] for grid in grids for r in range(len(grid[0]))]
    width = max(len(grid) for grid in grids)
    tables = [word.add_table(rows=len(rows), cols=width)] if one_table else []
    at = 0
    for grid in grids:
        height = len(grid[0])
        if not one_table:
            tables = [word.add_table(rows=height, cols=width)]
            at = 0
        for r in range(height):
            for c, column in enumerate(grid):
                cell = tables[0].cell(at + r, c)
                lines = column[r] if isinstance(column[r], list) else [column[r]]
                for i, text in enumerate(lines):
                    para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    if text is INK:
                        seed += 1
                        para.add_run().add_picture(io.BytesIO(scribble_png(seed)), width=Pt(100))
                    else:
                        para.add_run(text)
        at += height
        if not one_table:
            word.add_paragraph("")
    path = tmp_path / "rows.docx"
    word.save(path)
    return [(s.role, s.name, str(s.date)) for s, _evidence in extract_signatures(read_document(path))]


def _block(heading: str, name: str, dated: str) -> list:
    return [heading, INK, "_______________________", [name, dated]]


def test_rows_of_two_blocks_give_each_name_its_own_heading(tmp_path) -> None:
    found = _signers(tmp_path, [
        [_block("Nav-leiar Nav Hallingdal", "Ingrid Sando", "Gol, 21.01.2020"),
         _block("Rådmann i Gol", "Per Arne Nygård", "Gol, 22.01.2020")],
        [_block("Rådmann i Hemsedal", "Sigbjørn Haug", "Hemsedal, 23.01.2020"),
         _block("Kommunedirektør i Ål", "Tove Bakke", "Ål, 24.01.2020")],
    ])
    assert found == [
        ("nav_leader", "Ingrid Sando", "2020-01-21"),
        ("municipality", "Per Arne Nygård", "2020-01-22"),
        ("municipality", "Sigbjørn Haug", "2020-01-23"),
        ("municipality", "Tove Bakke", "2020-01-24"),
    ]


def test_three_rows_with_a_lone_block_last_in_one_table(tmp_path) -> None:
    """One table for every row, the last row holding one block."""
    found = _signers(tmp_path, [
        [_block("Leiar Nav Sunnhordland", "Kjersti Tveit", "Stord, 20.01.2020"),
         _block("Kommunedirektør Stord", "Arve Sunde", "Stord, 21.01.2020")],
        [_block("Kommunedirektør Fitjar", "Nils Økland", "Fitjar, 22.01.2020"),
         _block("Rådmann Bømlo", "Hilde Tvedt", "Bømlo, 27.01.2020")],
        [_block("Kommunedirektør Tysnes", "Ola Reksteren", "Tysnes, 28.01.2020"),
         ["", "", "", [""]]],
    ], one_table=True)
    assert sorted(found) == sorted([
        ("nav_leader", "Kjersti Tveit", "2020-01-20"),
        ("municipality", "Arve Sunde", "2020-01-21"),
        ("municipality", "Nils Økland", "2020-01-22"),
        ("municipality", "Hilde Tvedt", "2020-01-27"),
        ("municipality", "Ola Reksteren", "2020-01-28"),
    ])


def test_one_row_of_two_stays_as_it_was(tmp_path) -> None:
    """A single row of blocks (one title per column) is no stack to re-pair."""
    found = _signers(tmp_path, [
        [_block("Nav-leiar", "Ingrid Sando", "Gol, 21.01.2020"),
         _block("Rådmann", "Per Arne Nygård", "Gol, 22.01.2020")],
    ])
    assert found == [("nav_leader", "Ingrid Sando", "2020-01-21"),
                     ("municipality", "Per Arne Nygård", "2020-01-22")]


def test_pdf_page_with_rows_of_three_blocks() -> None:
    """A PDF page: three blocks to a row, the next row's headings just under
    the dates of the row above (real boxes, not a Word table)."""
    from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

    rows = [[("Leder Nav Indre Østfold", "Mona Lie", "Mysen, 20.01.2020"),
             ("Kommunedirektør Eidsberg", "Knut Dahl", "Mysen, 21.01.2020"),
             ("Rådmann Marker", "Siri Aas", "Ørje, 22.01.2020")],
            [("Rådmann Askim", "Geir Holm", "Askim, 23.01.2020"),
             ("Kommunedirektør Spydeberg", "Lene Krog", "Spydeberg, 24.01.2020")]]
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", 1, 72, 60),
             pdf_line("Vi søker om midler til to stillinger i et interkommunalt prosjekt.", 1, 72, 76),
             pdf_line("Underskrifter", 1, 72, 110)]
    images, top, seed = [], 130.0, 20
    for row in rows:
        for col, (heading, name, dated) in enumerate(row):
            x = 72 + col * 160
            seed += 1
            lines.append(pdf_line(heading, 1, x, top))
            images.append(ink(1, (x, top + 14, x + 110, top + 48), seed=seed))
            lines.append(pdf_line("______________________", 1, x, top + 52))
            lines.append(pdf_line(name, 1, x, top + 66))
            lines.append(pdf_line(dated, 1, x, top + 79))
        top += 96
    found = [(s.role, s.name, str(s.date)) for s, _e in extract_signatures(pdf_pages(pdf_page(1, lines, images)))]
    assert sorted(found) == sorted([
        ("nav_leader", "Mona Lie", "2020-01-20"),
        ("municipality", "Knut Dahl", "2020-01-21"),
        ("municipality", "Siri Aas", "2020-01-22"),
        ("municipality", "Geir Holm", "2020-01-23"),
        ("municipality", "Lene Krog", "2020-01-24"),
    ])
