"""Shared drawing kit of the sixth corpus: fonts, a flowing reportlab page writer, seeded ink,
org numbers, scans. Written from scratch for this corpus."""
from __future__ import annotations

import io
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FILES = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "liberation/LiberationSerif-Italic.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "DejaVu-B": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
}


def fonts() -> None:
    """Register the TrueType fonts once; stop with a clear message if one is missing."""
    for name, rel in FONT_FILES.items():
        if name in pdfmetrics.getRegisteredFontNames():
            continue
        hits = list(Path("/usr/share/fonts").rglob(Path(rel).name))
        if not hits:
            raise SystemExit(f"font {rel} not found under /usr/share/fonts")
        pdfmetrics.registerFont(TTFont(name, str(hits[0])))


def org(prefix8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with a right (or deliberately wrong) MOD11 check digit."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(prefix8, w)) % 11
    cd = 0 if r == 11 else r
    if cd == 10:
        raise ValueError(prefix8)
    if not valid:
        cd = (cd + 3) % 10
    return prefix8 + str(cd)


def ink(c, x, y, w=130, h=22, seed=1, color=(0.05, 0.1, 0.45)):
    """A seeded scribble of vector strokes: a signature without any text."""
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y + rnd.uniform(0, h / 2))
    cx = x
    for _ in range(rnd.randint(5, 8)):
        step = w / 7
        p.curveTo(cx + step * 0.3, y + rnd.uniform(0, h), cx + step * 0.7, y + rnd.uniform(-h / 3, h),
                  cx + step, y + rnd.uniform(0, h * 0.7))
        cx += step
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + w * 0.1, y - 3, x + w * 0.8, y - 1 + rnd.uniform(-2, 2))
    c.restoreState()


def ink_png(seed=1, w=360, h=90) -> io.BytesIO:
    """The same kind of scribble as a transparent PNG for Word files."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = [(10 + i * (w - 20) / 24, rnd.uniform(15, h - 15)) for i in range(25)]
    d.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    d.line([(30, h - 12), (w - 60, h - 18)], fill=(20, 30, 110, 255), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


class Page:
    """A top-down text writer on a reportlab canvas with wrapping and page breaks."""

    def __init__(self, path, font="LibSans", bold="LibSans-B", size=10.5, lead=1.45, margin=60,
                 footer=None, pagesize=A4):
        fonts()
        self.c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
        self.W, self.H = pagesize
        self.font, self.bold, self.size, self.lead, self.m = font, bold, size, lead, margin
        self.footer = footer
        self.pageno = 1
        self.y = self.H - margin

    def need(self, h):
        if self.y - h < self.m + 20:
            self.newpage()

    def newpage(self):
        if self.footer:
            self.footer(self.c, self.pageno)
        self.c.showPage()
        self.pageno += 1
        self.y = self.H - self.m

    def text(self, s, size=None, font=None, x=None, color=(0, 0, 0), gap=0):
        size = size or self.size
        font = font or self.font
        x = self.m if x is None else x
        maxw = self.W - self.m - x
        words, line, lines = s.split(" "), "", []
        for wd in words:
            t = (line + " " + wd).strip()
            if pdfmetrics.stringWidth(t, font, size) > maxw and line:
                lines.append(line)
                line = wd
            else:
                line = t
        lines.append(line)
        for ln in lines:
            self.need(size * self.lead)
            self.y -= size * self.lead
            self.c.setFillColorRGB(*color)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, ln)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= gap

    def kv(self, label, value, lw=190, size=None):
        size = size or self.size
        self.need(size * self.lead * 2)
        y0 = self.y
        self.text(label, font=self.bold, size=size)
        y1 = self.y
        self.y = y0
        self.text(value, x=self.m + lw, size=size)
        self.y = min(self.y, y1) - 3

    def space(self, h):
        self.y -= h

    def save(self):
        if self.footer:
            self.footer(self.c, self.pageno)
        self.c.save()


def scan(pdf_in: Path, pdf_out: Path, *, dpi=200, rotate=0, order=None, seed=1, skew=0.6):
    """Print-and-scan: render each page, grey it, add noise and a slight skew, turn it by
    ``rotate`` degrees (90: a portrait page fed sideways), put pages in ``order``, and write an
    image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf_in))
    imgs = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(rnd.uniform(-skew, skew), fillcolor=255, expand=False, resample=Image.BICUBIC)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 90, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        if rotate:
            im = im.rotate(rotate, expand=True, fillcolor=255)
        imgs.append(im)
    doc.close()
    if order:
        imgs = [imgs[k] for k in order]
    buf = io.BytesIO()
    imgs[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    pdf_out.write_bytes(buf.getvalue())
