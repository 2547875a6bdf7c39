"""Shared drawing helpers of the fifth adversarial corpus: fonts found on this machine,
seeded ink (vector strokes and PNG pictures), a small reportlab page writer, page-to-image
rendering and image-only PDFs. Written without reading the extractor."""
from __future__ import annotations

import io
import math
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FILES = {
    "DV": "DejaVuSans.ttf", "DVB": "DejaVuSans-Bold.ttf", "DVI": "DejaVuSans-Oblique.ttf",
    "LS": "LiberationSans-Regular.ttf", "LSB": "LiberationSans-Bold.ttf",
    "LSer": "LiberationSerif-Regular.ttf", "LSerB": "LiberationSerif-Bold.ttf",
    "LM": "LiberationMono-Regular.ttf", "LSNI": "LiberationSansNarrow-Italic.ttf",
    "DVSC": "DejaVuSansCondensed.ttf", "DVSCB": "DejaVuSansCondensed-Bold.ttf",
}
_FOUND: dict[str, str] = {}


def font_path(key: str) -> str:
    """Path of one of FONT_FILES, searched under /usr/share/fonts at build time."""
    if key not in _FOUND:
        hits = sorted(Path("/usr/share/fonts").rglob(FONT_FILES[key]))
        if not hits:
            raise SystemExit(f"font {FONT_FILES[key]} not found under /usr/share/fonts")
        _FOUND[key] = str(hits[0])
    return _FOUND[key]


_REG = False


def register() -> None:
    global _REG
    if not _REG:
        for k in FONT_FILES:
            pdfmetrics.registerFont(TTFont(k, font_path(k)))
        _REG = True


def orgnr(base: int) -> str:
    """The first valid 9-digit organisation number (MOD11) at or after base*10."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    b = base
    while True:
        d = [int(x) for x in f"{b:08d}"]
        r = 11 - sum(x * y for x, y in zip(d, w)) % 11
        if r == 11:
            r = 0
        if r != 10:
            return f"{b:08d}{r}"
        b += 1


def spaced(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


# ---------------------------------------------------------------- ink
def _stroke_points(rnd: random.Random, w: float, h: float) -> list[list[tuple[float, float]]]:
    strokes = []
    x = 0.05 * w
    for _ in range(rnd.randint(2, 3)):
        pts = []
        seg = rnd.uniform(0.25, 0.4) * w
        n = 40
        amp = rnd.uniform(0.25, 0.45) * h
        freq = rnd.uniform(3, 6)
        ph = rnd.uniform(0, 6)
        for i in range(n):
            t = i / (n - 1)
            px = x + t * seg
            py = h * 0.5 + amp * math.sin(ph + t * freq * math.pi) * (0.6 + 0.4 * math.sin(t * 7))
            pts.append((px, py))
        strokes.append(pts)
        x += seg * rnd.uniform(0.7, 1.0)
        if x > 0.9 * w:
            break
    # an underline flourish
    y0 = h * rnd.uniform(0.1, 0.25)
    strokes.append([(0.1 * w + i * 0.08 * w, y0 + math.sin(i) * 2) for i in range(10)])
    return strokes


def ink_vector(c: canvas.Canvas, x: float, y: float, w: float = 130, h: float = 32, seed: int = 0) -> None:
    """Drawn (vector) ink, as a tablet or Acrobat 'draw' signature leaves it."""
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.1, 0.45)
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pts in _stroke_points(rnd, w, h):
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(x + px, y + py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def ink_png(seed: int, w: int = 420, h: int = 120, colour=(20, 30, 110, 255)) -> io.BytesIO:
    """Ink as a transparent PNG picture (a scanned or pasted signature)."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for pts in _stroke_points(rnd, w, h):
        d.line([(px, h - py) for px, py in pts], fill=colour, width=3, joint="curve")
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def ink_on_image(im, x: int, y: int, w: int, h: int, seed: int, colour=(25, 35, 100), width: int = 3) -> None:
    from PIL import ImageDraw
    d = ImageDraw.Draw(im)
    rnd = random.Random(seed)
    for pts in _stroke_points(rnd, w, h):
        d.line([(x + px, y + h - py) for px, py in pts], fill=colour, width=width, joint="curve")


# ---------------------------------------------------------------- reportlab writer
class Writer:
    """A page writer with a cursor: paragraphs, label/value lines, check boxes."""

    def __init__(self, path, size=A4, margin=56, font="LS", bold="LSB", header=None):
        register()
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.W, self.H = size
        self.m = margin
        self.font, self.bold = font, bold
        self.header = header  # callable(writer, page_no) drawn on every page
        self.page = 1
        self._start()

    def _start(self):
        if self.header:
            self.header(self, self.page)
        self.y = self.H - self.m - (20 if self.header else 0)

    def new_page(self, size=None):
        self.c.showPage()
        if size:
            self.c.setPageSize(size)
            self.W, self.H = size
        self.page += 1
        self._start()

    def need(self, h):
        if self.y - h < self.m + 10:
            self.new_page()

    def text(self, x, y, s, font=None, size=10):
        self.c.setFont(font or self.font, size)
        self.c.drawString(x, y, s)

    def para(self, s, size=10, font=None, x=None, width=None, leading=None, gap=4):
        x = self.m if x is None else x
        width = width or (self.W - x - self.m)
        leading = leading or size * 1.3
        lines = simpleSplit(s, font or self.font, size, width)
        for ln in lines:
            self.need(leading)
            self.text(x, self.y - size, ln, font, size)
            self.y -= leading
        self.y -= gap

    def heading(self, s, size=12):
        self.need(size * 2.5)
        self.y -= 6
        self.para(s, size=size, font=self.bold, gap=4)

    def lv(self, label, value, lx=None, vx=None, size=10, vfont=None, rule=False):
        lx = self.m if lx is None else lx
        vx = vx or lx + 170
        lines = simpleSplit(value, vfont or self.font, size, self.W - vx - self.m) or [""]
        self.need(size * 1.4 * len(lines) + 4)
        self.text(lx, self.y - size, label, self.bold, size)
        for i, ln in enumerate(lines):
            self.text(vx, self.y - size - i * size * 1.35, ln, vfont, size)
        if rule:
            self.c.setLineWidth(0.3)
            self.c.line(lx, self.y - size * 1.35 * len(lines) - 1, self.W - self.m, self.y - size * 1.35 * len(lines) - 1)
        self.y -= size * 1.35 * len(lines) + 5

    def box(self, x, y, ticked, s=9):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, s, s)
        if ticked:
            self.c.setLineWidth(1.2)
            self.c.line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5)
            self.c.line(x + 1.5, y + s - 1.5, x + s - 1.5, y + 1.5)

    def check(self, label, ticked, size=10, x=None):
        x = self.m if x is None else x
        lines = simpleSplit(label, self.font, size, self.W - x - 16 - self.m)
        self.need(size * 1.4 * len(lines) + 4)
        self.box(x, self.y - size, ticked)
        for i, ln in enumerate(lines):
            self.text(x + 16, self.y - size - i * size * 1.3, ln, None, size)
        self.y -= size * 1.3 * len(lines) + 5

    def sigblock(self, x, y, name, title, date, seed=None, width=200, date_label="Dato", size=9):
        """Ink (if seed) on a line at y; name and title under it; date under that."""
        if seed is not None:
            ink_vector(self.c, x + 10, y + 2, w=min(150, width - 20), h=30, seed=seed)
        self.c.setLineWidth(0.6)
        self.c.line(x, y, x + width, y)
        if name:
            self.text(x, y - 12, name, None, size)
        if title:
            self.text(x, y - 24, title, None, size)
        if date is not None:
            self.text(x, y - 36, f"{date_label}: {date}" if date_label else date, None, size)

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- scans
def render_pages(pdf_path, dpi: int):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def images_to_pdf(images, out, dpi):
    first, rest = images[0], images[1:]
    import time
    fixed = time.gmtime(1580385600)  # 2020-01-30 12:00 UTC: the same bytes on every build
    first.save(str(out), "PDF", save_all=True, append_images=rest, resolution=dpi,
               creationDate=fixed, modDate=fixed)
