"""Shared helpers of the 21st corpus: fonts, org numbers, ink, a PDF text writer with
several text-layer orders, scan step. Seeded; no network."""
from __future__ import annotations

import io
import math
import random
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = {
    "Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "SansB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "SerifB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Arial": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "ArialB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
}
for _n, _p in FONTS.items():
    if not Path(_p).exists():
        raise SystemExit(f"font missing: {_p}")
    pdfmetrics.registerFont(TTFont(_n, _p))


def org(prefix8: str, valid: bool = True) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * k for d, k in zip(prefix8, w))
    r = 11 - s % 11
    if r == 11:
        r = 0
    if r == 10:
        raise ValueError("prefix gives no valid number")
    if not valid:
        r = (r + 3) % 10
    return prefix8 + str(r)


def ink(c, x, y, w=120, seed=1, h=16):
    """a seeded handwritten-looking stroke (vector) with its left end at x, y."""
    rng = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(0.06, 0.1, 0.42)
    c.setLineWidth(1.25)
    c.setLineCap(1)
    p = c.beginPath()
    px, py = x, y + rng.uniform(0, h * 0.4)
    p.moveTo(px, py)
    n = 6 + rng.randint(0, 3)
    for i in range(n):
        nx = x + w * (i + 1) / n
        ny = y + rng.uniform(-h * 0.2, h)
        p.curveTo(px + rng.uniform(-8, 14), py + rng.uniform(-h, h * 1.4),
                  nx - rng.uniform(-8, 14), ny + rng.uniform(-h, h * 1.4), nx, ny)
        px, py = nx, ny
    p.moveTo(x + w * 0.1, y - 2)
    p.curveTo(x + w * 0.4, y + 3, x + w * 0.7, y - 4, x + w * 1.02, y + 1)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def ink_png(seed=1, w=560, h=150) -> bytes:
    from PIL import Image, ImageDraw
    rng = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    pts = []
    px, py = 20, h * 0.6
    for i in range(7):
        nx = 20 + (w - 40) * (i + 1) / 7
        ny = rng.uniform(h * 0.2, h * 0.8)
        c1 = (px + rng.uniform(-20, 60), py + rng.uniform(-60, 60))
        c2 = (nx - rng.uniform(-20, 60), ny + rng.uniform(-60, 60))
        for t in range(21):
            t /= 20
            bx = (1 - t) ** 3 * px + 3 * (1 - t) ** 2 * t * c1[0] + 3 * (1 - t) * t * t * c2[0] + t ** 3 * nx
            by = (1 - t) ** 3 * py + 3 * (1 - t) ** 2 * t * c1[1] + 3 * (1 - t) * t * t * c2[1] + t ** 3 * ny
            pts.append((bx, by))
        px, py = nx, ny
    d.line(pts, fill=(20, 30, 110, 255), width=5, joint="curve")
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def nok(n: int, sep=" ") -> str:
    return f"{n:,}".replace(",", sep)


class Writer:
    """Collects text with positions, then writes it in one of several content-stream orders:
    'plain' (one string per call), 'glyphs' (every glyph on its own, shuffled over the page),
    'words' (word by word, shuffled), 'spaced' (letters placed one by one with extra spacing)."""

    def __init__(self, c, mode="plain", seed=0):
        self.c, self.mode, self.rng, self.buf = c, mode, random.Random(seed), []

    def text(self, x, y, s, font="Sans", size=10, mode=None, spacing=1.3):
        mode = mode or self.mode
        if mode == "plain":
            self.c.setFont(font, size)
            self.c.drawString(x, y, s)
            return x + pdfmetrics.stringWidth(s, font, size)
        sp = pdfmetrics.stringWidth(" ", font, size) + (1.5 if mode != "spaced" else 3.5)
        cx = x
        for wi, word in enumerate(s.split(" ")):
            if wi:
                cx += sp
            if mode == "words":
                self.buf.append((cx, y, word, font, size))
                cx += pdfmetrics.stringWidth(word, font, size)
            else:
                for ch in word:
                    self.buf.append((cx, y, ch, font, size))
                    cx += pdfmetrics.stringWidth(ch, font, size) + (spacing if mode == "spaced" else 0)
        return cx

    def smallcaps(self, x, y, s, font="SansB", size=11):
        """small capitals: capitals at full size, lower case as capitals at 75 %, each its own run."""
        cx = x
        for ch in s:
            sz = size if (ch.isupper() or not ch.isalpha()) else size * 0.75
            t = ch.upper()
            self.c.setFont(font, sz)
            self.c.drawString(cx, y, t)
            cx += pdfmetrics.stringWidth(t, font, sz) + 0.4
        return cx

    def flush(self):
        if self.mode in ("glyphs", "words"):
            self.rng.shuffle(self.buf)
        for x, y, s, font, size in self.buf:
            self.c.setFont(font, size)
            self.c.drawString(x, y, s)
        self.buf = []


def box(c, x, y, on, size=8, style="x"):
    c.saveState()
    c.setLineWidth(0.7)
    if style == "circle":
        c.circle(x + size / 2, y + size / 2, size / 2, stroke=1, fill=0)
        if on:
            c.circle(x + size / 2, y + size / 2, size / 4.2, stroke=0, fill=1)
    else:
        c.rect(x, y, size, size, stroke=1, fill=0)
        if on:
            c.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5)
            c.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5)
    c.restoreState()


def scan(pdf_bytes: bytes, out: Path, dpi=150, seed=0, angle=1.6, contrast=0.55, jpeg=38):
    """print and scan: render, grey, low contrast, a shadow down the left edge, a small
    angle, JPEG artefacts, image-only PDF at `dpi`."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    import numpy as np
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        a = np.asarray(im, dtype=np.float32)
        a = 95 + a * contrast
        h, w = a.shape
        shade = np.clip(np.linspace(0.55, 1.0, w // 5), 0, 1)
        a[:, : w // 5] *= shade[None, :]
        a += rng.normal(0, 6, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, expand=False,
                       fillcolor=200).filter(ImageFilter.GaussianBlur(0.5))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=jpeg)
        pages.append(Image.open(io.BytesIO(b.getvalue())))
    doc.close()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
