"""Writers of corpus 76 (tester76): a small python-docx wrapper (letters, grids, content controls,
legacy fields, page breaks, ink), a reportlab page with a cursor (letters, boxed grids, budget tables,
signature lines), producer re-stamping (Google Docs, Apple Pages, Microsoft Print to PDF, OnlyOffice),
a scan renderer, an AcroForm writer and PAdES signing. Ink, zip normalising, LibreOffice and pyHanko
mechanics are imported from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, cell_text, ink_reader, new_doc, normalise_zip, register_fonts, soffice_pdf  # noqa: E402
from pdf38 import Page, _self_signed, _sign  # noqa: E402
from word38 import _borderless, _ff_box, _ff_text, _sdt_box, _sdt_date, _sdt_text  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"

PRODUCERS = {
    "gdocs": ("Skia/PDF m80", "Google Docs Renderer"),
    "pages": ("macOS Versjon 10.15.2 (Bygg 19C57) Quartz PDFContext", "Pages"),
    "msprint": ("Microsoft: Print To PDF", "Microsoft® Word for Office 365"),
}
APPS = {"onlyoffice": "ONLYOFFICE/7.2.1.34", "gdocs": "Google Docs", "word": "Microsoft Office Word"}


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


# ------------------------------------------------------------------ docx
class Word:
    """A python-docx document written top-down."""

    def __init__(self, font="Arial", size=11, title="Søknad"):
        from docx.shared import Pt
        self.doc = new_doc(font, size, title)
        self.Pt = Pt

    def p(self, text="", bold=False, size=None, align=None, italic=False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        par = self.doc.add_paragraph()
        for i, line in enumerate(text.split("\n")):
            r = par.add_run(line)
            if i < len(text.split("\n")) - 1:
                r.add_break()
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = self.Pt(size)
        if align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return par

    def heading(self, text, level=1):
        self.doc.add_heading(text, level)

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, header=True, grid=True, shade=None, bold_col0=False):
        t = self.doc.add_table(rows=0, cols=len(rows[0]))
        if grid:
            t.style = "Table Grid"
        else:
            _borderless(t)
        for i, r in enumerate(rows):
            cells = t.add_row().cells
            for j, (c, v) in enumerate(zip(cells, r)):
                cell_text(c, v, bold=(header and i == 0) or (bold_col0 and j == 0),
                          shade=shade if (j == 0 and shade) else None)
        self.doc.add_paragraph()
        return t

    def xml_row_table(self, rows, shade=None):
        """Two-column rows whose value is a list of raw w:sdt / field-run XML strings or plain text."""
        from docx.oxml import parse_xml
        t = self.doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, parts in rows:
            cells = t.add_row().cells
            cell_text(cells[0], label, bold=True, shade=shade)
            par = cells[1].paragraphs[0]
            for x in parts:
                if x.startswith("<w:"):
                    par._p.append(parse_xml(x))
                else:
                    par.add_run(x)
        self.doc.add_paragraph()
        return t

    def xml_par(self, parts):
        from docx.oxml import parse_xml
        par = self.doc.add_paragraph()
        for x in parts:
            if x.startswith("<w:"):
                par._p.append(parse_xml(x))
            else:
                par.add_run(x)

    def sign_table(self, blocks, grid=False):
        """blocks: dicts with lines 'above' (list), 'ink' seed or None, 'rule' (bool), 'below' (list)."""
        t = self.doc.add_table(rows=1, cols=len(blocks))
        if not grid:
            _borderless(t)
        for cell, b in zip(t.rows[0].cells, blocks):
            first = True
            for line in b.get("above", []):
                if first:
                    cell_text(cell, line)
                    first = False
                else:
                    cell.add_paragraph(line)
            par = cell.paragraphs[0] if first else cell.add_paragraph()
            if b.get("ink"):
                add_ink(par, b["ink"], b.get("ink_cm", 4.2))
            else:
                par.add_run("")
                cell.add_paragraph("")
            if b.get("rule", True):
                cell.add_paragraph("_" * 30)
            for line in b.get("below", []):
                cell.add_paragraph(line)
        self.doc.add_paragraph()

    def save(self, out: Path, app: str | None = None):
        self.doc.save(str(out))
        if app:
            _stamp_app(out, APPS[app])
        normalise_zip(out)


def _stamp_app(path: Path, app: str):
    """Rewrite docProps/app.xml's Application, as another word processor would leave it."""
    import re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/app.xml":
                data = re.sub(rb"<Application>[^<]*</Application>", f"<Application>{app}</Application>".encode(), data)
            z.writestr(name, data)


def word_pdf(word: Word, out: Path, producer: str | None = None):
    """A Word document converted by LibreOffice; optionally re-stamped with another producer."""
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        word.save(d)
        soffice_pdf(d, out)
    if producer:
        restamp(out, producer)


def lo_docx(word: Word, out: Path):
    """A Word document opened and saved again as .docx by LibreOffice (its own XML, styles and drawings)."""
    import shutil
    import subprocess
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src" / (out.stem + ".docx")
        src.parent.mkdir()
        word.save(src)
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / src.name, out)
    normalise_zip(out)


# ------------------------------------------------------------------ pdf
def restamp(path: Path, producer: str, title: str = "Søknad"):
    from pypdf import PdfReader, PdfWriter
    prod, creator = PRODUCERS[producer]
    w = PdfWriter(clone_from=PdfReader(str(path)))
    w.add_metadata({"/Producer": prod, "/Creator": creator, "/Title": title,
                    "/CreationDate": "D:20200124101500+01'00'", "/ModDate": "D:20200124101500+01'00'"})
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())


class Sheet(Page):
    """pdf38's cursor page with a few more primitives."""

    def __init__(self, target, font="LS", bold="LSB", size=10, left=60):
        super().__init__(target, font, bold, size)
        self.left = left

    def t(self, s, bold=False, size=None, x=None, gap=None):
        self.need(70)
        self.text(s, x=self.left if x is None else x, bold=bold, size=size, dy=gap)

    def right(self, s, x=535):
        self.c.setFont(self.f, self.s)
        self.c.drawRightString(x, self.y, s)
        self.y -= self.s + 6

    def para(self, s, width=88):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.t(line)
        self.y -= 5

    def skip(self, dy=10):
        self.y -= dy

    def box_row(self, label, value, x1=None, x2=250, x3=535, h=18):
        """A ruled grid row: label cell and value cell."""
        self.need(70)
        x1 = self.left if x1 is None else x1
        c = self.c
        c.rect(x1, self.y - 5, x2 - x1, h)
        c.rect(x2, self.y - 5, x3 - x2, h)
        c.setFont(self.b, self.s - 1)
        c.drawString(x1 + 4, self.y, label)
        c.setFont(self.f, self.s)
        c.drawString(x2 + 5, self.y, value)
        self.y -= h

    def check(self, label, on, x=None, mark="x"):
        self.need(60)
        x = self.left if x is None else x
        c = self.c
        c.rect(x, self.y - 1, 9, 9)
        if on:
            c.setFont(self.b, self.s)
            c.drawString(x + 1.5, self.y + 0.5, mark)
        c.setFont(self.f, self.s)
        c.drawString(x + 16, self.y, label)
        self.y -= self.s + 7

    def grid(self, rows, cols, bold_first=True, rule=True):
        """Rows of cells at x positions ``cols``; a negative x right-aligns at -x."""
        for i, r in enumerate(rows):
            self.need(60)
            self.c.setFont(self.b if (i == 0 and bold_first) else self.f, self.s - 0.5)
            for x, v in zip(cols, r):
                if x < 0:
                    self.c.drawRightString(-x, self.y, v)
                else:
                    self.c.drawString(x, self.y, v)
            if rule:
                self.c.setLineWidth(0.4)
                self.c.line(self.left, self.y - 4, 535, self.y - 4)
            self.y -= self.s + 8
        self.y -= 6

    def signs(self, blocks, width=230, ink_on=True):
        """Side-by-side blocks: 'above' lines, optional ink over a rule, 'below' lines."""
        self.need(150)
        y0 = self.y
        low = y0
        for i, b in enumerate(blocks):
            x = self.left + i * (width + 30)
            yy = y0
            for line in b.get("above", []):
                self.c.setFont(self.b if line == b.get("above", [None])[0] else self.f, self.s)
                self.c.drawString(x, yy, line)
                yy -= self.s + 5
            if b.get("ink") and ink_on:
                self.ink(b["ink"], x + b.get("dx", 10), yy - 44 + b.get("dy", 0), 150, 42)
            yy -= 46
            self.c.line(x, yy, x + width - 20, yy)
            yy -= self.s + 4
            self.c.setFont(self.f, self.s)
            for line in b.get("below", []):
                self.c.drawString(x, yy, line)
                yy -= self.s + 4
            low = min(low, yy)
        self.y = low - 8


def pdf_bytes(draw, **kw) -> bytes:
    buf = io.BytesIO()
    s = Sheet(buf, **kw)
    draw(s)
    s.save()
    return buf.getvalue()


def write_sheet(out: Path, draw, producer=None, **kw):
    out.write_bytes(pdf_bytes(draw, **kw))
    if producer:
        restamp(out, producer)


def scan(data: bytes, out: Path, seed: int, dpi=300, angle=0.5, blur=0.7, quality=68):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    pdf = pdfium.PdfDocument(data)
    rnd = random.Random(seed)
    pages = []
    for pg in pdf:
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 160))
        img = img.filter(ImageFilter.GaussianBlur(blur))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(data: bytes, out: Path, signers_):
    """signers_: [(cn, org, field, box, datetime)], signed one after the other."""
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def when(y, m, d, hh=11, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def acroform(out: Path, head, fields, boxes, sig_blocks):
    """A fillable PDF: heading lines, labelled text fields (label, name, value) with the label ABOVE the
    field, check boxes (label, name, checked), then printed ink signature blocks."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = H - 50
    for i, s in enumerate(head):
        c.setFont("DVSB" if i == 0 else "DVS", 12 if i == 0 else 8.5)
        c.drawString(45, y, s)
        y -= 17 if i == 0 else 12
    y -= 26
    form = c.acroForm
    col = 0
    for label, name, _ in fields:
        x = 45 + col * 260
        c.setFont("DVS", 7.5)
        c.drawString(x, y + 20, label)
        form.textfield(name=name, x=x, y=y, width=245, height=16, borderWidth=0.8, fontSize=9, fontName="Helvetica")
        col = 1 - col
        if col == 0:
            y -= 34
    if col:
        y -= 34
    for label, name, _ in boxes:
        form.checkbox(name=name, x=45, y=y, size=10, buttonStyle="cross")
        c.setFont("DVS", 8.5)
        c.drawString(62, y + 2, label)
        y -= 17
    y -= 18
    for i, b in enumerate(sig_blocks):
        x = 45 + i * 260
        c.setFont("DVSB", 8.5)
        c.drawString(x, y, b["head"])
        c.setFont("DVS", 8.5)
        yy = y - 13
        for line in b.get("above", []):
            c.drawString(x, yy, line)
            yy -= 12
        if b.get("ink"):
            c.drawImage(ink_reader(b["ink"]), x + 8, yy - 42, 140, 40, mask="auto")
        c.line(x, yy - 44, x + 220, yy - 44)
        yy -= 56
        for line in b.get("below", []):
            c.drawString(x, yy, line)
            yy -= 12
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], {n: v for _, n, v in fields}, auto_regenerate=False)
    on = {n for _, n, v in boxes if v}
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


__all__ = ["S20", "Word", "Sheet", "lo_docx", "orgnr", "spaced", "word_pdf", "write_sheet", "pdf_bytes", "scan", "pades",
           "when", "acroform", "restamp", "_sdt_text", "_sdt_date", "_sdt_box", "_ff_text", "_ff_box"]
