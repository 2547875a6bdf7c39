"""Ruled tables from a page's pdfium drawings: merged cells, a rule cut
short, a grid of rects."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.readers.pdf.pdfium_objects import page_objects, page_view
from soknad_extract.readers.pdf.tables import ruled_tables


def _grids(page: canvas.Canvas) -> None:
    """A 4 × 3 grid whose top row is one merged cell, a grid with one inner
    rule cut short (its cells must not close), and a grid of rects."""
    xs, ys = (60, 160, 260, 360), (800, 780, 760, 740, 720)
    for y in ys:
        page.line(xs[0], y, xs[-1], y)
    for x in xs:
        page.line(x, ys[0] if x in (xs[0], xs[-1]) else ys[1], x, ys[-1])  # the header row is one cell
    xs, ys = (60, 200, 340), (600, 570, 540, 510)
    for y in ys:
        page.line(xs[0], y, xs[-1], y)
    page.line(60, 600, 60, 510)
    page.line(340, 600, 340, 510)
    page.line(200, 600, 200, 555)  # ends inside the second row
    for row in range(3):
        for col in range(4):
            page.rect(60 + col * 70, 300 + row * 25, 70, 25)


def _pages(data: bytes) -> list:
    pdf = pdfium.PdfDocument(data)
    try:
        return [page_objects(page, [], page_view(page)) for page in pdf]
    finally:
        pdf.close()


def test_drawn_grids_give_their_tables_and_merged_cells() -> None:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    _grids(page)
    page.save()
    (objects,) = _pages(buffer.getvalue())
    tables = ruled_tables(objects, 1)
    assert len(tables) == 3
    assert sorted(len(t.rows[0]) for t in tables) == [2, 3, 4]
    header = next(t for t in tables if len(t.rows[0]) == 3).rows[0]
    assert header[0].col_span == 3 and header[1].bbox is None
