"""Helpers for adversarial32: MOD11, seeded ink, amounts, fixed keys, scans, LibreOffice."""
from __future__ import annotations

import io
import math
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

W = [3, 2, 7, 6, 5, 4, 3, 2]


def mod11(base8: str) -> str:
    """Nine-digit org number from 8 digits (retries the last base digit until a check digit exists)."""
    b = list(base8)
    while True:
        s = sum(int(c) * w for c, w in zip(b, W))
        r = 11 - s % 11
        if r == 11:
            r = 0
        if r != 10:
            return "".join(b) + str(r)
        b[-1] = str((int(b[-1]) + 1) % 10)


def bad_mod11(base8: str) -> str:
    good = mod11(base8)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def nok(n: int, style: str = "space") -> str:
    s = f"{n:,}"
    if style == "space":
        return s.replace(",", "\u00a0")
    if style == "dot":
        return s.replace(",", ".")
    if style == "kr":
        return "kr " + s.replace(",", " ") + ",-"
    if style == "plain":
        return s.replace(",", " ")
    raise ValueError(style)


def no_date(iso: str, style: str = "dots") -> str:
    y, m, d = iso.split("-")
    months_nb = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                 "oktober", "november", "desember"]
    if style == "dots":
        return f"{d}.{m}.{y}"
    if style == "long":
        return f"{int(d)}. {months_nb[int(m) - 1]} {y}"
    if style == "short":
        return f"{d}.{m}.{y[2:]}"
    raise ValueError(style)


def ink_png(seed: int, w: int = 520, h: int = 150, color=(20, 30, 110)) -> bytes:
    """A seeded scribble that looks like a signature, transparent background, PNG bytes."""
    rnd = random.Random(seed)
    S = 3
    im = Image.new("RGBA", (w * S, h * S), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    x = 20 * S
    base = h * S * 0.62
    pts = []
    n = rnd.randint(5, 8)
    for i in range(n):  # letters as loops
        width = rnd.uniform(30, 70) * S
        height = rnd.uniform(30, 85) * S
        for t in range(0, 28):
            a = t / 27 * 2 * math.pi
            px = x + width * (t / 27) + math.sin(a * 1.5) * 10 * S
            py = base - height * abs(math.sin(a / 2 + rnd.uniform(-0.05, 0.05))) + rnd.uniform(-2, 2) * S
            pts.append((px, py))
        x += width * rnd.uniform(0.8, 1.05)
    dr.line(pts, fill=color + (255,), width=int(3.2 * S), joint="curve")
    y0 = base + rnd.uniform(6, 18) * S  # underline flourish
    dr.line([(25 * S, y0), (x * 0.6, y0 + 8 * S), (x + 10 * S, y0 - 6 * S)], fill=color + (255,),
            width=int(2.5 * S), joint="curve")
    im = im.resize((w, h), Image.LANCZOS)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


def ink_image(seed: int, **kw) -> Image.Image:
    return Image.open(io.BytesIO(ink_png(seed, **kw))).convert("RGBA")


def normalise_zip(path: Path) -> None:
    """Fixed timestamps and order so a docx is byte-identical on every build; fixed core dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2020-01-20T09:00:00Z<", data)
            zi = zipfile.ZipInfo(name, (2020, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def soffice_pdf(docx: Path, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        src = Path(td) / (out_pdf.stem + ".docx")
        shutil.copy(docx, src)
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        data = (Path(td) / (out_pdf.stem + ".pdf")).read_bytes()
    import re
    data = re.sub(rb"D:\d{14}", b"D:20200120090000", data)  # same length: the xref offsets stay right
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2020-01-20T09:00:00", data)
    data = re.sub(rb"<\?xpacket.*?<\?xpacket end=\"w\"\?>", lambda m: m.group(0), data, flags=re.S)
    data = re.sub(rb"/ID \[ ?<[0-9A-F]+>\s*<[0-9A-F]+> ?\]", lambda m: re.sub(rb"<[0-9A-F]+>", b"<" + b"A" * 32 + b">", m.group(0)), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    out_pdf.write_bytes(data)


def pdf_to_images(pdf: Path, dpi: int) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def images_to_pdf(images: list[Image.Image], dpi: int, path: Path, quality: int = 80) -> None:
    """Image-only PDF via reportlab (JPEG pages), fixed metadata."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    w0, h0 = images[0].size
    c = canvas.Canvas(str(path), pagesize=(w0 * 72 / dpi, h0 * 72 / dpi), invariant=1)
    c.setCreator("RICOH IM C3000 Scan to PDF")
    c.setProducer("RICOH IM C3000")
    for im in images:
        w, h = im.size
        c.setPageSize((w * 72 / dpi, h * 72 / dpi))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w * 72 / dpi, h * 72 / dpi)
        c.showPage()
    c.save()


def copier_scan(im: Image.Image, seed: int, angle: float) -> Image.Image:
    """300 dpi office copier: slight rotation, faint moiré (two interfering line screens), toner speckle."""
    import numpy as np
    rnd = np.random.default_rng(seed)
    im = im.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    moire = 7 * np.sin((xx * 0.52 + yy * 0.11)) * np.sin((xx * 0.49 + yy * 0.14))
    a = a + moire + rnd.normal(0, 5, a.shape)
    speck = rnd.random(a.shape) < 0.0004
    a[speck] = 60
    a = np.clip(a * 0.97 + 4, 0, 255).astype(np.uint8)
    return Image.fromarray(a).convert("RGB")


def phone_scan(im: Image.Image, seed: int, angle: float) -> Image.Image:
    """Lower contrast grey scan at 200 dpi with a shadow band on the left edge and JPEG artefacts."""
    import numpy as np
    rnd = np.random.default_rng(seed)
    im = im.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape
    a = 60 + a * (225 - 60) / 255  # low contrast
    shade = np.clip(1 - (np.arange(w) / (w * 0.12)), 0, 1) * 55
    a = a - shade[None, :]
    a = a + rnd.normal(0, 4, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5)).convert("RGB")
