"""Shared producers for adversarial23: ink images, docx helpers, reportlab helpers."""
from __future__ import annotations

import io
import math
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

FONT_DIR = Path("/usr/share/fonts/truetype")


def ink_png(seed: int, w=420, h=120, colour=(20, 30, 110)) -> bytes:
    """A deterministic scribbled signature (transparent PNG)."""
    r = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x, y = 15, h * 0.6
    pts = []
    for i in range(70):
        x += r.uniform(3, 8)
        y = h * 0.55 + math.sin(i * r.uniform(0.5, 0.9)) * r.uniform(10, h * 0.35)
        pts.append((x, y))
        if x > w - 20:
            break
    d.line(pts, fill=colour + (255,), width=3, joint="curve")
    d.line([(20, h * 0.8), (x * 0.8, h * 0.75)], fill=colour + (255,), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def ink_file(seed: int, tmpdir: Path) -> Path:
    p = tmpdir / f"ink{seed}.png"
    p.write_bytes(ink_png(seed))
    return p


# ---------------------------------------------------------------- docx

def set_cell_shade(cell, hexcol):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcol}"/>'))


def fixed_core(doc, title="", author=""):
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = dt.datetime(2020, 1, 20, 9, 0, 0)
    cp.modified = dt.datetime(2020, 1, 20, 9, 0, 0)
    cp.last_modified_by = author
    cp.revision = 1


def normalise_zip(path: Path):
    """Rewrite the docx zip with fixed timestamps so the bytes are identical on every build."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 20, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(ni, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def replace_body_xml(path: Path, fn):
    """Apply fn(str)->str to word/document.xml."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "word/document.xml":
                b = fn(b.decode("utf-8")).encode("utf-8")
            ni = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 20, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(ni, b)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- reportlab

_fonts_done = False


def fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("DejaVu", "dejavu/DejaVuSans.ttf"), ("DejaVu-Bold", "dejavu/DejaVuSans-Bold.ttf"),
                    ("DejaVuSerif", "dejavu/DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
                    ("LibSans", "liberation2/LiberationSans-Regular.ttf"),
                    ("LibSans-Bold", "liberation2/LiberationSans-Bold.ttf")]:
        p = FONT_DIR / f
        if not p.exists():
            p = FONT_DIR / f.replace("liberation2", "liberation")
        pdfmetrics.registerFont(TTFont(name, str(p)))
    _fonts_done = True


def canvas(path, title="Søknad"):
    from reportlab.pdfgen import canvas as cv
    from reportlab.lib.pagesizes import A4
    fonts()
    c = cv.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    return c


def wrap(c, text, x, y, width, font="DejaVu", size=10, lead=13):
    from reportlab.lib.utils import simpleSplit
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


def draw_ink(c, seed, x, y, w=130, h=38):
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")
