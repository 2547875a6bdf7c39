"""Renderers of corpus 80 (tester80): one small content model (h, p, kv, box, table, sig) written as
python-docx (4-column grid, question/answer, inline content controls, legacy fields in a table, letter),
reportlab (boxed fields or ruled rows), LibreOffice PDF, AcroForm, 300 dpi scan or PAdES. Ink, zip
normalising, LibreOffice and pyHanko mechanics are imported from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
S19 = "nav-sosiale-tjenester-2019"
BOX = {True: "☒", False: "☐"}


def orgnr(base8: str, valid: bool = True) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


# ------------------------------------------------------------------ docx
def _xml(paragraph, x):
    from docx.oxml import parse_xml
    paragraph._p.append(parse_xml(x))


def _sdt_inline(paragraph, text, tag):
    from docx.oxml.ns import nsdecls
    from xml.sax.saxutils import escape
    _xml(paragraph, f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{__import__("zlib").crc32(tag.encode()) % 99999}"/>'
         f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="1F3864"/></w:rPr>'
         f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_check(paragraph, checked):
    from docx.oxml.ns import nsdecls
    n = nsdecls("w") + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    _xml(paragraph, f'<w:sdt {n}><w:sdtPr><w:tag w:val="kryss"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
         f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
         f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{BOX[checked]}</w:t></w:r>'
         f'</w:sdtContent></w:sdt>')


def _field(paragraph, text=None, checked=None):
    from docx.oxml.ns import nsdecls
    from xml.sax.saxutils import escape
    n = nsdecls("w")
    if checked is None:
        ff, instr = "<w:textInput/>", "FORMTEXT"
    else:
        ff, instr = f'<w:checkBox><w:size w:val="20"/><w:default w:val="0"/><w:checked w:val="{int(checked)}"/></w:checkBox>', "FORMCHECKBOX"
    runs = [f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="F"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/>{ff}</w:ffData></w:fldChar></w:r>',
            f'<w:r {n}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>']
    if checked is None:
        runs += [f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
                 f'<w:r {n}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>']
    runs.append(f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>')
    for x in runs:
        _xml(paragraph, x)


def _docx_sig(doc, blocks, per_row=2):
    for i in range(0, len(blocks), per_row):
        row = blocks[i:i + per_row]
        t = doc.add_table(rows=4, cols=per_row)
        for j, b in enumerate(row):
            cell_text(t.cell(0, j), b.get("head", ""), bold=True)
            p = t.cell(1, j).paragraphs[0]
            if b.get("ink"):
                add_ink(p, b["ink"], 3.8)
            else:
                p.add_run(" ")
            cell_text(t.cell(2, j), "." * 40)
            cell_text(t.cell(3, j), "\n".join(b.get("under", [])))
        doc.add_paragraph("")


def write_docx(items, out: Path, mode="grid", font="Calibri", size=10.5):
    """mode: grid (two label/value pairs a row), qa (bold question, answer below), controls (inline w:sdt),
    legacy (FORMTEXT in a two-column table), letter (kv rows become 'Label: value' lines)."""
    doc = new_doc(font, size, "Søknad om tilskudd")
    pend = []

    def flush():
        if not pend:
            return
        if mode == "grid":
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for i in range(0, len(pend), 2):
                cells = t.add_row().cells
                for j, (lab, val) in enumerate(pend[i:i + 2]):
                    cell_text(cells[2 * j], lab, bold=True, shade="DDE7D9")
                    cell_text(cells[2 * j + 1], val)
        elif mode == "legacy":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in pend:
                cells = t.add_row().cells
                cell_text(cells[0], lab)
                _field(cells[1].paragraphs[0], val)
        pend.clear()

    for it in items:
        k = it[0]
        if k == "kv" and mode in ("grid", "legacy"):
            pend.append((it[1], it[2]))
            continue
        flush()
        if k == "h":
            doc.add_heading(it[1], level=2 if len(it) < 3 else it[2])
        elif k == "p":
            doc.add_paragraph(it[1])
        elif k == "kv":
            if mode == "qa":
                doc.add_paragraph().add_run(it[1]).bold = True
                doc.add_paragraph(it[2])
            elif mode == "controls":
                p = doc.add_paragraph()
                p.add_run(it[1] + ": ").bold = True
                _sdt_inline(p, it[2], it[1][:24])
            else:
                doc.add_paragraph(f"{it[1]}: {it[2]}")
        elif k == "box":
            p = doc.add_paragraph()
            if mode == "legacy":
                _field(p, checked=it[2])
            elif mode == "controls":
                _sdt_check(p, it[2])
            else:
                p.add_run(BOX[it[2]])
            p.add_run("  " + it[1])
        elif k == "table":
            rows = it[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for c, v in zip(t.add_row().cells, r):
                    cell_text(c, v, bold=(i == 0), shade="EEEEEE" if i == 0 else None)
            doc.add_paragraph("")
        elif k == "sig":
            _docx_sig(doc, it[1])
    flush()
    save_doc(doc, out)


def docx_to_pdf(items, out: Path, mode="grid", font="Liberation Sans"):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, mode, font)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ reportlab
class Sheet:
    def __init__(self, target, font="DV", bold="DVB", size=9.5):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(str(target) if isinstance(target, Path) else target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.c.setAuthor("Nav")
        self.f, self.b, self.s = font, bold, size
        self.y = self.H - 56

    def need(self, dy):
        if self.y < dy:
            self.c.showPage()
            self.y = self.H - 56

    def line(self, s, x=56, bold=False, size=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= size + 5


def write_pdf(items, target, style="boxed", font=("DV", "DVB"), size=9.5, ink=True):
    """style: boxed (small label over a framed value, two a row) or ruled (label left, value at x=235, rule)."""
    import textwrap
    p = Sheet(target, font[0], font[1], size)
    c = p.c
    pend = []

    def flush():
        while pend:
            pair = pend[:2]
            del pend[:2]
            p.need(70)
            for j, (lab, val) in enumerate(pair):
                x = 56 + j * 245
                c.setFont(p.f, size - 2.5)
                c.drawString(x, p.y, lab)
                c.rect(x, p.y - 19, 235, 15)
                c.setFont(p.f, size)
                c.drawString(x + 4, p.y - 15, val)
            p.y -= 32

    for it in items:
        k = it[0]
        if k == "kv" and style == "boxed":
            pend.append((it[1], it[2]))
            continue
        flush()
        p.need(150 if k == "sig" else 60)
        if k == "h":
            p.y -= 4
            p.line(it[1], bold=True, size=size + (3 if len(it) < 3 else 1))
        elif k == "p":
            for ln in it[1].split("\n"):
                for w in textwrap.wrap(ln, int(100 * 9.5 / size)) or [""]:
                    p.line(w)
        elif k == "kv":
            c.setFont(p.f, size)
            c.drawString(56, p.y, it[1])
            c.drawString(235, p.y, it[2])
            c.setLineWidth(0.3)
            c.line(56, p.y - 4, 540, p.y - 4)
            c.setLineWidth(1)
            p.y -= size + 9
        elif k == "box":
            c.rect(58, p.y - 1, 8, 8)
            if it[2]:
                c.setFont(p.b, size)
                c.drawString(59.2, p.y, "X")
            c.setFont(p.f, size)
            c.drawString(74, p.y, it[1])
            p.y -= size + 6
        elif k == "table":
            rows = it[1]
            cw = 484 / len(rows[0])
            first = cw * 1.6 if len(rows[0]) > 2 else cw
            rest = (484 - first) / max(1, len(rows[0]) - 1)
            for i, r in enumerate(rows):
                c.setFont(p.b if i == 0 else p.f, size - 0.5)
                for j, v in enumerate(r):
                    if j == 0:
                        c.drawString(60, p.y, v)
                    else:
                        c.drawRightString(56 + first + j * rest - 4, p.y, v)
                c.setLineWidth(0.4)
                c.line(56, p.y - 4, 540, p.y - 4)
                p.y -= size + 8
            c.setLineWidth(1)
            p.y -= 8
        elif k == "sig":
            blocks = it[1]
            for i in range(0, len(blocks), 2):
                p.need(130)
                y0 = p.y
                low = y0
                for j, b in enumerate(blocks[i:i + 2]):
                    x = 56 + j * 250
                    yy = y0
                    c.setFont(p.b, size)
                    c.drawString(x, yy, b.get("head", ""))
                    yy -= size + 4
                    if b.get("ink") and ink:
                        c.drawImage(ink_reader(b["ink"]), x + 4, yy - 40, 135, 38, mask="auto")
                    yy -= 44
                    c.line(x, yy, x + 205, yy)
                    yy -= size + 3
                    c.setFont(p.f, size)
                    for u in b.get("under", []):
                        c.drawString(x, yy, u)
                        yy -= size + 3
                    low = min(low, yy)
                p.y = low - 10
        elif k == "space":
            p.y -= 10
    flush()
    c.save()


def scan(items, out: Path, seed: int, dpi=300, angle=-0.5, **kw):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    write_pdf(items, buf, **kw)
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
        img.save(jb, "JPEG", quality=75)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(items, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, box, datetime)]; the ink is left out."""
    buf = io.BytesIO()
    write_pdf(items, buf, ink=False, **kw)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def acroform(head, fields, boxes, sig_blocks, out: Path):
    """Fillable PDF: head lines, then (label, name, value) text fields in a two-column grid, check boxes
    (label, name, checked), ink signature blocks."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    p = Sheet(buf, "LS", "LSB", 9)
    c = p.c
    for i, h in enumerate(head):
        p.line(h, bold=(i == 0), size=12 if i == 0 else 9)
    p.y -= 6
    form = c.acroForm
    for i, (label, name, _) in enumerate(fields):
        x = 56 + (i % 2) * 245
        c.setFont("LS", 7)
        c.drawString(x, p.y, label)
        form.textfield(name=name, x=x, y=p.y - 19, width=235, height=15, borderWidth=1, fontSize=8.5)
        if i % 2:
            p.y -= 30
    p.y -= 30 if len(fields) % 2 else 4
    for label, name, _ in boxes:
        form.checkbox(name=name, x=56, y=p.y - 2, size=10, buttonStyle="cross")
        c.setFont("LS", 9)
        c.drawString(72, p.y, label)
        p.y -= 16
    p.y -= 16
    for i, b in enumerate(sig_blocks):
        x = 56 + i * 250
        c.setFont("LSB", 9)
        c.drawString(x, p.y, b["head"])
        if b.get("ink"):
            c.drawImage(ink_reader(b["ink"]), x, p.y - 48, 135, 38, mask="auto")
        c.line(x, p.y - 50, x + 205, p.y - 50)
        c.setFont("LS", 9)
        for j, u in enumerate(b.get("under", [])):
            c.drawString(x, p.y - 62 - 12 * j, u)
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
