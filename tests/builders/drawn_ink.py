"""PDF pages with signatures drawn as vector strokes, and drawings that are
not ink (rules, framed boxes with crosses, a rounded frame, a line chart,
filled lettering), for the stroke reader and the signature extractor.

Drawn with reportlab: one signature as several Bézier pen strokes (the way
a "draw your signature" tool saves them), one as a single polyline sampled
every couple of points (tablet signing, SVG ink). Wording and places are
this file's own.
"""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

_H = A4[1]


def _y(top: float) -> float:
    return _H - top


def _bezier_ink(c: canvas.Canvas, x: float, top: float) -> None:
    """Five loopy pen strokes, each a chain of Bézier curves."""
    c.setLineWidth(0.9)
    c.setStrokeColorRGB(0.05, 0.1, 0.45)
    for stroke in range(5):
        sx = x + stroke * 24
        p = c.beginPath()
        p.moveTo(sx, _y(top + 22))
        for k in range(3):
            bx = sx + k * 7
            p.curveTo(bx + 2, _y(top - 2 + k), bx + 9, _y(top + 4), bx + 5, _y(top + 18 - k))
            p.curveTo(bx + 1, _y(top + 30), bx + 12, _y(top + 26), bx + 9, _y(top + 12))
        c.drawPath(p, stroke=1, fill=0)


def _polyline_ink(c: canvas.Canvas, x: float, top: float) -> None:
    """One pen stroke sampled every 2.5 pt, wandering up and down."""
    c.setLineWidth(1.1)
    c.setStrokeColorRGB(0, 0, 0)
    p = c.beginPath()
    p.moveTo(x, _y(top + 16))
    for i in range(1, 56):
        px = x + i * 2.5 - 4 * math.sin(i * 0.9)
        py = top + 14 + 9 * math.sin(i * 1.3) + 3 * math.cos(i * 0.4)
        p.lineTo(px, _y(py))
    c.drawPath(p, stroke=1, fill=0)


def drawn_signatures_pdf(path: Path) -> Path:
    """An application's last page: two signers side by side, each over a
    rule with a name and title under it, the ink drawn as strokes."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, _y(70), "Søknad om tilskudd – sosiale tjenester i Nav 2020")
    c.setFont("Helvetica", 10)
    c.drawString(60, _y(100), "Nav-kontor: Nav Lyngvik")
    c.drawString(60, _y(116), "Kommune: Lyngvik kommune")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, _y(300), "Underskrifter")
    c.setFont("Helvetica", 10)
    c.drawString(60, _y(322), "Lyngvik, 14.01.2020")
    _bezier_ink(c, 70, 350)
    _polyline_ink(c, 330, 352)
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0, 0, 0)
    c.line(60, _y(392), 250, _y(392))
    c.line(320, _y(392), 510, _y(392))
    c.drawString(60, _y(406), "Tora Vangsnes")
    c.drawString(60, _y(420), "Leder Nav Lyngvik")
    c.drawString(320, _y(406), "Håkon Brekke")
    c.drawString(320, _y(420), "Rådmann")
    c.showPage()
    c.save()
    return path


def drawings_not_ink_pdf(path: Path) -> Path:
    """Drawings a form has that are no pen: ruled lines, framed boxes with
    drawn crosses, a rounded frame, a small line chart, filled lettering
    outlines, a dashed rule."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, _y(80), "Underskrift")
    c.setLineWidth(0.6)
    for row in range(4):
        c.line(60, _y(120 + row * 20), 300, _y(120 + row * 20))
    for i in range(6):
        bx, top = 60 + i * 14, 220
        c.rect(bx, _y(top + 10), 10, 10, stroke=1, fill=0)
        c.line(bx, _y(top + 10), bx + 10, _y(top))
        c.line(bx, _y(top), bx + 10, _y(top + 10))
    c.roundRect(60, _y(320), 180, 50, 8, stroke=1, fill=0)
    chart = c.beginPath()
    values = [12, 30, 18, 40, 22, 35, 15, 28, 10, 33, 20, 25]
    chart.moveTo(320, _y(300 - values[0]))
    for i, v in enumerate(values[1:], start=1):
        chart.lineTo(320 + i * 18, _y(300 - v))
    c.drawPath(chart, stroke=1, fill=0)
    letters = c.beginPath()
    for k in range(6):
        lx = 60 + k * 16
        letters.moveTo(lx, _y(400))
        letters.curveTo(lx + 2, _y(380), lx + 12, _y(380), lx + 12, _y(400))
        letters.curveTo(lx + 10, _y(396), lx + 4, _y(396), lx, _y(400))
        letters.close()
    c.drawPath(letters, stroke=0, fill=1)
    c.setDash(2, 2)
    c.line(60, _y(440), 400, _y(440))
    c.showPage()
    c.save()
    return path
