"""Shared helpers of corpus 41: org numbers, raw Word XML bits (text boxes, legacy fields, tracked
changes, frames), ODT normalising. Ink, fonts and LibreOffice conversion come from corpus 38's kit."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import (S20, add_ink, cell_text, ink_png, ink_reader, new_doc, normalise_zip,  # noqa: E402,F401
                   register_fonts, save_doc, soffice_pdf, truth)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def org(base8: str) -> str:
    """A nine-digit organisation number with a valid MOD11 check digit (bases giving 10 are avoided)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    assert r != 10, base8
    return base8 + str(0 if r == 11 else r)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run_xml(lines: list[str], n: int, w_emu: int = 3600000, h_emu: int = 420000) -> str:
    """An inline DrawingML text box (wps) holding ``lines``: how Word stores an answer typed in a box."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in lines)
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{w_emu}" cy="{h_emu * max(1, len(lines))}"/>'
        f'<wp:docPr id="{500 + n}" name="Tekstboks {n}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{w_emu}" cy="{h_emu * max(1, len(lines))}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def add_xml_run(paragraph, xml: str) -> None:
    from docx.oxml import parse_xml
    paragraph._p.append(parse_xml(xml))


def formtext_xml(name: str, value: str) -> list[str]:
    """The five runs of a legacy FORMTEXT field whose result is ``value``."""
    ns = W_NS
    return [f'<w:r {ns}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
            f'<w:r {ns}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {ns}><w:t xml:space="preserve">{esc(value) if value else "     "}</w:t></w:r>',
            f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>']


def formcheck_xml(name: str, checked: bool) -> list[str]:
    ns = W_NS
    chk = '<w:checked/>' if checked else ''
    return [f'<w:r {ns}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>',
            f'<w:r {ns}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>']


def ins_del_xml(old: str, new: str, n: int) -> list[str]:
    """A tracked replacement: ``old`` deleted, ``new`` inserted (the reading once changes are accepted)."""
    ns = W_NS
    d = 'w:author="Saksbehandlar" w:date="2020-01-24T10:00:00Z"'
    return [f'<w:del {ns} w:id="{900 + n}" {d}><w:r><w:delText xml:space="preserve">{esc(old)}</w:delText></w:r></w:del>',
            f'<w:ins {ns} w:id="{950 + n}" {d}><w:r><w:t xml:space="preserve">{esc(new)}</w:t></w:r></w:ins>']


def sdt_xml(tag: str, value: str | None, placeholder: str = "Klikk eller trykk her for å skrive inn tekst.") -> str:
    ns = W_NS
    if value is None:
        return (f'<w:sdt {ns}><w:sdtPr><w:tag w:val="{tag}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>{esc(placeholder)}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt {ns}><w:sdtPr><w:tag w:val="{tag}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r></w:sdtContent></w:sdt>')


def check_sdt_xml(tag: str, on: bool) -> str:
    ns = W_NS + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    return (f'<w:sdt {ns}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{"☒" if on else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')


def frame(paragraph, x_twips: int, y_twips: int, w_twips: int = 4800) -> None:
    """Turn a paragraph into a positioned frame (w:framePr), as old templates placed answer fields."""
    from docx.oxml import parse_xml
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:framePr {W_NS} w:w="{w_twips}" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
                            f'w:hAnchor="page" w:x="{x_twips}" w:y="{y_twips}"/>'))


def leader_tab(paragraph, pos_cm: float) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)


def normalise_odt(path: Path) -> None:
    """Rewrite an .odt with fixed entry dates and Rsid, the mimetype entry first and stored (ODF's rule)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re
    items = [(n, re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>4100000", d) if n == "settings.xml" else d)
             for n, d in items]
    items.sort(key=lambda it: it[0] != "mimetype")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    import shutil
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
        shutil.rmtree(prof, ignore_errors=True)
    return outdir / (src.stem + "." + fmt.split(":")[0])
