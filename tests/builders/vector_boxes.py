"""Check boxes drawn as vector shapes the way producers other than a form
tool draw them, built with reportlab at test time: a report library's X
from corner to corner, a browser's rounded box filled in its accent colour
with a light check on top (and its empty twin: a white box with a grey
outline), a solid square, a dot in a box; and shapes that are no boxes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGE_H = A4[1]
SIZE = 9.0
ACCENT = Color(0.0, 0.46, 1.0)
GREY = Color(0.46, 0.46, 0.46)


def _y(top: float) -> float:
    return PAGE_H - top


def _x_corner_to_corner(c: canvas.Canvas, x: float, y: float, on: bool) -> None:
    c.rect(x, y, SIZE, SIZE)
    if on:
        c.line(x, y, x + SIZE, y + SIZE)
        c.line(x, y + SIZE, x + SIZE, y)


def _browser(c: canvas.Canvas, x: float, y: float, on: bool) -> None:
    """A white rounded square under either a grey outline (empty) or a
    rounded square in the accent colour with a white check (ticked)."""
    c.setFillColor(white)
    c.roundRect(x, y, SIZE, SIZE, 1.5, stroke=0, fill=1)
    if not on:
        c.setStrokeColor(GREY)
        c.roundRect(x + 0.2, y + 0.2, SIZE - 0.4, SIZE - 0.4, 1.5, stroke=1, fill=0)
    else:
        c.setFillColor(ACCENT)
        c.roundRect(x - 0.2, y - 0.2, SIZE + 0.4, SIZE + 0.4, 1.5, stroke=0, fill=1)
        c.setStrokeColor(white)
        path = c.beginPath()
        path.moveTo(x + 2, y + 4.5)
        path.lineTo(x + 4, y + 2.5)
        path.lineTo(x + 7.5, y + 7)
        c.drawPath(path, stroke=1, fill=0)
    c.setStrokeColor(Color(0, 0, 0))
    c.setFillColor(Color(0, 0, 0))


def _solid(c: canvas.Canvas, x: float, y: float, on: bool) -> None:
    c.rect(x, y, SIZE, SIZE, stroke=1, fill=1 if on else 0)


def _dot(c: canvas.Canvas, x: float, y: float, on: bool) -> None:
    c.rect(x, y, SIZE, SIZE)
    if on:
        c.circle(x + SIZE / 2, y + SIZE / 2, 2.5, stroke=0, fill=1)


def _circle(c: canvas.Canvas, x: float, y: float, on: bool) -> None:
    """A radio button: a circle, with a dot when chosen."""
    c.circle(x + SIZE / 2, y + SIZE / 2, SIZE / 2)
    if on:
        c.circle(x + SIZE / 2, y + SIZE / 2, 2.2, stroke=0, fill=1)


def _white_x(c: canvas.Canvas, x: float, y: float, on: bool) -> None:
    """An X drawn in white on a white box shows nothing: unticked."""
    c.rect(x, y, SIZE, SIZE)
    c.setStrokeColor(white)
    c.line(x, y, x + SIZE, y + SIZE)
    c.line(x, y + SIZE, x + SIZE, y)
    c.setStrokeColor(Color(0, 0, 0))


STYLES = [
    ("Kryss", _x_corner_to_corner),
    ("Nettleser", _browser),
    ("Fylt", _solid),
    ("Prikk", _dot),
    ("Rund", _circle),
]


def tick_styles_pdf(path: Path) -> Path:
    """One question per style, answered Ja (ticked) / Nei (empty); then a
    white X on a box, a box a long rule runs through, and two shapes that
    are no boxes: a coloured swatch in a legend and a filled bullet."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    top = 100
    for name, draw in STYLES:
        c.drawString(72, _y(top), f"{name}?")
        for x, option, on in ((200, "Ja", True), (250, "Nei", False)):
            draw(c, x, _y(top) - 1, on)
            c.drawString(x + SIZE + 4, _y(top), option)
        top += 24
    c.drawString(72, _y(top), "Usynlig?")
    _white_x(c, 200, _y(top) - 1, True)
    c.drawString(200 + SIZE + 4, _y(top), "Ja")
    top += 24
    c.drawString(72, _y(top), "Understreket?")
    c.rect(200, _y(top) - 1, SIZE, SIZE)
    c.drawString(200 + SIZE + 4, _y(top), "Ja")
    c.line(72, _y(top) + 3.5, 400, _y(top) + 3.5)
    top += 40
    c.setFillColor(ACCENT)
    c.rect(72, _y(top) - 1, SIZE, SIZE, stroke=0, fill=1)
    c.setFillColor(Color(0, 0, 0))
    c.drawString(72 + SIZE + 4, _y(top), "Budsjett 2020")
    c.circle(76, _y(top + 20) + 3.5, 3, stroke=0, fill=1)
    c.drawString(86, _y(top + 20), "Kulepunkt")
    c.save()
    return path


def running_text_boxes_pdf(path: Path) -> Path:
    """A browser's inline check boxes: the options run on in the text, and
    one wraps to the left edge of the next line before the next box."""
    c = canvas.Canvas(str(path), pagesize=A4)
    font, size = "Helvetica", 10
    c.setFont(font, size)
    left, right = 72, 430
    c.drawString(left, _y(80), "Kryss av for de prioriterte områdene tiltaket gjelder.")
    c.drawRightString(right, _y(95), "Side 1")
    top = 120
    x = left
    c.drawString(x, _y(top), "Prioritert område:")
    x += c.stringWidth("Prioritert område:", font, size) + 8
    for option, on in (("Bruk av ordinært arbeidsliv", False), ("Oppfølging av", True)):
        _browser(c, x, _y(top) - 1, on)
        c.drawString(x + SIZE + 4, _y(top), option)
        x += SIZE + 4 + c.stringWidth(option, font, size) + 8
    assert x + c.stringWidth("barnefamilier,", font, size) > right
    top += 14
    rest = "barnefamilier, ungdom og innvandrere"
    c.drawString(left, _y(top), rest)
    x = left + c.stringWidth(rest, font, size) + 8
    _browser(c, x, _y(top) - 1, False)
    c.drawString(x + SIZE + 4, _y(top), "Sikring av sårbare overganger")
    c.save()
    return path
