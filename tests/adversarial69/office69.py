"""Office side of corpus 69: its own .docx form / legacy-field / letter writer, LibreOffice PDF, a reportlab
AcroForm with filled fields, PAdES signing (pyHanko mechanics from corpus 38)."""
from __future__ import annotations

from pathlib import Path

from kit69 import A4H, A4W, _fonts
from kit38 import add_ink, ink_reader, new_doc, save_doc, soffice_pdf  # noqa: E402 (kit69 sets the path)
from pdf38 import _self_signed, _sign  # noqa: E402


def _x(xml: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    return parse_xml(xml.replace("<w:r>", f'<w:r {nsdecls("w")}>'))


def _legacy_text(p, v: str):
    from xml.sax.saxutils import escape
    for x in ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst"/><w:enabled/>'
              '<w:calcOnExit w:val="0"/><w:textInput><w:maxLength w:val="120"/></w:textInput></w:ffData></w:fldChar></w:r>',
              '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(v) or chr(8194) * 5}</w:t></w:r>',
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(_x(x))


def _legacy_box(p, on: bool):
    chk = "<w:checked/>" if on else ""
    for x in (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Avmerking"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/>{chk}</w:checkBox>'
              '</w:ffData></w:fldChar></w:r>',
              '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(_x(x))


def _no_borders(t):
    t._tbl.tblPr.append(_x('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                           + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right",
                                                                       "insideH", "insideV")) + "</w:tblBorders>"))


def write_docx(items, out: Path, font="Calibri", legacy=False, size=11):
    """Forms: every 'h' opens a two-column table (merged heading row; 'kv' label | value, 'box' text |
    check column); 'p', 'tbl' and 'sig' stand outside tables. ``legacy`` puts FORMTEXT / FORMCHECKBOX
    fields in the value cells."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = new_doc(font, size, "Søknad om tilskudd")
    t = None
    for it in items:
        k = it[0]
        if k == "t":
            r = doc.add_paragraph().add_run(it[1])
            r.bold, r.font.size = True, Pt(size + 3)
        elif k == "h" and it[-1] != "plain":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            c = t.rows[0].cells[0].merge(t.rows[0].cells[1])
            c.paragraphs[0].add_run(it[1]).bold = True
        elif k == "h":
            t = None
            doc.add_paragraph().add_run(it[1]).bold = True
        elif k in ("kv", "box") and t is not None:
            a, b = t.add_row().cells
            a.width, b.width = Cm(7), Cm(9)
            a.paragraphs[0].add_run(it[1])
            if k == "kv":
                (_legacy_text(b.paragraphs[0], it[2]) if legacy else b.paragraphs[0].add_run(it[2]))
            elif legacy:
                _legacy_box(b.paragraphs[0], it[2])
            else:
                b.paragraphs[0].add_run("X" if it[2] else "")
                b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in ("kv", "box"):
            doc.add_paragraph(f"{it[1]}: {it[2]}" if k == "kv" else f"{'☒' if it[2] else '☐'} {it[1]}")
        elif k == "p":
            t = None
            doc.add_paragraph(it[1])
        elif k == "r":
            doc.add_paragraph(it[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "tbl":
            t = None
            tb = doc.add_table(rows=0, cols=len(it[1][0]))
            tb.style = "Table Grid"
            for i, row in enumerate(it[1]):
                for j, (cell, v) in enumerate(zip(tb.add_row().cells, row)):
                    r = cell.paragraphs[0].add_run(v)
                    r.bold = i == 0 or i == len(it[1]) - 1
                    if j and i:
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            doc.add_paragraph()
        elif k == "sig":
            t = None
            doc.add_paragraph()
            tb = doc.add_table(rows=1, cols=len(it[1]))
            _no_borders(tb)
            for cell, b in zip(tb.rows[0].cells, it[1]):
                cell.paragraphs[0].add_run(b.get("head", "")).bold = True
                if b.get("place"):
                    cell.add_paragraph(b["place"])
                p = cell.add_paragraph()
                if b.get("ink"):
                    add_ink(p, b["ink"], 4.2)
                cell.add_paragraph("_" * 30)
                for ln in b.get("under", []):
                    cell.add_paragraph(ln)
    save_doc(doc, out)


def office_pdf(items, out: Path, font="Liberation Sans"):
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        write_docx(items, d, font)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ AcroForm and PAdES
def acroform(out: Path, title, intro, fields, boxes, sigs):
    """A fillable PDF made with reportlab: text fields (label, name, value) carry their values, check
    boxes (label, name, on) their state; the signature blocks are static text with ink."""
    from reportlab.pdfgen import canvas
    _fonts()
    c = canvas.Canvas(str(out), pagesize=(A4W, A4H), invariant=1)
    c.setTitle(title)
    c.setFont("DVB", 12)
    c.drawString(48, A4H - 56, title)
    c.setFont("DV", 8.5)
    y = A4H - 74
    for ln in intro:
        c.drawString(48, y, ln)
        y -= 11
    y -= 10
    for label, name, v in fields:
        if label.startswith("#"):
            c.setFont("DVB", 10)
            c.drawString(48, y + 4, label[1:])
            y -= 20
            continue
        c.setFont("DV", 9)
        c.drawString(48, y + 5, label)
        c.acroForm.textfield(name=name, value=v, x=250, y=y, width=300, height=16, fontName="Helvetica",
                             fontSize=9, borderWidth=0.8, borderColor=None, fillColor=None, forceBorder=True)
        y -= 21
    y -= 6
    for label, name, on in boxes:
        if label.startswith("#"):
            c.setFont("DVB", 10)
            c.drawString(48, y + 2, label[1:])
            y -= 18
            continue
        c.acroForm.checkbox(name=name, x=52, y=y, size=11, checked=on, buttonStyle="cross", borderWidth=0.8)
        c.setFont("DV", 9)
        c.drawString(70, y + 2, label)
        y -= 18
    y -= 24
    for i, b in enumerate(sigs):
        x = 48 + i * 262
        c.setFont("DVB", 9)
        c.drawString(x, y, b["head"])
        c.setFont("DV", 9)
        c.drawString(x, y - 14, b["place"])
        c.drawImage(ink_reader(b["ink"]), x + 6, y - 62, 140, 42, mask="auto")
        c.line(x, y - 64, x + 220, y - 64)
        for j, ln in enumerate(b["under"]):
            c.drawString(x, y - 76 - 12 * j, ln)
    c.save()


def pades(pdf: bytes, out: Path, signers_):
    """signers_: [(cn, org, field, box, datetime)] signed one after another (incremental updates)."""
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            pdf = _sign(pdf, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(pdf)
