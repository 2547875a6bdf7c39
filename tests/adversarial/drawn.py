"""reportlab producer with a layout no office suite makes: landscape pages,
labels in small grey capitals ABOVE their answers, check boxes drawn as
squares with a cross, signatures placed side by side on one line."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.adversarial.render import Block, ink_png, stamp_png

_FONTS = {"Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
          "SansOblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
          "SansBold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}


def _fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


class _Pen:
    def __init__(self, out: Path, portrait: bool) -> None:
        self.size = A4 if portrait else landscape(A4)
        self.c = canvas.Canvas(str(out), pagesize=self.size)
        self.x0, self.width = 50, self.size[0] - 100
        self.y = self.size[1] - 50

    def need(self, h: float) -> None:
        if self.y - h < 50:
            self.new_page()

    def new_page(self) -> None:
        self.c.showPage()
        self.y = self.size[1] - 50

    def text(self, s: str, font: str = "Sans", size: float = 10, grey: float = 0.0, indent: float = 0) -> None:
        words, line = s.split(), ""
        per_line = int((self.width - indent) / (size * (0.68 if font == "SansBold" else 0.52)))
        lines = []
        for w in words:
            if len(line) + len(w) + 1 > per_line:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        for ln in lines:
            self.need(size + 4)
            self.c.setFont(font, size)
            self.c.setFillGray(grey)
            self.c.drawString(self.x0 + indent, self.y, ln)
            self.y -= size + 4
        self.c.setFillGray(0)


def draw_pdf(blocks: list[Block], out: Path, portrait: bool = False) -> Path:
    _fonts()
    pen = _Pen(out, portrait)
    c = pen.c
    for block in blocks:
        kind = block[0]
        if kind == "h":
            pen.y -= 6
            pen.text(block[1].upper(), "SansBold", 12)
            pen.y -= 2
        elif kind == "p":
            pen.text(block[1])
            pen.y -= 4
        elif kind == "help":
            pen.text(block[1], "SansOblique", 7.5, grey=0.5)
        elif kind == "kv":
            half = pen.width / 2
            pairs = list(block[1])
            for i in range(0, len(pairs), 2):
                pen.need(30)
                for j, (label, value) in enumerate(pairs[i:i + 2]):
                    x = pen.x0 + j * half
                    c.setFont("Sans", 6.5)
                    c.setFillGray(0.45)
                    c.drawString(x, pen.y, label.upper())
                    c.setFillGray(0)
                    c.setFont("Sans", 10)
                    c.drawString(x, pen.y - 12, value)
                pen.y -= 30
        elif kind == "grid":
            rows = block[1]
            col = pen.width / len(rows[0])
            for r, row in enumerate(rows):
                pen.need(16)
                for j, cell in enumerate(row):
                    c.setFont("SansBold" if r == 0 else "Sans", 9)
                    x = pen.x0 + j * col
                    if j and r:
                        c.drawRightString(x + col - 6, pen.y, str(cell))
                    else:
                        c.drawString(x + 2, pen.y, str(cell))
                c.setLineWidth(0.3)
                c.line(pen.x0, pen.y - 4, pen.x0 + pen.width, pen.y - 4)
                pen.y -= 16
            pen.y -= 4
        elif kind == "ask":
            pen.need(18)
            c.setFont("Sans", 10)
            c.drawString(pen.x0, pen.y, block[1])
            x = pen.x0 + c.stringWidth(block[1], "Sans", 10) + 14
            for option, on in block[2]:
                if x + 26 + c.stringWidth(option, "Sans", 10) > pen.x0 + pen.width:
                    pen.y -= 16
                    x = pen.x0 + 20
                c.rect(x, pen.y - 1, 9, 9)
                if on:
                    c.line(x, pen.y - 1, x + 9, pen.y + 8)
                    c.line(x, pen.y + 8, x + 9, pen.y - 1)
                c.drawString(x + 13, pen.y, option)
                x += 26 + c.stringWidth(option, "Sans", 10)
            pen.y -= 18
        elif kind == "sign":
            pen.need(80)
            slot = pen.width / len(block[1])
            for i, (caption, name, ink) in enumerate(block[1]):
                x = pen.x0 + i * slot
                if ink is not None:
                    png = ink_png(ink, out.parent / f"ink{ink}_{i}.png")
                    c.drawImage(str(png), x + 5, pen.y - 36, width=130, height=40, mask="auto")
                c.line(x, pen.y - 40, x + slot - 20, pen.y - 40)
                c.setFont("Sans", 8)
                c.drawString(x, pen.y - 50, caption)
                if name:
                    c.setFont("Sans", 10)
                    c.drawString(x, pen.y - 62, name)
            pen.y -= 76
        elif kind == "stamp":
            png = stamp_png(block[1], out.parent / "stamp.png")
            c.drawImage(str(png), pen.x0 + pen.width - 200, pen.y + 10, width=80, height=80, mask="auto")
        elif kind == "break":
            pen.new_page()
    c.save()
    return out
