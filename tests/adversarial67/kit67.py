"""Helpers of corpus 67: org numbers, Word paragraphs with strike-through, reportlab pages, a PIL scan."""
from __future__ import annotations

import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import (S20, add_ink, cell_text, ink_png, ink_reader, new_doc, register_fonts,  # noqa: E402,F401
                   save_doc, soffice_pdf, truth)


def orgnr(first8: str) -> str:
    """A valid organisation number (MOD11) from eight digits."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(first8, w)) % 11
    assert r not in (10,), first8
    return first8 + ("0" if r == 11 else str(r))


def para(doc, *parts, bold=False, size=None):
    """A paragraph of runs: str, or (text, 'strike'|'bold'|'italic')."""
    from docx.shared import Pt
    p = doc.add_paragraph()
    for part in parts:
        text, style = (part, None) if isinstance(part, str) else part
        r = p.add_run(text)
        r.bold = bold or style == "bold"
        r.italic = style == "italic"
        if style == "strike":
            r.font.strike = True
        if size:
            r.font.size = Pt(size)
    return p


def table(doc, rows, style="Table Grid", widths=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            if isinstance(v, tuple) and v[0] == "ink":
                add_ink(c.paragraphs[0], v[1], 3.5)
                for line in v[2:]:
                    c.add_paragraph(line)
            else:
                cell_text(c, v)
    return t


class Pages:
    """A reportlab canvas writing lines top-down, with a running header/footer and page breaks."""

    def __init__(self, out, header="", footer="", font="DV", watermark=None, size=10):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.header, self.footer, self.font, self.wm, self.size = header, footer, font, watermark, size
        self.page = 1
        self._start()

    def _start(self):
        c = self.c
        if self.wm:
            c.saveState()
            c.setFillGray(0.85)
            c.setFont("DVB", 80)
            c.translate(self.W / 2, self.H / 2)
            c.rotate(45)
            c.drawCentredString(0, 0, self.wm)
            c.restoreState()
        c.setFont(self.font, 8)
        if self.header:
            c.drawString(50, self.H - 30, self.header)
            c.line(50, self.H - 34, self.W - 50, self.H - 34)
        if self.footer:
            c.line(50, 42, self.W - 50, 42)
            c.drawString(50, 30, self.footer.replace("{n}", str(self.page)))
        self.y = self.H - 60

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self._start()

    def need(self, h):
        if self.y - h < 60:
            self.newpage()

    def line(self, text, bold=False, size=None, x=50, gap=None):
        size = size or self.size
        self.need(size + 4)
        self.c.setFont((self.font + "B") if bold and self.font in ("DV", "LS", "DVS") else self.font, size)
        self.c.drawString(x, self.y, text)
        self.y -= gap or (size + 5)

    def row(self, cols, xs, bold=False, box=True):
        self.need(18)
        self.c.setFont((self.font + "B") if bold else self.font, self.size)
        for t, x in zip(cols, xs):
            if isinstance(x, tuple):
                self.c.drawRightString(x[0], self.y, t)
            else:
                self.c.drawString(x, self.y, t)
        if box:
            self.c.line(xs[0] - 4 if not isinstance(xs[0], tuple) else 46, self.y - 4, self.W - 50, self.y - 4)
        self.y -= 17

    def ink(self, seed, x, w=150, h=42):
        self.need(h + 5)
        self.c.drawImage(ink_reader(seed), x, self.y - h + 12, w, h, mask="auto")

    def save(self):
        self.c.showPage()
        self.c.save()


def scan_pdf(lines, out, seed, inks=()):
    """A greyscale 150 dpi 'scan' drawn with PIL: text lines, ink scrawls, skew and speckle."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 21)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 26)
    y = 90
    for ln in lines:
        if ln.startswith("#"):
            d.text((90, y), ln[1:], font=fb, fill=25)
            y += 44
        elif ln.startswith("@ink"):
            _, s = ln.split(" ", 1)
            ink = Image.open(io.BytesIO(ink_png(s))).convert("LA").resize((300, 86))
            img.paste(ink.convert("L"), (110, y), ink.split()[1])
            y += 86
        else:
            d.text((90, y), ln, font=f, fill=35)
            y += 33
    for _ in range(1500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        d.point((x, yy), fill=rnd.randint(90, 190))
    img = img.rotate(0.9, fillcolor=245, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.5))
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=55)
    import time
    when = time.gmtime(1580378400)  # 2020-01-30 10:00 UTC: fixed, so the build is byte-identical
    Image.open(b).save(str(out), "PDF", resolution=150.0, creationDate=when, modDate=when)
