"""Renderers of corpus 68: one small content model (headings, label/value rows, check boxes, tables,
prose, signature blocks) written out as python-docx (plain table, content controls, legacy fields,
letter), reportlab PDF, AcroForm, 300 dpi scan or PAdES. Ink, zip normalising, LibreOffice and pyHanko
mechanics come from corpus 38's kit."""
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
from pdf38 import Page, _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
BOX = {True: "☒", False: "☐"}


def orgnr(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with a MOD11 check digit (or a wrong one when not ``valid``)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 3) % 10)


# ------------------------------------------------------------------ docx
def _sdt(paragraph, text: str, tag: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from xml.sax.saxutils import escape
    x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:text/></w:sdtPr>'
         f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(x))


def _formtext(paragraph, text: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from xml.sax.saxutils import escape
    n = nsdecls("w")
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {n}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(x))


def _formcheck(paragraph, checked: bool):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    n = nsdecls("w")
    for x in (f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{int(checked)}"/>'
              f'</w:checkBox></w:ffData></w:fldChar></w:r>',
              f'<w:r {n}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(x))


def write_docx(items, out: Path, mode: str = "table", font: str = "Calibri"):
    """mode: 'table' (label/value table), 'controls' (values in w:sdt), 'legacy' (FORMTEXT paragraphs),
    'letter' (prose; 'kv' rows become 'Label: value' lines)."""
    from docx.shared import Pt
    doc = new_doc(font, 11, "Søknad")
    tbl = None
    for it in items:
        k = it[0]
        if k != "kv":
            tbl = None
        if k == "h":
            doc.add_paragraph().add_run(it[1]).bold = True
        elif k == "p":
            doc.add_paragraph(it[1])
        elif k == "kv":
            label, value = it[1], it[2]
            if mode in ("table", "controls"):
                if tbl is None:
                    tbl = doc.add_table(rows=0, cols=2)
                    tbl.style = "Table Grid"
                row = tbl.add_row().cells
                cell_text(row[0], label, bold=True, shade="E8EEF4")
                if mode == "controls":
                    _sdt(row[1].paragraphs[0], value, label[:20])
                else:
                    cell_text(row[1], value)
            elif mode == "legacy":
                p = doc.add_paragraph(label + ":\t")
                _formtext(p, value)
            else:
                doc.add_paragraph(f"{label}: {value}")
        elif k == "box":
            p = doc.add_paragraph()
            if mode == "legacy":
                _formcheck(p, it[2])
                p.add_run(" " + it[1])
            elif mode == "controls":
                _sdt(p, BOX[it[2]], "avkryssing")
                p.add_run(" " + it[1])
            else:
                p.add_run(f"{BOX[it[2]]} {it[1]}")
        elif k == "table":
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
                cell_text(cell, b.get("head", ""), bold=True)
                if b.get("place"):
                    cell.add_paragraph(b["place"])
                p = cell.add_paragraph()
                if b.get("ink"):
                    add_ink(p, b["ink"], 4.0)
                else:
                    p.add_run("\n")
                cell.add_paragraph("_" * 28)
                for line in b.get("under", []):
                    cell.add_paragraph(line)
        elif k == "space":
            doc.add_paragraph("")
    for p in doc.paragraphs:
        for r in p.runs:
            r.font.size = r.font.size or Pt(11)
    save_doc(doc, out)


def docx_to_pdf(items, out: Path, mode="table", font="Liberation Serif"):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, mode, font)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ pdf
def write_pdf(items, target, font=("DV", "DVB"), size=10, x2=250, ink=True, leader=False):
    """Render the content model with reportlab; ``ink`` False leaves the ink out (for PAdES)."""
    p = Page(target, font[0], font[1], size)
    for it in items:
        k = it[0]
        p.need(120 if k == "sig" else 70)
        if k == "h":
            p.text(it[1], bold=True, size=size + 2, dy=size + 12)
        elif k == "p":
            p.wrap(it[1], int(95 * 10 / size))
        elif k == "kv":
            p.pair(it[1] + ("" if leader else ":"), it[2], x2=x2, leader=leader)
        elif k == "box":
            c = p.c
            c.rect(62, p.y - 1, 8, 8)
            if it[2]:
                c.line(62, p.y - 1, 70, p.y + 7)
                c.line(62, p.y + 7, 70, p.y - 1)
            c.setFont(p.f, size)
            c.drawString(78, p.y, it[1])
            p.y -= size + 7
        elif k == "table":
            rows = it[1]
            n = len(rows[0])
            colw = (480 / n)
            for i, r in enumerate(rows):
                p.c.setFont(p.b if i == 0 else p.f, size - 1)
                for j, v in enumerate(r):
                    xx = 60 + j * colw
                    if j and i:
                        p.c.drawRightString(xx + colw - 6, p.y, v)
                    else:
                        p.c.drawString(xx + 3, p.y, v)
                p.c.line(60, p.y - 4, 540, p.y - 4)
                p.y -= size + 8
            p.y -= 6
        elif k == "sig":
            blocks = it[1]
            y0 = p.y
            for i, b in enumerate(blocks):
                x = 60 + i * 250
                yy = y0
                p.c.setFont(p.b, size)
                p.c.drawString(x, yy, b.get("head", ""))
                yy -= size + 6
                p.c.setFont(p.f, size)
                if b.get("place"):
                    p.c.drawString(x, yy, b["place"])
                    yy -= size + 6
                if b.get("ink") and ink:
                    p.ink(b["ink"], x, yy - 42, 140, 40)
                yy -= 46
                p.c.line(x, yy, x + 200, yy)
                yy -= size + 4
                for line in b.get("under", []):
                    p.c.drawString(x, yy, line)
                    yy -= size + 4
                p.y = min(p.y, yy) if i else yy
            p.y -= 10
        elif k == "space":
            p.y -= 12
    p.save()


def scan(items, out: Path, seed: int, dpi=300, angle=0.6, **kw):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    write_pdf(items, buf, **kw)
    pdf = pdfium.PdfDocument(buf.getvalue())
    rnd = random.Random(seed)
    pages = []
    for pg in pdf:
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        px = img.load()
        w, h = img.size
        for _ in range(3000):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 180))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=70)
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


def acroform(static, fields, boxes, out: Path, sig_blocks, title):
    """A fillable PDF: static header lines, text fields (label, name, value), check boxes
    (label, name, checked), static ink signature blocks under it."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("DVB", 12)
    c.drawString(50, H - 55, title)
    c.setFont("DV", 9)
    y = H - 75
    for s in static:
        c.drawString(50, y, s)
        y -= 13
    y -= 8
    form = c.acroForm
    for label, name, _ in fields:
        c.drawString(50, y + 5, label)
        form.textfield(name=name, x=230, y=y, width=320, height=17, borderWidth=1, fontSize=9)
        y -= 23
    y -= 4
    for label, name, _ in boxes:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, label)
        y -= 19
    y -= 20
    for i, b in enumerate(sig_blocks):
        x = 50 + i * 260
        c.setFont("DVB", 9)
        c.drawString(x, y, b["head"])
        c.setFont("DV", 9)
        if b.get("ink"):
            c.drawImage(ink_reader(b["ink"]), x, y - 50, 140, 40, mask="auto")
        c.line(x, y - 52, x + 210, y - 52)
        yy = y - 64
        for line in b.get("under", []):
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


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
