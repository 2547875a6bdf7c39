"""Drawn check boxes stacked one per table row, as LibreOffice exports a
Word form's legacy check boxes: each box a small stroked square inside its
row, a row's height below the previous one with the row rule between them,
a ticked one holding a cross. The table reader takes the squares' sides for
column boundaries, so each square is also a "cell" of its own. Digit grids
(squares sharing sides) and box-sized cells of a ruled table stay no boxes."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from soknad_extract.readers.pdf.read import read_pdf

HEIGHT = 842
ROW = 12.2
BOX = 11.0


def _y(top: float) -> float:
    return HEIGHT - top


def _table(c: canvas.Canvas, top: float, rows: int, left: float, right: float, columns: list[float]) -> None:
    c.setLineWidth(0.5)
    for r in range(rows + 1):
        c.line(left, _y(top + r * ROW), right, _y(top + r * ROW))
    for x in [left, *columns, right]:
        c.line(x, _y(top), x, _y(top + rows * ROW))


def _square(c: canvas.Canvas, x: float, top: float, ticked: bool) -> None:
    c.setLineWidth(0.2)
    c.rect(x, _y(top + BOX), BOX, BOX, stroke=1, fill=0)
    if ticked:
        c.line(x, _y(top), x + BOX, _y(top + BOX))
        c.line(x, _y(top + BOX), x + BOX, _y(top))


def _row_boxes_pdf(path: Path, ticks: list[bool]) -> Path:
    """Options in the left column, one box per row in the right one, each
    box 0.6 pt inside its row (1.2 pt from the next)."""
    c = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    c.setFont("Helvetica", 9)
    top = 200.0
    names = ["Arbeid for unge voksne", "Bolig og oppfølging", "Tiltak for familier", "Annet tiltak"]
    _table(c, top, len(ticks), 60, 480, [250])
    for r, ticked in enumerate(ticks):
        c.drawString(64, _y(top + r * ROW + 9), names[r])
        _square(c, 256, top + r * ROW + 0.6, ticked)
        c.drawString(272, _y(top + r * ROW + 9), "Valgt" if r % 2 else "Kryss av")
    c.save()
    return path


def test_boxes_stacked_one_per_table_row_are_read(tmp_path: Path) -> None:
    doc = read_pdf(_row_boxes_pdf(tmp_path / "rows.pdf", [False, True, False, True]))
    drawn = [f for f in doc.fields() if f.method == "drawn"]
    assert [f.checked for f in drawn] == [False, True, False, True]


def test_a_digit_grid_in_a_table_row_is_no_boxes(tmp_path: Path) -> None:
    path = tmp_path / "grid.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    c.setFont("Helvetica", 9)
    _table(c, 200, 1, 60, 480, [250])
    c.drawString(64, _y(210), "Organisasjonsnummer")
    for i in range(9):
        _square(c, 256 + i * BOX, 201, False)
    c.save()
    assert [f for f in read_pdf(path).fields() if f.method == "drawn"] == []


def test_a_digit_grid_in_two_stacked_rows_is_no_boxes(tmp_path: Path) -> None:
    """Squares sharing their sides above and below, with no table rule
    running past them: a grid of character cells."""
    path = tmp_path / "grid2.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    for row in range(2):
        for i in range(2):
            _square(c, 256 + i * 40, 300 + row * BOX, False)
    c.save()
    assert [f for f in read_pdf(path).fields() if f.method == "drawn"] == []


def test_box_sized_cells_of_a_ruled_table_are_no_boxes(tmp_path: Path) -> None:
    """A narrow empty column whose rules run the table's height: its cells
    are box-sized but walled by the table's own rules."""
    path = tmp_path / "cells.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    c.setFont("Helvetica", 9)
    _table(c, 200, 4, 60, 480, [250, 250 + 12])
    for r in range(4):
        c.drawString(64, _y(200 + r * ROW + 9), f"Post {r + 1}")
    c.save()
    assert [f for f in read_pdf(path).fields() if f.method == "drawn"] == []
