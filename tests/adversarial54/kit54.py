"""Shared helpers of corpus 54: org numbers, Word check-box markup, scans; the rest is corpus 38's kit."""
from __future__ import annotations

import io
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import (add_ink, cell_text, ink_png, ink_reader, new_doc, normalise_zip,  # noqa: E402,F401
                   register_fonts, save_doc, soffice_pdf)
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
FIXED = __import__("time").gmtime(1580378400)  # 2020-01-30 10:00 UTC: Pillow writes the dates it is given
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def org(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with a MOD11 check digit (or a wrong one when ``valid`` is False)."""
    s = sum(int(d) * w for d, w in zip(base8, (3, 2, 7, 6, 5, 4, 3, 2)))
    k = 11 - s % 11
    k = 0 if k == 11 else k
    assert k != 10, base8
    return base8 + str(k if valid else (k + 3) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def run(p, text, bold=False, strike=False, underline=False, italic=False, size=None):
    from docx.shared import Pt
    r = p.add_run(text)
    r.bold, r.font.strike, r.underline, r.italic = bold, strike, underline, italic
    if size:
        r.font.size = Pt(size)
    return r


def w14_checkbox(p, checked: bool) -> None:
    """A Word 2010 content-control check box (w14:checkbox) showing ☒ or ☐."""
    from docx.oxml import parse_xml
    glyph = "2612" if checked else "2610"
    xml = (f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           f'<w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{chr(int(glyph, 16))}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(xml))


def sdt_text(p, value: str | None, tag: str, placeholder: str = "Klikk eller trykk her for å skrive inn tekst.") -> None:
    """A plain-text content control holding ``value`` (or its placeholder when None)."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    show = escape(value if value is not None else placeholder)
    ph = "" if value is not None else "<w:showingPlcHdr/>"
    style = "" if value is not None else '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
    xml = (f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
           f'<w:sdtContent><w:r>{style}<w:t xml:space="preserve">{show}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(xml))


def legacy_text(p, value: str, name: str) -> None:
    """A FORMTEXT legacy field with its result runs."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    for xml in (f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
                '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:t xml:space="preserve">{escape(value)}</w:t></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml))


def legacy_check(p, checked: bool, name: str) -> None:
    """A FORMCHECKBOX legacy field, ticked through ``w:checked``."""
    from docx.oxml import parse_xml
    state = '<w:checked/>' if checked else ''
    for xml in (f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
                f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}'
                '</w:checkBox></w:ffData></w:fldChar></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml))


def scan_pdf(src_pdf: Path, out: Path, seed: str, dpi: int = 200, angle: float = 0.8, jpeg: int = 60,
             grey: bool = True, noise: float = 0.015) -> None:
    """Print-and-scan a born-digital PDF: rasterise, rotate, darken, speckle, JPEG, one image per page."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src_pdf), f"{td}/p"], check=True)
        pages = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("L" if grey else "RGB")
            im = im.rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=False, fillcolor=255 if grey else (255, 255, 255))
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            px = im.load()
            w, h = im.size
            for _ in range(int(w * h * noise / 50)):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = 90 if grey else (90, 90, 90)
            im = im.point(lambda v: int(v * 0.93))
            b = io.BytesIO()
            im.save(b, "JPEG", quality=jpeg)
            pages.append(Image.open(io.BytesIO(b.getvalue())))
        pages[0].save(str(out), "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
                      creationDate=FIXED, modDate=FIXED)
