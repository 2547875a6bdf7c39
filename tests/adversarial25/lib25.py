"""Helpers for adversarial25: ink, deterministic docx zips, LibreOffice, scan simulation."""
from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FIXED = (2020, 1, 20, 9, 0, 0)


def ink_png(seed: int, w=420, h=120, color=(20, 30, 110)) -> bytes:
    """A scribbled signature as a transparent PNG."""
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x, y = 15, h * 0.6
    pts = []
    for i in range(9):
        nx = x + rnd.uniform(25, 50)
        ny = h * 0.5 + rnd.uniform(-h * 0.35, h * 0.3)
        for t in range(12):
            s = t / 12
            px = x + (nx - x) * s
            py = y + (ny - y) * s + math.sin(s * math.pi) * rnd.uniform(-14, 14)
            pts.append((px, py))
        x, y = nx, ny
    d.line(pts, fill=color + (255,), width=3, joint="curve")
    d.line([(20, h * 0.82), (x, h * 0.78)], fill=color + (255,), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def ink_file(seed: int, tmp: Path, **kw) -> Path:
    p = tmp / f"ink{seed}.png"
    p.write_bytes(ink_png(seed, **kw))
    return p


def fix_zip(path: Path) -> None:
    """Rewrite a zip (docx) with fixed timestamps and a fixed core.xml date."""
    src = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2020-01-20T09:00:00Z<", data)
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def save_docx(doc, out: Path) -> None:
    doc.core_properties.author = "Nav"
    doc.core_properties.last_modified_by = "Nav"
    doc.save(str(out))
    fix_zip(out)


def soffice_pdf(docx_path: Path, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=180)
        pdf = Path(td) / (docx_path.stem + ".pdf")
        normalize_pdf(pdf, out_pdf)


def normalize_pdf(src: Path, out: Path) -> None:
    """Pin dates, /ID and checksums IN PLACE (every replacement keeps its length, so the xref
    offsets and stream lengths stay right)."""
    import re
    data = src.read_bytes()
    fixed = b"20200120090000"
    data = re.sub(rb"D:\d{14}", b"D:" + fixed, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
                  rb"\g<1>2020-01-20T09:00:00", data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    out.write_bytes(data)


def scan_pdf(pdf_in: Path, out: Path, *, seed: int, dpi=150, angle=2.0, contrast=0.55, shadow=True,
             quality=45, perspective=True) -> None:
    """Render each page, make it look like a phone photo / poor scan, write an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import ImageEnhance
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf_in))
    pages = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        w, h = im.size
        if perspective:
            # photo taken slightly from below: top edge narrower than the bottom
            dx = w * 0.035
            coeffs = _persp([(0, 0), (w, 0), (w, h), (0, h)], [(dx, 0), (w - dx, 0), (w, h), (0, h)])
            im = im.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=235)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=230)
        im = ImageEnhance.Contrast(im).enhance(contrast)
        im = ImageEnhance.Brightness(im).enhance(1.05)
        if shadow:
            grad = Image.linear_gradient("L").rotate(90).resize((w, h))  # dark to the left
            grad = grad.point(lambda v: 170 + v * 85 // 255)
            im = Image.composite(im, Image.new("L", (w, h), 0), grad).point(lambda v: v)
            from PIL import ImageChops
            im = ImageChops.multiply(im, grad)
            im = ImageEnhance.Brightness(im).enhance(1.15)
        px = im.load()
        for _ in range(w * h // 400):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((40, 90, 250))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        pages.append(Image.open(io.BytesIO(b.getvalue())))
    pages[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    normalize_pdf(out, out)


def _persp(pa, pb):
    import numpy as np
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=float)
    B = np.array(pb, dtype=float).reshape(8)
    res = np.linalg.solve(A, B)
    return res.tolist()
