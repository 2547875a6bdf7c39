"""Shared helpers of corpus 63 (page breaks and running matter): seeded ink, valid org numbers,
deterministic .docx zips with headers/footers and page fields, LibreOffice export, and a reportlab
page writer that draws running headers/footers on every page."""
from __future__ import annotations

import datetime
import io
import math
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FONT_DIR = Path("/usr/share/fonts/truetype")
S20 = "nav-sosiale-tjenester-2020"
WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def orgnr(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number whose MOD11 check digit is right (or, with valid=False, off by one)."""
    s = sum(int(d) * w for d, w in zip(base8, WEIGHTS))
    r = 11 - s % 11
    assert r != 10, base8
    c = 0 if r == 11 else r
    return base8 + str(c if valid else (c + 1) % 10)


def spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def ink_png(seed: str, w: int = 500, h: int = 140, colour=(20, 28, 110)) -> bytes:
    """A seeded pen scrawl (loops and a tail stroke), no letters, on a transparent background."""
    from PIL import Image, ImageDraw
    rnd = random.Random("pg63" + seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts, t = [], 0.0
    x = 15.0
    while x < w - 40:
        t += rnd.uniform(0.25, 0.45)
        x += rnd.uniform(2.0, 4.0)
        r = rnd.uniform(12, 38)
        pts.append((x + r * 0.4 * math.cos(t * 2.1), h / 2 + r * math.sin(t)))
    d.line(pts, fill=colour + (255,), width=3, joint="curve")
    d.line([(w * 0.1, h * 0.85), (w * rnd.uniform(0.6, 0.9), h * 0.78)], fill=colour + (255,), width=3)
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


# ------------------------------------------------------------------------------------------ Word
def normalise_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 27, 13, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def new_doc(font="Arial", size=10.5, title="", author="Saksbehandler"):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = cp.modified = datetime.datetime(2020, 1, 27, 13, 0, 0)
    cp.last_modified_by = author
    cp.revision = 3
    return doc


def save_doc(doc, out: Path) -> None:
    doc.save(str(out))
    normalise_zip(out)


def add_field(paragraph, code: str, shown: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES, FILENAME \\p, PRINTDATE) with a cached result as Word saves it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    r = paragraph.add_run()._r
    r.addnext(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    r.addnext(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{shown}</w:t></w:r>'))
    r.addnext(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    r.addnext(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'))
    r.addnext(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))


def page_of(paragraph, word="Side", of="av", total="3") -> None:
    paragraph.add_run(f"{word} ")
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(f" {of} ")
    add_field(paragraph, "NUMPAGES", total)


def repeat_header(row) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def page_break(doc) -> None:
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text: str, bold=False, fill=None, size=None) -> None:
    from docx.shared import Pt
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def add_ink(paragraph, seed: str, width_cm: float = 4.2) -> None:
    from docx.shared import Cm
    paragraph.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


def soffice_pdf(docx: Path, out: Path, tag: bytes) -> None:
    """Word → PDF with LibreOffice (headless), then pinned metadata and /ID via pypdf."""
    import shutil
    import subprocess
    import tempfile
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx)], check=True, capture_output=True, timeout=240)
        pdf = Path(td) / (docx.stem + ".pdf")
        w = PdfWriter(clone_from=PdfReader(str(pdf)))
        w.add_metadata({"/CreationDate": "D:20200128100000+01'00'", "/ModDate": "D:20200128100000+01'00'",
                        "/Producer": "LibreOffice 7.4", "/Creator": "Writer"})
        idb = (tag * 16)[:16]
        w._ID = ArrayObject([ByteStringObject(idb), ByteStringObject(idb)])
        with open(out, "wb") as f:
            w.write(f)
        shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------------------------------ reportlab
def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, rel in [("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
                      ("DVS", "dejavu/DejaVuSerif.ttf"), ("DVSB", "dejavu/DejaVuSerif-Bold.ttf"),
                      ("LS", "liberation/LiberationSans-Regular.ttf"), ("LSB", "liberation/LiberationSans-Bold.ttf"),
                      ("LSE", "liberation/LiberationSerif-Regular.ttf"), ("LSEB", "liberation/LiberationSerif-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / rel)))


def ink_reader(seed: str):
    from reportlab.lib.utils import ImageReader
    return ImageReader(io.BytesIO(ink_png(seed)))
