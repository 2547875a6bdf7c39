"""Word mechanics of corpus 47: table cells, content controls, legacy form fields, signature blocks."""
from __future__ import annotations

import zlib

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

from kit47 import add_ink

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def put(cell, text, bold=False, italic=False, size=None, grey=False, first=True):
    """Write ``text`` (lines split on \\n) into a cell, in its first paragraph unless ``first`` is False."""
    p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def widths(table, *cm):
    for row in table.rows:
        for c, w in zip(row.cells, cm):
            c.width = Cm(w)


def append_xml(paragraph, *xml):
    for x in xml:
        paragraph._p.append(parse_xml(x))


# ---- content controls (w:sdt, run level)
def sdt_text(tag, value, placeholder=False):
    shown = "Klikk eller trykk her for å skrive inn tekst." if placeholder else value
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ''
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{zlib.crc32(tag.encode()) % 99999}"/>{ph}<w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r>{style}<w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(tag, iso, shown):
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_box(tag, checked):
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_drop(tag, items, chosen):
    li = "".join(f'<w:listItem w:displayText="{i}" w:value="{i}"/>' for i in items)
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:tag w:val="{tag}"/><w:dropDownList>{li}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{chosen}</w:t></w:r></w:sdtContent></w:sdt>')


# ---- legacy form fields (FORMTEXT, FORMCHECKBOX, FORMDROPDOWN)
def _r(inner):
    return f'<w:r {nsdecls("w")}>{inner}</w:r>'


def ff_text(name, value):
    return [_r(f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
               f'<w:textInput/></w:ffData></w:fldChar>'),
            _r('<w:instrText xml:space="preserve"> FORMTEXT </w:instrText>'), _r('<w:fldChar w:fldCharType="separate"/>'),
            _r(f'<w:t xml:space="preserve">{value}</w:t>'), _r('<w:fldChar w:fldCharType="end"/>')]


def ff_box(name, checked):
    return [_r(f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
               f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{"<w:checked/>" if checked else ""}</w:checkBox>'
               f'</w:ffData></w:fldChar>'),
            _r('<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>'), _r('<w:fldChar w:fldCharType="end"/>')]


def ff_drop(name, items, chosen):
    li = "".join(f'<w:listEntry w:val="{i}"/>' for i in items)
    return [_r(f'<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
               f'<w:ddList><w:result w:val="{items.index(chosen)}"/>{li}</w:ddList></w:ffData></w:fldChar>'),
            _r('<w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText>'), _r('<w:fldChar w:fldCharType="separate"/>'),
            _r(f'<w:t>{chosen}</w:t>'), _r('<w:fldChar w:fldCharType="end"/>')]


def sig_cell(cell, seed, lines, ink_first=True):
    """Ink, then the printed lines (name, title, date) in one cell."""
    if ink_first:
        add_ink(cell.paragraphs[0], seed, 4.2)
    for ln in lines:
        cell.add_paragraph(ln)
