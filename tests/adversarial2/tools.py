"""Producers for the second adversarial corpus: Chromium, LibreOffice, reportlab, python-docx, Pillow.

Written without looking at the extractor or the other builders: each helper renders a document the
way an office's own tools would, nothing more.
"""
from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = "/usr/share/fonts/truetype"
SERIF = f"{FONTS}/liberation/LiberationSerif-Regular.ttf"
SERIF_B = f"{FONTS}/liberation/LiberationSerif-Bold.ttf"
SANS = f"{FONTS}/dejavu/DejaVuSans.ttf"
SANS_B = f"{FONTS}/dejavu/DejaVuSans-Bold.ttf"
MONO = f"{FONTS}/dejavu/DejaVuSansMono.ttf"
NARROW = f"{FONTS}/liberation/LiberationSansNarrow-Regular.ttf"


def org(prefix8: str) -> str:
    """A MOD11-valid organisation number from eight digits (the caller picks prefixes that work)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(prefix8, w)) % 11
    r = 0 if r == 11 else r
    assert r != 10, prefix8
    return prefix8 + str(r)


# ----------------------------------------------------------------------------- external producers
def chromium_pdf(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "doc.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["nice", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/prof",
                        f"--print-to-pdf={out}", src.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def soffice(src_text: str, src_name: str, target: str, out: Path, infilter: str | None = None) -> None:
    """Write src_text as src_name, let LibreOffice convert it to `target` (e.g. 'pdf', 'odt', 'doc')."""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / src_name
        src.write_text(src_text, encoding="utf-8")
        cmd = ["nice", "soffice", f"-env:UserInstallation=file://{td}/lo", "--headless"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        cmd += ["--convert-to", target, "--outdir", td, str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        ext = target.split(":")[0]
        produced = Path(td) / (src.stem + "." + ext)
        shutil.copy(produced, out)


# ----------------------------------------------------------------------------- ink
def scribble(seed: str, w: float, h: float, n: int = 9):
    """Points of a handwritten-looking stroke inside a w*h box (deterministic per name)."""
    rnd = random.Random(seed)
    pts = []
    for i in range(n * 6):
        t = i / (n * 6 - 1)
        x = t * w * 0.95 + rnd.uniform(-2, 2)
        y = h * 0.5 + math.sin(t * n * math.pi + rnd.uniform(-0.4, 0.4)) * h * rnd.uniform(0.2, 0.45)
        pts.append((x, y))
    return pts


def ink_svg(seed: str, w: int = 180, h: int = 48) -> str:
    pts = scribble(seed, w, h)
    d = "M " + " L ".join(f"{x:.1f} {y:.1f}" for x, y in pts)
    return (f'<svg width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg">'
            f'<path d="{d}" stroke="#1a2a6c" stroke-width="1.8" fill="none"/></svg>')


def ink_png(seed: str, w: int = 360, h: int = 90, color=(20, 30, 110, 255)) -> bytes:
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.line(scribble(seed, w, h), fill=color, width=3, joint="curve")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def rl_ink(c, seed: str, x: float, y: float, w: float = 150, h: float = 34) -> None:
    """Draw an ink stroke on a reportlab canvas with its lower-left corner at x, y."""
    pts = scribble(seed, w, h)
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.3)
    p = c.beginPath()
    p.moveTo(x + pts[0][0], y + h - pts[0][1])
    for px, py in pts[1:]:
        p.lineTo(x + px, y + h - py)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# ----------------------------------------------------------------------------- raster pages
class Page:
    """A paper page drawn with Pillow at a given dpi: text flows down, ink goes where it is put."""

    def __init__(self, dpi: int = 200, font=SERIF, size_pt: float = 11, margin_mm: float = 22):
        self.dpi = dpi
        self.W, self.H = int(8.27 * dpi), int(11.69 * dpi)
        self.im = Image.new("RGB", (self.W, self.H), "white")
        self.d = ImageDraw.Draw(self.im)
        self.font_path, self.size = font, size_pt
        self.x0 = int(margin_mm / 25.4 * dpi)
        self.y = self.x0
        self.right = self.W - self.x0

    def f(self, size=None, bold=False, path=None):
        p = path or (SERIF_B if bold and self.font_path == SERIF else SANS_B if bold else self.font_path)
        return ImageFont.truetype(p, int((size or self.size) * self.dpi / 72))

    def text(self, s: str, size=None, bold=False, indent_mm: float = 0, gap: float = 1.35, path=None):
        font = self.f(size, bold, path)
        x = self.x0 + int(indent_mm / 25.4 * self.dpi)
        words, line = s.split(" "), ""
        for wd in words:
            trial = (line + " " + wd).strip()
            if self.d.textlength(trial, font=font) > self.right - x and line:
                self.d.text((x, self.y), line, fill="black", font=font)
                self.y += int(font.size * gap)
                line = wd
            else:
                line = trial
        self.d.text((x, self.y), line, fill="black", font=font)
        self.y += int(font.size * gap)

    def row(self, cells, widths_mm, size=None, bold=False, box=True):
        font = self.f(size, bold)
        x = self.x0
        h = int(font.size * 1.7)
        for cell, wmm in zip(cells, widths_mm):
            w = int(wmm / 25.4 * self.dpi)
            if box:
                self.d.rectangle([x, self.y, x + w, self.y + h], outline="black", width=2)
            self.d.text((x + 8, self.y + int(font.size * 0.3)), cell, fill="black", font=font)
            x += w
        self.y += h

    def checkbox(self, label: str, checked: bool, size=None):
        font = self.f(size)
        s = int(font.size * 0.9)
        x, y = self.x0 + 10, self.y + 4
        self.d.rectangle([x, y, x + s, y + s], outline="black", width=2)
        if checked:
            self.d.line([x + 3, y + 3, x + s - 3, y + s - 3], fill="black", width=3)
            self.d.line([x + 3, y + s - 3, x + s - 3, y + 3], fill="black", width=3)
        self.d.text((x + s + 14, self.y), label, fill="black", font=font)
        self.y += int(font.size * 1.5)

    def ink(self, seed: str, x_mm: float, w_mm: float = 55, h_mm: float = 14):
        w, h = int(w_mm / 25.4 * self.dpi), int(h_mm / 25.4 * self.dpi)
        pts = scribble(seed, w, h)
        x = self.x0 + int(x_mm / 25.4 * self.dpi)
        self.d.line([(x + px, self.y + py) for px, py in pts], fill=(25, 35, 120), width=max(2, self.dpi // 70))
        self.y += h

    def skip(self, mm: float):
        self.y += int(mm / 25.4 * self.dpi)

    def rule(self):
        self.d.line([self.x0, self.y, self.right, self.y], fill="black", width=2)
        self.y += 8


def degrade(im: Image.Image, seed: int, rotate=0.0, blur=0.0, noise=0, gray=True, contrast=1.0,
            brightness=0) -> Image.Image:
    rnd = random.Random(seed)
    if gray:
        im = im.convert("L")
    if rotate:
        im = im.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else "white")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0 or brightness:
        im = im.point(lambda v: max(0, min(255, int((v - 128) * contrast + 128 + brightness))))
    if noise:
        px = im.load()
        for _ in range(im.width * im.height // 60):
            x, y = rnd.randrange(im.width), rnd.randrange(im.height)
            v = px[x, y]
            if isinstance(v, int):
                px[x, y] = max(0, min(255, v + rnd.randint(-noise, noise)))
    return im


def jpeg(im: Image.Image, q: int) -> Image.Image:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).copy()


def images_pdf(pages, out: Path, dpi=200) -> None:
    first, rest = pages[0], pages[1:]
    first.save(out, "PDF", resolution=dpi, save_all=True, append_images=rest)


def png_bytes(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def jpg_bytes(im: Image.Image, q=80) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=q)
    return buf.getvalue()


def perspective(im: Image.Image, seed: int, strength: float = 0.06) -> Image.Image:
    """A phone photo of a page lying on a desk: keystone, a shadow from one side, a dark desk rim."""
    rnd = random.Random(seed)
    W, H = im.size
    canvas = Image.new("RGB", (int(W * 1.12), int(H * 1.08)), (92, 78, 64))
    canvas.paste(im.convert("RGB"), (int(W * 0.06), int(H * 0.04)))
    CW, CH = canvas.size
    dx = strength * CW
    quad = (rnd.uniform(0, dx), rnd.uniform(0, dx * 0.5), rnd.uniform(0, dx * 0.3), CH - rnd.uniform(0, dx * 0.4),
            CW - rnd.uniform(0, dx * 0.3), CH - rnd.uniform(0, dx * 0.5), CW - rnd.uniform(0, dx), rnd.uniform(0, dx))
    photo = canvas.transform((CW, CH), Image.QUAD, quad, resample=Image.BICUBIC)
    shade = Image.new("L", (CW, CH))
    sd = ImageDraw.Draw(shade)
    for x in range(CW):
        sd.line([(x, 0), (x, CH)], fill=int(255 - 70 * max(0.0, 1 - x / (CW * 0.45))))
    photo = Image.composite(photo, Image.new("RGB", (CW, CH), (0, 0, 0)), shade)
    return photo.filter(ImageFilter.GaussianBlur(1.1))


def rl_ink_image(c, seed: str, x: float, y: float, w: float = 150, h: float = 38) -> None:
    """A scanned signature pasted as a transparent PNG (the way many offices 'sign' a letter template)."""
    from reportlab.lib.utils import ImageReader
    im = Image.open(io.BytesIO(ink_png(seed, int(w * 3), int(h * 3))))
    c.drawImage(ImageReader(im), x, y, w, h, mask="auto")


def save_docx(doc, out: Path) -> None:
    """Save a python-docx document byte-stable: fixed core dates and fixed zip entry times."""
    import datetime
    import zipfile
    stamp = datetime.datetime(2020, 1, 20, 9, 0, 0)
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = stamp
    cp.author = cp.last_modified_by = "Nav"
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2020, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
