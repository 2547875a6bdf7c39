"""Shared drawing helpers for the third adversarial corpus: org numbers, ink, scans, LibreOffice."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import time
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as rl_canvas

W, H = A4


def orgnr(base8: str) -> str:
    """A 9-digit organisation number with a valid MOD11 check digit (base chosen so it exists)."""
    for bump in range(100):
        b = str(int(base8) + bump).zfill(8)
        s = sum(int(d) * w for d, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return b + str(c)
    raise ValueError(base8)


def canvas(out: Path, title: str = "", author: str = "") -> rl_canvas.Canvas:
    c = rl_canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    return c


class Flow:
    """A cursor that writes wrapped text lines down a column of a reportlab canvas."""

    def __init__(self, c, x, y, width, font="Helvetica", size=10, lead=None):
        self.c, self.x, self.y, self.w = c, x, y, width
        self.font, self.size = font, size
        self.lead = lead or size * 1.35

    def text(self, s, font=None, size=None, gap=0.0, indent=0.0):
        f, z = font or self.font, size or self.size
        self.c.setFont(f, z)
        for line in simpleSplit(s, f, z, self.w - indent) or [""]:
            self.c.drawString(self.x + indent, self.y, line)
            self.y -= z * 1.35 if size else self.lead
        self.y -= gap

    def skip(self, d):
        self.y -= d


def vector_ink(c, x, y, width=120, seed=0, height=18):
    """A drawn pen signature: a few bezier strokes on the canvas (vector ink, like a tablet)."""
    r = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.1, 0.45)
    c.setLineWidth(1.1)
    p = c.beginPath()
    px, py = x, y + r.uniform(2, height / 2)
    p.moveTo(px, py)
    steps = 7
    for i in range(steps):
        nx = x + width * (i + 1) / steps
        ny = y + r.uniform(0, height)
        p.curveTo(px + r.uniform(5, 15), py + r.uniform(-height, height), nx - r.uniform(5, 15),
                  ny + r.uniform(-height, height), nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + width * 0.1, y - 2, x + width * 0.7, y + 1)
    c.restoreState()


def ink_png(seed: int, w=360, h=90) -> bytes:
    """A handwritten signature as a PNG on a white background (a scanned-in signature image)."""
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = []
    x = 10
    while x < w - 10:
        pts.append((x, r.randint(15, h - 15)))
        x += r.randint(8, 22)
    for i in range(len(pts) - 1):
        d.line([pts[i], pts[i + 1]], fill=(20, 30, 110), width=3)
    d.line([(30, h - 12), (w * 0.6, h - 18)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def render(pdf: Path, dpi: int = 200) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    return pages


def degrade(im: Image.Image, seed: int, angle: float, noise: float = 10, blur: float = 0.6,
            quality: int = 55) -> Image.Image:
    """A copier scan: turned, noisy, slightly blurred, JPEG-compressed grey."""
    r = random.Random(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    px = im.load()
    wd, ht = im.size
    for _ in range(int(wd * ht * 0.004)):
        x, y = r.randrange(wd), r.randrange(ht)
        px[x, y] = r.choice((0, 60, 200))
    noise_im = Image.effect_noise((wd, ht), noise).convert("L")
    im = Image.blend(im, noise_im, 0.06)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def images_to_pdf(pages: list[Image.Image], out: Path, dpi: int = 200) -> None:
    pages = [p.convert("RGB") for p in pages]
    fixed = time.gmtime(1579510800)  # 2020-01-20 09:00 UTC: Pillow's PDF dates take a struct_time
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=fixed,
                  modDate=fixed)


def soffice_pdf(src: Path, out: Path, fmt: str = "pdf") -> None:
    """Convert a Word file to PDF (or ODT) with LibreOffice headless (own profile, so it runs beside others)."""
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(td) / (src.stem + "." + fmt)), out)


def checkbox(c, x, y, ticked: bool, size=9):
    c.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        c.line(x + 1.5, y + 1.5, x + size - 1.5, y + size - 1.5)
        c.line(x + 1.5, y + size - 1.5, x + size - 1.5, y + 1.5)
