"""Mechanics of corpus 42: org numbers, Word and PDF renderers, scan and PAdES (reusing corpus 38's kit)."""
from __future__ import annotations

import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import S20, add_ink, cell_text, ink_png, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

W8 = (3, 2, 7, 6, 5, 4, 3, 2)


def org(base: str, valid: bool = True) -> str:
    """A 9-digit organisation number from an 8-digit base: the MOD11 check digit (or a wrong one)."""
    b = int(base)
    while True:
        digits = [int(c) for c in f"{b:08d}"]
        r = 11 - sum(d * w for d, w in zip(digits, W8)) % 11
        if r != 10:
            chk = 0 if r == 11 else r
            break
        b += 1
    return f"{b:08d}{(chk + 3) % 10 if not valid else chk}"


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


# ---------------------------------------------------------------- reportlab page with a cursor
class Page:
    def __init__(self, target, font="LS", bold="LSB", size=10, top=60):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b, self.s, self.top = font, bold, size, top
        self.y = self.H - top

    def text(self, s, x=56, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy if dy is not None else size + 6

    def wrap(self, s, width=98, x=56):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.need(80)
            self.text(line, x=x)

    def row(self, label, value, x2=220, box=False):
        self.need(80)
        if box:
            self.c.setLineWidth(0.5)
            self.c.rect(50, self.y - 5, self.W - 100, self.s + 9)
            self.c.line(x2 - 6, self.y - 5, x2 - 6, self.y + self.s + 4)
        self.c.setFont(self.f, self.s)
        self.c.drawString(56, self.y, label)
        self.c.drawString(x2, self.y, value)
        self.y -= self.s + (9 if box else 6)

    def ink(self, seed, x, y, w=140, h=40):
        self.c.drawImage(ink_reader(seed), x, y, w, h, mask="auto")

    def need(self, dy):
        if self.y < dy:
            self.page()

    def page(self):
        self.c.showPage()
        self.y = self.H - self.top

    def save(self):
        self.c.save()


# ---------------------------------------------------------------- a printed-and-scanned page drawn with Pillow
def scan_pdf(pages, out: Path, seed: str, angle=0.9, dpi=200, quality=45) -> None:
    """``pages``: lists of (kind, payload) with kind "t" (text line), "b" (bold line), "gap", or
    "ink" (seed, x_mm) drawn on the current line. Rendered at ``dpi``, rotated, noised, JPEG'd."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    fr = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", int(dpi * 0.14))
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", int(dpi * 0.16))
    mm = dpi / 25.4
    imgs = []
    for lines in pages:
        img = Image.new("L", (int(210 * mm), int(297 * mm)), 250)
        d = ImageDraw.Draw(img)
        y = 22 * mm
        for kind, payload in lines:
            if kind == "gap":
                y += payload * mm
                continue
            if kind == "ink":
                s, x = payload
                ink = Image.open(io.BytesIO(ink_png(s))).convert("RGBA").resize((int(48 * mm), int(14 * mm)))
                grey = Image.new("L", ink.size, 40)
                img.paste(grey, (int(x * mm), int(y - 11 * mm)), ink.split()[3])
                continue
            d.text((int(22 * mm), int(y)), payload, fill=25, font=fb if kind == "b" else fr)
            y += 6.2 * mm
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=235, expand=False)
        px = img.load()
        for _ in range(int(img.width * img.height * 0.002)):
            px[rnd.randrange(img.width), rnd.randrange(img.height)] = rnd.choice((30, 90, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        b = io.BytesIO()
        img.save(b, "JPEG", quality=quality)
        imgs.append(Image.open(io.BytesIO(b.getvalue())).convert("RGB"))
    imgs[0].save(str(out), "PDF", resolution=float(dpi), save_all=True, append_images=imgs[1:])
    _fix_pdf(out)


def _fix_pdf(out: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    w = PdfWriter(clone_from=PdfReader(str(out)))
    w.add_metadata({"/CreationDate": "D:20200124120000+01'00'", "/Producer": "Canon iR-ADV C5535"})
    w._ID = ArrayObject([ByteStringObject(b"adv42" * 3 + b"y"), ByteStringObject(b"adv42" * 3 + b"y")])
    with open(out, "wb") as f:
        w.write(f)


# ---------------------------------------------------------------- Word bits
def para(doc, text="", bold=False, size=None, italic=False, align=None):
    from docx.shared import Pt
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "right":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows, widths=None, style="Table Grid", shade_first=None, bold_first=False):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, bold=bold_first and i == 0, shade=shade_first if i == 0 else None)
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def ink_cell(cell, seed, width_cm=4.2):
    p = cell.paragraphs[0]
    add_ink(p, seed, width_cm)
