"""Shared helpers of corpus 37: ink images, deterministic zips and PDFs, LibreOffice conversion."""
from __future__ import annotations

import io
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FIXED = (2020, 1, 31, 12, 0, 0)


def ink_png(seed: int, w: int = 420, h: int = 110, colour=(20, 30, 120)) -> bytes:
    """A handwritten-looking scribble (random loops along a baseline), transparent background."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    pts = []
    x = 12.0
    while x < w - 30:
        amp = rnd.uniform(18, 38)
        for t in range(14):
            a = t / 14 * 2 * math.pi
            pts.append((x + t * 2.2 + 9 * math.cos(a), h / 2 + amp * math.sin(a) * rnd.uniform(0.6, 1.0)))
        x += rnd.uniform(22, 40)
    d.line(pts, fill=colour + (255,), width=3, joint="curve")
    d.line([(15, h * 0.78), (w - 20, h * 0.72)], fill=colour + (255,), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def ink_file(seed: int, tmp: Path) -> Path:
    p = tmp / f"ink{seed}.png"
    p.write_bytes(ink_png(seed))
    return p


def fix_zip(path: Path) -> None:
    """Rewrite a .docx with pinned entry dates and order, so builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def save_docx(doc, out: Path) -> None:
    cp = doc.core_properties
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2020, 1, 20, 9, 0, 0)
    cp.last_printed = dt.datetime(2020, 1, 20, 9, 0, 0)
    cp.revision = 1
    doc.save(str(out))
    fix_zip(out)


def pin_pdf(path: Path, producer: str) -> None:
    """Pin a PDF's metadata and /ID (LibreOffice writes the time of conversion)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject
    r = PdfReader(str(path))
    w = PdfWriter(clone_from=r)
    w.add_metadata({"/Producer": producer, "/CreationDate": "D:20200127100000+01'00'",
                    "/ModDate": "D:20200127100000+01'00'"})
    if "/Metadata" in w._root_object:
        del w._root_object[NameObject("/Metadata")]
    w._ID = ArrayObject([ByteStringObject(b"adv37-" + path.stem.encode()), ByteStringObject(b"adv37-" + path.stem.encode())])
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())


def soffice_pdf(docx: Path, out: Path) -> None:
    """Convert with LibreOffice in a private profile (other sessions use soffice at the same time)."""
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / (docx.stem + ".pdf"), out)
    pin_pdf(out, "LibreOffice 7.4")


def font(name: str) -> str:
    """Register a TrueType font for reportlab and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    paths = {
        "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
        "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "LibSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    }
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, paths[name]))
    return name
