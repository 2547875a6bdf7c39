"""Shared helpers of the ninth adversarial corpus: fonts, org numbers, ink, scans, LibreOffice."""
from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FONTS = Path("/usr/share/fonts/truetype")


def font(name: str) -> str:
    for p in FONTS.rglob(name):
        return str(p)
    raise SystemExit(f"font {name} not found under {FONTS}")


_REG = set()


def rl_font(alias: str, file: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if alias not in _REG:
        pdfmetrics.registerFont(TTFont(alias, font(file)))
        _REG.add(alias)
    return alias


def orgnr(base8: str) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(base8, w))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    if r == 10:
        raise ValueError(base8)
    return base8 + str(r)


def bad_orgnr(base8: str) -> str:
    good = orgnr(base8)
    return good[:8] + str((int(good[8]) + 3) % 10)


def ink_strokes(seed: int, w: float, h: float):
    """Seeded handwriting-like polylines in a w x h box (origin top-left)."""
    rnd = random.Random(seed)
    strokes = []
    x = w * 0.05
    pts = []
    while x < w * 0.9:
        y = h * (0.5 + rnd.uniform(-0.35, 0.35))
        pts.append((x, y))
        x += rnd.uniform(w * 0.02, w * 0.07)
    strokes.append(pts)
    # underline flourish
    strokes.append([(w * 0.1, h * 0.85), (w * 0.5, h * 0.8 + rnd.uniform(-3, 3)), (w * 0.85, h * 0.75)])
    return strokes


def ink_png(seed: int, w: int = 420, h: int = 120, color=(20, 30, 110)) -> bytes:
    from PIL import Image, ImageDraw
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for pts in ink_strokes(seed, w, h):
        d.line(pts, fill=color + (255,), width=4, joint="curve")
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def rl_ink(c, seed: int, x: float, y: float, w: float = 150, h: float = 36):
    """Vector ink on a reportlab canvas; (x, y) is the bottom-left of the box."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.3)
    c.setLineJoin(1)
    c.setLineCap(1)
    for pts in ink_strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + h - pts[0][1])
        for a, b in pts[1:]:
            p.lineTo(x + a, y + h - b)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def render_pages(pdf: bytes, dpi: int):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    return out


def images_to_pdf(images, path: Path, dpi, quality=None, fmt="JPEG"):
    """Image-only PDF: each PIL image on a page of its physical size (dpi may be (x, y))."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    dx, dy = (dpi, dpi) if isinstance(dpi, (int, float)) else dpi
    c = canvas.Canvas(str(path), invariant=1)
    for im in images:
        w, h = im.size[0] * 72 / dx, im.size[1] * 72 / dy
        c.setPageSize((w, h))
        b = io.BytesIO()
        if fmt == "JPEG":
            im.convert("L").save(b, "JPEG", quality=quality or 60)
        else:
            im.save(b, "PNG")
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w, h)
        c.showPage()
    c.save()


def soffice_pdf(docx: Path, out: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx)], check=True, capture_output=True, timeout=180)
        pdf = Path(td) / (docx.stem + ".pdf")
        out.write_bytes(pdf.read_bytes())
