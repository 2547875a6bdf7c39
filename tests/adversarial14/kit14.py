"""Shared helpers of the fourteenth corpus: MOD11 org numbers, seeded ink, Word XML bits, fixed zips."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

FONTS = Path("/usr/share/fonts/truetype")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def org_number(seed: int, valid: bool = True) -> str:
    """A 9-digit number starting with 9 whose MOD11 check digit is right (or wrong when valid=False)."""
    rnd = random.Random(seed)
    while True:
        base = [9] + [rnd.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(base, (3, 2, 7, 6, 5, 4, 3, 2)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        if not valid:
            c = (c + 3) % 10
        return "".join(map(str, base)) + str(c)


def _strokes(seed: str, w: float, h: float) -> list[list[tuple[float, float]]]:
    rnd = random.Random(seed)
    strokes, x = [], w * 0.05
    for _ in range(rnd.randint(2, 4)):
        pts, y = [], h * rnd.uniform(0.35, 0.65)
        seg = w * rnd.uniform(0.2, 0.35)
        for i in range(24):
            t = i / 23
            pts.append((x + seg * t, y + h * 0.3 * __import__("math").sin(t * rnd.uniform(6, 11) + rnd.random())))
        strokes.append(pts)
        x += seg * 0.9
    strokes.append([(w * 0.05, h * 0.8), (w * 0.9, h * 0.72)])
    return strokes


def ink_png(seed: str, colour=(20, 30, 120)) -> bytes:
    """A handwritten-looking signature as a transparent PNG (deterministic)."""
    w, h = 420, 120
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for s in _strokes(seed, w, h):
        d.line(s, fill=colour + (255,), width=4, joint="curve")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def ink_pdf(c, seed: str, x: float, y: float, w: float = 150, h: float = 40, colour=(0.1, 0.12, 0.5)) -> None:
    """Vector ink strokes on a reportlab canvas, lower-left corner at (x, y)."""
    c.saveState()
    c.setStrokeColorRGB(*colour)
    c.setLineWidth(1.3)
    for s in _strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + s[0][0], y + h - s[0][1])
        for px, py in s[1:]:
            p.lineTo(x + px, y + h - py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def fixed_zip(path: Path) -> None:
    """Rewrite a zip (docx/xlsx) with fixed timestamps so builds are byte-identical."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fonts(c_module=None) -> None:
    """Register the TTF fonts the PDF builders use (idempotent)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
                    ("DVS", "dejavu/DejaVuSerif.ttf"), ("DVSB", "dejavu/DejaVuSerif-Bold.ttf"),
                    ("LM", "liberation/LiberationMono-Regular.ttf"),
                    ("LS", "liberation/LiberationSans-Regular.ttf"),
                    ("LSB", "liberation/LiberationSans-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONTS / f)))
