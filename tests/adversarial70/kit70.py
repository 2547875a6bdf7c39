"""Renderers of corpus 70 (bundles): one small content model -- e-mail headers, letter heads, headings,
prose, label/value rows, yes/no rows, check boxes, tables, signature blocks, page breaks -- written out
as python-docx (two-column table, four-column grid, content controls, legacy fields, letter), a
LibreOffice PDF, a reportlab PDF, a multi-page AcroForm, a 300 dpi scan or a PAdES-signed PDF.
Ink, zip normalising, LibreOffice and pyHanko mechanics come from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape as _esc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
BOX = {True: "☒", False: "☐"}


def orgnr(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with its MOD11 check digit (a wrong one when not ``valid``)."""
    r = 11 - sum(int(d) * k for d, k in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"  # "974 521 032"


# ------------------------------------------------------------------ docx
def _x(xml: str):
    from docx.oxml import parse_xml
    return parse_xml(xml)


def _ns():
    from docx.oxml.ns import nsdecls
    return nsdecls("w") + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _sdt_text(par, text, tag, date=None):
    pr = (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/>'
          f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>' if date else "<w:text/>")
    par._p.append(_x(f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{_esc(tag)}"/><w:tag w:val="{_esc(tag)}"/>{pr}'
                     f'</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'
                     f'</w:sdtContent></w:sdt>'))


def _sdt_check(par, on: bool):
    par._p.append(_x(
        f'<w:sdt {_ns()}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(on)}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
        f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
        f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{BOX[on]}</w:t></w:r></w:sdtContent></w:sdt>'))


def _fld(par, kind: str, value):
    """A legacy FORMTEXT (value str) or FORMCHECKBOX (value bool) field."""
    n = _ns()
    if kind == "text":
        data, instr = "<w:textInput/>", "FORMTEXT"
    else:
        data, instr = f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(value)}"/></w:checkBox>', "FORMCHECKBOX"
    runs = [f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/>{data}</w:ffData></w:fldChar></w:r>',
            f'<w:r {n}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>']
    if kind == "text":
        runs += [f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
                 f'<w:r {n}><w:t xml:space="preserve">{_esc(value)}</w:t></w:r>']
    runs.append(f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>')
    for r in runs:
        par._p.append(_x(r))


def _borderless(table):
    table._tbl.tblPr.append(_x(f'<w:tblBorders {_ns()}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _value(par, mode, value, tag, date=None):
    (_sdt_text(par, value, tag, date) if mode == "controls" else _fld(par, "text", value) if mode == "legacy"
     else par.add_run(value))


def _yn(par, mode, on, yes="Ja", no="Nei"):
    for i, (word, state) in enumerate(((yes, on), (no, not on))):
        (_sdt_check(par, state) if mode == "controls" else _fld(par, "check", state) if mode == "legacy"
         else par.add_run(BOX[state]))
        par.add_run(f" {word}" + ("    " if i == 0 else ""))


def write_docx(items, out: Path, mode="table", font="Calibri", size=11, shade="DCE6F0"):
    """mode: 'table' (label | value), 'grid4' (two label/value pairs a row), 'controls' (values in w:sdt),
    'legacy' (FORMTEXT / FORMCHECKBOX in the value cells), 'letter' ('kv' rows as 'Label: value' lines)."""
    from docx.shared import Pt
    doc = new_doc(font, size, "Søknad")
    tbl, pend = None, []

    def row(label, fill):
        nonlocal tbl
        if tbl is None:
            tbl = doc.add_table(rows=0, cols=4 if mode == "grid4" else 2)
            tbl.style = "Table Grid"
        if mode == "grid4":
            pend.append((label, fill))
            if len(pend) == 2:
                flush()
            return
        cells = tbl.add_row().cells
        cell_text(cells[0], label, bold=True, shade=shade)
        fill(cells[1].paragraphs[0])

    def flush():
        if pend:
            cells = tbl.add_row().cells
            for i, (label, fill) in enumerate(pend):
                cell_text(cells[2 * i], label, bold=True, shade=shade)
                fill(cells[2 * i + 1].paragraphs[0])
            pend.clear()

    for it in items:
        k = it[0]
        if k not in ("kv", "yn"):
            if mode == "grid4" and tbl is not None:
                flush()
            tbl = None
        if k == "h1" or k == "h2":
            r = doc.add_paragraph().add_run(it[1])
            r.bold, r.font.size = True, Pt(14 if k == "h1" else 12)
        elif k == "p":
            doc.add_paragraph(it[1])
        elif k == "small":
            doc.add_paragraph().add_run(it[1]).font.size = Pt(8)
        elif k == "lines":
            doc.add_paragraph("\n".join(it[1]))
        elif k == "kv":
            label, value = it[1], it[2]
            date = it[3] if len(it) > 3 else None
            if mode == "letter":
                doc.add_paragraph(f"{label}: {value}")
            else:
                row(label, lambda par, v=value, t=label[:24], d=date: _value(par, mode, v, t, d))
        elif k == "yn":
            row(it[1], lambda par, on=it[2], w=it[3:] or ("Ja", "Nei"): _yn(par, mode, on, *w))
        elif k == "box":
            p = doc.add_paragraph()
            if mode in ("controls", "legacy"):
                (_sdt_check(p, it[2]) if mode == "controls" else _fld(p, "check", it[2]))
                p.add_run("  " + it[1])
            else:
                p.add_run(f"{BOX[it[2]]}  {it[1]}")
        elif k == "table":
            t = doc.add_table(rows=0, cols=len(it[1][0]))
            t.style = "Table Grid"
            for i, r in enumerate(it[1]):
                for c, v in zip(t.add_row().cells, r):
                    cell_text(c, v, bold=(i == 0 or v.startswith(("Sum", "Til saman", "Totalt"))))
        elif k == "sig":
            t = doc.add_table(rows=1, cols=len(it[1]))
            _borderless(t)
            for cell, b in zip(t.rows[0].cells, it[1]):
                cell_text(cell, b.get("head", ""), bold=True)
                for line in b.get("above", []):
                    cell.add_paragraph(line)
                p = cell.add_paragraph()
                if b.get("ink"):
                    add_ink(p, b["ink"], 4.2)
                else:
                    p.add_run("\n\n")
                cell.add_paragraph("_" * 30)
                for line in b.get("under", []):
                    cell.add_paragraph(line)
        elif k == "break":
            doc.add_page_break()
    if mode == "grid4" and tbl is not None:
        flush()
    save_doc(doc, out)


def docx_to_pdf(items, out: Path, mode="table", font="Liberation Serif", **kw):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, mode, font, **kw)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ pdf
class Flow:
    """A reportlab canvas with a top-down cursor that renders the content model."""

    def __init__(self, target, font=("DV", "DVB"), size=10, x2=235, margin=56):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b = font
        self.s, self.x2, self.m = size, x2, margin
        self.y = self.H - 60
        self.page = 1

    def need(self, dy):
        if self.y - dy < 50:
            self.new_page()

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.H - 60

    def line(self, s, x=None, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(self.m if x is None else x, self.y, s)
        self.y -= dy if dy is not None else size + 5

    def para(self, s, x=None, width=None, bold=False, size=None):
        from reportlab.lib.utils import simpleSplit
        x = self.m if x is None else x
        width = width or (self.W - x - self.m)
        size = size or self.s
        for ln in simpleSplit(s, self.b if bold else self.f, size, width) or [""]:
            self.need(size + 5)
            self.line(ln, x, bold, size)

    def render(self, items):
        for it in items:
            k = {"h2": "h1", "break": "new_page"}.get(it[0], it[0])
            getattr(self, k if k == "new_page" else "_" + k)(*it[1:], *((1,) if it[0] == "h2" else ()))

    def _h1(self, s, big=3):
        self.need(40)
        self.y -= big + 1
        self.para(s, bold=True, size=self.s + big)
        self.y -= 4 if big == 3 else 0

    def _p(self, s):
        self.para(s)
        self.y -= 4

    def _small(self, s):
        self.c.setFillGray(0.35)
        self.para(s, size=self.s - 2)
        self.c.setFillGray(0)

    def _lines(self, ls):
        for s in ls:
            self.need(self.s + 5)
            self.line(s)
        self.y -= 6

    def _mail(self, owner, heads):
        self.need(120)
        self.line(owner, bold=True, size=self.s + 3, dy=10)
        self.c.setLineWidth(2)
        self.c.line(self.m, self.y, self.W - self.m, self.y)
        self.c.setLineWidth(1)
        self.y -= self.s + 8
        for lab, val in heads:
            self.line(lab + ":", bold=True, dy=0)
            self.para(val, x=self.m + 70)
        self.y -= 12

    def _kv(self, label, value, *_):
        from reportlab.lib.utils import simpleSplit
        lab = simpleSplit(label, self.f, self.s, self.x2 - self.m - 8)
        val = simpleSplit(value, self.f, self.s, self.W - self.x2 - self.m)
        self.need((self.s + 5) * max(len(lab), len(val)) + 4)
        y0 = self.y
        for ln in lab:
            self.line(ln)
        ylab, self.y = self.y, y0
        for ln in val:
            self.line(ln, x=self.x2)
        self.y = min(self.y, ylab) - 3
        self.c.setStrokeGray(0.75)
        self.c.line(self.m, self.y + self.s - 2, self.W - self.m, self.y + self.s - 2)
        self.c.setStrokeGray(0)

    def _check(self, x, on):
        self.c.rect(x, self.y - 1, 8, 8)
        if on:
            self.c.line(x + 1, self.y, x + 7, self.y + 6)
            self.c.line(x + 1, self.y + 6, x + 7, self.y)

    def _yn(self, label, on, yes="Ja", no="Nei"):
        self.need(self.s + 8)
        self.c.setFont(self.f, self.s)
        self.c.drawString(self.m, self.y, label)
        for i, (w, st) in enumerate(((yes, on), (no, not on))):
            x = self.W - self.m - 120 + i * 60
            self._check(x, st)
            self.c.drawString(x + 12, self.y, w)
        self.y -= self.s + 8

    def _box(self, label, on):
        self.need(self.s + 8)
        self._check(self.m + 4, on)
        self.c.setFont(self.f, self.s)
        self.c.drawString(self.m + 18, self.y, label)
        self.y -= self.s + 8

    def _table(self, rows, widths=None):
        n = len(rows[0])
        widths = widths or [0.46] + [0.54 / (n - 1)] * (n - 1)
        span = self.W - 2 * self.m
        self.need((self.s + 8) * min(len(rows), 4))
        for i, r in enumerate(rows):
            self.need(self.s + 8)
            x = self.m
            bold = i == 0 or r[0].startswith(("Sum", "Til saman", "Totalt"))
            self.c.setFont(self.b if bold else self.f, self.s - 0.5)
            for j, v in enumerate(r):
                w = widths[j] * span
                if j and i and v[:1].isdigit():
                    self.c.drawRightString(x + w - 4, self.y, v)
                else:
                    self.c.drawString(x + 3, self.y, v)
                x += w
            self.c.setStrokeGray(0.5)
            self.c.line(self.m, self.y - 4, self.W - self.m, self.y - 4)
            self.c.setStrokeGray(0)
            self.y -= self.s + 8
        self.y -= 6

    def _sig(self, blocks, ink=True):
        self.need(130)
        y0, low = self.y, self.y
        width = (self.W - 2 * self.m) / len(blocks)
        for i, b in enumerate(blocks):
            x, self.y = self.m + i * width, y0
            self.line(b.get("head", ""), x=x, bold=True)
            for s in b.get("above", []):
                self.line(s, x=x)
            if b.get("ink") and ink:
                self.c.drawImage(ink_reader(b["ink"]), x + 4, self.y - 40, 140, 40, mask="auto")
            self.y -= 46
            self.c.line(x, self.y, x + width - 24, self.y)
            self.y -= self.s + 4
            for s in b.get("under", []):
                self.line(s, x=x)
            low = min(low, self.y)
        self.y = low - 8

    def save(self):
        self.c.save()


def write_pdf(items, target, ink=True, **kw):
    f = Flow(target, **kw)
    if not ink:
        items = [("sig", it[1], False) if it[0] == "sig" else it for it in items]
    f.render(items)
    f.save()


def scan(items, out: Path, seed: int, dpi=300, angle=0.6, grey=250, **kw):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    write_pdf(items, buf, **kw)
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(buf.getvalue()):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=False, fillcolor=grey)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((80, 170))
        img = img.filter(ImageFilter.GaussianBlur(0.55))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=72)
        pages.append(Image.open(jb).convert("L"))
    when = datetime.datetime(2020, 1, 30, 11, 0).timetuple()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=when, modDate=when)


def pades(items, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, box or None (invisible), datetime)]; the ink of 'sig' items is left out."""
    buf = io.BytesIO()
    write_pdf(items, buf, ink=False, **kw)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def acroform(before, title, fields, boxes, sigs, after, out: Path, font=("DV", "DVB")):
    """A bundle whose middle page is a fillable form: ``before`` and ``after`` are content-model items
    on pages of their own; ``fields`` (label, name, value), ``boxes`` (label, name, checked) and ink
    ``sigs`` (head, seed, under-lines) sit on the form page."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    f = Flow(buf, font=font, size=10)
    f.render(before)
    f.new_page()
    form_page = f.page - 1
    c = f.c
    f.line(title, bold=True, size=12, dy=26)
    for label, name, _ in fields:
        if name is None:
            f.line(label, bold=True, dy=20)
            continue
        c.setFont(font[0], 9)
        c.drawString(f.m, f.y + 4, label)
        c.acroForm.textfield(name=name, x=225, y=f.y - 1, width=315, height=16, borderWidth=1, fontSize=9)
        f.y -= 22
    for label, name, _ in boxes:
        c.acroForm.checkbox(name=name, x=f.m, y=f.y - 1, size=11, buttonStyle="check")
        c.setFont(font[0], 9)
        c.drawString(f.m + 18, f.y + 1, label)
        f.y -= 18
    f.y -= 14
    for i, (head, seed, under) in enumerate(sigs):
        x = f.m + i * 250
        c.setFont(font[1], 9)
        c.drawString(x, f.y, head)
        if seed:
            c.drawImage(ink_reader(seed), x + 4, f.y - 50, 140, 40, mask="auto")
        c.line(x, f.y - 54, x + 215, f.y - 54)
        c.setFont(font[0], 9)
        for j, s in enumerate(under):
            c.drawString(x, f.y - 67 - 12 * j, s)
    f.y -= 110
    if after:
        f.new_page()
        f.render(after)
    f.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[form_page], {n: v for _, n, v in fields if n}, auto_regenerate=False)
    on = {n for _, n, v in boxes if v}
    for annot in w.pages[form_page]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn":
            state = "/Yes" if a.get("/T") in on else "/Off"
            a[NameObject("/V")] = NameObject(state)
            a[NameObject("/AS")] = NameObject(state)
    w.set_need_appearances_writer(True)
    with open(out, "wb") as fh:
        w.write(fh)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
