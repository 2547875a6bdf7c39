"""Shared helpers of the eighteenth held-out corpus: ink, org numbers, raw Word XML, fonts."""
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

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FONTS = {
    "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavub": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for k, p in FONTS.items():
        if not Path(p).exists():
            raise SystemExit(f"font missing: {p}")
        try:
            pdfmetrics.getFont(k)
        except KeyError:
            pdfmetrics.registerFont(TTFont(k, p))


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a right (or deliberately wrong) MOD11 check digit."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(base8, w))
    r = 11 - s % 11
    if r == 11:
        r = 0
    if r == 10:
        raise ValueError(base8)
    if not valid:
        r = (r + 3) % 10
    return base8 + str(r)


def ink_strokes(seed: int, w: float = 160, h: float = 40):
    """A seeded signature-like scribble as polylines in a w x h box (origin top-left)."""
    rnd = random.Random(seed)
    strokes = []
    x = 6.0
    for _ in range(rnd.randint(2, 3)):
        pts = []
        n = rnd.randint(5, 8)
        amp = h * rnd.uniform(0.25, 0.42)
        seg = (w * 0.8) / 3 / n
        for i in range(n * 6):
            t = i / 6.0
            px = x + t * seg + 2.5 * math.sin(t * 2.1 + seed)
            py = h / 2 + amp * math.sin(t * rnd.uniform(2.4, 3.4) + rnd.random()) * (0.6 + 0.4 * math.cos(t))
            pts.append((px, py))
        x += n * seg + rnd.uniform(2, 8)
        strokes.append(pts)
    strokes.append([(8, h * 0.8), (w * 0.45, h * 0.72), (w * 0.9, h * 0.78)])
    return strokes


def ink_png(seed: int, w: int = 480, h: int = 120) -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for pts in ink_strokes(seed, w, h):
        d.line(pts, fill=(20, 30, 110, 255), width=4, joint="curve")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def draw_ink(c, seed: int, x: float, y: float, w: float = 150, h: float = 34):
    """Vector ink on a reportlab canvas; (x, y) is the bottom-left corner."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pts in ink_strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + h - pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(x + px, y + h - py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def patch_docx(path: Path, edits: dict[str, callable], extra: dict[str, bytes] | None = None):
    """Rewrite parts of a .docx: edits maps part name -> fn(str) -> str; extra adds/replaces parts."""
    src = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = zin.namelist()
        for n in names:
            data = zin.read(n)
            if n in edits:
                data = edits[n](data.decode("utf-8")).encode("utf-8")
            elif "*" in edits and n.startswith("word/") and n.endswith(".xml"):
                data = edits["*"](data.decode("utf-8")).encode("utf-8")
            if extra and n in extra:
                data = extra[n]
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        for n, data in (extra or {}).items():
            if n not in names:
                zi = zipfile.ZipInfo(n, date_time=(2020, 1, 20, 10, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def replace_marker(xml: str, marker: str, new: str) -> str:
    """Replace the whole <w:p> that contains the text ``marker`` with ``new`` (raw XML)."""
    i = xml.index(marker)
    a = xml.rfind("<w:p>", 0, i)
    b = xml.rfind("<w:p ", 0, i)
    a = max(a, b)
    e = xml.index("</w:p>", i) + len("</w:p>")
    return xml[:a] + new + xml[e:]


def replace_run(xml: str, marker: str, new: str) -> str:
    """Replace the <w:r> that contains ``marker`` with ``new`` (raw XML, may be several runs or an sdt)."""
    i = xml.index(marker)
    a = max(xml.rfind("<w:r>", 0, i), xml.rfind("<w:r ", 0, i))
    e = xml.index("</w:r>", i) + len("</w:r>")
    return xml[:a] + new + xml[e:]


def run(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)
