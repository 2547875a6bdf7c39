"""Shared helpers of corpus 50 (budgets and positions): organisation numbers, Word tables, content
controls, signature blocks. Ink, zip pinning and LibreOffice conversion come from corpus 38's kit."""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import (S20, add_ink, cell_text, ink_reader, new_doc, register_fonts,  # noqa: E402,F401
                   save_doc, soffice_pdf, truth)
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def orgnr(base8: str, valid: bool = True) -> str:
    """A nine-digit organisation number whose MOD11 check digit is right (or, with valid=False, wrong)."""
    s = sum(int(d) * w for d, w in zip(base8, (3, 2, 7, 6, 5, 4, 3, 2)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    if c == 10:
        raise ValueError(base8)
    if not valid:
        c = (c + 3) % 10
    return base8 + str(c)


def spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def borderless(table) -> None:
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def grid(doc, rows, bold_first=True, bold_rows=(), shade_first="E7E6E6", style="Table Grid"):
    """A ruled table from a list of rows; the first row a shaded header."""
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, bold=(i == 0 and bold_first) or i in bold_rows,
                      shade=shade_first if i == 0 and shade_first else None)
    return t


def sign_table(doc, blocks, seed, place_date=True):
    """Side-by-side signature columns: caption, 'Sted og dato', ink, name, title."""
    t = doc.add_table(rows=4, cols=len(blocks))
    borderless(t)
    for i, (caption, where, name, title) in enumerate(blocks):
        cell_text(t.rows[0].cells[i], caption, bold=True)
        cell_text(t.rows[1].cells[i], where)
        add_ink(t.rows[2].cells[i].paragraphs[0], f"{seed}{i}", 4.2)
        cell_text(t.rows[3].cells[i], f"{name}\n{title}")
    return t


def sdt_text(alias: str, value: str) -> str:
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
            f'<w:id w:val="{zlib.crc32(alias.encode()) % 90000 + 1000}"/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(alias: str, iso: str, shown: str) -> str:
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_box(alias: str, checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:alias w:val="{alias}"/><w14:checkbox><w14:checked '
            f'w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
            f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def put_sdt(paragraph, *parts) -> None:
    """Append plain strings as runs and '<w:sdt…' strings as run-level content controls."""
    for x in parts:
        if x.startswith("<w:sdt"):
            paragraph._p.append(parse_xml(x))
        else:
            paragraph.add_run(x)
