"""Renderers of corpus 85: letters, e-mail printouts and case-system exports. One flow of blocks is written
out as a python-docx letter (letterhead in the section header or footer, reference tables, budget tables,
ink blocks, page breaks), a reportlab PDF (e-mail headers, journal headers, approval lists), a 300 dpi scan
or a PAdES-signed PDF. Ink, zip normalising, LibreOffice and pyHanko mechanics come from corpus 38's kit.

Blocks: ("p", text) paragraph; ("b", text) bold; ("h", text) larger bold; ("r", text) right aligned;
("lines", [..]) lines without spacing; ("small", text) small grey; ("refs", [(label, value)..]) label row
over value row; ("kv", [(label, value)..]) label column and value column; ("mail", [(label, value)..])
e-mail header; ("table", rows) ruled table, first row bold; ("ink", [{place, ink, under}..]) signature
blocks side by side (``ink`` None: an empty line); ("rule",); ("space",); ("break",) new page."""
from __future__ import annotations

import datetime
import io
import re
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, cell_text, ink_reader, new_doc, normalise_zip, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from pdf38 import _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
NUM = re.compile(r"^[\d  .,\-kr]+$")


def orgnr(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with a MOD11 check digit (or a wrong one when not ``valid``)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 3) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


# ------------------------------------------------------------------ docx
def _borderless(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _small(paragraph, pt=8) -> None:
    from docx.shared import Pt
    for r in paragraph.runs:
        r.font.size = Pt(pt)


def _head_foot(part, lines, pt):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = part.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = part.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0 and pt > 8
        if pt <= 8:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for q in part.paragraphs:
        _small(q, pt if pt <= 8 else (14 if q is part.paragraphs[0] else 9))


def write_docx(blocks, out: Path, font="Calibri", size=11, header=None, footer=None, title="Søknad"):
    """The blocks as a Word letter; ``header``/``footer``: letterhead lines in the section header/footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = new_doc(font, size, title)
    if header:
        _head_foot(doc.sections[0].header, header, 12)
    if footer:
        _head_foot(doc.sections[0].footer, footer, 8)
    for bl in blocks:
        k = bl[0]
        if k in ("p", "b", "h", "r"):
            p = doc.add_paragraph()
            r = p.add_run(bl[1])
            r.bold = k in ("b", "h")
            if k == "h":
                r.font.size = Pt(size + 3)
            if k == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "small":
            _small(doc.add_paragraph(bl[1]))
        elif k == "lines":
            p = doc.add_paragraph()
            for i, line in enumerate(bl[1]):
                r = p.add_run(line)
                if i < len(bl[1]) - 1:
                    r.add_break()
        elif k in ("refs", "kv", "mail"):
            pairs = bl[1]
            if k == "refs":
                t = doc.add_table(rows=2, cols=len(pairs))
                for j, (lab, val) in enumerate(pairs):
                    cell_text(t.rows[0].cells[j], lab)
                    _small(t.rows[0].cells[j].paragraphs[0])
                    cell_text(t.rows[1].cells[j], val)
            else:
                t = doc.add_table(rows=0, cols=2)
                for lab, val in pairs:
                    row = t.add_row().cells
                    cell_text(row[0], lab, bold=True)
                    cell_text(row[1], val)
            _borderless(t)
            doc.add_paragraph()
        elif k == "table":
            rows = bl[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, (c, v) in enumerate(zip(cells, r)):
                    cell_text(c, v, bold=(i == 0), shade="DDDDDD" if i == 0 else None)
                    if j and i and NUM.match(v):
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            doc.add_paragraph()
        elif k == "ink":
            t = doc.add_table(rows=1, cols=len(bl[1]))
            _borderless(t)
            for cell, b in zip(t.rows[0].cells, bl[1]):
                cell_text(cell, b.get("place", ""))
                p = cell.add_paragraph()
                if b.get("ink"):
                    add_ink(p, b["ink"], 4.2)
                else:
                    p.add_run().add_break()
                cell.add_paragraph("_" * 30)
                for line in b.get("under", []):
                    cell.add_paragraph(line)
        elif k == "rule":
            doc.add_paragraph("_" * 80)
        elif k == "space":
            doc.add_paragraph()
        elif k == "break":
            doc.add_page_break()
    save_doc(doc, out)


def docx_pdf(blocks, out: Path, **kw):
    """Write the blocks as Word and convert with LibreOffice."""
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(blocks, d, **kw)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ pdf
class Sheet:
    """A reportlab canvas with a cursor, word wrapping by width and running page header/footer lines."""

    def __init__(self, target, font, bold, size, header=(), footer=(), total=0, left=62, right=533):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.c = canvas.Canvas(str(target) if isinstance(target, Path) else target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b, self.s = font, bold, size
        self.W, self.H = A4
        self.header, self.footer, self.total = header, footer, total
        self.left, self.right = left, right
        self.n = 1
        self._top()

    def _top(self):
        self.y = self.H - 52
        self.c.setFillGray(0.35)
        self.c.setFont(self.f, 7)
        for i, line in enumerate(self.header):
            self.c.drawString(30, self.H - 22 - 9 * i, line.format(n=self.n, N=self.total))
        for i, line in enumerate(self.footer):
            self.c.drawString(30, 28 - 9 * i, line.format(n=self.n, N=self.total))
        self.c.setFillGray(0)
        if self.header:
            self.y -= 6

    def new_page(self):
        self.c.showPage()
        self.n += 1
        self._top()

    def need(self, dy):
        if self.y - dy < 60:
            self.new_page()

    def line(self, s, x=None, bold=False, size=None, gap=None):
        size = size or self.s
        self.need(size + 4)
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(self.left if x is None else x, self.y, s)
        self.y -= gap if gap is not None else size + 4

    def wrap(self, s, bold=False, size=None, x=None, right=None):
        size = size or self.s
        x0 = self.left if x is None else x
        width = (right or self.right) - x0
        font = self.b if bold else self.f
        for para in s.split("\n"):
            cur = ""
            for word in para.split(" "):
                trial = (cur + " " + word).strip()
                if self.c.stringWidth(trial, font, size) > width and cur:
                    self.line(cur, x0, bold, size)
                    cur = word
                else:
                    cur = trial
            self.line(cur, x0, bold, size)

    def save(self):
        self.c.save()


def _pdf_blocks(sh: Sheet, blocks, ink: bool):
    s = sh.s
    for bl in blocks:
        k = bl[0]
        if k in ("p", "b"):
            sh.wrap(bl[1], bold=k == "b")
            sh.y -= 5
        elif k == "h":
            sh.wrap(bl[1], bold=True, size=s + 3)
            sh.y -= 4
        elif k == "r":
            sh.c.setFont(sh.f, s)
            sh.c.drawRightString(sh.right, sh.y, bl[1])
            sh.y -= s + 9
        elif k == "small":
            sh.c.setFillGray(0.35)
            sh.wrap(bl[1], size=s - 2)
            sh.c.setFillGray(0)
        elif k == "lines":
            for line in bl[1]:
                sh.line(line)
            sh.y -= 5
        elif k == "refs":
            pairs = bl[1]
            colw = (sh.right - sh.left) / len(pairs)
            sh.need(2 * s + 12)
            for j, (lab, val) in enumerate(pairs):
                sh.c.setFont(sh.f, s - 2)
                sh.c.drawString(sh.left + j * colw, sh.y, lab)
                sh.c.setFont(sh.f, s)
                sh.c.drawString(sh.left + j * colw, sh.y - s - 3, val)
            sh.y -= 2 * s + 14
        elif k in ("kv", "mail"):
            x2 = sh.left + (72 if k == "mail" else 150)
            for lab, val in bl[1]:
                sh.need(s + 4)
                sh.c.setFont(sh.b, s)
                sh.c.drawString(sh.left, sh.y, lab)
                sh.wrap(val, x=x2)
            sh.y -= 6
        elif k == "table":
            rows = bl[1]
            n = len(rows[0])
            first = (sh.right - sh.left) * (0.62 if n == 2 else 0.46)
            rest = (sh.right - sh.left - first) / (n - 1)
            sh.need(len(rows) * (s + 8))
            sh.c.line(sh.left, sh.y + s + 2, sh.right, sh.y + s + 2)
            for i, r in enumerate(rows):
                sh.c.setFont(sh.b if i == 0 else sh.f, s)
                sh.c.drawString(sh.left + 3, sh.y, r[0])
                for j, v in enumerate(r[1:]):
                    xr = sh.left + first + (j + 1) * rest - 4
                    if NUM.match(v) or (i == 0 and all(NUM.match(x[j + 1] or "0") for x in rows[1:])):
                        sh.c.drawRightString(xr, sh.y, v)
                    else:
                        sh.c.drawString(xr - rest + 8, sh.y, v)
                sh.c.line(sh.left, sh.y - 5, sh.right, sh.y - 5)
                sh.y -= s + 9
            sh.y -= 8
        elif k == "ink":
            sh.need(120)
            y0 = sh.y
            low = y0
            for i, b in enumerate(bl[1]):
                x, yy = sh.left + i * 240, y0
                sh.c.setFont(sh.f, s)
                if b.get("place"):
                    sh.c.drawString(x, yy, b["place"])
                    yy -= s + 4
                if b.get("ink") and ink:
                    sh.c.drawImage(ink_reader(b["ink"]), x + 4, yy - 40, 140, 40, mask="auto")
                yy -= 44
                sh.c.line(x, yy, x + 190, yy)
                yy -= s + 3
                for line in b.get("under", []):
                    sh.c.drawString(x, yy, line)
                    yy -= s + 3
                low = min(low, yy)
            sh.y = low - 8
        elif k == "rule":
            sh.c.setLineWidth(1.5)
            sh.c.line(sh.left, sh.y + 4, sh.right, sh.y + 4)
            sh.c.setLineWidth(1)
            sh.y -= 10
        elif k == "space":
            sh.y -= 12
        elif k == "break":
            sh.new_page()


def write_pdf(blocks, target, font=("DV", "DVB"), size=10, header=(), footer=(), ink=True, title="Søknad"):
    """The blocks with reportlab; header/footer lines may hold {n} and {N} (page and page count)."""
    count = Sheet(io.BytesIO(), font[0], font[1], size, header, footer)
    _pdf_blocks(count, blocks, ink)
    sh = Sheet(target, font[0], font[1], size, header, footer, total=count.n)
    sh.c.setTitle(title)
    _pdf_blocks(sh, blocks, ink)
    sh.save()


def scan(blocks, out: Path, seed: int, dpi=300, angle=0.5, jpeg=72, **kw):
    """Print, sign, scan: the blocks rendered, turned grey, rotated, specked, blurred and JPEG-compressed."""
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    write_pdf(blocks, buf, **kw)
    pdf = pdfium.PdfDocument(buf.getvalue())
    rnd = random.Random(seed)
    pages = []
    for pg in pdf:
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=248)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((80, 170))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=jpeg)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(blocks, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, box, datetime)], each a PAdES signature on page 1."""
    buf = io.BytesIO()
    write_pdf(blocks, buf, ink=False, **kw)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def zip_named(out: Path, files: dict) -> None:
    """A plain zip archive (no Word parts) with fixed dates, written under whatever name ``out`` has."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 30, 14, 0, 0)), data)
