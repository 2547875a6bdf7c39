"""Renderers of corpus 72: one small content model written out as python-docx (grid tables, content
controls, legacy fields in table cells, letters), LibreOffice PDF, reportlab PDF (ruled rows, numbered
questions, plain), a reportlab AcroForm, a 250-300 dpi scan or PAdES. Ink, zip normalising, LibreOffice
and pyHanko mechanics are imported from corpus 38's kit.

Content items (tuples):
  ("h", text)  ("p", text)  ("space",)  ("break",)  ("list", [text, ...]) (docx only)
  ("kv", label, value)                     a label/value row
  ("grid", [[label, value, label, value]])  docx only: two pairs per row
  ("box", label, checked)                  a check box line (glyphs from the document's ``boxes``)
  ("yn", question, yes)                    PDF only: a question with "Ja" and "Nei" boxes on its line
  ("table", rows)                          first row is the header
  ("sig", blocks, layout)                  layout "side" | "stack" | "table"
     block: {"head", "place", "ink", "under": [lines], "name", "title"}; for "table" layout the
     columns come from TABLE_HEAD[lang] and the block gives title, name, place and ink.
"""
from __future__ import annotations

import datetime
import io
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from kit38 import add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
GLYPHS = {"ballot": ("☒", "☐"), "bracket": ("[x]", "[  ]"), "cross": ("X", "  "), "check": ("✓", "  ")}
TABLE_HEAD = {"nb": ["Rolle", "Navn", "Sted og dato", "Signatur"],
              "nn": ["Rolle", "Namn", "Stad og dato", "Underskrift"]}


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
def _xml(p, x: str):
    p._p.append(parse_xml(x))


def _ns():
    return nsdecls("w")


W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def sdt_text(p, tag: str, value: str | None):
    """A plain-text content control; ``None`` leaves Word's placeholder showing."""
    from xml.sax.saxutils import escape
    ph = "<w:showingPlcHdr/>" if value is None else ""
    run = (f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
           f'<w:t>{PLACEHOLDER}</w:t></w:r>' if value is None else
           f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>')
    _xml(p, f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
            f'<w:sdtContent>{run}</w:sdtContent></w:sdt>')


def sdt_date(p, tag: str, iso: str, shown: str):
    _xml(p, f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_box(p, checked: bool):
    g = "☒" if checked else "☐"
    _xml(p, f'<w:sdt {_ns()} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
            f'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{g}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def ff_text(p, name: str, value: str):
    """A legacy FORMTEXT field; an empty value is five en spaces, as Word leaves it."""
    from xml.sax.saxutils import escape
    shown = escape(value) if value else "\u2002" * 5
    n = _ns()
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:textInput><w:maxLength w:val="120"/></w:textInput></w:ffData>'
              f'</w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {n}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{shown}</w:t></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        _xml(p, x)


def ff_box(p, name: str, checked: bool):
    """A legacy FORMCHECKBOX ticked by the user: default 0 with an explicit <w:checked/>."""
    n = _ns()
    chk = "<w:checked/>" if checked else ""
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/>{chk}'
              f'</w:checkBox></w:ffData></w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        _xml(p, x)


def _value(p, mode: str, tag: str, value):
    """Write one answer into paragraph ``p`` in the document's mode."""
    if mode == "controls":
        if isinstance(value, tuple):          # (iso, shown) → a date picker
            sdt_date(p, tag, *value)
        else:
            sdt_text(p, tag, value)
    elif mode == "legacy":
        ff_text(p, tag, value or "")
    else:
        p.add_run(value[1] if isinstance(value, tuple) else (value or ""))


def _box(p, mode: str, checked: bool, glyphs, n: int):
    {"controls": lambda: sdt_box(p, checked), "legacy": lambda: ff_box(p, f"Avkrysning{n}", checked)}.get(
        mode, lambda: p.add_run(glyphs[0] if checked else glyphs[1]))()


def _sig_docx(doc, blocks, layout, lang, mode):
    if layout == "table":
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, TABLE_HEAD[lang]):
            cell_text(c, h, bold=True, shade="EDEDED")
        for b in blocks:
            cells = t.add_row().cells
            cell_text(cells[0], b.get("title", ""))
            _value(cells[1].paragraphs[0], mode, "Navn", b.get("name", ""))
            _value(cells[2].paragraphs[0], mode, "Dato", b.get("place", ""))
            if b.get("ink"):
                add_ink(cells[3].paragraphs[0], b["ink"], 3.5)
        return

    def fill(cell_or_doc, b):
        first = cell_or_doc.paragraphs[0] if hasattr(cell_or_doc, "_tc") else cell_or_doc.add_paragraph()
        if b.get("head"):
            first.add_run(b["head"]).bold = True
            first = None
        if b.get("place"):
            (first or cell_or_doc.add_paragraph()).add_run(b["place"])
            first = None
        p = first or cell_or_doc.add_paragraph()
        add_ink(p, b["ink"], 4.0) if b.get("ink") else p.add_run("\n")
        cell_or_doc.add_paragraph("_" * 30)
        for line in b.get("under", []):
            cell_or_doc.add_paragraph(line)

    if layout == "side":
        t = doc.add_table(rows=1, cols=len(blocks))
        for cell, b in zip(t.rows[0].cells, blocks):
            fill(cell, b)
    else:
        for b in blocks:
            fill(doc, b)
            doc.add_paragraph("")


def write_docx(items, out: Path, mode="table", font="Calibri", lang="nb", boxes="ballot", size=11):
    """mode: 'table' | 'controls' | 'legacy' | 'letter'."""
    from docx.enum.text import WD_BREAK
    doc = new_doc(font, size, "Søknad")
    glyphs = GLYPHS[boxes]
    tbl, nbox = None, 0
    for it in items:
        k = it[0]
        if k != "kv":
            tbl = None
        if k == "h":
            doc.add_paragraph().add_run(it[1]).bold = True
        elif k == "p":
            doc.add_paragraph(it[1])
        elif k == "list":
            for s in it[1]:
                doc.add_paragraph("– " + s)
        elif k == "space":
            doc.add_paragraph("")
        elif k == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "kv":
            if mode == "letter":
                doc.add_paragraph(f"{it[1]}: {it[2]}")
                continue
            tbl = tbl or doc.add_table(rows=0, cols=2, style="Table Grid")
            row = tbl.add_row().cells
            cell_text(row[0], it[1], shade="DCE6F0")
            _value(row[1].paragraphs[0], mode, it[1][:18], it[2])
        elif k == "grid":
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for r in it[1]:
                cells = t.add_row().cells
                for j in range(0, 4, 2):
                    cell_text(cells[j], r[j], bold=True)
                    _value(cells[j + 1].paragraphs[0], mode, r[j][:18], r[j + 1])
        elif k == "box":
            nbox += 1
            p = doc.add_paragraph()
            _box(p, mode, it[2], glyphs, nbox)
            p.add_run("  " + it[1])
        elif k == "table":
            rows = it[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for c, v in zip(t.add_row().cells, r):
                    cell_text(c, v, bold=(i == 0))
        elif k == "sig":
            _sig_docx(doc, it[1], it[2], lang, mode)
    save_doc(doc, out)


def docx_to_pdf(items, out: Path, **kw):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, **kw)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ reportlab
class Sheet:
    """A top-down reportlab page writer; with ``form`` the answers become AcroForm fields."""

    def __init__(self, target, font=("DV", "DVB"), size=10, style="rows", x2=230, boxes="ballot",
                 form=False, ink=True, lang="nb"):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b = font
        self.s, self.style, self.x2, self.form, self.ink, self.lang = size, style, x2, form, ink, lang
        self.glyphs = GLYPHS[boxes]
        self.y = self.H - 56
        self.n = 0

    def need(self, dy):
        if self.y < dy:
            self.page()

    def page(self):
        self.c.showPage()
        self.y = self.H - 56

    def line(self, s, x=56, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy if dy is not None else size + 6

    def wrap(self, s, x=56, width=None):
        import textwrap
        for ln in textwrap.wrap(s, width or int(100 * 10 / self.s)):
            self.line(ln, x=x)

    def field(self, x, value, w=300):
        self.n += 1
        self.c.acroForm.textfield(name=f"f{self.n}", value=value or "", x=x, y=self.y - 4, width=w, height=15,
                                  borderWidth=0.6, fontName="Helvetica", fontSize=9, fillColor=None)

    def kv(self, label, value):
        """One label/value row; a value wider than the row wraps onto more lines inside it."""
        c, s = self.c, self.s
        from reportlab.lib.utils import simpleSplit
        lines = [value] if self.form else (simpleSplit(value or "", self.f, s, 535 - self.x2) or [""])
        extra = (s + 3) * (len(lines) - 1)
        if self.style == "rows":
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.rect(56, self.y - 5 - extra, self.x2 - 62, s + 8 + extra, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(56, self.y - 5 - extra, 483, s + 8 + extra, stroke=1, fill=0)
            c.line(self.x2 - 6, self.y - 5 - extra, self.x2 - 6, self.y + s + 3)
        c.setFont(self.f, s)
        c.drawString(60, self.y, label + ("" if self.style == "rows" else ":"))
        if self.form:
            self.field(self.x2, value)
        for i, ln in enumerate(lines if not self.form else []):
            c.drawString(self.x2, self.y - i * (s + 3), ln)
        self.y -= s + (8 if self.style == "rows" else 7) + extra

    def box(self, label, checked, x=60):
        c = self.c
        if self.form:
            self.n += 1
            c.acroForm.checkbox(name=f"b{self.n}", x=x, y=self.y - 2, size=10, checked=checked, buttonStyle="cross",
                                borderWidth=0.6)
        elif self.glyphs[0] == "✓":
            c.rect(x, self.y - 1, 9, 9)
            if checked:
                c.setFont("DV", 9)
                c.drawString(x + 1, self.y, "✓")
        else:
            c.setFont("DV", self.s)
            c.drawString(x, self.y, self.glyphs[0] if checked else self.glyphs[1])
        c.setFont(self.f, self.s)
        c.drawString(x + 20, self.y, label)
        self.y -= self.s + 7

    def table(self, rows, widths=None):
        n = len(rows[0])
        widths = widths or [483 / n] * n
        for i, r in enumerate(rows):
            self.need(60)
            self.c.setFont(self.b if i == 0 else self.f, self.s - 1)
            x = 56
            for j, (v, w) in enumerate(zip(r, widths)):
                if j and i:
                    self.c.drawRightString(x + w - 6, self.y, v)
                else:
                    self.c.drawString(x + 4, self.y, v)
                x += w
            self.c.line(56, self.y - 4, 539, self.y - 4)
            self.y -= self.s + 8
        self.y -= 6

    def sig(self, blocks, layout):
        c, s = self.c, self.s
        if layout == "table":
            xs = [56, 156, 276, 416, 539]
            rows = [TABLE_HEAD[self.lang]] + [[b.get("title", ""), b.get("name", ""), b.get("place", "")]
                                              for b in blocks]
            for i, r in enumerate(rows):
                hgt = s + 10 if i == 0 else 40
                top = self.y + s + 2
                for x in xs:
                    c.line(x, top, x, top - hgt)
                c.line(56, top, 539, top)
                c.line(56, top - hgt, 539, top - hgt)
                c.setFont(self.b if i == 0 else self.f, s - 1)
                for x, v in zip(xs, r):
                    c.drawString(x + 4, self.y - (0 if i == 0 else 12), v)
                if i and blocks[i - 1].get("ink") and self.ink:
                    c.drawImage(ink_reader(blocks[i - 1]["ink"]), 424, top - 37, 105, 32, mask="auto")
                self.y -= hgt
            self.y -= 14
            return
        y0 = self.y
        for i, b in enumerate(blocks):
            x = 56 + (i * 250 if layout == "side" else 0)
            if layout == "stack":
                self.need(130)
                y0 = self.y
            yy = y0
            if b.get("head"):
                c.setFont(self.b, s)
                c.drawString(x, yy, b["head"])
                yy -= s + 6
            c.setFont(self.f, s)
            if b.get("place"):
                c.drawString(x, yy, b["place"])
                yy -= s + 6
            if b.get("ink") and self.ink:
                c.drawImage(ink_reader(b["ink"]), x, yy - 40, 140, 40, mask="auto")
            yy -= 46
            c.line(x, yy, x + 210, yy)
            yy -= s + 4
            for ln in b.get("under", []):
                c.drawString(x, yy, ln)
                yy -= s + 4
            self.y = min(self.y, yy) if layout == "side" and i else yy - 14
        self.y -= 8

    def render(self, items):
        for it in items:
            k = it[0]
            self.need(150 if k == "sig" else 70)
            if k == "h":
                self.line(it[1], bold=True, size=self.s + 2, dy=self.s + 12)
            elif k == "p":
                self.wrap(it[1])
            elif k == "space":
                self.y -= 12
            elif k == "break":
                self.page()
            elif k == "kv":
                self.kv(it[1], it[2])
            elif k == "box":
                self.box(it[1], it[2])
            elif k == "yn":
                self.c.setFont(self.f, self.s)
                self.c.drawString(60, self.y, it[1])
                y = self.y
                self.box("Ja", it[2], x=390)
                self.y = y
                self.box("Nei", not it[2], x=450)
            elif k == "table":
                self.table(it[1])
            elif k == "sig":
                self.sig(it[1], it[2])
        self.c.save()


def write_pdf(items, target, **kw):
    Sheet(target, **kw).render(items)


def scan(items, out: Path, seed: int, dpi=300, angle=0.5, jpeg=72, **kw):
    """Print and scan: render, greyscale, rotate, speckle, blur, JPEG, one image per page."""
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter
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
        ImageDraw.Draw(img).rectangle([0, 0, 13, h], fill=115)          # the copier's dark left edge
        img = img.filter(ImageFilter.GaussianBlur(0.55))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=jpeg)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(items, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, box, datetime)] signed one after the other (incremental updates)."""
    buf = io.BytesIO()
    write_pdf(items, buf, ink=False, **kw)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
