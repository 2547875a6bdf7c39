"""Helpers for adversarial28: org numbers, seeded ink, docx tweaks, raw XML, LibreOffice, scans."""
from __future__ import annotations

import copy
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

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
FIXED_ZIP_DATE = (2020, 1, 20, 10, 0, 0)


def mod11_ok(num: str) -> bool:
    ws = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(num[:8], ws))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(num[8])


def org(prefix8: str) -> str:
    """A valid org number from an 8-digit prefix (the next prefix up when no check digit exists)."""
    ws = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        s = sum(int(a) * b for a, b in zip(prefix8, ws))
        r = 11 - s % 11
        r = 0 if r == 11 else r
        if r != 10:
            return prefix8 + str(r)
        prefix8 = str(int(prefix8) + 1)


def ink_strokes(seed: int, w: float, h: float, n_letters: int = 7):
    """Seeded pen strokes in a w x h box (origin top-left): a list of polylines."""
    rnd = random.Random(seed)
    strokes = []
    x = w * 0.05
    pts = []
    step = (w * 0.85) / (n_letters * 6)
    for i in range(n_letters * 6):
        x += step
        y = h * 0.55 + math.sin(i * 1.3 + rnd.random()) * h * 0.28 * (1 if i % 6 else 1.4)
        pts.append((x, y))
    strokes.append(pts)
    # underline flourish
    strokes.append([(w * 0.1 + k * w * 0.08, h * 0.85 - k * 0.6 + rnd.random() * 2) for k in range(10)])
    return strokes


def ink_png(seed: int, path_or_buf, size=(360, 110), colour=(20, 30, 120)):
    img = Image.new("RGBA", size, (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for s in ink_strokes(seed, size[0], size[1]):
        d.line(s, fill=colour + (255,), width=3, joint="curve")
    img.save(path_or_buf, format="PNG")
    return path_or_buf


def draw_ink_pdf(c, seed: int, x: float, y: float, w: float = 140, h: float = 34):
    """Vector ink on a reportlab canvas; (x, y) is the bottom-left of the box."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.5)
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in ink_strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + s[0][0], y + h - s[0][1])
        for i in range(1, len(s) - 2, 2):
            (x1, y1), (x2, y2) = s[i], s[i + 1]
            p.curveTo(x + x1, y + h - y1, x + x2, y + h - y2, x + (x2 + s[i + 2][0]) / 2, y + h - (y2 + s[i + 2][1]) / 2)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def fix_core(doc, title="Søknad"):
    import datetime as _dt
    cp = doc.core_properties
    t = _dt.datetime(2020, 1, 20, 10, 0, 0)
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.revision = 1
    cp.author = "Nav"
    cp.last_modified_by = "Nav"
    cp.title = title


def normalise_zip(path: Path):
    """Rewrite a zip with fixed dates and sorted-by-original order, so builds are byte-identical."""
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


def patch_zip(path: Path, fn):
    """fn(name, bytes) -> bytes for each part."""
    zin = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, fn(info.filename, zin.read(info.filename)))
    Path(path).write_bytes(out.getvalue())


def soffice_pdf(src: Path, out: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        od = Path(td) / "out"
        od.mkdir()
        subprocess.run(["nice", "-n", "10", "soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(od), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(od / (src.stem + ".pdf")), str(out))


def chromium_pdf(html: str, out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["nice", "-n", "10", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={td}/ud", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                        f"--print-to-pdf={out}", src.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
