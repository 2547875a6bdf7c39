"""Renderers of corpus 78: one small content model written out as python-docx (a form with merged
section rows, content controls with date pickers and w14 check boxes, legacy fields inside table cells,
a letter with letterhead in the page header and org number in the footer), reportlab PDF (boxed
"label above value" grid or ruled lines, running header/footer), AcroForm, scan, PAdES and an
encrypted PDF. Ink, zip normalising, LibreOffice and pyHanko mechanics come from corpus 38's kit.

Items: ("h", text) heading, ("p", text) paragraph, ("bul", [lines]) bullet list, ("sec", text) section
row, ("kv", label, value[, kind]) a field (kind "date" = date picker, "ph" = empty control with
placeholder), ("chk", label, ticked) a check box line, ("grid", rows) a table whose first row is a
header, ("sig", [blocks]) signature blocks {head, place, ink, under: [lines]}, ("gap",), ("page",) a
page break (an attachment behind)."""
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
from kit38 import add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


# ------------------------------------------------------------------ docx pieces
def _x(xml: str):
    from docx.oxml import parse_xml
    return parse_xml(xml)


def _ns():
    from docx.oxml.ns import nsdecls
    return nsdecls("w")


def sdt_text(par, text: str, tag: str, placeholder: bool = False):
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    par._p.append(_x(f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
                     f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_date(par, iso: str, shown: str, tag: str):
    par._p.append(_x(f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
                     f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/>'
                     f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                     f'<w:sdtContent><w:r><w:t>{escape(shown)}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_check(par, ticked: bool):
    ch = "☒" if ticked else "☐"
    par._p.append(_x(f'<w:sdt {_ns()} xmlns:w14="{W14}"><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(ticked)}"/>'
                     f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                     f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                     f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                     f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>'))


def legacy_text(par, text: str, name: str):
    n = _ns()
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:textInput><w:maxLength w:val="120"/></w:textInput></w:ffData></w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {n}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(_x(x))


def legacy_check(par, ticked: bool, name: str):
    """Checked the way Word writes a box the user clicked: w:checked next to a w:default of 0."""
    n = _ns()
    on = '<w:checked/>' if ticked else ''
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/>{on}</w:checkBox>'
              f'</w:ffData></w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(_x(x))


def _shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(_x(f'<w:shd {_ns()} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def write_docx(items, out: Path, mode="form", font="Calibri", header=None, footer=None, size=11):
    """mode: 'form' (2-column table, ticks as X in a third column), 'controls', 'legacy', 'letter'."""
    doc = new_doc(font, size, "Søknad om tilskudd")
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    tbl = None
    n = 0
    for it in items:
        k = it[0]
        n += 1
        if k not in ("kv", "sec", "chk") or mode == "letter":
            tbl = None
        if k == "h":
            doc.add_paragraph(it[1], style="Heading 2" if mode == "letter" else "Heading 1")
        elif k == "p":
            doc.add_paragraph(it[1])
        elif k == "bul":
            for line in it[1]:
                doc.add_paragraph(line, style="List Bullet")
        elif k in ("kv", "sec", "chk") and mode != "letter":
            if tbl is None:
                tbl = doc.add_table(rows=0, cols=3)
                tbl.style = "Table Grid"
            row = tbl.add_row().cells
            if k == "sec":
                m = row[0].merge(row[1]).merge(row[2])
                cell_text(m, it[1], bold=True)
                _shade(m, "D9E2F3")
            elif k == "kv":
                cell_text(row[0], it[1])
                v = row[1].merge(row[2])
                kind = it[3] if len(it) > 3 else ""
                par = v.paragraphs[0]
                if mode == "controls" and kind == "date":
                    d, m_, y = it[2].split(".")
                    sdt_date(par, f"{y}-{m_}-{d}", it[2], f"dato{n}")
                elif mode == "controls":
                    sdt_text(par, it[2] or "Klikk eller trykk her for å skrive inn tekst.", f"felt{n}", kind == "ph")
                elif mode == "legacy":
                    legacy_text(par, it[2], f"Tekst{n}")
                else:
                    cell_text(v, it[2])
            else:
                m = row[0].merge(row[1])
                cell_text(m, it[1])
                par = row[2].paragraphs[0]
                if mode == "controls":
                    sdt_check(par, it[2])
                elif mode == "legacy":
                    legacy_check(par, it[2], f"Avkryss{n}")
                else:
                    par.add_run("X" if it[2] else "")
        elif k == "kv":
            p = doc.add_paragraph()
            p.add_run(it[1] + ": ").bold = True
            p.add_run(it[2])
        elif k == "chk":
            doc.add_paragraph(("☒ " if it[2] else "☐ ") + it[1])
        elif k == "sec":
            doc.add_paragraph().add_run(it[1]).bold = True
        elif k == "grid":
            rows = it[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    cell_text(c, v, bold=(i == 0))
        elif k == "sig":
            t = doc.add_table(rows=1, cols=len(it[1]))
            for cell, b in zip(t.rows[0].cells, it[1]):
                if b.get("place"):
                    cell_text(cell, b["place"])
                    p = cell.add_paragraph()
                else:
                    p = cell.paragraphs[0]
                if b.get("ink"):
                    add_ink(p, b["ink"], 4.2)
                else:
                    p.add_run(" ")
                    cell.add_paragraph(" ")
                cell.add_paragraph("." * 44)
                for j, line in enumerate([b.get("head", "")] + b.get("under", [])):
                    if line:
                        cell.add_paragraph().add_run(line).bold = (j == 0 and b.get("bold_head", False))
        elif k == "gap":
            doc.add_paragraph("")
        elif k == "page":
            doc.add_page_break()
    save_doc(doc, out)


def docx_to_pdf(items, out: Path, mode="form", font="Liberation Sans", **kw):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, mode, font, **kw)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ reportlab
class Sheet:
    """A canvas with a cursor and a running header/footer drawn on every page."""

    def __init__(self, target, font, bold, size, header, footer):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad om tilskudd")
        self.f, self.b, self.s = font, bold, size
        self.header, self.footer, self.page = header, footer, 1
        self._top()

    def _top(self):
        c = self.c
        if self.header:
            c.setFont(self.f, 8)
            c.drawString(50, self.H - 35, self.header)
            c.line(50, self.H - 40, self.W - 50, self.H - 40)
        if self.footer:
            c.setFont(self.f, 7)
            c.line(50, 42, self.W - 50, 42)
            c.drawString(50, 32, self.footer)
            c.drawRightString(self.W - 50, 32, f"Side {self.page}")
        self.y = self.H - 70

    def need(self, dy):
        if self.y - dy < 60:
            self.c.showPage()
            self.page += 1
            self._top()

    def line(self, s, x=55, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy or size + 5


def write_pdf(items, target, font=("DV", "DVB"), size=10, style="boxes", header=None, footer=None, ink=True):
    """style 'boxes': each field a framed box, small label on top, value under it (two per row);
    'lines': label left, value on an underline at x=230."""
    import textwrap
    p = Sheet(target, font[0], font[1], size, header, footer)
    c = p.c
    pend = []

    def flush():
        while pend:
            pair, pend[:] = pend[:2], pend[2:]
            p.need(34)
            for j, (lab, val) in enumerate(pair):
                x = 55 + j * 245
                c.rect(x, p.y - 22, 240, 32)
                c.setFont(p.f, 7)
                c.drawString(x + 4, p.y + 2, lab)
                c.setFont(p.f, size)
                c.drawString(x + 6, p.y - 15, val)
            p.y -= 36
    for it in items:
        k = it[0]
        if k != "kv" or style != "boxes":
            flush()
        if k == "h":
            p.need(30)
            p.y -= 4
            p.line(it[1], bold=True, size=size + 2, dy=size + 10)
        elif k == "sec":
            p.need(30)
            p.y -= 2
            p.line(it[1], bold=True, dy=size + 7)
        elif k == "p":
            for ln in it[1].split("\n"):
                for w in textwrap.wrap(ln, int(96 * 10 / size)) or [""]:
                    p.need(16)
                    p.line(w)
            p.y -= 3
        elif k == "bul":
            for ln in it[1]:
                for j, w in enumerate(textwrap.wrap(ln, int(88 * 10 / size))):
                    p.need(16)
                    p.line(("•  " if j == 0 else "   ") + w, x=70)
        elif k == "kv" and style == "boxes":
            pend.append((it[1], it[2]))
        elif k == "kv":
            p.need(18)
            c.setFont(p.f, size)
            c.drawString(55, p.y, it[1])
            c.drawString(232, p.y, it[2])
            c.setLineWidth(0.4)
            c.line(228, p.y - 3, 540, p.y - 3)
            c.setLineWidth(1)
            p.y -= size + 9
        elif k == "chk":
            p.need(18)
            c.rect(58, p.y - 1, 9, 9)
            if it[2]:
                c.setFont(p.b, size)
                c.drawString(59.5, p.y, "X")
            c.setFont(p.f, size)
            c.drawString(74, p.y, it[1])
            p.y -= size + 7
        elif k == "grid":
            rows = it[1]
            n = len(rows[0])
            first = 200 if n > 2 else 300
            ws = [first] + [(485 - first) / (n - 1)] * (n - 1)
            p.need(20 * len(rows))
            for i, r in enumerate(rows):
                x = 55
                for j, v in enumerate(r):
                    c.rect(x, p.y - 5, ws[j], 18)
                    c.setFont(p.b if i == 0 else p.f, size - 1)
                    if j and i:
                        c.drawRightString(x + ws[j] - 5, p.y, v)
                    else:
                        c.drawString(x + 4, p.y, v)
                    x += ws[j]
                p.y -= 18
            p.y -= 10
        elif k == "sig":
            p.need(130)
            y0 = p.y
            low = y0
            for i, b in enumerate(it[1]):
                x, yy = 55 + i * 250, y0
                c.setFont(p.f, size)
                if b.get("place"):
                    c.drawString(x, yy, b["place"])
                    yy -= size + 4
                if b.get("ink") and ink:
                    c.drawImage(ink_reader(b["ink"]), x + 10, yy - 44, 150, 42, mask="auto")
                yy -= 46
                c.line(x, yy, x + 210, yy)
                yy -= size + 4
                for line in [b.get("head", "")] + b.get("under", []):
                    if line:
                        c.drawString(x, yy, line)
                        yy -= size + 4
                low = min(low, yy)
            p.y = low - 8
        elif k == "gap":
            p.y -= 12
        elif k == "page":
            p.need(10 ** 4)
    flush()
    c.save()


def scan(items, out: Path, seed: int, dpi=300, angle=0.5, quality=72, **kw):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    write_pdf(items, buf, **kw)
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(buf.getvalue()):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.5)).point(lambda v: min(255, int(v * 0.93 + 12)))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(items, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, box, datetime)]."""
    buf = io.BytesIO()
    write_pdf(items, buf, ink=False, **kw)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def encrypted(items, out: Path, password: str, **kw):
    from pypdf import PdfReader, PdfWriter
    buf = io.BytesIO()
    write_pdf(items, buf, **kw)
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.encrypt(user_password=password, owner_password=password + "-eier", algorithm="AES-256")
    with open(out, "wb") as f:
        w.write(f)


def acroform(title, intro, fields, boxes, sig_blocks, out: Path):
    """A fillable PDF: sections of text fields [(section, [(label, name, value)])], check boxes
    [(label, name, on)], static signature blocks below."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    Wd, Ht = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFillColorRGB(0.85, 0.9, 0.95)
    c.rect(40, Ht - 70, Wd - 80, 34, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LSB", 12)
    c.drawString(48, Ht - 57, title)
    c.setFont("LS", 8)
    y = Ht - 86
    for s in intro:
        c.drawString(48, y, s)
        y -= 11
    form = c.acroForm
    for sec, rows in fields:
        y -= 8
        c.setFont("LSB", 9)
        c.drawString(48, y, sec)
        y -= 18
        c.setFont("LS", 8)
        for label, name, _ in rows:
            c.drawString(48, y + 5, label)
            form.textfield(name=name, x=215, y=y, width=335, height=16, borderWidth=0.6, fontSize=9, fontName="Helvetica")
            y -= 21
    y -= 6
    for label, name, _ in boxes:
        form.checkbox(name=name, x=48, y=y, size=10, buttonStyle="cross")
        c.drawString(64, y + 2, label)
        y -= 17
    y -= 18
    for i, b in enumerate(sig_blocks):
        x = 48 + i * 265
        c.setFont("LS", 8)
        c.drawString(x, y, b.get("place", ""))
        if b.get("ink"):
            c.drawImage(ink_reader(b["ink"]), x + 8, y - 50, 140, 40, mask="auto")
        c.line(x, y - 52, x + 220, y - 52)
        yy = y - 63
        for line in [b["head"]] + b.get("under", []):
            c.drawString(x, yy, line)
            yy -= 11
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], {n: v for _, rows in fields for _, n, v in rows}, auto_regenerate=False)
    on = {n for _, n, v in boxes if v}
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
