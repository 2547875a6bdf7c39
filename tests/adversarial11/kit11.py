"""Shared helpers of the eleventh corpus: seeded ink, deterministic zips, raw Word XML and a small
reportlab page writer. Nothing here knows the extractor; it only makes documents."""
from __future__ import annotations

import io
import math
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {
    "Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Sans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "Serif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def _strokes(seed: int, w: float, h: float) -> list[list[tuple[float, float]]]:
    """A signature-like scribble: a few connected loops moving right."""
    r = random.Random(seed)
    strokes = []
    x = w * 0.05
    for _ in range(r.randint(2, 3)):
        pts = []
        n = r.randint(25, 40)
        span = w * r.uniform(0.25, 0.4)
        for i in range(n):
            t = i / (n - 1)
            px = x + span * t + 6 * math.sin(t * 17 + seed)
            py = h * 0.5 + h * 0.32 * math.sin(t * r.uniform(9, 14) + r.random()) * (1 - 0.4 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span * 0.9
    return strokes


def ink_png(seed: int, size=(360, 110)) -> bytes:
    """A blue-black ink signature as a PNG with a transparent background."""
    img = Image.new("RGBA", size, (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for pts in _strokes(seed, *size):
        d.line(pts, fill=(20, 30, 90, 255), width=3, joint="curve")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def ink_vector(c: canvas.Canvas, seed: int, x: float, y: float, w=150, h=40) -> None:
    """Draw the same kind of scribble as vector strokes at (x, y) (bottom-left)."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.38)
    c.setLineWidth(1.3)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pts in _strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + h - pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(x + px, y + h - py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def ink_image(c: canvas.Canvas, seed: int, x: float, y: float, w=140, h=43) -> None:
    """Place an ink PNG on a reportlab page."""
    c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")


def normalize_zip(path: Path) -> None:
    """Rewrite a zip (docx) with fixed timestamps and order, so every build is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 20, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


class Writer:
    """A tiny top-down text writer over a reportlab canvas (A4, points)."""

    def __init__(self, path: Path, font="Sans", size=10, margin=56, title="Dokument"):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.font, self.size, self.m = font, size, margin
        self.W, self.H = A4
        self.y = self.H - margin

    def need(self, h: float) -> None:
        if self.y - h < self.m:
            self.page()

    def page(self) -> None:
        self.c.showPage()
        self.y = self.H - self.m

    def text(self, s: str, font=None, size=None, x=None, gap=1.45) -> None:
        size = size or self.size
        self.need(size * gap)
        self.c.setFont(font or self.font, size)
        self.c.drawString(self.m if x is None else x, self.y - size, s)
        self.y -= size * gap

    def para(self, s: str, width_chars=95, **kw) -> None:
        line = ""
        for word in s.split():
            if len(line) + len(word) + 1 > width_chars:
                self.text(line, **kw)
                line = word
            else:
                line = f"{line} {word}".strip()
        if line:
            self.text(line, **kw)

    def gap(self, h=8) -> None:
        self.y -= h

    def rows(self, rows, xs, font=None, size=None, rule=False) -> None:
        """A table row per tuple; each cell starts at the matching x."""
        size = size or self.size
        for row in rows:
            self.need(size * 1.7)
            self.c.setFont(font or self.font, size)
            for x, cell in zip(xs, row):
                if cell:
                    self.c.drawString(x, self.y - size, cell)
            if rule:
                self.c.setLineWidth(0.4)
                self.c.line(xs[0] - 3, self.y - size * 1.45, self.W - self.m, self.y - size * 1.45)
            self.y -= size * 1.7

    def save(self) -> None:
        self.c.save()
