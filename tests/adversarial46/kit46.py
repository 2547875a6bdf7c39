"""Shared mechanics of corpus 46 (tester46): one letter model rendered as .docx, as LibreOffice PDF, as a
reportlab PDF (with or without ink), as a scan, or PAdES-signed. The letters' words live in letters46*.py."""
from __future__ import annotations

import datetime
import io
import random
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
W = [3, 2, 7, 6, 5, 4, 3, 2]


def orgnr(prefix8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with a correct MOD11 check digit (or a wrong one)."""
    for bump in range(50):
        p = str(int(prefix8) + bump)
        r = 11 - sum(int(d) * w for d, w in zip(p, W)) % 11
        if r == 10:
            continue
        c = 0 if r == 11 else r
        if not valid:
            c = (c + 3) % 10
        return p + str(c)
    raise ValueError(prefix8)


def spaced(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


class Letter:
    """A letter: letterhead lines, addressee/date lines, a bold title, paragraphs, an optional budget table,
    more paragraphs, a closing, signatures (``side``: next to each other, ``stack``: one after the other),
    lines after the signatures, and footer lines."""

    def __init__(self, head, title, paras, *, table=None, after=(), closing="Med vennlig hilsen", sigs=(),
                 layout="side", tail=(), footer=(), meta=(), font="Calibri"):
        self.head, self.title, self.paras, self.table = list(head), title, list(paras), table
        self.after, self.closing, self.sigs, self.layout = list(after), closing, list(sigs), layout
        self.tail, self.footer, self.meta, self.font = list(tail), list(footer), list(meta), font


# ------------------------------------------------------------------ Word
def docx_letter(L: Letter, out: Path) -> None:
    doc = new_doc(L.font, 11, "Søknad")
    for i, line in enumerate(L.head):
        p = doc.add_paragraph(line)
        if i == 0:
            p.runs[0].bold = True
    if L.meta:
        t = doc.add_table(rows=len(L.meta), cols=2)
        for r, (a, b) in enumerate(L.meta):
            t.cell(r, 0).text, t.cell(r, 1).text = a, b
    doc.add_paragraph()
    doc.add_paragraph(L.title).runs[0].bold = True
    for para in L.paras:
        doc.add_paragraph(para)
    if L.table:
        b = doc.add_table(rows=0, cols=len(L.table[0]))
        b.style = "Table Grid"
        for row in L.table:
            cells = b.add_row().cells
            for c, x in zip(cells, row):
                c.text = x
    for para in L.after:
        doc.add_paragraph(para)
    doc.add_paragraph(L.closing)
    _docx_sigs(doc, L)
    for para in L.tail:
        doc.add_paragraph(para)
    if L.footer:
        fp = doc.sections[0].footer.paragraphs[0]
        fp.text = "  |  ".join(L.footer)
    save_doc(doc, out)


def _docx_sigs(doc, L: Letter) -> None:
    if not L.sigs:
        return
    if L.layout == "side":
        t = doc.add_table(rows=3, cols=len(L.sigs))
        for i, (seed, name, title) in enumerate(L.sigs):
            if seed:
                add_ink(t.cell(0, i).paragraphs[0], seed, 4.0)
            t.cell(1, i).text = name
            t.cell(2, i).text = title
        return
    for seed, name, title in L.sigs:
        p = doc.add_paragraph()
        if seed:
            add_ink(p, seed, 4.0)
        if L.layout == "slash":
            doc.add_paragraph(f"{name} / {title}")
        else:
            doc.add_paragraph(name)
            doc.add_paragraph(title)


def office_pdf(L: Letter, out: Path) -> None:
    tmp = out.with_suffix(".tmp.docx")
    docx_letter(L, tmp)
    soffice_pdf(tmp, out)
    tmp.unlink()


# ------------------------------------------------------------------ reportlab
class Pen:
    def __init__(self, target, font="DV", bold="DVB", size=10.5):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.H = A4[1]
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b, self.s = font, bold, size
        self.y = self.H - 60
        self.footer: list[str] = []

    def need(self, dy):
        if self.y - dy < 70:
            self._foot()
            self.c.showPage()
            self.y = self.H - 60

    def _foot(self):
        if self.footer:
            self.c.setFont(self.f, 8)
            self.c.drawString(60, 40, "   ·   ".join(self.footer))

    def line(self, s, x=60, bold=False, size=None):
        size = size or self.s
        self.need(size + 5)
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= size + 5

    def para(self, s, width=92):
        for ln in textwrap.wrap(s, width):
            self.line(ln)
        self.y -= 6

    def save(self):
        self._foot()
        self.c.save()


def pdf_letter(L: Letter, target, *, font=("DV", "DVB"), ink=True, approval_only=False) -> None:
    p = Pen(target, *font)
    p.footer = L.footer
    for i, line in enumerate(L.head):
        p.line(line, bold=i == 0, size=13 if i == 0 else None)
    for a, b in L.meta:
        p.line(a, x=330)
        p.y += p.s + 5
        p.line(b, x=430)
    p.y -= 12
    p.line(L.title, bold=True, size=12)
    p.y -= 6
    for para in L.paras:
        p.para(para)
    if L.table:
        n = len(L.table[0])
        for row in L.table:
            p.need(20)
            p.c.setFont(p.f, p.s)
            p.c.drawString(60, p.y, row[0])
            for j, cell in enumerate(row[1:]):
                p.c.drawRightString(330 + (j + 1) * 200 / (n - 1), p.y, cell)
            p.c.line(60, p.y - 4, 535, p.y - 4)
            p.y -= 18
        p.y -= 8
    for para in L.after:
        p.para(para)
    p.line(L.closing)
    p.y -= 6
    if L.sigs:
        p.need(110)
        if L.layout == "side":
            y = p.y
            for i, (seed, name, title) in enumerate(L.sigs):
                x = 60 + i * 250
                if seed and ink:
                    p.c.drawImage(ink_reader(seed), x, y - 45, 140, 40, mask="auto")
                p.c.setFont(p.f, p.s)
                p.c.drawString(x, y - 60, name)
                p.c.drawString(x, y - 74, title)
            p.y = y - 95
        else:
            for seed, name, title in L.sigs:
                p.need(90)
                if seed and ink:
                    p.c.drawImage(ink_reader(seed), 60, p.y - 42, 140, 40, mask="auto")
                    p.y -= 50
                if L.layout == "slash":
                    p.line(f"{name} / {title}")
                else:
                    p.line(name)
                    p.line(title)
                p.y -= 10
    for para in L.tail:
        p.para(para)
    p.save()


def scanned(L: Letter, out: Path, seed: int, dpi=200, angle=-0.9) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    buf = io.BytesIO()
    pdf_letter(L, buf, font=("DVS", "DVSB"))
    pdf = pdfium.PdfDocument(buf.getvalue())
    pages = []
    rnd = random.Random(seed)
    for k in range(len(pdf)):
        img = pdf[k].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=240)
        img = ImageEnhance.Contrast(img).enhance(0.85)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 210))
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=60)
        pages.append(Image.open(jb))
    import time
    fixed = time.gmtime(1579510800)  # 2020-01-20 09:00 UTC: Pillow stamps the build time otherwise
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=fixed,
                  modDate=fixed)


def pades_letter(L: Letter, out: Path, signers_) -> None:
    """``signers_``: [(cn, org, field, when)]; the printed letter carries no ink, only the PAdES signatures."""
    import tempfile
    sys.path.insert(0, str(HERE.parent / "adversarial38"))
    from pdf38 import _self_signed, _sign
    buf = io.BytesIO()
    pdf_letter(L, buf, font=("LS", "LSB"), ink=False)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for i, (cn, org, field, when) in enumerate(signers_):
            s = _self_signed(Path(td), cn, org)
            data = _sign(data, field, (60 + 250 * i, 80, 260 + 250 * i, 120), s, when)
    out.write_bytes(data)


TZ = datetime.timezone(datetime.timedelta(hours=1))
