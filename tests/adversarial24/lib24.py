"""Helpers for the 24th corpus: ink, fixed-date docx packages, reportlab pages, LibreOffice, scans."""
from __future__ import annotations

import io
import math
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

FIXED = (2020, 1, 20, 12, 0, 0)


# ---------------------------------------------------------------- org numbers
def mod11_ok(s: str) -> bool:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    d = [int(c) for c in s]
    r = 11 - sum(a * b for a, b in zip(w, d[:8])) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[8]


# ---------------------------------------------------------------- ink
def ink_png(seed: int, w=360, h=110, colour=(20, 30, 110)) -> bytes:
    """A scribbled signature on a transparent ground (seeded)."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w * 2, h * 2), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x, y = 30.0, h * 1.1
    pts = []
    n = rnd.randint(5, 8)
    for i in range(n):
        # a loop per "letter"
        cx = x + rnd.uniform(40, 80)
        amp = rnd.uniform(30, 70)
        for t in range(0, 30):
            a = t / 30 * 2 * math.pi
            pts.append((x + (cx - x) * t / 30 + 18 * math.sin(a * 2), y - amp * math.sin(a) + rnd.uniform(-3, 3)))
        x = cx
    d.line(pts, fill=colour + (255,), width=5, joint="curve")
    d.line([(40, h * 1.5), (x, h * 1.35)], fill=colour + (255,), width=4)
    img = img.resize((w, h), Image.LANCZOS)
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def ink_file(seed: int, tmp: Path) -> str:
    p = tmp / f"ink{seed}.png"
    p.write_bytes(ink_png(seed))
    return str(p)


# ---------------------------------------------------------------- docx
def fix_zip(path: Path) -> None:
    """Rewrite a zip package with fixed member dates (deterministic builds)."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_core(doc, author="Nav", title=""):
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2020, 1, 20, 12, 0, 0)
    cp.modified = dt.datetime(2020, 1, 20, 12, 0, 0)
    cp.revision = 1


def save_docx(doc, out: Path, author="Nav"):
    docx_core(doc, author)
    doc.save(str(out))
    fix_zip(out)


# ---------------------------------------------------------------- LibreOffice
def soffice_pdf(docx: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(docx)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        data = (Path(td) / (docx.stem + ".pdf")).read_bytes()
    # same-length normalisation of dates and the file ID
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: (b"D:20200120120000" + b"Z" * (len(m.group(0)) - 16))[:len(m.group(0))], data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(m.group(2), b"B" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"C" * len(m.group(1)), data)
    out.write_bytes(data)


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf: Path, out: Path, *, dpi=200, angle=-1.8, contrast=0.7, shadow="top", quality=60, seed=1):
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas
    from PIL import ImageEnhance
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    c = canvas.Canvas(str(Path(out).resolve()), pagesize=(595.27, 841.89), invariant=1)
    import os
    cwd = os.getcwd()
    td = Path(tempfile.mkdtemp())
    os.chdir(td)   # relative image names: reportlab names the image after its path
    try:
        for i in range(len(pdf)):
            img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
            img = ImageEnhance.Contrast(img).enhance(contrast)
            img = ImageEnhance.Brightness(img).enhance(0.95)
            w, h = img.size
            sh = Image.new("L", (w, h), 0)
            ds = ImageDraw.Draw(sh)
            band = int(h * 0.12)
            for k in range(band):
                v = int(90 * (1 - k / band))
                if shadow == "top":
                    ds.line([(0, k), (w, k)], fill=v)
                else:
                    ds.line([(k, 0), (k, h)], fill=v)
            img = Image.composite(Image.new("L", (w, h), 0), img, sh.point(lambda p: p // 2))
            px = img.load()
            for _ in range(w * h // 400):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((60, 200))
            img = img.filter(ImageFilter.GaussianBlur(0.6))
            p = f"p{i}.jpg"
            img.save(p, "JPEG", quality=quality)
            c.drawImage(p, 0, 0, width=595.27, height=841.89)
            c.showPage()
        c.save()
    finally:
        os.chdir(cwd)
        shutil.rmtree(td)
