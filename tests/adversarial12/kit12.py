"""Helpers for the twelfth adversarial corpus: fonts, seeded ink, org numbers, raw Word XML."""
from __future__ import annotations

import io
import random
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

FONTS = Path("/usr/share/fonts/truetype")


def font(name: str) -> str:
    for p in FONTS.rglob(name):
        return str(p)
    raise SystemExit(f"font {name} not found under {FONTS}")


def org(base8: str, valid: bool = True) -> str:
    """Nine digits with a right (or deliberately wrong) MOD11 check digit."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    if r == 11:
        r = 0
    assert r != 10, base8
    if not valid:
        r = (r + 3) % 10
    return base8 + str(r)


def ink_strokes(seed: int, w: float, h: float) -> list[list[tuple[float, float]]]:
    """A seeded scribble: 2-3 strokes of points in a w x h box (origin top-left)."""
    rnd = random.Random(seed)
    strokes = []
    x = w * 0.05
    for _ in range(rnd.randint(2, 3)):
        pts = []
        n = rnd.randint(14, 22)
        seg = (w * 0.85) / 3
        for i in range(n):
            t = i / (n - 1)
            px = x + t * seg + rnd.uniform(-2, 2)
            py = h * (0.5 + 0.35 * __import__("math").sin(t * 9 + rnd.random() * 3)) + rnd.uniform(-2, 2)
            pts.append((px, py))
        strokes.append(pts)
        x += seg * 0.95
    return strokes


def ink_png(seed: int, colour=(20, 30, 120)) -> bytes:
    """A transparent PNG signature for Word documents."""
    W, H = 360, 110
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for s in ink_strokes(seed, W, H):
        d.line(s, fill=colour + (255,), width=4, joint="curve")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def pdf_ink(c, seed: int, x: float, y: float, w: float = 150, h: float = 34) -> None:
    """Vector ink strokes on a reportlab canvas; (x, y) is the bottom-left corner."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.5)
    c.setLineWidth(1.3)
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in ink_strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + s[0][0], y + h - s[0][1])
        for px, py in s[1:]:
            p.lineTo(x + px, y + h - py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def x(s: str) -> str:
    return escape(s)


def run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def formtext(value: str, name: str) -> str:
    """A legacy FORMTEXT field whose result is ``value`` (en-spaces when empty)."""
    res = value or "\u2002" * 5
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(res)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheck(checked: bool, name: str) -> str:
    """A legacy FORMCHECKBOX ticked through its w:default value (no w:checked element)."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
            f'</w:checkBox></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def body_xml(inner: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
            f'<w:body>{inner}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
            'w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')


CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/docProps/app.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')


def app_xml(producer: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f'<Application>{x(producer)}</Application></Properties>')


def write_docx(out: Path, inner: str, producer: str, extra: dict[str, bytes] | None = None) -> None:
    """A minimal Word package with fixed zip timestamps (identical bytes on every build)."""
    import zipfile
    parts = {"[Content_Types].xml": CT.encode(), "_rels/.rels": RELS.encode(),
             "docProps/app.xml": app_xml(producer).encode(), "word/document.xml": body_xml(inner).encode()}
    parts.update(extra or {})
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, (2020, 1, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
