"""Shared helpers of corpus 44: the mechanics (ink, pinned zips, LibreOffice, pyHanko) come from
corpus 38's kit; this file adds the Word XML bits corpus 44's forms use."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_png, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from truthlib import near_miss, truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def ns():
    from docx.oxml.ns import nsdecls
    return nsdecls("w")


def shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {ns()} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text: str, bold=False, italic=False, size=None, fill=None) -> None:
    """Write ``text`` into a cell, one paragraph a line."""
    from docx.shared import Pt
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def borderless(table) -> None:
    from docx.oxml import parse_xml
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {ns()}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def sdt_text(tag: str, value: str | None, placeholder="Klikk eller trykk her for å skrive inn tekst.") -> str:
    """A plain-text content control; ``value`` None leaves the template's placeholder showing."""
    shown = placeholder if value is None else value
    ph = '<w:showingPlcHdr/>' if value is None else ''
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if value is None else ''
    return (f'<w:sdt {ns()}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r>{style}<w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(tag: str, iso: str, shown: str, lid="nb-NO") -> str:
    return (f'<w:sdt {ns()}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="{lid}"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_box(tag: str, checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt {ns()} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def ff_text(name: str, value: str) -> list[str]:
    """A legacy FORMTEXT field holding ``value``."""
    return [f'<w:r {ns()}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
            f'<w:r {ns()}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {ns()}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {ns()}><w:t xml:space="preserve">{value}</w:t></w:r>',
            f'<w:r {ns()}><w:fldChar w:fldCharType="end"/></w:r>']


def ff_box(name: str, checked: bool) -> list[str]:
    """A legacy FORMCHECKBOX whose state is in ``w:checked`` (the user ticked it), default off."""
    state = '<w:checked/>' if checked else ''
    return [f'<w:r {ns()}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/>{state}'
            f'</w:checkBox></w:ffData></w:fldChar></w:r>',
            f'<w:r {ns()}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {ns()}><w:fldChar w:fldCharType="end"/></w:r>']


def put_xml(paragraph, *parts) -> None:
    """Append text runs and raw XML (content controls, field runs) to a paragraph in order."""
    from docx.oxml import parse_xml
    for x in parts:
        if isinstance(x, list):
            for y in x:
                paragraph._p.append(parse_xml(y))
        elif x.startswith("<w:"):
            paragraph._p.append(parse_xml(x))
        else:
            paragraph.add_run(x)
