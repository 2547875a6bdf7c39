"""Shared helpers of corpus 62: valid org numbers, docx table bits. Ink, deterministic zips, LibreOffice,
content controls, legacy fields, PAdES and flattening mechanics come from corpora 38, 47 and 61's kits."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _d in ("adversarial2", "adversarial38", "adversarial47", "adversarial61"):
    sys.path.insert(0, str(HERE.parent / _d))
from kit38 import add_ink, cell_text, ink_png, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from kit61 import W_NS, formcheck, formtext, sdt_check, sdt_date, sdt_text  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"


def orgnr(base8: str) -> str:
    """A nine-digit organisation number with a valid MOD11 check digit (the base's last digit is
    bumped when the check digit would be 10)."""
    for bump in range(10):
        b = base8[:7] + str((int(base8[7]) + bump) % 10)
        s = sum(int(d) * w for d, w in zip(b, (3, 2, 7, 6, 5, 4, 3, 2)))
        k = (11 - s % 11) % 11
        if k != 10:
            return b + str(k)
    raise ValueError(base8)


def bad_orgnr(good: str) -> str:
    """The same number with a wrong check digit."""
    return good[:8] + str((int(good[8]) + 3) % 10)


def sdt_placeholder(p, alias: str, text: str = "Klikk eller trykk her for å skrive inn tekst.") -> None:
    """A text control never filled in: Word's grey placeholder, flagged showingPlcHdr."""
    from docx.oxml import parse_xml
    p._p.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:showingPlcHdr/><w:text/>'
        f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_date_long(p, alias: str, iso: str, shown: str) -> None:
    """A date picker showing a long Norwegian date ("31. januar 2020")."""
    from docx.oxml import parse_xml
    p._p.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
        f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/>'
        f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>'))


def borders_off(table) -> None:
    from docx.oxml import parse_xml
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {W_NS}>' + "".join(f'<w:{s} w:val="nil"/>' for s in
                                          ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))
