"""Shared helpers of the thirteenth adversarial corpus: seeded ink, zip normalisation, org numbers,
raw Word XML for content controls and legacy form fields, ink strokes on reportlab pages."""
from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FONT_DIR = Path("/usr/share/fonts/truetype")
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def org(prefix8: str) -> str:
    """A valid MOD11 organisation number from its first eight digits (prefix chosen so the check
    digit is not 10)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(prefix8, w))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    if r == 10:
        raise ValueError(prefix8)
    return prefix8 + str(r)


def ink_png(seed: int, width=360, height=110, colour=(20, 30, 120)) -> bytes:
    """A seeded scribble that looks like a handwritten signature, transparent background."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for stroke in range(rnd.randint(2, 3)):
        x = 15 + stroke * rnd.randint(60, 110)
        y = height * 0.55
        pts = [(x, y)]
        for _ in range(rnd.randint(14, 22)):
            x += rnd.uniform(6, 17)
            y = min(height - 8, max(8, y + rnd.uniform(-28, 28)))
            pts.append((x, y))
        d.line(pts, fill=colour + (255,), width=3, joint="curve")
    d.line([(10, height - 12), (width - 30, height - 18)], fill=colour + (255,), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def ink_strokes(c, seed: int, x: float, y: float, w=150, h=32, colour=(0.08, 0.12, 0.5)) -> None:
    """Seeded vector ink on a reportlab canvas; (x, y) is the lower left corner."""
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(*colour)
    c.setLineWidth(1.4)
    for stroke in range(rnd.randint(2, 3)):
        px, py = x + stroke * w / 3.2, y + h * 0.5
        p = c.beginPath()
        p.moveTo(px, py)
        for _ in range(rnd.randint(8, 12)):
            nx, ny = px + rnd.uniform(4, 10), min(y + h, max(y, py + rnd.uniform(-h / 2, h / 2)))
            p.curveTo(px + 2, py + rnd.uniform(-8, 8), nx - 2, ny + rnd.uniform(-8, 8), nx, ny)
            px, py = nx, ny
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def normalise_zip(path: Path) -> None:
    """Rewrite a .docx with fixed timestamps and sorted-by-original order so builds are identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            import re
            data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                          rb"<dcterms:\1\2>2020-01-10T09:00:00Z<", data)
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def run(text: str, bold=False) -> str:
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def sdt_run(tag: str, value: str | None, placeholder: str = "Klikk her for å skrive inn tekst.") -> str:
    """A run-level plain-text content control; value None leaves the placeholder showing."""
    show = "<w:showingPlcHdr/>" if value is None else ""
    text = placeholder if value is None else value
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{show}<w:text/></w:sdtPr>'
            f'<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>')


def sdt_date(tag: str, iso: str, shown: str) -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="nb-NO"/>'
            f'</w:date></w:sdtPr><w:sdtContent>{run(shown)}</w:sdtContent></w:sdt>')


def sdt_dropdown(tag: str, value: str, options: list[str]) -> str:
    items = "".join(f'<w:listItem w:displayText="{escape(o)}" w:value="{escape(o)}"/>' for o in options)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:dropDownList>{items}'
            f'</w:dropDownList></w:sdtPr><w:sdtContent>{run(value)}</w:sdtContent></w:sdt>')


def sdt_check(tag: str, checked: bool) -> str:
    glyph = "\u2612" if checked else "\u2610"
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
            f'w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def formtext(name: str, value: str) -> str:
    """A legacy FORMTEXT field (Word 97 style) holding value."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(value)}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheck(name: str, checked: bool) -> str:
    """A legacy FORMCHECKBOX: ticked through w:default (the way Word 2003 saves a ticked box)."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{int(checked)}"/>'
            f'</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def para_xml(inner: str) -> str:
    return f"<w:p {W_NS}>{inner}</w:p>"


def add_raw_para(container, inner: str):
    """Append a paragraph made of raw run XML to a python-docx document or cell."""
    from docx.oxml import parse_xml
    p = container.add_paragraph()
    el = parse_xml(para_xml(inner))
    p._p.addnext(el)
    p._p.getparent().remove(p._p)
    return el


def set_cell_raw(cell, inner: str) -> None:
    """Replace a table cell's content with one raw paragraph."""
    from docx.oxml import parse_xml
    tc = cell._tc
    for p in list(tc.iterchildren("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
        tc.remove(p)
    tc.append(parse_xml(para_xml(inner)))


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("DejaVu", "dejavu/DejaVuSans.ttf"), ("DejaVu-Bold", "dejavu/DejaVuSans-Bold.ttf"),
                    ("DejaVuSerif", "dejavu/DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
                    ("LibSans", "liberation2/LiberationSans-Regular.ttf"),
                    ("LibSans-Bold", "liberation2/LiberationSans-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))


def new_canvas(out: Path, title: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    c = canvas.Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    return c


def wrap(c, text: str, x: float, y: float, width: float, font="DejaVu", size=10, lead=13) -> float:
    """Draw text wrapped to width; returns the y below it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c.setFont(font, size)
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            trial = (line + " " + word).strip()
            if stringWidth(trial, font, size) > width and line:
                c.drawString(x, y, line)
                y -= lead
                line = word
            else:
                line = trial
        c.drawString(x, y, line)
        y -= lead
    return y
