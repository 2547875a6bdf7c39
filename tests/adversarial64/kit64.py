"""Shared helpers of corpus 64: seeded ink, deterministic .docx zips, python-docx and reportlab bits."""
from __future__ import annotations

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


def ink_png(seed: str, w: int = 520, h: int = 150, colour=(18, 32, 120)) -> bytes:
    """A seeded cursive scrawl on a transparent background: a pen stroke, no letters."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x, pts = 20.0, []
    while x < w - 30:
        amp = rnd.uniform(20, 50)
        f = rnd.uniform(0.05, 0.12)
        for _ in range(rnd.randint(20, 45)):
            x += rnd.uniform(1.5, 3.5)
            pts.append((x, h / 2 + amp * math.sin(f * x * rnd.uniform(0.9, 1.1)) + rnd.uniform(-3, 3)))
        if rnd.random() < 0.4:
            pts.append((x + 4, h / 2 - amp))
    d.line(pts, fill=colour + (255,), width=4, joint="curve")
    d.line([(30, h * 0.8), (w * rnd.uniform(0.5, 0.8), h * 0.75)], fill=colour + (255,), width=3)
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def normalise_zip(path: Path) -> None:
    """Rewrite a zip with fixed entry dates so the file is identical on every build."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 21, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def new_doc(font="Calibri", size=11, title=""):
    import datetime
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = "Nav"
    cp.title = title
    cp.created = cp.modified = datetime.datetime(2020, 1, 21, 8, 30, 0)
    cp.last_modified_by = "Nav"
    cp.revision = 1
    return doc


def save_doc(doc, out: Path) -> None:
    doc.save(str(out))
    normalise_zip(out)


def add_ink(paragraph, seed: str, width_cm: float = 4.5) -> None:
    from docx.shared import Cm
    paragraph.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


def cell_text(cell, text: str, bold: bool = False, shade: str | None = None) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
    if shade:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, rel in [("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
                      ("DVS", "dejavu/DejaVuSerif.ttf"), ("DVSB", "dejavu/DejaVuSerif-Bold.ttf"),
                      ("LS", "liberation/LiberationSans-Regular.ttf"), ("LSB", "liberation/LiberationSans-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / rel)))


def ink_reader(seed: str):
    from reportlab.lib.utils import ImageReader
    return ImageReader(io.BytesIO(ink_png(seed)))


def soffice_pdf(docx: Path, out: Path) -> None:
    """Word → PDF with LibreOffice (headless), then fixed metadata and /ID via pypdf."""
    import shutil
    import subprocess
    import tempfile
    from pypdf import PdfReader, PdfWriter
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx)], check=True, capture_output=True, timeout=180)
        pdf = Path(td) / (docx.stem + ".pdf")
        w = PdfWriter(clone_from=PdfReader(str(pdf)))
        w.add_metadata({"/CreationDate": "D:20200122090000+01'00'", "/ModDate": "D:20200122090000+01'00'",
                        "/Producer": "LibreOffice 7", "/Creator": "Writer"})
        from pypdf.generic import ArrayObject, ByteStringObject
        w._ID = ArrayObject([ByteStringObject(b"adv64" * 3 + b"x"), ByteStringObject(b"adv64" * 3 + b"x")])
        with open(out, "wb") as f:
            w.write(f)
        shutil.rmtree(prof, ignore_errors=True)


def orgnr(base8: str) -> str:
    """A 9-digit organisation number whose MOD11 check digit is right (base8 must give a digit, not 10)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    r = 0 if r == 11 else r
    assert r != 10, base8
    return base8 + str(r)


def spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"
