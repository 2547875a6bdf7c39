"""A pen signature drawn as a coarsely sampled polyline (long, steep up and
down segments, a few points apart along the line of writing) is ink, also
where it crosses the signing rule into the printed name and title under
it; a line chart of as many values, drawn a label's width apart, and a
row of drawn ticks or tildes are not."""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document
from soknad_extract.readers.pdf.strokes import STROKES_NAME

_H = A4[1]


def _coarse_ink(c: canvas.Canvas, x: float, bottom: float, seed: int) -> None:
    """One stroke 140 pt wide and 40 pt tall: a sample every 4-10 pt
    along, each jumping up to 28 pt up or down, then a short flourish."""
    rnd = random.Random(seed)
    c.setLineWidth(1.2)
    c.setStrokeColorRGB(0.1, 0.1, 0.4)
    p = c.beginPath()
    px = x
    p.moveTo(px, bottom + 20)
    while px < x + 140:
        px += rnd.uniform(4, 10)
        p.lineTo(px, bottom + 20 + rnd.uniform(-14, 14))
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + 10, bottom + 2, x + 110, bottom + 5)


def _signed_boxes(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Bold", 13)
    c.drawString(60, _H - 70, "Søknad om tilskudd – sosiale tjenester i Nav 2020")
    c.setFont("Times-Roman", 10)
    c.rect(50, _H - 140, 495, 50)
    c.drawString(60, _H - 110, "Nav-kontor")
    c.drawString(250, _H - 110, "Nav Fjordvik")
    c.drawString(60, _H - 127, "Kommune")
    c.drawString(250, _H - 127, "Fjordvik")
    for i, (name, title) in enumerate((("Sigrid Holm", "Nav-leder"), ("Odd Berge", "Rådmann"))):
        x, y = 60 + i * 250, _H - 330
        c.drawString(x, y + 42, "Sted/dato: Fjordvik, 13.01.2020")
        c.line(x, y, x + 200, y)
        c.drawString(x, y - 13, "Navn: " + name)
        c.drawString(x, y - 26, "Stilling: " + title)
        _coarse_ink(c, x + 20, y - 16, 7 + i)
    c.showPage()
    c.save()
    return path


def _chart(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, _H - 80, "Underskrift")
    values = [12, 30, 18, 40, 22, 35, 15, 28, 10, 33, 20, 25, 14, 31, 19]
    c.setLineWidth(0.8)
    chart = c.beginPath()
    chart.moveTo(60, _H - 200 + values[0])
    for i, v in enumerate(values[1:], start=1):
        chart.lineTo(60 + i * 14, _H - 200 + v)
    c.drawPath(chart, stroke=1, fill=0)
    c.showPage()
    c.save()
    return path


def test_coarse_polyline_over_name_and_title_is_handwritten(tmp_path: Path) -> None:
    doc = read_document(_signed_boxes(tmp_path / "coarse.pdf"))
    assert len([i for i in doc.images() if i.name == STROKES_NAME]) == 2
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(doc)]
    assert found == [
        ("nav_leader", "Sigrid Holm", "handwritten"),
        ("municipality", "Odd Berge", "handwritten"),
    ]


def test_line_chart_of_many_values_is_not_ink(tmp_path: Path) -> None:
    doc = read_document(_chart(tmp_path / "chart.pdf"))
    assert [i for i in doc.images() if i.name == STROKES_NAME] == []


def _ticks_and_tildes(path: Path) -> Path:
    """A row of ticked boxes a form drew, and a row of drawn tildes (an
    ornament), each mark a short path close to the next."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, _H - 80, "Underskrift")
    for i in range(9):
        x = 60 + i * 14
        c.rect(x, _H - 200, 10, 10)
        tick = c.beginPath()
        tick.moveTo(x + 1, _H - 195)
        tick.lineTo(x + 4, _H - 199)
        tick.lineTo(x + 9, _H - 191)
        c.drawPath(tick, stroke=1, fill=0)
    for i in range(6):
        x = 60 + i * 20
        tilde = c.beginPath()
        tilde.moveTo(x, _H - 300)
        tilde.curveTo(x + 4, _H - 296, x + 8, _H - 296, x + 10, _H - 300)
        tilde.curveTo(x + 12, _H - 304, x + 16, _H - 304, x + 18, _H - 300)
        c.drawPath(tilde, stroke=1, fill=0)
    c.showPage()
    c.save()
    return path


def test_rows_of_ticks_and_tildes_are_not_ink(tmp_path: Path) -> None:
    doc = read_document(_ticks_and_tildes(tmp_path / "marks.pdf"))
    assert [i for i in doc.images() if i.name == STROKES_NAME] == []


def _waves(c: canvas.Canvas, x: float, base: float, crests: list[float]) -> None:
    """One stroke of Bézier curves 20 pt long, each ending at the next of
    ``crests`` (points above ``base``) and swinging between them."""
    c.setLineWidth(1.0)
    c.setStrokeColorRGB(0.1, 0.1, 0.4)
    p = c.beginPath()
    px, py = x, base
    p.moveTo(px, py)
    for i, crest in enumerate(crests):
        nx, ny = px + 20, base + crest
        p.curveTo(px + 6, py, nx - 6, ny, nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)


def _short_scribbles(path: Path) -> Path:
    """Two signers' short scribbles, a few smoothed curves each whose crests
    differ, over their rules and names; and, far below, a drawn wave of as
    many turns whose crests and troughs keep one height each."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, _H - 70, "Søknad om tilskudd – sosiale tjenester i Nav 2020")
    c.drawString(60, _H - 300, "Underskrifter")
    c.drawString(60, _H - 322, "Elvdal, 10.01.2020")
    _waves(c, 70, _H - 380, [14, 3, 19, 6, 11, 0])
    _waves(c, 330, _H - 380, [9, 1, 17, 4, 21, 2])
    c.setStrokeColorRGB(0, 0, 0)
    c.line(60, _H - 392, 250, _H - 392)
    c.line(320, _H - 392, 510, _H - 392)
    c.drawString(60, _H - 406, "Marte Dahl")
    c.drawString(60, _H - 420, "Nav-leder")
    c.drawString(320, _H - 406, "Jens Foss")
    c.drawString(320, _H - 420, "Rådmann")
    _waves(c, 60, _H - 700, [12, 0, 12, 0, 12, 0])
    c.showPage()
    c.save()
    return path


def test_short_scribbles_are_ink_and_a_drawn_wave_is_not(tmp_path: Path) -> None:
    doc = read_document(_short_scribbles(tmp_path / "scribbles.pdf"))
    regions = [i for i in doc.images() if i.name == STROKES_NAME]
    assert len(regions) == 2 and all(i.bbox[3] < 500 for i in regions)
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(doc)]
    assert found == [("nav_leader", "Marte Dahl", "handwritten"), ("municipality", "Jens Foss", "handwritten")]


def _dense_chart(path: Path) -> Path:
    """A small line chart of 30 values in a box 250 by 80 pt: a step of
    about 30 pt on average between values, turning back often."""
    rnd = random.Random(3)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, _H - 80, "Underskrift")
    values = [rnd.choice((rnd.uniform(0, 25), rnd.uniform(55, 80))) for _ in range(30)]
    values[0], values[1] = 0, 80
    c.setLineWidth(0.8)
    chart = c.beginPath()
    chart.moveTo(60, _H - 250 + values[0])
    for i, v in enumerate(values[1:], start=1):
        chart.lineTo(60 + i * 250 / 29, _H - 250 + v)
    c.drawPath(chart, stroke=1, fill=0)
    c.showPage()
    c.save()
    return path


def test_small_dense_line_chart_is_not_ink(tmp_path: Path) -> None:
    doc = read_document(_dense_chart(tmp_path / "dense.pdf"))
    assert [i for i in doc.images() if i.name == STROKES_NAME] == []
