"""A pen's line a drawing tool wrote as one path per curve (each path one
Bézier, the next starting along the line of writing where the last ended,
set back down on the baseline) is one stroke of ink; a row of one repeated
mark drawn the same way (a wavy ornament) stays out, as do marks with gaps
between them."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.readers import read_document
from soknad_extract.readers.pdf.strokes import STROKES_NAME

_H = A4[1]
_HUMPS = [(26, 34, -12), (22, 20, 8), (30, 40, -20), (28, 26, 6), (24, 30, -10), (28, 38, 14)]
"""Per letter: its width, the height its curve reaches, the depth it swings
back to (differing letters, as a hand writes)."""


def _letters(c: canvas.Canvas, x: float, base: float, humps: list[tuple[float, float, float]]) -> None:
    """Each letter one path of one curve, starting on the baseline at the
    x where the letter before it ended."""
    c.setLineWidth(1.4)
    c.setStrokeColorRGB(0.05, 0.1, 0.45)
    for width, high, low in humps:
        p = c.beginPath()
        p.moveTo(x, base)
        p.curveTo(x + width * 0.3, base + high, x + width * 0.7, base + low, x + width, base + high * 0.2)
        c.drawPath(p, stroke=1, fill=0)
        x += width


def _page(path: Path, humps: list[tuple[float, float, float]]) -> Path:
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
    _letters(c, 70, _H - 380, humps)
    _letters(c, 330, _H - 380, humps[::-1])
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0, 0, 0)
    c.line(60, _H - 392, 250, _H - 392)
    c.line(320, _H - 392, 510, _H - 392)
    c.drawString(60, _H - 406, "Leder Nav Fjellbygd Mari Strand")
    c.drawString(320, _H - 406, "Kommunedirektør Per Lien")
    c.showPage()
    c.save()
    return path


def test_one_path_per_letter_is_ink(tmp_path: Path) -> None:
    doc = read_document(_page(tmp_path / "letters.pdf", _HUMPS))
    assert len([i for i in doc.images() if i.name == STROKES_NAME]) == 2
    kinds = [(s.role, s.kind) for s, _e in extract_signatures(doc)]
    assert kinds == [("nav_leader", "handwritten"), ("municipality", "handwritten")]


def test_a_row_of_one_repeated_mark_is_not_ink(tmp_path: Path) -> None:
    doc = read_document(_page(tmp_path / "ornament.pdf", [(26, 12, -4)] * 6))
    assert [i for i in doc.images() if i.name == STROKES_NAME] == []


def test_marks_with_gaps_between_them_are_not_joined(tmp_path: Path) -> None:
    humps = [(w - 6, h, d) for w, h, d in _HUMPS]
    c = canvas.Canvas(str(tmp_path / "gaps.pdf"), pagesize=A4)
    c.setLineWidth(1.4)
    x = 70.0
    for width, high, low in humps:
        p = c.beginPath()
        p.moveTo(x, 500)
        p.curveTo(x + width * 0.3, 500 + high, x + width * 0.7, 500 + low, x + width, 500 + high * 0.2)
        c.drawPath(p, stroke=1, fill=0)
        x += width + 6
    c.showPage()
    c.save()
    doc = read_document(tmp_path / "gaps.pdf")
    assert [i for i in doc.images() if i.name == STROKES_NAME] == []
