"""Shared helpers for corpus 36: org numbers, ink pictures, raw Word XML (content controls,
legacy fields, tracked changes, text boxes) and byte-stable output."""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import zlib
import zipfile
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Mm
from PIL import Image, ImageDraw

W = nsdecls("w", "w14")
FIXED = dt.datetime(2020, 1, 15, 9, 0, 0)


def org(base8: str) -> str:
    """A 9-digit organisation number with a valid MOD11 check digit."""
    ws = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * w for c, w in zip(base8, ws)) % 11
    r = 0 if r == 11 else r
    assert r != 10, base8
    return base8 + str(r)


def bad_org(base8: str) -> str:
    good = org(base8)
    return good[:8] + str((int(good[8]) + 3) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def ink_png(seed: str, w: int = 420, h: int = 110) -> bytes:
    """A blue-black pen stroke that looks like a signature (seeded, so stable)."""
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x, y = 12, h * 0.6
    pts = [(x, y)]
    while x < w - 20:
        x += rnd.uniform(6, 16)
        y = min(h - 8, max(8, y + rnd.uniform(-22, 22)))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    d.line([(20, h - 14), (w * 0.7, h - 18)], fill=(20, 30, 110, 255), width=2)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


def ink_run(paragraph, seed: str, width_mm: float = 45):
    paragraph.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Mm(width_mm))


def shade(cell, fill: str = "D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {W}>' + "".join(f'<w:{s} w:val="nil"/>' for s in
                                        ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def cell_text(cell, text: str, bold: bool = False, size: float | None = None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def sdt_text(p, value: str, tag: str, placeholder: bool = False):
    pl = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
          if placeholder else "")
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    p._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{_esc(tag)}"/><w:tag w:val="{_esc(tag)}"/><w:id w:val="{zlib.crc32(tag.encode()) % 99999}"/>'
        f'{pl}<w:text/></w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{_esc(value)}</w:t></w:r>'
        f'</w:sdtContent></w:sdt>'))


def sdt_date(p, iso: str, shown: str, tag: str):
    p._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
        f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/>'
        f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>{_r(shown)}</w:sdtContent></w:sdt>'))


def sdt_check(p, checked: bool, tag: str, on: str = "2612", off: str = "2610", font: str = "MS Gothic"):
    glyph = chr(int(on if checked else off, 16))
    p._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="{on}" w14:font="{font}"/><w14:uncheckedState w14:val="{off}" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
        f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_dropdown(p, value: str, items: list[str], tag: str):
    li = "".join(f'<w:listItem w:displayText="{_esc(i)}" w:value="{_esc(i)}"/>' for i in items)
    p._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:dropDownList>{li}</w:dropDownList>'
        f'</w:sdtPr><w:sdtContent>{_r(value)}</w:sdtContent></w:sdt>'))


_FF = [0]


def _ffname() -> str:
    _FF[0] += 1
    return f"Tekst{_FF[0]}"


def formtext(p, value: str, default: str | None = None):
    d = f'<w:default w:val="{_esc(default)}"/>' if default is not None else ""
    x = (f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{_ffname()}"/><w:enabled/>'
         f'<w:calcOnExit w:val="0"/><w:textInput>{d}</w:textInput></w:ffData></w:fldChar></w:r>')
    p._p.append(parse_xml(x))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{_esc(value)}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def formcheck(p, checked: bool, how: str = "checked"):
    """how: 'checked' = <w:checked/> present or absent; 'val' = w:checked w:val true/false."""
    if how == "val":
        st = f'<w:default w:val="0"/><w:checked w:val="{"true" if checked else "false"}"/>'
    else:
        st = '<w:default w:val="0"/>' + ("<w:checked/>" if checked else "")
    p._p.append(parse_xml(
        f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Avmerking{_ffname()}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{st}</w:checkBox></w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def formdropdown(p, items: list[str], result: int):
    li = "".join(f'<w:listEntry w:val="{_esc(i)}"/>' for i in items)
    p._p.append(parse_xml(
        f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Rullegardin{_ffname()}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{result}"/>{li}</w:ddList></w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def tracked(p, deleted: str, inserted: str, author: str = "Økonomikontoret", n: int = 1):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{900 + 2 * n}" w:author="{author}" w:date="2020-01-20T10:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{_esc(deleted)}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{901 + 2 * n}" w:author="{author}" w:date="2020-01-20T10:00:00Z">{_r(inserted)}</w:ins>'))


def wingding_box(p, checked: bool):
    p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F0A8"}"/></w:r>'))


def textbox(p, lines: list[tuple[str, bool]]):
    """A VML text box (Word's 'Tekstboks') holding ``lines`` (text, bold)."""
    body = "".join(
        f'<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="5600"/></w:tabs></w:pPr><w:r>'
        f'{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        .replace("\t", '</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">')
        for t, b in lines)
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Tekstboks 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:310pt;height:{22 * len(lines) + 20}pt;'
        f'z-index:251659264;mso-position-horizontal:right" strokeweight="1pt"><v:textbox>'
        f'<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))


def stable_docx(doc, out: Path):
    cp = doc.core_properties
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "Saksbehandler"
    cp.revision = 1
    b = io.BytesIO()
    doc.save(b)
    restamp_zip(b.getvalue(), out)


def restamp_zip(data: bytes, out: Path):
    src = zipfile.ZipFile(io.BytesIO(data))
    o = io.BytesIO()
    with zipfile.ZipFile(o, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (2020, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            blob = src.read(info.filename)
            if info.filename == "word/comments.xml":
                blob = re.sub(rb'w:date="[^"]+"', b'w:date="2020-01-20T10:00:00Z"', blob)
            z.writestr(zi, blob)
    out.write_bytes(o.getvalue())
