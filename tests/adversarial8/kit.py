"""Shared helpers for the eighth held-out corpus: fonts, organisation numbers, seeded ink,
reportlab page writer, print-and-scan, Word helpers. Offline and seeded."""
from __future__ import annotations

import io
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
FONTS = {
    "DV": "DejaVuSans.ttf", "DV-B": "DejaVuSans-Bold.ttf", "DV-I": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf", "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVS": "DejaVuSerif.ttf", "DVS-B": "DejaVuSerif-Bold.ttf",
    "LS": "LiberationSerif-Regular.ttf", "LS-B": "LiberationSerif-Bold.ttf", "LS-I": "LiberationSerif-Italic.ttf",
    "LA": "LiberationSans-Regular.ttf", "LA-B": "LiberationSans-Bold.ttf",
    "LN": "LiberationSansNarrow-Regular.ttf", "LN-B": "LiberationSansNarrow-Bold.ttf",
    "LM": "LiberationMono-Regular.ttf",
}


def font_path(key: str) -> str:
    name = FONTS[key]
    for d in FONT_DIRS:
        if (d / name).exists():
            return str(d / name)
    raise SystemExit(f"font {name} not found under /usr/share/fonts; install fonts-dejavu / fonts-liberation")


_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for k in FONTS:
        pdfmetrics.registerFont(TTFont(k, font_path(k)))
    _registered = True


# ---------------------------------------------------------------- organisation numbers
def mod11_digit(first8: str) -> int | None:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(first8, w))
    r = 11 - s % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def orgnr(seed: int) -> str:
    """A valid 9-digit organisation number (MOD11), derived from seed."""
    rnd = random.Random(seed)
    while True:
        first8 = str(rnd.choice([8, 9])) + "".join(str(rnd.randrange(10)) for _ in range(7))
        d = mod11_digit(first8)
        if d is not None:
            return first8 + str(d)


def spaced(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


# ---------------------------------------------------------------- ink
def ink_strokes(seed: int, w: float, h: float, n_loops: int | None = None):
    """Polyline points of a signature-like scribble in a w x h box (origin bottom-left)."""
    rnd = random.Random(seed)
    n_loops = n_loops or rnd.choice([3, 4, 6, 7])
    pts = []
    x = w * 0.05
    base = h * 0.35
    steps = 60 + n_loops * 10
    for i in range(steps):
        t = i / steps
        x = w * (0.05 + 0.85 * t) + math.sin(t * n_loops * 2 * math.pi) * w * 0.04
        y = base + math.sin(t * n_loops * 2 * math.pi + rnd.uniform(-0.3, 0.3)) * h * 0.3 * (1 - 0.4 * t)
        y += rnd.uniform(-h * 0.03, h * 0.03)
        pts.append((x, y))
    tail = [(w * 0.2, h * 0.12), (w * 0.95, h * 0.2)]
    return [pts, tail]


def ink_png(seed: int, w: int = 420, h: int = 130, color=(20, 30, 110)) -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for line in ink_strokes(seed, w, h):
        pts = [(x, h - y) for x, y in line]
        d.line(pts, fill=color + (255,), width=4, joint="curve")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def draw_ink(c, seed: int, x: float, y: float, w: float = 150, h: float = 40, color=(0.08, 0.12, 0.45)):
    """Vector ink strokes on a reportlab canvas, box origin (x, y) bottom-left."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.3)
    c.setLineCap(1)
    c.setLineJoin(1)
    for line in ink_strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + line[0][0], y + line[0][1])
        for px, py in line[1:]:
            p.lineTo(x + px, y + py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def ink_image_reader(seed: int):
    from reportlab.lib.utils import ImageReader
    return ImageReader(io.BytesIO(ink_png(seed)))


# ---------------------------------------------------------------- reportlab page writer
class Page:
    """A tiny flowing writer over a reportlab canvas (A4, points)."""

    def __init__(self, c, left=56, right=539, top=800, bottom=60):
        self.c, self.left, self.right, self.top, self.bottom = c, left, right, top, bottom
        self.y = top

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.y = self.top

    def text(self, s, font="DV", size=10, dy=None, x=None, color=(0, 0, 0)):
        dy = dy if dy is not None else size * 1.45
        self.need(dy)
        self.y -= dy
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(self.left if x is None else x, self.y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def wrap(self, s, font="DV", size=10, width=None, lead=None, x=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        width = width or (self.right - (x or self.left))
        lead = lead or size * 1.4
        words, line = s.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if stringWidth(t, font, size) > width and line:
                self.text(line, font, size, lead, x)
                line = w
            else:
                line = t
        if line:
            self.text(line, font, size, lead, x)

    def gap(self, h=6):
        self.y -= h

    def rule(self, width=0.5, gray=0.5):
        self.c.setStrokeGray(gray)
        self.c.setLineWidth(width)
        self.c.line(self.left, self.y - 3, self.right, self.y - 3)
        self.c.setStrokeGray(0)
        self.y -= 6


def new_canvas(path, title="", author=""):
    from reportlab.pdfgen import canvas
    register_fonts()
    c = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("")
    return c


# ---------------------------------------------------------------- scanning
def render_pdf(pdf_path, dpi):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf_path))
    imgs = []
    for i in range(len(doc)):
        imgs.append(doc[i].render(scale=dpi / 72).to_pil().convert("L"))
    doc.close()
    return imgs


def images_to_pdf(imgs, out, dpi, quality=70):
    """Image-only PDF, each page a JPEG (via reportlab so the bytes are stable)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(out), invariant=1)
    c.setCreator("")
    for im in imgs:
        w, h = im.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()


def noise(im, seed, amount=8):
    from PIL import Image
    rnd = random.Random(seed)
    w, h = im.size
    n = Image.effect_noise((w, h), amount * 4)
    # seed-stable: effect_noise is not seeded, so build our own sparse noise instead
    px = im.load()
    for _ in range(w * h // 60):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = px[x, y]
        px[x, y] = max(0, min(255, v + rnd.randint(-amount * 6, amount * 6)))
    del n
    return im


# ---------------------------------------------------------------- Word helpers
def docx_fixed(doc, title="", author="Nav"):
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2020, 1, 20, 9, 0, 0)
    cp.modified = dt.datetime(2020, 1, 28, 14, 0, 0)
    cp.revision = 3


def add_png(run, seed, width_cm=4.2):
    from docx.shared import Cm
    run.add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


def set_cell_shade(cell, hexcolor):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


def soffice_pdf(src: Path, outdir: Path) -> Path:
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".pdf")
