"""Helpers for the tenth adversarial corpus: fonts, seeded ink, raw Word XML, a reportlab page writer."""
from __future__ import annotations

import io
import random
from pathlib import Path

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}
_reg = False


def fonts():
    global _reg
    if _reg:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for k, p in FONTS.items():
        if not Path(p).exists():
            raise SystemExit(f"font missing: {p}")
        pdfmetrics.registerFont(TTFont(k, p))
    _reg = True


def _stroke_points(rng, w, h):
    """A seeded signature-like polyline list in a w x h box (origin top-left)."""
    strokes = []
    x = w * 0.05
    for _ in range(rng.randint(2, 3)):
        pts = []
        n = rng.randint(14, 22)
        seg = (w * 0.8) / rng.randint(2, 3)
        for i in range(n):
            t = i / (n - 1)
            px = x + seg * t
            py = h * (0.5 + 0.32 * rng.uniform(-1, 1) * (1 if i % 2 else -1))
            pts.append((px, py))
        strokes.append(pts)
        x += seg * rng.uniform(0.85, 1.05)
    # underline flourish
    y = h * 0.85
    strokes.append([(w * 0.1, y), (w * 0.5, y + rng.uniform(-3, 3)), (w * 0.9, y - rng.uniform(2, 6))])
    return strokes


def ink_png(seed, w=360, h=110, colour=(20, 30, 120, 255)) -> bytes:
    from PIL import Image, ImageDraw
    rng = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for s in _stroke_points(rng, w, h):
        d.line(s, fill=colour, width=3, joint="curve")
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def ink_pdf(c, seed, x, y, w=150, h=40):
    """Vector ink on a reportlab canvas; (x, y) is the bottom-left corner of the box."""
    rng = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.5)
    c.setLineWidth(1.3)
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in _stroke_points(rng, w, h):
        p = c.beginPath()
        p.moveTo(x + s[0][0], y + h - s[0][1])
        for a, b in s[1:]:
            p.lineTo(x + a, y + h - b)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


class Page:
    """A top-down text writer on a reportlab canvas."""

    def __init__(self, c, font="DejaVuSans", size=10.5, left=60, top=790, lead=1.45):
        self.c, self.font, self.size, self.left, self.y, self.lead = c, font, size, left, top, lead

    def line(self, text="", font=None, size=None, x=None, gap=None):
        size = size or self.size
        self.c.setFont(font or self.font, size)
        if text:
            self.c.drawString(self.left if x is None else x, self.y, text)
        self.y -= gap if gap is not None else size * self.lead

    def wrap(self, text, width=475, font=None, size=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        size = size or self.size
        f = font or self.font
        words, cur = text.split(), ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if stringWidth(t, f, size) > width:
                self.line(cur, f, size)
                cur = wd
            else:
                cur = t
        if cur:
            self.line(cur, f, size)

    def skip(self, d):
        self.y -= d


# ---------------------------------------------------------------- raw Word XML
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def sdt_text(tag, alias, value):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent>{run(value)}</w:sdtContent></w:sdt>')


def sdt_drop(tag, alias, value, options):
    items = "".join(f'<w:listItem w:displayText="{esc(o)}" w:value="{esc(o)}"/>' for o in options)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
            f'<w:dropDownList><w:listItem w:displayText="Velg et element." w:value=""/>{items}</w:dropDownList>'
            f'</w:sdtPr><w:sdtContent>{run(value)}</w:sdtContent></w:sdt>')


def sdt_date(tag, alias, iso, shown):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent>{run(shown)}</w:sdtContent></w:sdt>')


def sdt_check(tag, checked):
    glyph = "2611" if checked else "2610"
    ch = "\u2611" if checked else "\u2610"
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2611" w14:font="Segoe UI Symbol"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="Segoe UI Symbol"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/></w:rPr>'
            f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def ff_text(name, value):
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(value)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_check(name, checked):
    c = "<w:checked/>" if checked else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{c}</w:checkBox>'
            f'</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def para_xml(inner, style=None):
    from docx.oxml import parse_xml
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return parse_xml(f'<w:p {W} {W14}>{ppr}{inner}</w:p>')


def add_para(doc, inner, style=None):
    body = doc.element.body
    body.insert(len(body) - 1, para_xml(inner, style))


def fill_cell(cell, inner):
    """Replace the first paragraph's runs of a table cell by raw run XML."""
    from docx.oxml import parse_xml
    p = cell.paragraphs[0]._p
    for r in list(p):
        if r.tag.endswith("}r"):
            p.remove(r)
    frag = parse_xml(f'<w:p {W} {W14}>{inner}</w:p>')
    for ch in list(frag):
        p.append(ch)


def pic(paragraph, png, width_cm=4.0):
    from docx.shared import Cm
    paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))


def save_docx(doc, out):
    doc.core_properties.author = "Saksbehandler"
    doc.save(str(out))
