"""Shared helpers of corpus 59 (tester59, all Nynorsk): mechanics borrowed from corpus 38's kit
(seeded ink, deterministic zips, LibreOffice export, pyHanko signing), Word XML snippets and
valid organisation numbers."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

from kit38 import add_ink, cell_text, ink_png, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from pdf38 import Page, _self_signed, _sign  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def orgnr(prefix8: str, valid: bool = True) -> str:
    """A nine-digit number whose MOD11 check digit holds (or, with ``valid=False``, is off by one)."""
    s = sum(int(d) * w for d, w in zip(prefix8, (3, 2, 7, 6, 5, 4, 3, 2)))
    k = 11 - s % 11
    k = 0 if k == 11 else k
    assert k != 10, prefix8
    return prefix8 + str(k if valid else (k + 1) % 10)


def sdt_text(alias: str, value: str, placeholder: bool = False) -> str:
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>{ph}</w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(alias: str, iso: str, shown: str) -> str:
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nn-NO"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_box(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def ff_text(name: str, value: str) -> list[str]:
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{value}</w:t></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def ff_box(name: str, checked: bool) -> list[str]:
    """A legacy check box ticked by the user: ``w:checked`` set, ``w:default`` left at 0."""
    chk = '<w:checked/>' if checked else ''
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}'
            f'</w:checkBox></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def put(paragraph, *parts) -> None:
    """Append text runs and raw XML (a string starting with '<', or a list of them) to a paragraph."""
    for x in parts:
        if isinstance(x, list):
            for e in x:
                paragraph._p.append(parse_xml(e))
        elif x.startswith("<w:"):
            paragraph._p.append(parse_xml(x))
        else:
            paragraph.add_run(x)


def borderless(table) -> None:
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
