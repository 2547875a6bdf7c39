"""Shared helpers of corpus 52 (tester52): org numbers, seeded ink (raster and vector), raw text
operators (TJ arrays with kerning and no spaces, split text objects), LibreOffice export, scans."""
from __future__ import annotations

import io
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from truthlib import truth  # noqa: E402,F401
from kit38 import ink_png, ink_reader, new_doc, register_fonts, save_doc, cell_text, add_ink  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"


def orgnr(prefix8: str) -> str:
    """A MOD11-valid organisation number from 8 digits (the check digit is appended)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(prefix8, w)) % 11
    if r == 11:
        r = 0
    if r == 10:
        raise ValueError(prefix8)
    return prefix8 + str(r)


def spaced(nr: str) -> str:
    return f"{nr[:3]} {nr[3:6]} {nr[6:]}"


def pdf_str(s: str) -> str:
    """A PDF literal string in WinAnsi (cp1252) with octal escapes, for raw content streams."""
    out = []
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def tj_line(font_res: str, size: float, x: float, y: float, text: str, rnd: random.Random,
            word_gap: int = 333) -> str:
    """One line as a pdfTeX-like TJ array: each word its own string, words separated by a kerning
    number (no space glyph), small kerns inside words."""
    parts = []
    for i, word in enumerate(text.split(" ")):
        if i:
            parts.append(str(-(word_gap + rnd.randint(-20, 40))))
        chunk = ""
        for ch in word:
            chunk += ch
            if len(chunk) > 2 and rnd.random() < 0.18:
                parts.append(pdf_str(chunk))
                parts.append(str(rnd.choice((15, 20, 28, -10, -18))))
                chunk = ""
        if chunk:
            parts.append(pdf_str(chunk))
    return f"BT /{font_res} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm [{' '.join(parts)}] TJ ET"


def tj_width(text: str, size: float, word_gap: int = 333, base_font: str = "Times-Roman") -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split(" ")
    return sum(stringWidth(w, base_font, size) for w in words) + (len(words) - 1) * word_gap * size / 1000


def font_res(c, name: str) -> str:
    """The resource name reportlab gave a standard font (after a setFont on the canvas)."""
    c.setFont(name, 10)
    return c._doc.getInternalFontName(name).lstrip("/")


def vector_ink(c, seed: str, x: float, y: float, w: float = 150, h: float = 36, colour=(0.08, 0.12, 0.5)) -> None:
    """A signature drawn as Bezier pen strokes (as a tablet or 'draw signature' tool exports it)."""
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(*colour)
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    px, py = x + 4, y + h / 2
    p.moveTo(px, py)
    while px < x + w - 12:
        dx = rnd.uniform(6, 14)
        up = rnd.uniform(-h / 2, h / 2)
        p.curveTo(px + dx * 0.3, py + up, px + dx * 0.7, py - up, px + dx, y + h / 2 + rnd.uniform(-5, 5))
        px += dx
        py = y + h / 2
        if rnd.random() < 0.15:
            p.moveTo(px + 3, y + h * rnd.uniform(0.6, 0.9))
            px += 3
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + 8, y + 4, x + w * rnd.uniform(0.55, 0.85), y + 7)
    c.restoreState()


def ink_points(seed: str, x: float, y: float, w: float = 150, h: float = 36) -> list[list[float]]:
    """Pen strokes as point lists (for /Ink annotations)."""
    rnd = random.Random(seed)
    strokes, cur, px = [], [], x + 4
    while px < x + w - 8:
        px += rnd.uniform(1.5, 3.0)
        cur.append((px, y + h / 2 + (h / 2.4) * math.sin(px * rnd.uniform(0.18, 0.26)) + rnd.uniform(-2, 2)))
        if len(cur) > 25 and rnd.random() < 0.08:
            strokes.append(cur)
            cur = []
    strokes.append(cur)
    strokes.append([(x + 10, y + 5), (x + w * 0.7, y + 8)])
    return [[v for pt in s for v in pt] for s in strokes if len(s) > 1]


def soffice_pdf(src: Path, out: Path, filt: str = "pdf", tag: bytes = b"adv52") -> None:
    """Office file → PDF with LibreOffice headless (optional export filter options), then fixed
    metadata and /ID."""
    import shutil
    import subprocess
    import tempfile
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", filt,
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=240)
        pdf = Path(td) / (src.stem + ".pdf")
        w = PdfWriter(clone_from=PdfReader(str(pdf)))
        w.add_metadata({"/CreationDate": "D:20200124100000+01'00'", "/ModDate": "D:20200124100000+01'00'",
                        "/Producer": "LibreOffice 7.4", "/Creator": "Writer"})
        w._ID = ArrayObject([ByteStringObject(tag * 3 + b"y"), ByteStringObject(tag * 3 + b"y")])
        with open(out, "wb") as f:
            w.write(f)
        shutil.rmtree(prof, ignore_errors=True)


def scan_page(pdf_bytes: bytes, page: int, seed: int, dpi: int = 200, angle: float = 0.8):
    """Render one page and make it look photocopied: grey, slightly turned, speckled, JPEG."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    doc = pdfium.PdfDocument(pdf_bytes)
    img = doc[page].render(scale=dpi / 72).to_pil().convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=242)
    img = ImageEnhance.Contrast(img).enhance(0.85)
    rnd = random.Random(seed)
    px = img.load()
    w, h = img.size
    for _ in range(2500):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 210))
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    b = io.BytesIO()
    img.save(b, "JPEG", quality=60)
    return Image.open(io.BytesIO(b.getvalue()))
