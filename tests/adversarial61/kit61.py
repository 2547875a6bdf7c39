"""Shared helpers of corpus 61: valid org numbers, raw OOXML for content controls and legacy fields.
Ink, deterministic zips, LibreOffice and PAdES mechanics come from corpus 38's kit."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_png, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def orgnr(base8: str) -> str:
    """A nine-digit organisation number with a valid MOD11 check digit (base chosen so it exists)."""
    s = sum(int(d) * w for d, w in zip(base8, (3, 2, 7, 6, 5, 4, 3, 2)))
    k = 11 - s % 11
    k = 0 if k == 11 else k
    if k == 10:
        raise ValueError(base8)
    return base8 + str(k)


def spaced(nr: str) -> str:
    return f"{nr[:3]} {nr[3:6]} {nr[6:]}"


def sdt_text(p, alias: str, value: str) -> None:
    """An inline plain-text content control holding ``value``."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    p._p.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_date(p, alias: str, iso: str, shown: str) -> None:
    from docx.oxml import parse_xml
    p._p.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
        f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/>'
        f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_check(p, alias: str, on: bool) -> None:
    from docx.oxml import parse_xml
    p._p.append(parse_xml(
        f'<w:sdt {W_NS} {W14_NS}><w:sdtPr><w:alias w:val="{alias}"/><w14:checkbox>'
        f'<w14:checked w14:val="{1 if on else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{"☒" if on else "☐"}</w:t></w:r></w:sdtContent></w:sdt>'))


def _fld(p, ffdata: str, instr: str, value_runs: str) -> None:
    from docx.oxml import parse_xml
    for x in (f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData>{ffdata}</w:ffData></w:fldChar></w:r>',
              f'<w:r {W_NS}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>', value_runs,
              f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'):
        if x:
            p._p.append(parse_xml(x))


def formtext(p, name: str, value: str) -> None:
    from xml.sax.saxutils import escape
    _fld(p, f'<w:name w:val="{name}"/><w:enabled/><w:textInput/>', "FORMTEXT",
         f'<w:r {W_NS}><w:t xml:space="preserve">{escape(value)}</w:t></w:r>')


def formcheck(p, name: str, on: bool) -> None:
    _fld(p, f'<w:name w:val="{name}"/><w:enabled/><w:checkBox><w:sizeAuto/>'
            f'<w:default w:val="0"/>{"<w:checked/>" if on else ""}</w:checkBox>', "FORMCHECKBOX", "")
