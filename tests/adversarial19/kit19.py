"""Helpers for the 19th adversarial corpus: MOD11 org numbers, seeded ink, docx/zip normalising,
a small reportlab writer, LibreOffice conversion. Offline and seeded."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
}
for _n, _p in FONTS.items():
    if not Path(_p).exists():
        raise SystemExit(f"font missing: {_p}")
    pdfmetrics.registerFont(TTFont(_n, _p))

W, H = A4


def orgnr(seed: int, valid: bool = True) -> str:
    """9-digit organisation number starting with 9, with a right MOD11 digit."""
    rnd = random.Random(seed)
    while True:
        base = [9] + [rnd.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(base, [3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        if not valid:
            c = (c + 3) % 10
        return "".join(map(str, base)) + str(c)


def ink_points(seed: int, w: float, h: float):
    rnd = random.Random(seed)
    strokes = []
    x = w * 0.05
    for _ in range(rnd.randint(2, 3)):
        pts = []
        for i in range(rnd.randint(8, 13)):
            x += rnd.uniform(w * 0.02, w * 0.07)
            y = h * 0.5 + rnd.uniform(-h * 0.38, h * 0.38)
            pts.append((min(x, w * 0.95), y))
        strokes.append(pts)
        x += w * 0.04
    return strokes


def ink_png(seed: int, w: int = 360, h: int = 90) -> bytes:
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for pts in ink_points(seed, w, h):
        d.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def ink_pdf(c, seed: int, x: float, y: float, w: float = 150, h: float = 36):
    """Vector ink on a reportlab canvas, lower-left corner (x, y)."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.3)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pts in ink_points(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + pts[0][1])
        for i in range(1, len(pts) - 1, 2):
            a, b = pts[i], pts[i + 1]
            p.curveTo(x + a[0], y + a[1], x + a[0], y + a[1], x + b[0], y + b[1])
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def normalise_zip(path: Path):
    """Rewrite a zip with fixed timestamps and sorted order, so the bytes are the same every build."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    first = [it for it in items if it[0] == "[Content_Types].xml"]
    rest = sorted(it for it in items if it[0] != "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in first + rest:
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_docx_props(doc):
    import datetime
    cp = doc.core_properties
    cp.author = "Nav"
    cp.last_modified_by = "Nav"
    t = datetime.datetime(2020, 1, 20, 9, 0, 0)
    cp.created = t
    cp.modified = t
    cp.revision = 1


def soffice_pdf(docx: Path, out: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / (docx.stem + ".pdf"), out)


class Flow:
    """A minimal top-down writer on a reportlab canvas."""

    def __init__(self, c, font="DejaVuSans", size=10.5, left=60, top=None, lead=1.45):
        self.c, self.font, self.size, self.left, self.lead = c, font, size, left, lead
        self.y = top if top is not None else H - 60

    def need(self, h):
        if self.y - h < 60:
            self.c.showPage()
            self.y = H - 60

    def line(self, text, font=None, size=None, x=None, gap=None):
        f, s = font or self.font, size or self.size
        self.need(s * self.lead)
        self.c.setFont(f, s)
        self.c.drawString(self.left if x is None else x, self.y, text)
        self.y -= gap if gap is not None else s * self.lead

    def para(self, text, width=470, font=None, size=None):
        f, s = font or self.font, size or self.size
        words, cur = text.split(), ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if pdfmetrics.stringWidth(t, f, s) > width:
                self.line(cur, f, s)
                cur = w_
            else:
                cur = t
        if cur:
            self.line(cur, f, s)
        self.y -= s * 0.4

    def row(self, cells, xs, font=None, size=None, right=()):
        f, s = font or self.font, size or self.size
        self.need(s * self.lead)
        self.c.setFont(f, s)
        for i, (t, x) in enumerate(zip(cells, xs)):
            if i in right:
                self.c.drawRightString(x, self.y, t)
            else:
                self.c.drawString(x, self.y, t)
        self.y -= s * self.lead
