"""Helpers for the twentieth adversarial corpus: org numbers, seeded ink, a reportlab story writer,
python-docx helpers (content controls, legacy fields), LibreOffice conversion and scan effects."""
from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/truetype/liberation2"]


def orgnr(base8: str) -> str:
    """A valid MOD11 organisation number from 8 digits (the base is bumped until it has a check digit)."""
    n = int(base8)
    while True:
        s = f"{n:08d}"
        w = [3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
        if r == 11:
            return s + "0"
        if r != 10:
            return s + str(r)
        n += 1


# ---------------------------------------------------------------- ink
def ink_points(seed: int, w: float, h: float):
    rnd = random.Random(seed)
    strokes = []
    x = w * 0.05
    while x < w * 0.85:
        pts = []
        n = rnd.randint(6, 12)
        for i in range(n):
            pts.append((x + i * w * 0.02 + rnd.uniform(-2, 2), h * 0.5 + rnd.uniform(-h * 0.35, h * 0.35)))
        strokes.append(pts)
        x += n * w * 0.02 + rnd.uniform(2, 8)
    strokes.append([(w * 0.05, h * 0.2), (w * 0.9, h * 0.28)])  # underline flourish
    return strokes


def ink_png(seed: int, w=360, h=110, color=(20, 30, 120)) -> bytes:
    from PIL import Image, ImageDraw
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for pts in ink_points(seed, w, h):
        d.line(pts, fill=color + (255,), width=3, joint="curve")
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


class Ink:
    """A reportlab flowable: seeded pen strokes."""

    def __new__(cls, seed, w=150, h=40):
        from reportlab.platypus import Flowable

        class _Ink(Flowable):
            def __init__(self):
                super().__init__()
                self.width, self.height = w, h

            def draw(self):
                c = self.canv
                c.setStrokeColorRGB(0.08, 0.12, 0.5)
                c.setLineWidth(1.3)
                for pts in ink_points(seed, w, h):
                    p = c.beginPath()
                    p.moveTo(*pts[0])
                    for q in pts[1:]:
                        p.lineTo(*q)
                    c.drawPath(p, stroke=1, fill=0)
        return _Ink()


# ---------------------------------------------------------------- reportlab
_reg = False


def fonts():
    global _reg
    if _reg:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                    ("LS", "LiberationSerif-Regular.ttf"), ("LSB", "LiberationSerif-Bold.ttf")]:
        for d in FONT_DIRS:
            if os.path.exists(os.path.join(d, f)):
                pdfmetrics.registerFont(TTFont(name, os.path.join(d, f)))
                break
    _reg = True


def styles(font="DV", bold="DVB", size=10):
    from reportlab.lib.styles import ParagraphStyle
    fonts()
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.5),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 2) * 1.3, spaceBefore=6,
                             spaceAfter=4),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.35),
    }


def pdf_story(path, story, title="Dokument"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author="", invariant=1)
    doc.build(story)


def grid(rows, widths, font="DV", size=9.5, header=False, box=True, st=None):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    ps = ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.3)
    data = [[Paragraph(c, ps) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if box:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]
    t.setStyle(TableStyle(cmds + list(st or [])))
    return t


# ---------------------------------------------------------------- docx
def docx_new(font="Calibri", size=11):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    s = d.styles["Normal"]
    s.font.name = font
    s.font.size = Pt(size)
    d.core_properties.author = ""
    d.core_properties.title = ""
    return d


def add_ink(paragraph, seed, width_cm=4.0):
    from docx.shared import Cm
    paragraph.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


def cc_run(paragraph, text, tag, placeholder=False):
    """Append a run-level plain-text content control holding ``text``."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    xml = (f'<w:sdt {ns}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{ph}<w:text/></w:sdtPr>'
           f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def cc_check(paragraph, checked, tag):
    from docx.oxml import parse_xml
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
    v = "1" if checked else "0"
    g = "\u2612" if checked else "\u2610"
    xml = (f'<w:sdt {ns}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{v}"/>'
           f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
           f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
           f'w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def cc_date(paragraph, text, iso, tag):
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = (f'<w:sdt {ns}><w:sdtPr><w:tag w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
           f'<w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
           f'<w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def formtext(paragraph, value, name):
    """A legacy FORMTEXT field whose result is ``value``."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p = paragraph._p
    for x in [f'<w:r {ns}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
              f'<w:r {ns}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              f'<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {ns}><w:t xml:space="preserve">{escape(value)}</w:t></w:r>',
              f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>']:
        p.append(parse_xml(x))


def formcheck(paragraph, checked, name):
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = '<w:default w:val="1"/>' if checked else '<w:default w:val="0"/>'
    p = paragraph._p
    for x in [f'<w:r {ns}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{d}</w:checkBox></w:ffData></w:fldChar></w:r>',
              f'<w:r {ns}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>']:
        p.append(parse_xml(x))


def office_to_pdf(docx_path: Path, out_pdf: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(td) / (docx_path.stem + ".pdf")), out_pdf)


# ---------------------------------------------------------------- scans
def scan(pdf_in: Path, out: Path, seed: int, dpi=200, angle=0.0, contrast=1.0, shadow=0, quality=70,
         perspective=False, blur=0.0):
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(pdf_in))
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        if perspective:
            w, h = im.size
            dx = int(w * 0.035)
            # the top edge is narrower: a phone held below the page
            coeffs = _persp([(dx, 0), (w - dx, 0), (w, h), (0, h)], [(0, 0), (w, 0), (w, h), (0, h)])
            im = im.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=205)
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=230)
        if contrast != 1.0:
            im = ImageEnhance.Contrast(im).enhance(contrast)
        if shadow:
            w, h = im.size
            mask = Image.new("L", (w, h), 0)
            d = ImageDraw.Draw(mask)
            for k in range(shadow):
                d.line([(w - 1 - k, 0), (w - 1 - k, h)], fill=int(120 * (1 - k / shadow)))
                d.line([(0, h - 1 - k), (w, h - 1 - k)], fill=int(90 * (1 - k / shadow)))
            dark = Image.new("L", (w, h), 60)
            im = Image.composite(dark, im, mask)
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 1500):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((40, 90, 250))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        pages.append(Image.open(io.BytesIO(b.getvalue())).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def _persp(pa, pb):
    import numpy as np
    m = []
    for (x, y), (X, Y) in zip(pb, pa):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float)
    B = np.array([c for p in pa for c in p], dtype=float)
    return list(np.linalg.solve(A, B))
