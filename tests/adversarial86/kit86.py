"""Word renderers of corpus 86 (tester86): grids whose cells are filled by small callables (real content
controls with date pickers, drop-downs, w14 check boxes, picture controls and placeholders; legacy
FORMTEXT/FORMCHECKBOX fields in table cells), letterheads in the section header and footer, LibreOffice PDF.
Ink, zip normalising and soffice mechanics come from corpus 38's kit; the PDF side is in sheet86.py."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_png, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
FD = Path("/usr/share/fonts/truetype")


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    r = 11 - sum(int(d) * k for d, k in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


# ------------------------------------------------------------------ Word pieces (cell fillers)
def _x(xml: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    return parse_xml(xml.replace("{N}", nsdecls("w", "w14")))


def _esc(s: str) -> str:
    from xml.sax.saxutils import escape
    return escape(s)


def _sdt(p, pr: str, runs: str):
    p._p.append(_x(f'<w:sdt {{N}}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>'))


_ids = iter(range(-1900000, 0, 7919))
PH = "Klikk eller trykk her for å skrive inn tekst."


def ctl(text: str | None, tag: str):
    """A plain-text content control; ``None`` leaves Word's placeholder showing."""
    def f(p):
        base = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{next(_ids)}"/>'
        if text is None:
            _sdt(p, base + '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                 '<w:showingPlcHdr/><w:text/>',
                 f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>{PH}</w:t></w:r>')
        else:
            _sdt(p, base + '<w:text/>', f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>')
    return f


def ctl_date(iso: str, shown: str, fmt: str, tag: str):
    def f(p):
        _sdt(p, f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{next(_ids)}"/>'
                f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="nb-NO"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>',
             f'<w:r><w:t>{_esc(shown)}</w:t></w:r>')
    return f


def ctl_drop(shown: str, items: list[str], tag: str):
    def f(p):
        li = "".join(f'<w:listItem w:displayText="{_esc(i)}" w:value="{_esc(i)}"/>' for i in items)
        _sdt(p, f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{next(_ids)}"/><w:dropDownList>'
                f'<w:listItem w:displayText="Velg et element." w:value=""/>{li}</w:dropDownList>',
             f'<w:r><w:t>{_esc(shown)}</w:t></w:r>')
    return f


def ctl_box(checked: bool, label: str = ""):
    def f(p):
        ch = "☒" if checked else "☐"
        _sdt(p, f'<w:id w:val="{next(_ids)}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>',
             f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
             f'w:hint="eastAsia"/></w:rPr><w:t>{ch}</w:t></w:r>')
        if label:
            p.add_run(" " + label)
    return f


def ctl_picture(seed: str, width_cm: float = 4.2):
    """A picture content control holding an ink image (the run is built by python-docx, then moved)."""
    def f(p):
        add_ink(p, seed, width_cm)
        r = p._p.r_lst[-1]
        p._p.remove(r)
        sdt = _x(f'<w:sdt {{N}}><w:sdtPr><w:alias w:val="Signatur"/><w:id w:val="{next(_ids)}"/><w:picture/>'
                 '</w:sdtPr><w:sdtContent/></w:sdt>')
        sdt[-1].append(r)
        p._p.append(sdt)
    return f


def ff(text: str, name: str):
    """A legacy FORMTEXT field; an empty value shows Word's five en spaces."""
    def f(p):
        shown = text or "\u2002" * 5
        for xml in (f'<w:r {{N}}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                    '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
                    '<w:r {N}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
                    '<w:r {N}><w:fldChar w:fldCharType="separate"/></w:r>',
                    f'<w:r {{N}}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{_esc(shown)}</w:t></w:r>',
                    '<w:r {N}><w:fldChar w:fldCharType="end"/></w:r>'):
            p._p.append(_x(xml))
    return f


def ffbox(state: str, label: str = "", name: str = "Avmerking"):
    """A FORMCHECKBOX: 'default' (ticked by w:default), 'checked' (w:checked), 'off', or 'unticked' (template
    default ticked, then w:checked w:val=0 by the user: Word shows it empty)."""
    inner = {"default": '<w:default w:val="1"/>', "checked": '<w:default w:val="0"/><w:checked/>',
             "off": '<w:default w:val="0"/>', "unticked": '<w:default w:val="1"/><w:checked w:val="0"/>'}[state]

    def f(p):
        for xml in (f'<w:r {{N}}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                    f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{inner}</w:checkBox></w:ffData></w:fldChar></w:r>',
                    '<w:r {N}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                    '<w:r {N}><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r {N}><w:fldChar w:fldCharType="end"/></w:r>'):
            p._p.append(_x(xml))
        if label:
            p.add_run(" " + label)
    return f


def seq(*parts):
    """Several fillers (or plain strings) in one paragraph."""
    def f(p):
        for x in parts:
            p.add_run(x) if isinstance(x, str) else x(p)
    return f


def ink(seed: str, width_cm: float = 4.0):
    return lambda p: add_ink(p, seed, width_cm)


# ------------------------------------------------------------------ Word documents
def _fill(cell, v, bold=False, size=None):
    """v: str ('\\n' makes paragraphs), a filler, or a list of those (one paragraph each)."""
    from docx.shared import Pt
    vals = v if isinstance(v, list) else ([v] if callable(v) else v.split("\n"))
    for i, x in enumerate(vals):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if callable(x):
            x(p)
        else:
            r = p.add_run(x)
            r.bold = bold
            if size:
                r.font.size = Pt(size)


def _shade(cell, fill):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _nobord(t):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    b = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    t._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>'))


def word(blocks, out: Path, font="Calibri", size=11, header=None, footer=None, title="Søknad"):
    """blocks: ('title', s) ('h', s) ('p', s) ('grid', rows, {bold: cols, shade: hex, widths: cm, head: bool,
    borders: bool, merge: [(row, c0, c1)]}) ('sig', [cells]) ('gap',). A sig cell is a list of cell values."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor
    doc = new_doc(font, size, title)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header):
            r = hp.add_run(("\n" if i else "") + line)
            r.bold = i == 0
            r.font.size = Pt(size + 3 if i == 0 else size - 2)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fr = fp.add_run(footer)
        fr.font.size = Pt(8)
        fr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for b in blocks:
        k = b[0]
        if k == "title":
            r = doc.add_paragraph().add_run(b[1])
            r.bold, r.font.size = True, Pt(size + 4)
        elif k == "h":
            r = doc.add_paragraph().add_run(b[1])
            r.bold = True
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "gap":
            doc.add_paragraph()
        elif k in ("grid", "sig"):
            rows = b[1] if k == "grid" else [b[1]]
            o = b[2] if len(b) > 2 else {}
            t = doc.add_table(rows=0, cols=max(len(r) for r in rows))
            if k == "grid" and o.get("borders", True):
                t.style = "Table Grid"
            else:
                _nobord(t)
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, (c, v) in enumerate(zip(cells, r)):
                    head = o.get("head") and i == 0
                    _fill(c, v, bold=head or j in o.get("bold", ()), size=o.get("size"))
                    if o.get("shade") and (head or j in o.get("bold", ())):
                        _shade(c, o["shade"])
                    if o.get("widths"):
                        c.width = Cm(o["widths"][j])
            if o.get("widths"):
                t.autofit = False
                for col, wd in zip(t.columns, o["widths"]):
                    col.width = Cm(wd)
            if k == "sig":
                t.rows[0]._tr.get_or_add_trPr().append(_x('<w:cantSplit {N}/>'))
                for c in t.rows[0].cells:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
            for ri, c0, c1 in o.get("merge", ()):
                t.rows[ri].cells[c0].merge(t.rows[ri].cells[c1])
            doc.add_paragraph()
    save_doc(doc, out)


def word_pdf(blocks, out: Path, **kw):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        word(blocks, d, **kw)
        soffice_pdf(d, out)
