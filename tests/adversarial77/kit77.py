"""Renderers of corpus 77: forms made of boxes. One content model (headings, rows of labelled boxes,
check boxes, tables, prose, signature blocks) written out as a Word table with labels in a header row
and values in the row below (plain, content controls or legacy fields), reportlab boxes with the label
inside / above / left / below, a fillable AcroForm (labels above, below or left of the field, comb and
multi-line fields), a flattened copy of it, a scan, or PAdES. Ink, zip normalising, LibreOffice and
pyHanko mechanics come from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402
from truthlib import near_miss, truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
BOX = {True: "☒", False: "☐"}
PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def orgnr(base8: str, valid: bool = True) -> str:
    """9 digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


# ------------------------------------------------------------------ docx
def _sdt(paragraph, text: str, tag: str, placeholder: bool = False):
    from xml.sax.saxutils import escape
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ''
    x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>{ph}'
         f'<w:text/></w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
         f'</w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(x))


def _formtext(paragraph, text: str):
    from xml.sax.saxutils import escape
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    n = nsdecls("w")
    shown = escape(text) if text else "\u2002" * 5
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {n}><w:t xml:space="preserve">{shown}</w:t></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(x))


def _formcheck(paragraph, checked: bool):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    n = nsdecls("w")
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
              f'<w:checked w:val="{int(checked)}"/></w:checkBox></w:ffData></w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(x))


def write_docx(items, out: Path, mode: str = "table", font: str = "Calibri", size: int = 10):
    """mode: 'table' (labels in a shaded header row, values in the row below), 'controls' (values in
    w:sdt; '' shows Word's placeholder), 'legacy' (values in FORMTEXT), 'letter' (rows as 'Label: value')."""
    from docx.shared import Pt
    doc = new_doc(font, size, "Søknadsskjema")
    for it in items:
        k = it[0]
        if k == "h":
            doc.add_paragraph().add_run(it[1]).bold = True
        elif k == "p":
            doc.add_paragraph(it[1])
        elif k == "row":
            cells = it[1]
            if mode == "letter":
                for lab, val in cells:
                    if val:
                        doc.add_paragraph(f"{lab}: {val}")
                continue
            t = doc.add_table(rows=2, cols=len(cells))
            t.style = "Table Grid"
            for (lab, val), hc, vc in zip(cells, t.rows[0].cells, t.rows[1].cells):
                cell_text(hc, lab, bold=True, shade="DCE6F0")
                p = vc.paragraphs[0]
                if mode == "controls":
                    _sdt(p, val or PLACEHOLDER, lab[:30], placeholder=not val)
                elif mode == "legacy":
                    _formtext(p, val)
                else:
                    cell_text(vc, val)
            doc.add_paragraph("")
        elif k == "box":
            p = doc.add_paragraph()
            if mode == "legacy":
                _formcheck(p, it[2])
                p.add_run(" " + it[1])
            elif mode == "controls":
                _sdt(p, BOX[it[2]], "avkrysning")
                p.add_run(" " + it[1])
            else:
                p.add_run(f"{BOX[it[2]]} {it[1]}")
        elif k == "table":
            rows = it[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for c, v in zip(t.add_row().cells, r):
                    cell_text(c, v, bold=(i == 0), shade="DCE6F0" if i == 0 else None)
            doc.add_paragraph("")
        elif k == "sig":
            t = doc.add_table(rows=1, cols=len(it[1]))
            t.style = "Table Grid"
            for cell, b in zip(t.rows[0].cells, it[1]):
                cell_text(cell, b["head"], bold=True)
                p = cell.add_paragraph()
                if b.get("ink"):
                    add_ink(p, b["ink"], 3.8)
                else:
                    p.add_run(" ")
                for lab, val in b.get("fields", []):
                    cell.add_paragraph(f"{lab}: {val}" if lab else val)
        elif k == "space":
            doc.add_paragraph("")
    for p in doc.paragraphs:
        for r in p.runs:
            r.font.size = r.font.size or Pt(size)
    save_doc(doc, out)


def docx_to_pdf(items, out: Path, mode="table", font="Liberation Sans"):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, mode, font)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ pdf boxes / AcroForm
class Form:
    """A reportlab canvas that draws rows of labelled boxes. ``label``: where the caption sits relative
    to its box ('inside' top-left, 'above', 'below', 'left'); ``fields``: 'static' (text drawn in the
    box, i.e. flattened), 'acro' (a fillable AcroForm field holding the value)."""

    def __init__(self, target, label="inside", fields="static", font=("DV", "DVB"), size=9):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknadsskjema")
        self.label, self.fields, (self.f, self.b), self.s = label, fields, font, size
        self.y = self.H - 50
        self.n = 0

    def need(self, dy):
        if self.y - dy < 40:
            self.c.showPage()
            self.y = self.H - 50

    def text(self, s, bold=False, size=None, x=50):
        size = size or self.s
        self.need(size + 6)
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y - size, s)
        self.y -= size + 6

    def wrap(self, s, width=100):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.text(line)

    def _field(self, x, y, w, h, value, name, comb=0, multiline=False):
        c = self.c
        if self.fields == "acro":
            kw = dict(name=name, x=x, y=y, width=w, height=h, value=value, fontName="Helvetica", fontSize=9,
                      borderWidth=1, forceBorder=True, maxlen=max(100, len(value) + 20))
            flags = []
            if comb:
                flags.append("comb")
                kw["maxlen"] = comb
            if multiline:
                flags.append("multiline")
            if flags:
                kw["fieldFlags"] = " ".join(flags)
            c.acroForm.textfield(**kw)
            return
        c.rect(x, y, w, h)
        c.setFont(self.f, self.s)
        if comb and value:
            step = w / comb
            for i in range(1, comb):
                c.line(x + i * step, y, x + i * step, y + 4)
            for i, ch in enumerate(value):
                c.drawCentredString(x + (i + 0.5) * step, y + 4, ch)
            return
        lines = value.split("\n") if value else []
        top = y + h - (13 if self.label == "inside" else 3) - self.s
        for i, line in enumerate(lines):
            c.drawString(x + 4, top - i * (self.s + 3), line)

    def row(self, cells, h=None):
        """cells: [(label, value, width_fraction, opts)] with opts a dict (comb=9, multiline=True, lines=n)."""
        lines = max((o.get("lines", 1) for *_, o in (self._norm(c) for c in cells)), default=1)
        bh = h or (28 if self.label == "inside" else 17) + (lines - 1) * (self.s + 3)
        cap = 0 if self.label in ("inside", "left") else self.s + 4
        self.need(bh + cap + 8)
        x, total = 50, self.W - 100
        top = self.y
        for lab, val, frac, o in (self._norm(c) for c in cells):
            w = total * frac
            self.n += 1
            name = o.get("name") or f"felt{self.n}"
            c = self.c
            c.setFont(self.f, self.s - 1 if self.label == "inside" else self.s)
            if self.label == "above":
                c.drawString(x + 1, top - self.s, lab)
                self._field(x, top - cap - bh, w - 6, bh, val, name, o.get("comb", 0), o.get("multiline", False))
            elif self.label == "below":
                self._field(x, top - bh, w - 6, bh, val, name, o.get("comb", 0), o.get("multiline", False))
                c.drawString(x + 1, top - bh - self.s - 1, lab)
            elif self.label == "left":
                lw = o.get("lw", min(150, w * 0.45))
                c.drawString(x, top - 12, lab)
                self._field(x + lw, top - bh, w - lw - 6, bh, val, name, o.get("comb", 0), o.get("multiline", False))
            else:
                self._field(x, top - bh, w - 4, bh, val, name, o.get("comb", 0), o.get("multiline", False))
                c.setFont(self.f, self.s - 2)
                c.drawString(x + 3, top - self.s, lab.upper() if o.get("caps") else lab)
            x += w
        self.y = top - bh - cap - 6

    @staticmethod
    def _norm(c):
        return (c + ({},))[:4] if len(c) == 3 else c

    def check(self, label, on, name=None):
        self.need(18)
        self.n += 1
        y = self.y - 12
        if self.fields == "acro":
            self.c.acroForm.checkbox(name=name or f"kryss{self.n}", x=52, y=y, size=10, checked=on,
                                     buttonStyle="cross", borderWidth=1)
        else:
            self.c.rect(52, y, 10, 10)
            if on:
                self.c.line(53, y + 1, 61, y + 9)
                self.c.line(53, y + 9, 61, y + 1)
        self.c.setFont(self.f, self.s)
        self.c.drawString(68, y + 2, label)
        self.y -= 17

    def table(self, rows, widths):
        self.need(16 * len(rows) + 10)
        for i, r in enumerate(rows):
            x = 50
            for v, wf in zip(r, widths):
                w = (self.W - 100) * wf
                self.c.rect(x, self.y - 16, w, 16)
                self.c.setFont(self.b if i == 0 else self.f, self.s)
                if i and v[:1].isdigit():
                    self.c.drawRightString(x + w - 4, self.y - 12, v)
                else:
                    self.c.drawString(x + 4, self.y - 12, v)
                x += w
            self.y -= 16
        self.y -= 8

    def sig(self, blocks, ink=True):
        """blocks: [{'head', 'ink', 'fields': [(label, value)]}] side by side, each a tall box."""
        self.need(130)
        top = self.y
        w = (self.W - 100) / len(blocks)
        for i, b in enumerate(blocks):
            x = 50 + i * w
            c = self.c
            c.setFont(self.b, self.s)
            c.drawString(x, top - self.s, b["head"])
            c.rect(x, top - 70, w - 12, 54)
            c.setFont(self.f, self.s - 2)
            c.drawString(x + 3, top - 24, b.get("box_label", "Underskrift"))
            if b.get("ink") and ink:
                c.drawImage(ink_reader(b["ink"]), x + 12, top - 68, 130, 38, mask="auto")
            yy = top - 70
            for lab, val in b.get("fields", []):
                c.rect(x, yy - 24, w - 12, 24)
                c.setFont(self.f, self.s - 2)
                c.drawString(x + 3, yy - 8, lab)
                c.setFont(self.f, self.s)
                c.drawString(x + 6, yy - 20, val)
                yy -= 24
            self.y = min(self.y, yy - 10) if i else yy - 10

    def save(self):
        self.c.save()


def render(items, target, label="inside", fields="static", ink=True, **kw):
    f = Form(target, label, fields, **kw)
    for it in items:
        k = it[0]
        if k == "h":
            f.text(it[1], bold=True, size=f.s + 3)
        elif k == "p":
            f.wrap(it[1])
        elif k == "row":
            f.row(it[1])
        elif k == "box":
            f.check(it[1], it[2])
        elif k == "table":
            f.table(it[1], it[2])
        elif k == "sig":
            f.sig(it[1], ink=ink)
        elif k == "space":
            f.y -= 10
    f.save()


def scan(items, out: Path, seed: int, dpi=300, angle=-0.7, **kw):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    render(items, buf, **kw)
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(buf.getvalue()):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=248)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((80, 170))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=72)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(items, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, box, datetime)]."""
    buf = io.BytesIO()
    render(items, buf, ink=False, **kw)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
