"""Word renderer of corpus 82 (tester82): the item model of kit82 as python-docx (sections with landscape
pages and columns, running header/footer, content controls with placeholders and date pickers), and the
same document exported to PDF by LibreOffice with the producer metadata of the office's tool."""
from __future__ import annotations

import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from kit82 import add_ink, cell_text, finish_pdf, new_doc, save_doc, soffice_pdf

def _xml(s):
    from docx.oxml import parse_xml
    return parse_xml(s)


def _ns():
    from docx.oxml.ns import nsdecls
    return nsdecls("w") + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _sdt_text(p, value, alias):
    if value is None:   # an untouched control: Word's placeholder
        body = ('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                '<w:t>Klikk eller trykk her for å skrive inn tekst.</w:t></w:r>')
        pr = '<w:showingPlcHdr/><w:text/>'
    elif isinstance(value, tuple):  # ("date", iso, shown)
        body = f'<w:r><w:t xml:space="preserve">{escape(value[2])}</w:t></w:r>'
        pr = (f'<w:date w:fullDate="{value[1]}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/>'
              '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    else:
        body = f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
        pr = '<w:text/>'
    p._p.append(_xml(f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{pr}</w:sdtPr>'
                     f'<w:sdtContent>{body}</w:sdtContent></w:sdt>'))


def _sdt_box(p, on):
    g = "☒" if on else "☐"
    p._p.append(_xml(
        f'<w:sdt {_ns()}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(on)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>'))


def _section(doc, landscape=None, cols=None, new_page=True):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    prev = doc.sections[-1]
    s = doc.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
    if landscape is not None:
        w, h = sorted((prev.page_width, prev.page_height))
        s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = (h, w) if landscape else (w, h)
    if cols:
        from docx.oxml.ns import qn
        old = s._sectPr.find(qn("w:cols"))
        if old is None:
            old = _xml(f'<w:cols {_ns()}/>')
            s._sectPr.append(old)
        old.set(qn("w:num"), str(cols))
        old.set(qn("w:space"), "567")


def render_docx(items, out: Path, *, font="Calibri", size=11, header=None, footer=None, controls=False, title="Søknad"):
    """Items → .docx. Extra kinds: ('land',) / ('port',) new section; ('cols2',) / ('cols1',) continuous section."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    from docx.shared import Cm
    doc = new_doc(font, size, title)
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(21), Cm(29.7)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        fp = doc.sections[0].footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(8)
    for it in items:
        k = it[0]
        if k in ("h1", "h2", "h3"):
            doc.add_heading(it[1], int(k[1]))
        elif k in ("p", "b", "small", "pr"):
            for para in it[1].split("\n\n"):
                p = doc.add_paragraph()
                r = p.add_run(para)
                r.bold = k == "b"
                if k == "small":
                    r.font.size = Pt(size - 2)
                if k == "pr":
                    p.alignment = 2
        elif k == "space":
            doc.add_paragraph("")
        elif k == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k in ("land", "port"):
            _section(doc, landscape=(k == "land"))
        elif k in ("cols2", "cols1"):
            _section(doc, cols=int(k[-1]), new_page=False)
        elif k == "kv":
            rows, style = it[1], (it[2] if len(it) > 2 else "grid")
            t = doc.add_table(rows=0, cols=len(rows[0]))
            if style != "plain":
                t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    if j % 2 == 0:
                        cell_text(cells[j], v, bold=style != "plain", shade="F2F2F2" if style == "grid" else None)
                    elif controls:
                        _sdt_text(cells[j].paragraphs[0], v, r[j - 1][:24])
                    else:
                        cell_text(cells[j], v)
            doc.add_paragraph("")
        elif k == "checks":
            for label, on in it[1]:
                p = doc.add_paragraph()
                if controls:
                    _sdt_box(p, on)
                    p.add_run(" " + label)
                else:
                    p.add_run(("☒" if on else "☐") + " " + label)
        elif k == "table":
            rows = it[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    cell_text(cells[j], v, bold=i == 0)
                    if i and j:
                        cells[j].paragraphs[0].alignment = 2
            doc.add_paragraph("")
        elif k == "sig":
            t = doc.add_table(rows=1, cols=len(it[1]))
            t.rows[0]._tr.get_or_add_trPr().append(_xml(f'<w:cantSplit {_ns()}/>'))
            for cell, b in zip(t.rows[0].cells, it[1]):
                cell_text(cell, b.get("head", ""), bold=True)
                if b.get("place"):
                    cell.add_paragraph(b["place"])
                p = cell.add_paragraph()
                if b.get("ink"):
                    add_ink(p, b["ink"], 4.2)
                else:
                    p.add_run("\n\n")
                cell.add_paragraph("_" * 30)
                for line in b.get("under", []):
                    cell.add_paragraph(line)
        else:
            raise ValueError(k)
    save_doc(doc, out)


def office_pdf(items, out: Path, meta=("LibreOffice 6.4", "Writer"), title="", **kw):
    """A Word document exported to PDF (LibreOffice does the layout; the producer is the office's)."""
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        render_docx(items, d, title=title or "Søknad", **kw)
        tmp = Path(td) / "lo.pdf"
        soffice_pdf(d, tmp)
        out.write_bytes(finish_pdf(tmp.read_bytes(), meta, title))
