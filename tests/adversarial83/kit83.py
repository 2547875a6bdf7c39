"""Renderers of corpus 83: one content model (title, headings, paragraphs, bullets, label/value rows, marks,
Ja/Nei, ruled tables, signature blocks) as python-docx (grid, controls, legacy fields, letter), reportlab (boxed,
inline, tab), AcroForm, scan or PAdES. Ink, zip, LibreOffice and pyHanko mechanics come from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import random
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402
from word38 import _borderless, _sdt_box, _sdt_date  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
MARKS = {"glyph": ("☒", "☐"), "square": ("■", "□"), "bracket": ("[X]", "[  ]"), "ballot": ("☑", "☐")}
SUMS = ("sum", "total", "samla", "samlet", "i alt")


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str, sep: str = " ") -> str:
    return sep.join((o[:3], o[3:6], o[6:]))


def shown(v) -> str:  # a value is a string, or (iso, shown) for dates
    return v[1] if isinstance(v, tuple) else v


def _is_sum(row) -> bool:
    return str(row[0]).strip().lower().startswith(SUMS)


# ------------------------------------------------------------------ docx
W = nsdecls("w")


def _x(paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(xml))


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _put(cell, text: str, bold=False, right=False) -> None:
    p = cell.paragraphs[0]
    for i, line in enumerate(str(text).split("\n")):
        if i:
            p = cell.add_paragraph()
        p.add_run(line).bold = bold
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _sdt_txt(alias: str, value: str) -> str:
    a = escape(alias)
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{a}"/><w:tag w:val="{a}"/><w:text/></w:sdtPr><w:sdtContent>'
            f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>')


def _legacy(paragraph, name: str, value: str | None = None, checked: bool = False) -> None:
    """FORMTEXT with ``value``, else FORMCHECKBOX as Word leaves it after a click (default off, w:checked)."""
    if value is None:
        data, instr = f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{"<w:checked/>" if checked else ""}</w:checkBox>', "FORMCHECKBOX"
        body = []
    else:
        data, instr = '<w:textInput><w:maxLength w:val="120"/></w:textInput>', "FORMTEXT"
        body = ['<w:fldChar w:fldCharType="separate"/>', f'<w:t xml:space="preserve">{escape(value)}</w:t>']
    runs = [f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'{data}</w:ffData></w:fldChar>', f'<w:instrText xml:space="preserve"> {instr} </w:instrText>', *body,
            '<w:fldChar w:fldCharType="end"/>']
    for r in runs:
        _x(paragraph, f"<w:r {W}>{r}</w:r>")


class _Docx:
    def __init__(self, mode, marks, fill):
        self.mode, self.marks, self.fill, self.n = mode, marks, fill, 0

    def value(self, paragraph, v, alias):
        self.n += 1
        if self.mode == "controls":
            _x(paragraph, _sdt_date(escape(alias), v[0], v[1]) if isinstance(v, tuple) else _sdt_txt(alias, v))
        elif self.mode == "legacy":
            _legacy(paragraph, f"Tekst{self.n}", shown(v))
        else:
            paragraph.add_run(shown(v))

    def mark(self, paragraph, checked):
        self.n += 1
        if self.mode == "controls":
            _x(paragraph, _sdt_box(checked))
        elif self.mode == "legacy":
            _legacy(paragraph, f"Avkrysning{self.n}", checked=checked)
        else:
            paragraph.add_run(MARKS[self.marks][0 if checked else 1])


def write_docx(items, out: Path, mode="grid", font="Calibri", size=11, marks="glyph", fill="D9D9D9"):
    """mode: 'grid' (label/value table, shaded labels), 'controls' (values in w:sdt, boxes w14:checkbox,
    dates in date pickers), 'legacy' (FORMTEXT / FORMCHECKBOX inside the table), 'letter' ('kv' rows as
    'Label: value' paragraphs)."""
    doc = new_doc(font, size, "Søknad")
    w = _Docx(mode, marks, fill)
    tbl, cols = None, 0
    for it in items:
        k = it[0]
        if k not in ("kv", "kv2"):
            tbl = None
        if k == "title":
            doc.add_heading(it[1], 1)
        elif k == "h":
            doc.add_heading(it[1], 2)
        elif k == "p":
            doc.add_paragraph(it[1])
        elif k == "li":
            doc.add_paragraph(it[1], style="List Bullet")
        elif k in ("kv", "kv2") and mode == "letter":
            for j in range(1, len(it), 2):
                p = doc.add_paragraph()
                p.add_run(it[j] + ": ").bold = True
                w.value(p, it[j + 1], it[j])
        elif k in ("kv", "kv2"):
            n = len(it) - 1
            if tbl is None or cols != n:
                tbl, cols = doc.add_table(rows=0, cols=n), n
                tbl.style = "Table Grid"
            cells = tbl.add_row().cells
            for j in range(0, n, 2):
                _put(cells[j], it[j + 1])
                _shade(cells[j], fill)
                w.value(cells[j + 1].paragraphs[0], it[j + 2], it[j + 1][:24])
        elif k == "box":
            p = doc.add_paragraph()
            w.mark(p, it[2])
            p.add_run("  " + it[1])
        elif k == "yn":
            p = doc.add_paragraph(it[1] + "   ")
            w.mark(p, it[2])
            p.add_run(" Ja    ")
            w.mark(p, not it[2])
            p.add_run(" Nei")
        elif k == "table":
            rows = it[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, (c, v) in enumerate(zip(cells, r)):
                    _put(c, v, bold=(i == 0 or _is_sum(r)), right=(j > 0 and i > 0))
                    if i == 0:
                        _shade(c, fill)
        elif k == "sig":
            t = doc.add_table(rows=1, cols=len(it[1]))
            _borderless(t)
            for cell, b in zip(t.rows[0].cells, it[1]):
                _put(cell, b.get("head", ""), bold=True)
                for line in b.get("pre", []):
                    cell.add_paragraph(line)
                p = cell.add_paragraph()
                if b.get("ink"):
                    add_ink(p, b["ink"], 4.2)
                cell.add_paragraph("_" * 30)
                for line in b.get("post", []):
                    cell.add_paragraph(line)
    save_doc(doc, out)


def docx_to_pdf(items, out: Path, **kw):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, **kw)
        soffice_pdf(d, out)


def corrupt_docx(items, out: Path, **kw):
    """A Word file whose document part fails its CRC: the zip directory is intact, the body is not."""
    write_docx(items, out, **kw)
    data = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 40, start + info.compress_size - 40, 97):
        data[i] ^= 0x5A
    out.write_bytes(bytes(data))


# ------------------------------------------------------------------ pdf
class Sheet:
    """A reportlab canvas with a cursor and three ways of drawing a label/value row."""

    def __init__(self, target, font="DV", bold="DVB", size=10, style="boxed"):
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b, self.s, self.style = font, bold, size, style
        self.x0, self.x1 = 56, self.W - 56
        self.y, self.page, self.sigs = self.H - 64, 0, []

    def need(self, dy):
        if self.y - dy < 56:
            self.c.showPage()
            self.page, self.y = self.page + 1, self.H - 64

    def line(self, s, bold=False, size=None, x=None, gap=5):
        size = size or self.s
        self.need(size + gap)
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(self.x0 if x is None else x, self.y, s)
        self.y -= size + gap

    def wrap(self, s, bold=False, size=None, x=None, x1=None):
        size, x = size or self.s, self.x0 if x is None else x
        cur = ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.c.stringWidth(t, self.b if bold else self.f, size) > (x1 or self.x1) - x and cur:
                self.line(cur, bold, size, x)
                cur = word
            else:
                cur = t
        if cur:
            self.line(cur, bold, size, x)

    def square(self, x, y, checked):
        self.c.rect(x, y - 1, 9, 9)
        if checked:
            self.c.setFont(self.b, 9)
            self.c.drawCentredString(x + 4.5, y + 0.5, "X")

    def kv(self, pairs):
        n = len(pairs)
        wcol = (self.x1 - self.x0) / n
        if self.style == "boxed":
            self.need(32)
            for i, (label, v) in enumerate(pairs):
                x = self.x0 + i * wcol
                self.c.rect(x, self.y - 20, wcol, 30)
                self.c.setFont(self.f, 7)
                self.c.drawString(x + 4, self.y + 2, label)
                self.c.setFont(self.f, self.s)
                self.c.drawString(x + 6, self.y - 13, shown(v))
            self.y -= 30
        elif self.style == "inline":
            self.need(self.s + 6)
            for i, (label, v) in enumerate(pairs):
                x = self.x0 + i * wcol
                self.c.setFont(self.b, self.s)
                self.c.drawString(x, self.y, label + ":")
                x2 = x + self.c.stringWidth(label + ":", self.b, self.s) + 5
                self.c.setFont(self.f, self.s)
                self.c.drawString(x2, self.y, shown(v))
            self.y -= self.s + 7
        else:  # tab: label, then the value on a fill line from a tab stop
            self.need(self.s + 10)
            for i, (label, v) in enumerate(pairs):
                x = self.x0 + i * wcol
                tab = x + (150 if n == 1 else 95)
                self.c.setFont(self.f, self.s)
                self.c.drawString(x, self.y, label)
                self.c.drawString(tab + 2, self.y, shown(v))
                self.c.setLineWidth(0.4)
                self.c.line(tab, self.y - 3, x + wcol - 8, self.y - 3)
                self.c.setLineWidth(1)
            self.y -= self.s + 10

    def table(self, rows, widths=None):
        n = len(rows[0])
        widths = widths or [0.5] + [0.5 / (n - 1)] * (n - 1)
        xs = [self.x0 + sum(widths[:i]) * (self.x1 - self.x0) for i in range(n + 1)]
        rh = self.s + 9
        self.need(rh * len(rows) + 6)
        top = self.y + self.s + 3
        self.c.setFillGray(0.88)
        self.c.rect(xs[0], top - rh, xs[-1] - xs[0], rh, stroke=0, fill=1)
        self.c.setFillGray(0)
        for i, r in enumerate(rows):
            yb = top - (i + 1) * rh
            self.c.setFont(self.b if i == 0 or _is_sum(r) else self.f, self.s - 0.5)
            for j, v in enumerate(r):
                if j and i:
                    self.c.drawRightString(xs[j + 1] - 5, yb + 5, v)
                else:
                    self.c.drawString(xs[j] + 4, yb + 5, v)
            self.c.line(xs[0], yb, xs[-1], yb)
        self.c.line(xs[0], top, xs[-1], top)
        for x in xs:
            self.c.line(x, top, x, top - len(rows) * rh)
        self.y = top - len(rows) * rh - self.s - 8

    def sig(self, blocks, ink=True):
        self.need(150)
        wcol = (self.x1 - self.x0) / len(blocks)
        y0, low = self.y, self.y
        for i, b in enumerate(blocks):
            x, yy = self.x0 + i * wcol, y0
            self.c.setFont(self.b, self.s)
            self.c.drawString(x, yy, b.get("head", ""))
            yy -= self.s + 6
            self.c.setFont(self.f, self.s)
            for line in b["pre"]:
                self.c.drawString(x, yy, line)
                yy -= self.s + 5
            if b.get("ink") and ink:
                self.c.drawImage(ink_reader(b["ink"]), x + 6, yy - 40, 150, 42, mask="auto")
            yy -= 44
            self.c.line(x, yy, x + wcol - 30, yy)
            self.sigs.append((self.page, (x, yy, x + wcol - 30, yy + 46)))
            yy -= self.s + 4
            for line in b.get("post", []):
                self.c.drawString(x, yy, line)
                yy -= self.s + 4
            low = min(low, yy)
        self.y = low - 8


def write_pdf(items, target, font=("DV", "DVB"), size=10, style="boxed", ink=True):
    """Render the content model with reportlab; returns the signature-line boxes [(page, box)]."""
    s = Sheet(target, font[0], font[1], size, style)
    for it in items:
        k = it[0]
        if k == "title":
            s.wrap(it[1], bold=True, size=size + 4)
            s.y -= 6
        elif k == "h":
            s.need(40)
            s.y -= 6
            s.line(it[1], bold=True, size=size + 1, gap=7)
        elif k == "p":
            s.wrap(it[1])
            s.y -= 3
        elif k in ("kv", "kv2"):
            s.kv([(it[j], it[j + 1]) for j in range(1, len(it), 2)])
        elif k == "box":
            s.need(size + 7)
            s.square(s.x0, s.y, it[2])
            s.c.setFont(s.f, size)
            s.c.drawString(s.x0 + 16, s.y, it[1])
            s.y -= size + 7
        elif k == "yn":
            s.need(size + 7)
            s.c.setFont(s.f, size)
            s.c.drawString(s.x0, s.y, it[1])
            for dx, lab, on in ((s.x1 - 100, "Ja", it[2]), (s.x1 - 50, "Nei", not it[2])):
                s.square(dx, s.y, on)
                s.c.setFont(s.f, size)
                s.c.drawString(dx + 13, s.y, lab)
            s.y -= size + 8
        elif k == "table":
            s.table(it[1], it[2] if len(it) > 2 else None)
        elif k == "sig":
            s.sig(it[1], ink)
    s.c.save()
    return s.sigs


def scan(items, out: Path, seed: int, dpi=300, angle=0.6, noise=2500, blur=0.5, quality=72, paper=248, **kw):
    """Print, scan: grey raster, rotation, speckle, blur, JPEG; image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    write_pdf(items, buf, **kw)
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(buf.getvalue()):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.point(lambda v: min(v, paper))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
        px = img.load()
        w, h = img.size
        for _ in range(noise):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 150, 200))
        img = img.filter(ImageFilter.GaussianBlur(blur))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(items, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, datetime)], one per signature block, in order; one-page documents."""
    buf = io.BytesIO()
    boxes = write_pdf(items, buf, ink=False, **kw)
    assert all(pg == 0 for pg, _ in boxes), "PAdES documents must keep their signature blocks on page 1"
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for (cn, org, field, when), (_, box) in zip(signers_, boxes):
            data = _sign(data, field, tuple(int(v) for v in box), _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def acroform(title, static, rows, boxes, sig_blocks, out: Path):
    """A fillable one-page PDF: labels above text fields (one or two a row: (label, name, value)), check
    boxes (label, name, checked), then static ink signature blocks."""
    buf = io.BytesIO()
    s = Sheet(buf, "LS", "LSB", 9, "inline")
    c = s.c
    s.wrap(title, bold=True, size=12)
    for line in static:
        s.wrap(line, size=8)
    s.y -= 6
    form = c.acroForm
    for row in rows:
        wcol = (s.x1 - s.x0) / len(row)
        for i, (label, name, _) in enumerate(row):
            x = s.x0 + i * wcol
            c.setFont("LS", 7.5)
            c.drawString(x, s.y, label)
            form.textfield(name=name, x=x, y=s.y - 20, width=wcol - 10, height=16, borderWidth=0.8,
                           fontName="Helvetica", fontSize=9)
        s.y -= 32
    s.y -= 4
    for label, name, _ in boxes:
        if label.startswith("#"):
            s.line(label[1:], bold=True, size=9, gap=6)
            continue
        form.checkbox(name=name, x=s.x0, y=s.y - 2, size=10, buttonStyle="cross")
        c.setFont("LS", 9)
        c.drawString(s.x0 + 16, s.y, label)
        s.y -= 16
    s.y -= 10
    s.sig(sig_blocks)
    assert s.page == 0
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], {n: v for row in rows for _, n, v in row}, auto_regenerate=False)
    on = {n for label, n, v in boxes if v and not label.startswith("#")}
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    w.add_metadata({"/Producer": "Adobe Acrobat Pro DC 20.6", "/Creator": "Acrobat PDFMaker 20 for Word"})
    with open(out, "wb") as f:
        w.write(f)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
