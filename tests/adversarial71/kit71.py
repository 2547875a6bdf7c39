"""Renderers of corpus 71 (tester71, numbers): python-docx (ruled and stacked forms, content controls, legacy
fields, letters), reportlab (section bars, question/answer, ruled grids, a spreadsheet print with column letters
and row numbers), AcroForm, LibreOffice, 300 dpi scan, PAdES. Ink, zip, soffice and pyHanko mechanics: corpus 38."""
from __future__ import annotations

import datetime
import io
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402
from truthlib import truth  # noqa: E402
from word38 import _ff_box, _ff_text, _sdt_box, _sdt_date, _sdt_text  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"
A = ("Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger")
NN = ("Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar", "Sikring av sårbare overgangar")
IDS = ("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger")


def T(id_, ext, cat, lang, office, contact, project, pct, amounts, areas, interest, sigs, **kw):
    """truth() of a 2020 application; ``areas`` index IDS."""
    return truth(id_, ext, cat, lang=lang, scheme=S20, office=office, contact=contact, project=project, pct=pct,
                 amounts=amounts, prio=[IDS[i] for i in areas], interest=interest, sigs=sigs, **kw)


def am(pos, comp, total, other=None):
    return {"positions": pos, "competence": comp, "total": total, "other": other}


def two(kind, lead, mun):
    """The Nav leader's and the municipality's signatures: (name, title, date) each."""
    return [("nav_leader", *lead, kind), ("municipality", *mun, kind)]


def sig_cells(*blocks):
    """A borderless Word signature row: blocks of (lines above, ink seed, lines under the line)."""
    return ("t", [[list(a) + [("ink", s, 4.2), "_" * 30] + list(u) for a, s, u in blocks]], {"grid": False})


def workbook(rows, out: Path):
    """An .xlsx workbook (fixed dates) written to ``out`` whatever its name."""
    from openpyxl import Workbook
    from kit38 import normalise_zip
    import re
    import zipfile
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(out)
    with zipfile.ZipFile(out) as z:
        items = {i: z.read(i) for i in z.namelist()}
    items["docProps/core.xml"] = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2020-01-20T09:00:00Z", items["docProps/core.xml"])
    with zipfile.ZipFile(out, "w") as z:
        for name, data in items.items():
            z.writestr(name, data)
    normalise_zip(out)


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    r = 11 - sum(int(d) * k for d, k in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def n(v: int, sep: str = " ", pre: str = "", post: str = "") -> str:
    """An amount as offices write it: n(610000, '.', 'kr ', ',-') -> 'kr 610.000,-'."""
    return pre + f"{v:,}".replace(",", sep) + post


# ------------------------------------------------------------------ Word
def fill(p, line, bold=False):
    """Fill a paragraph from a line: a str, or parts: str, ('b', text), ('sdt', alias, text),
    ('date', alias, iso, shown), ('cbox', checked), ('ff', name, text), ('ffbox', name, checked), ('ink', seed, cm)."""
    from docx.oxml import parse_xml
    parts = [line] if isinstance(line, str) or (isinstance(line, tuple)) else line
    for x in parts:
        if isinstance(x, str):
            if x:
                p.add_run(x).bold = bold
        elif x[0] == "b":
            p.add_run(x[1]).bold = True
        elif x[0] == "sdt":
            p._p.append(parse_xml(_sdt_text(x[1], escape(x[2]))))
        elif x[0] == "date":
            p._p.append(parse_xml(_sdt_date(x[1], x[2], x[3])))
        elif x[0] == "cbox":
            p._p.append(parse_xml(_sdt_box(x[1])))
        elif x[0] == "ff":
            for e in _ff_text(x[1], escape(x[2])):
                p._p.append(parse_xml(e))
        elif x[0] == "ffbox":
            for e in _ff_box(x[1], x[2]):
                p._p.append(parse_xml(e))
        elif x[0] == "ink":
            add_ink(p, x[1], x[2])


def put(cell, v, bold=False, right=False, shade=None, small=False):
    """A table cell from a str ('\\n' = new paragraph) or a list of lines (see ``fill``)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt
    lines = v.split("\n") if isinstance(v, str) else v
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        fill(p, line, bold)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if small and i == 0:
            for r in p.runs:
                r.font.size = Pt(8)
    if shade:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))


def docx(blocks, out: Path, font="Calibri", size=11, title="Søknad"):
    """blocks: ('h', text[, level]), ('p', line[, 'right']), ('t', rows, {widths, head, right, grid, shade0,
    bold0, stack}) with rows of cell values (see ``put``).
    ``stack``: each row is (label, value) put in ONE cell, a small label line over the value."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    doc = new_doc(font, size, title)
    for b in blocks:
        k = b[0]
        if k == "h":
            doc.add_heading(b[1], b[2] if len(b) > 2 else 1)
        elif k == "p":
            p = doc.add_paragraph()
            fill(p, b[1])
            if len(b) > 2:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "t":
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            ncol = 1 if o.get("stack") else len(rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            if o.get("grid", True):
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                if o.get("stack"):
                    put(cells[0], [r[0]] + (r[1].split("\n") if isinstance(r[1], str) else list(r[1])), small=True)
                    continue
                for j, (c, v) in enumerate(zip(cells, r)):
                    head = o.get("head") and i == 0
                    put(c, v, bold=head or (j == 0 and o.get("bold0")), right=j in o.get("right", ()) and not head,
                        shade="D9E2F3" if head else (o.get("shade0") if j == 0 else None))
            if o.get("widths"):
                t.autofit = False
                for j, w in enumerate(o["widths"]):
                    t.columns[j].width = Cm(w)
                    for row in t.rows:
                        row.cells[j].width = Cm(w)
            doc.add_paragraph()
    save_doc(doc, out)


def office_pdf(blocks, out: Path, font="Liberation Serif", size=11, sheet=None):
    """Word → PDF with LibreOffice; ``sheet`` (Flow.sheet's arguments) appends a spreadsheet print of the
    budget, as an office merges the PDF its spreadsheet program printed behind the form."""
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        docx(blocks, d, font, size)
        if not sheet:
            soffice_pdf(d, out)
            return
        a, b = Path(td) / "a.pdf", Path(td) / "b.pdf"
        soffice_pdf(d, a)
        f = Flow(str(b), "LS", "LSB", 10, "Budsjett")
        f.sheet(*sheet[:-1], **sheet[-1])
        f.save()
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter()
        for p in (a, b):
            w.append(PdfReader(str(p)))
        w.add_metadata({"/Producer": "LibreOffice 7.0", "/CreationDate": "D:20200129100000+01'00'"})
        with open(out, "wb") as fh:
            w.write(fh)


# ------------------------------------------------------------------ reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    register_fonts()
    for name, rel in [("DVC", "dejavu/DejaVuSansCondensed.ttf"), ("DVCB", "dejavu/DejaVuSansCondensed-Bold.ttf"),
                      ("LR", "liberation/LiberationSerif-Regular.ttf"), ("LRB", "liberation/LiberationSerif-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/{rel}"))


class Flow:
    """A reportlab A4 canvas with a top-down cursor and the few shapes real offices' forms use."""

    def __init__(self, target, font="DV", bold="DVB", size=10, title="Søknad"):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        _fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.f, self.b, self.s = font, bold, size
        self.x0, self.x1, self.y = 56, self.W - 56, self.H - 62

    def need(self, dy):
        if self.y - dy < 50:
            self.page()

    def page(self):
        self.c.showPage()
        self.y = self.H - 62

    def text(self, s, x=None, bold=False, size=None, dy=None, gap=0):
        self.y -= gap
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(self.x0 if x is None else x, self.y, s)
        self.y -= dy if dy is not None else size + 5

    def para(self, s, indent=0, after=4, gap=0):
        from reportlab.lib.utils import simpleSplit
        self.y -= gap
        for line in simpleSplit(s, self.f, self.s, self.x1 - self.x0 - indent):
            self.need(self.s + 5)
            self.text(line, x=self.x0 + indent)
        self.y -= after

    def bar(self, s, grey=0.86):
        self.need(40)
        self.y -= 4
        self.c.setFillGray(grey)
        self.c.rect(self.x0 - 4, self.y - 5, self.x1 - self.x0 + 8, self.s + 9, stroke=0, fill=1)
        self.c.setFillGray(0)
        self.text(s, bold=True, dy=self.s + 12)

    def kv(self, label, value, x2=230, rule=False):
        self.need(self.s + 8)
        self.c.setFont(self.f, self.s)
        self.c.drawString(self.x0, self.y, label)
        self.c.drawString(x2, self.y, value)
        if rule:
            self.c.setLineWidth(0.4)
            self.c.line(x2 - 2, self.y - 3, self.x1, self.y - 3)
        self.y -= self.s + 8

    def kvs(self, pairs, x2=230, rule=False, colon="", bar=None, gap=0):
        self.y -= gap
        if bar:
            self.bar(bar)
        for label, value in pairs:
            self.kv(label + colon, value, x2, rule)

    def qa(self, q, a, indent=18):
        self.need(2 * self.s + 16)
        self.text(q, bold=True, dy=self.s + 4)
        self.para(a, indent=indent, after=6)

    def grid(self, rows, widths, right=(), head=True, pad=4, shade=True):
        """A ruled table; the columns in ``right`` are right-aligned (figures)."""
        rh = self.s + 2 * pad + 2
        self.need(rh * len(rows) + 6)
        xs = [self.x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y + self.s + pad
        for i, r in enumerate(rows):
            yb = top - rh
            if head and i == 0 and shade:
                self.c.setFillGray(0.9)
                self.c.rect(xs[0], yb, xs[-1] - xs[0], rh, stroke=0, fill=1)
                self.c.setFillGray(0)
            self.c.setFont(self.b if head and i == 0 else self.f, self.s)
            for j, v in enumerate(r):
                if j in right and not (head and i == 0):
                    self.c.drawRightString(xs[j + 1] - pad, yb + pad + 2, v)
                else:
                    self.c.drawString(xs[j] + pad, yb + pad + 2, v)
            top = yb
        self.c.setLineWidth(0.5)
        y_top = self.y + self.s + pad
        for i in range(len(rows) + 1):
            self.c.line(xs[0], y_top - i * rh, xs[-1], y_top - i * rh)
        for x in xs:
            self.c.line(x, y_top, x, top)
        self.y = top - self.s - 10

    def boxes(self, items, brackets=False, x=None, head=None, bar=False, gap=0):
        self.y -= gap
        if head:
            self.bar(head) if bar else self.text(head, bold=True)
        for label, on in items:
            self.need(self.s + 8)
            xx = self.x0 + 6 if x is None else x
            if brackets:
                self.text(f"[{'X' if on else ' '}]  {label}", x=xx)
                continue
            self.c.setLineWidth(0.7)
            self.c.rect(xx, self.y - 1, 8, 8)
            if on:
                self.c.line(xx + 1, self.y, xx + 7, self.y + 6)
                self.c.line(xx + 1, self.y + 6, xx + 7, self.y)
            self.text(label, x=xx + 15)

    def sigs(self, blocks, ink=True, step=250, gap=0):
        """blocks: {above: [lines], ink: seed, under: [lines]} side by side."""
        self.y -= gap
        self.need(125)
        y0 = self.y
        low = y0
        for i, b in enumerate(blocks):
            x, y = self.x0 + i * step, y0
            for line in b.get("above", []):
                self.c.setFont(self.b if line is b["above"][0] else self.f, self.s)
                self.c.drawString(x, y, line)
                y -= self.s + 5
            if ink and b.get("ink"):
                self.c.drawImage(ink_reader(b["ink"]), x + 4, y - 40, 150, 42, mask="auto")
            y -= 44
            self.c.setLineWidth(0.6)
            self.c.line(x, y, x + 200, y)
            y -= self.s + 4
            self.c.setFont(self.f, self.s)
            for line in b.get("under", []):
                self.c.drawString(x, y, line)
                y -= self.s + 4
            low = min(low, y)
        self.y = low - 8

    def sheet(self, rows, widths, right=(), bold_rows=(), fname="Budsjett.xlsx", size=9):
        """A spreadsheet printed with gridlines, column letters and row numbers (on a page of its own)."""
        c, rh, x0 = self.c, size + 9, self.x0
        c.setFont(self.f, 8)
        c.drawCentredString(self.W / 2, self.H - 40, fname)
        xs = [x0, x0 + 24]
        for w in widths:
            xs.append(xs[-1] + w)
        y = self.H - 70
        c.setFillGray(0.88)
        c.rect(xs[0], y - rh, xs[-1] - xs[0], rh, stroke=0, fill=1)
        c.rect(xs[0], y - rh * (len(rows) + 1), 24, rh * len(rows), stroke=0, fill=1)
        c.setFillGray(0)
        for j in range(len(widths)):
            c.drawCentredString((xs[j + 1] + xs[j + 2]) / 2, y - rh + 5, chr(65 + j))
        for i, r in enumerate(rows, 1):
            yy = y - rh * (i + 1)
            c.setFont(self.f, 8)
            c.drawCentredString(x0 + 12, yy + 5, str(i))
            c.setFont(self.b if i in bold_rows else self.f, size)
            for j, v in enumerate(r):
                if v and j in right:
                    c.drawRightString(xs[j + 2] - 3, yy + 5, v)
                elif v:
                    c.drawString(xs[j + 1] + 3, yy + 5, v)
        c.setLineWidth(0.3)
        c.setStrokeGray(0.55)
        for i in range(len(rows) + 2):
            c.line(xs[0], y - rh * i, xs[-1], y - rh * i)
        for x in xs:
            c.line(x, y, x, y - rh * (len(rows) + 1))
        c.setStrokeGray(0)
        c.setFont(self.f, 8)
        c.drawRightString(self.x1, 36, "Side 1 av 1")

    def save(self):
        self.c.save()


def scan(draw, out: Path, seed: int, dpi=300, angle=0.5):
    """Render ``draw(target)``'s PDF to grey page images: rotated, speckled, blurred, JPEG."""
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    draw(buf)
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(buf.getvalue()):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=246)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=72)
        pages.append(Image.open(jb).convert("L"))
    when = datetime.datetime(2020, 1, 29, 12, 0).timetuple()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=when, modDate=when)


def pades(draw, out: Path, signers_):
    """``draw(target)`` without ink, then PAdES signatures: [(cn, org, field, box, datetime)]."""
    buf = io.BytesIO()
    draw(buf)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def acro(out: Path, title, lines, fields, boxes, sigs):
    """A fillable PDF drawn by reportlab with its values set in the fields (appearance streams included).
    fields: (label, name, value); boxes: (label, name, checked); sigs: Flow.sigs blocks, drawn as ink."""
    from reportlab.lib.colors import Color
    f = Flow(str(out), "DV", "DVB", 9, title)
    f.text(title, bold=True, size=12, dy=20)
    for s in lines:
        f.text(s)
    f.y -= 8
    form = f.c.acroForm
    for label, name, value in fields:
        if label.startswith("#"):
            f.bar(label[1:])
            continue
        f.c.setFont("DV", 9)
        f.c.drawString(f.x0, f.y + 4, label)
        form.textfield(name=name, value=value, x=250, y=f.y - 1, width=290, height=16, borderWidth=0.8,
                       fontName="Helvetica", fontSize=9, fillColor=Color(0.94, 0.96, 1), borderColor=Color(0.5, 0.5, 0.5),
                       textColor=Color(0, 0, 0))
        f.y -= 19
    f.y -= 4
    for label, name, on in boxes:
        if label.startswith("#"):
            f.bar(label[1:])
            continue
        form.checkbox(name=name, checked=on, x=f.x0 + 2, y=f.y - 2, size=11, buttonStyle="cross")
        f.text(label, x=f.x0 + 20, dy=15)
    f.y -= 14
    f.sigs(sigs)
    f.save()


def tz(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
