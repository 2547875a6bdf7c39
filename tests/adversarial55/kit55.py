"""Shared helpers of corpus 55: org-number check, docx field XML (content controls, legacy fields),
and the ink / zip / LibreOffice / PAdES mechanics borrowed from corpus 38's kit."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import (add_ink, cell_text, ink_png, ink_reader, new_doc, normalise_zip,  # noqa: E402,F401
                   register_fonts, save_doc, soffice_pdf)
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def mod11_ok(org: str) -> bool:
    """The Brønnøysund check digit (weights 3 2 7 6 5 4 3 2): the corpus's valid numbers must pass it."""
    d = [int(c) for c in org if c.isdigit()]
    r = 11 - sum(a * b for a, b in zip(d[:8], (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return len(d) == 9 and r != 10 and (0 if r == 11 else r) == d[8]


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_text(paragraph, text: str, tag: str, date_iso: str | None = None, placeholder: bool = False) -> None:
    """An inline content control in ``paragraph``; with ``date_iso`` a date picker showing ``text``."""
    from docx.oxml import parse_xml
    date = (f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/>'
            f'<w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
            if date_iso else "")
    ph = '<w:showingPlcHdr/>' if placeholder else ""
    xml = (f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}{date}</w:sdtPr>'
           f'<w:sdtContent><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def sdt_check(paragraph, checked: bool, tag: str) -> None:
    """A ``w14:checkbox`` content control showing ☒ or ☐."""
    from docx.oxml import parse_xml
    xml = (f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}"><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox>'
           f'<w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def legacy_text(paragraph, value: str, name: str) -> None:
    """A FORMTEXT legacy field; an empty value shows Word's five en-spaces."""
    from docx.oxml import parse_xml
    shown = value if value else "\u2002" * 5
    for xml in (f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
                f'<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:t xml:space="preserve">{_esc(shown)}</w:t></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def legacy_check(paragraph, checked: bool, name: str) -> None:
    """A FORMCHECKBOX legacy field, checked through ``w:checked``."""
    from docx.oxml import parse_xml
    state = '<w:checked/>' if checked else '<w:checked w:val="0"/>'
    for xml in (f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
                f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}'
                f'</w:checkBox></w:ffData></w:fldChar></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def no_borders(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    borders = "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))
