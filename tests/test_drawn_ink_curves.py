"""A pen signature a drawing tool smoothed into a few long Bézier curves
(each curve spanning many pen samples) is ink, like one saved as many short
curves or a finely sampled polyline; smooth drawings that are no pen (an
open ring, an arc, a gentle swoosh under a heading) stay out."""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document
from soknad_extract.readers.pdf.strokes import STROKES_NAME

_H = A4[1]


def _smooth_ink(c: canvas.Canvas, x: float, base: float, phase: float) -> None:
    """One pen stroke fitted with six curves, each some 20 pt long, whose
    control points swing the line up and down."""
    c.setLineWidth(1.0)
    c.setStrokeColorRGB(0.1, 0.1, 0.4)
    p = c.beginPath()
    px, py = x, base + 6
    p.moveTo(px, py)
    for i in range(6):
        nx = x + 20 * (i + 1)
        ny = base + 4 + 10 * (0.5 + 0.5 * math.sin(i * 2.1 + phase))
        swing = 14 if i % 2 else -14
        p.curveTo(px + 7, py + swing, nx - 7, ny - swing, nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)


def _signed_page(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, _H - 70, "Søknad om tilskudd – sosiale tjenester i Nav 2020")
    c.setFont("Helvetica", 10)
    c.drawString(60, _H - 100, "Nav-kontor: Nav Fjellbygd")
    c.drawString(60, _H - 116, "Kommune: Fjellbygd kommune")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, _H - 300, "Underskrifter")
    c.setFont("Helvetica", 10)
    c.drawString(60, _H - 322, "Fjellbygd, 10.01.2020")
    _smooth_ink(c, 70, _H - 385, 0.3)
    _smooth_ink(c, 330, _H - 385, 1.7)
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0, 0, 0)
    c.line(60, _H - 392, 250, _H - 392)
    c.line(320, _H - 392, 510, _H - 392)
    c.drawString(60, _H - 406, "Mari Strand")
    c.drawString(60, _H - 420, "Leder Nav Fjellbygd")
    c.drawString(320, _H - 406, "Per Lien")
    c.drawString(320, _H - 420, "Kommunedirektør")
    c.showPage()
    c.save()
    return path


def _smooth_drawings(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, _H - 80, "Underskrift")
    c.setLineWidth(0.8)
    ring = c.beginPath()  # a circle of four curves, never closed
    k = 0.5523 * 20
    cx, cy = 100, _H - 160
    ring.moveTo(cx + 20, cy)
    ring.curveTo(cx + 20, cy + k, cx + k, cy + 20, cx, cy + 20)
    ring.curveTo(cx - k, cy + 20, cx - 20, cy + k, cx - 20, cy)
    ring.curveTo(cx - 20, cy - k, cx - k, cy - 20, cx, cy - 20)
    ring.curveTo(cx + k, cy - 20, cx + 20, cy - k, cx + 20, cy)
    c.drawPath(ring, stroke=1, fill=0)
    swoosh = c.beginPath()  # a heading's flourish: one gentle wave
    swoosh.moveTo(60, _H - 240)
    swoosh.curveTo(100, _H - 225, 140, _H - 255, 180, _H - 240)
    swoosh.curveTo(200, _H - 232, 220, _H - 236, 240, _H - 240)
    c.drawPath(swoosh, stroke=1, fill=0)
    arc = c.beginPath()  # a rounded bracket beside a box
    arc.moveTo(300, _H - 300)
    arc.curveTo(280, _H - 300, 280, _H - 260, 300, _H - 260)
    c.drawPath(arc, stroke=1, fill=0)
    c.showPage()
    c.save()
    return path


def test_few_long_curves_are_ink(tmp_path: Path) -> None:
    doc = read_document(_signed_page(tmp_path / "smooth.pdf"))
    assert len([i for i in doc.images() if i.name == STROKES_NAME]) == 2
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(doc)]
    assert found == [
        ("nav_leader", "Mari Strand", "handwritten"),
        ("municipality", "Per Lien", "handwritten"),
    ]


def test_smooth_drawings_are_not_ink(tmp_path: Path) -> None:
    doc = read_document(_smooth_drawings(tmp_path / "shapes.pdf"))
    assert [i for i in doc.images() if i.name == STROKES_NAME] == []
