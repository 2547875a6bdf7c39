"""Shared renderers of corpus 57: Word tables and letters, reportlab pages, AcroForms and scans.

The ink, deterministic zips and LibreOffice conversion come from corpus 38's kit (mechanics only)."""
from __future__ import annotations

import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import (add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc,  # noqa: E402,F401
                   soffice_pdf, truth)

S18, S19, S20 = "nav-sosiale-tjenester-2018", "nav-sosiale-tjenester-2019", "nav-sosiale-tjenester-2020"


def orgnr(base8: str) -> str:
    """A valid organisation number: base8 plus its MOD11 check digit (base must not give 10)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    r = 0 if r == 11 else r
    assert r != 10, base8
    return base8 + str(r)


def spaced(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


# ---------------------------------------------------------------- Word
def docx_form(out: Path, heads, rows, sigs, footer=None, font="Calibri", intro=None, sig_head=None):
    """A two-column table form; rows are (label, value) or (section,) headings; sigs side by side:
    (place_date, ink seed or None, name, title)."""
    doc = new_doc(font=font, title=heads[0])
    for i, h in enumerate(heads):
        p = doc.add_paragraph()
        r = p.add_run(h)
        r.bold = i == 0
    if intro:
        doc.add_paragraph(intro)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for row in rows:
        c = t.add_row().cells
        if len(row) == 1:
            m = c[0].merge(c[1])
            cell_text(m, row[0], bold=True, shade="D9E2F3")
        else:
            cell_text(c[0], row[0], bold=True)
            cell_text(c[1], row[1])
    doc.add_paragraph()
    if sig_head:
        doc.add_paragraph(sig_head)
    st = doc.add_table(rows=4, cols=len(sigs))
    for i, (pd, seed, name, title) in enumerate(sigs):
        st.cell(0, i).paragraphs[0].add_run(pd)
        if seed:
            add_ink(st.cell(1, i).paragraphs[0], seed, 4.2)
        else:
            st.cell(1, i).paragraphs[0].add_run("\n\n")
        st.cell(2, i).paragraphs[0].add_run("_" * 28)
        st.cell(3, i).paragraphs[0].add_run(f"{name}\n{title}" if name else title)
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    save_doc(doc, out)


def docx_letter(out: Path, letterhead, paras, budget, sigs, footer=None, font="Cambria", closing=None):
    """A free letter: letterhead lines, paragraphs (str or ('h', heading)), a budget table, ink side by side."""
    doc = new_doc(font=font, title="Søknad")
    for line in letterhead:
        doc.add_paragraph(line)
    for p in paras:
        if isinstance(p, tuple):
            doc.add_paragraph().add_run(p[1]).bold = True
        elif p == "BUDGET":
            t = doc.add_table(rows=0, cols=len(budget[0]))
            t.style = "Light List Accent 1"
            for i, row in enumerate(budget):
                c = t.add_row().cells
                for j, v in enumerate(row):
                    cell_text(c[j], v, bold=i == 0)
        else:
            doc.add_paragraph(p)
    if closing:
        doc.add_paragraph(closing)
    if sigs:
        st = doc.add_table(rows=3, cols=len(sigs))
        for i, (pd, seed, name, title) in enumerate(sigs):
            if seed:
                add_ink(st.cell(0, i).paragraphs[0], seed, 4.0)
            st.cell(1, i).paragraphs[0].add_run(f"{name}\n{title}")
            if pd:
                st.cell(2, i).paragraphs[0].add_run(pd)
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    save_doc(doc, out)


# ---------------------------------------------------------------- reportlab
class Page:
    """A top-down writer on A4 with wrapping, new pages and a fixed footer."""

    def __init__(self, buf, font="LS", bold="LSB", size=10, footer=None):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        self.f, self.b, self.s, self.footer = font, bold, size, footer
        self.y = self.H - 60

    def need(self, h):
        if self.y - h < 70:
            self.foot()
            self.c.showPage()
            self.y = self.H - 60

    def foot(self):
        if self.footer:
            self.c.setFont(self.f, 7)
            self.c.drawString(60, 35, self.footer)

    def text(self, s, x=60, bold=False, size=None, width=470, dy=None):
        from reportlab.lib.utils import simpleSplit
        size = size or self.s
        font = self.b if bold else self.f
        for line in simpleSplit(s, font, size, width) or [""]:
            self.need(size + 4)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            self.y -= size + 4
        self.y -= (dy or 0)

    def pair(self, label, value, lx=60, vx=230):
        from reportlab.lib.utils import simpleSplit
        lines = simpleSplit(value, self.f, self.s, self.W - vx - 50) or [""]
        self.need((self.s + 4) * len(lines) + 6)
        self.c.setFont(self.b, self.s)
        self.c.drawString(lx, self.y, label)
        self.c.setFont(self.f, self.s)
        for ln in lines:
            self.c.drawString(vx, self.y, ln)
            self.y -= self.s + 4
        self.c.setLineWidth(0.3)
        self.c.line(lx, self.y + self.s - 2, self.W - 50, self.y + self.s - 2)
        self.y -= 4

    def inks(self, sigs):
        """Side-by-side signature blocks: (caption, place_date, ink seed or None, name, title)."""
        self.need(130)
        x0 = 60
        for cap, pd, seed, name, title in sigs:
            self.c.setFont(self.b, self.s)
            self.c.drawString(x0, self.y, cap)
            self.c.setFont(self.f, self.s)
            if pd:
                self.c.drawString(x0, self.y - 16, pd)
            if seed:
                self.c.drawImage(ink_reader(seed), x0, self.y - 70, 150, 44, mask="auto")
            self.c.line(x0, self.y - 72, x0 + 200, self.y - 72)
            for k, ln in enumerate(x for x in (name, title) if x):
                self.c.drawString(x0, self.y - 86 - 13 * k, ln)
            x0 += 250
        self.y -= 125

    def save(self):
        self.foot()
        self.c.save()


def scan(pdf_bytes: bytes, out: Path, seed: int, dpi=200, angle=0.8, quality=55):
    """Print-and-scan: render, rotate, lower contrast, speckle, JPEG, image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    pdf = pdfium.PdfDocument(pdf_bytes)
    rnd = random.Random(seed)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, expand=True, fillcolor=240)
        img = ImageEnhance.Contrast(img).enhance(0.8)
        px = img.load()
        w, h = img.size
        for _ in range(3000):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 190))
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb))
    import time
    fixed = time.gmtime(1580716800)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=fixed,
                  modDate=fixed)
