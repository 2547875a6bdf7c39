"""Helpers of corpus 33: MOD11, seeded ink, a small block model rendered to Word (python-docx,
raw content controls) or to PDF (reportlab), LibreOffice conversion, scan simulation."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))


def mod11_ok(s: str) -> bool:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * x for c, x in zip(s[:8], w)) % 11
    r = 0 if r == 11 else r
    return r != 10 and int(s[8]) == r


def org(base8: str) -> str:
    """The first valid organisation number at or after base8 + check digit."""
    n = int(base8)
    while True:
        for d in range(10):
            s = f"{n:08d}{d}"
            if mod11_ok(s):
                return s
        n += 1


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def ink_png(seed, w=360, h=90) -> bytes:
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts, x = [], 12.0
    while x < w - 12:
        pts.append((x, h / 2 + rnd.uniform(-h * 0.33, h * 0.33)))
        x += rnd.uniform(7, 20)
    d.line(pts, fill=(20, 30, 120, 255), width=3, joint="curve")
    d.line([(pts[0][0] + 5, h * 0.75), (pts[-1][0] - 20, h * 0.7)], fill=(20, 30, 120, 255), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- blocks
# ("h", text) ("p", text) ("kv", [(label, value)]) ("above", [(label, value)]) labels above answers
# ("tbl", [row, ...]) first row header; ("checks", question, [(option, on)], inline)
# ("sigs", [dict(caption, name, title, place_date, ink)], layout "side"|"stack"); ("gap",)

# ---------------------------------------------------------------- Word
def _shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def sdt_text(par, value, tag, date=None):
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
    if date:
        pr += f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date>'
    x = (f'<w:sdt {nsdecls("w")}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">'
         f'{value}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))


def sdt_check(par, on, tag):
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    g = "☒" if on else "☐"
    x = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
         f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
         f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
         f'<w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))


def to_docx(blocks, path, *, controls=False, glyphs=("☒", "☐"), seed=0, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        for i, line in enumerate(header):
            p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            p.add_run(line)
    if footer:
        sec.footer.paragraphs[0].add_run(footer).font.size = Pt(8)
    n = 0
    for b in blocks:
        k = b[0]
        if k == "h":
            doc.add_heading(b[1], level=2)
        elif k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "gap":
            doc.add_paragraph("")
        elif k in ("kv", "above"):
            if k == "kv":
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    r = t.add_row().cells
                    r[0].text = lab
                    _shade(r[0])
                    if controls:
                        n += 1
                        sdt_text(r[1].paragraphs[0], val, f"f{n}")
                    else:
                        r[1].text = val
            else:
                t = doc.add_table(rows=0, cols=1)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    c = t.add_row().cells[0]
                    c.text = lab
                    c.paragraphs[0].runs[0].bold = True
                    _shade(c, "EDEDED")
                    c2 = t.add_row().cells[0]
                    if controls:
                        n += 1
                        sdt_text(c2.paragraphs[0], val, f"f{n}")
                    else:
                        c2.text = val
            doc.add_paragraph("")
        elif k == "tbl":
            rows = b[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                cs = t.add_row().cells
                for c, v in zip(cs, row):
                    c.text = v
                    if i == 0:
                        c.paragraphs[0].runs[0].bold = True
            doc.add_paragraph("")
        elif k == "checks":
            q, opts, inline = b[1], b[2], b[3]
            doc.add_paragraph(q).runs[0].bold = True
            if inline:
                p = doc.add_paragraph()
                for opt, on in opts:
                    if controls:
                        n += 1
                        sdt_check(p, on, f"c{n}")
                        p.add_run(f" {opt}     ")
                    else:
                        p.add_run(f"{glyphs[0] if on else glyphs[1]} {opt}     ")
            else:
                for opt, on in opts:
                    p = doc.add_paragraph()
                    if controls:
                        n += 1
                        sdt_check(p, on, f"c{n}")
                        p.add_run(f" {opt}")
                    else:
                        p.add_run(f"{glyphs[0] if on else glyphs[1]} {opt}")
        elif k == "sigs":
            sigs, layout = b[1], b[2]
            if layout == "side":
                t = doc.add_table(rows=4, cols=len(sigs))
                for j, s in enumerate(sigs):
                    t.cell(0, j).text = s["caption"]
                    t.cell(0, j).paragraphs[0].runs[0].bold = True
                    p = t.cell(1, j).paragraphs[0]
                    if s.get("ink") is not None:
                        p.add_run().add_picture(io.BytesIO(ink_png(s["ink"])), width=Cm(4.5))
                    t.cell(2, j).text = "\n".join(x for x in (s.get("name"), s.get("title")) if x)
                    t.cell(3, j).text = s.get("place_date", "")
            else:
                for s in sigs:
                    doc.add_paragraph(s["caption"]).runs[0].bold = True
                    if s.get("place_date"):
                        doc.add_paragraph(s["place_date"])
                    p = doc.add_paragraph()
                    if s.get("ink") is not None:
                        p.add_run().add_picture(io.BytesIO(ink_png(s["ink"])), width=Cm(4.5))
                    else:
                        p.add_run("_" * 40)
                    for x in s.get("lines", [s.get("name"), s.get("title")]):
                        if x:
                            doc.add_paragraph(x)
            doc.add_paragraph("")
    doc.core_properties.author = "Nav"
    import datetime as _dt
    doc.core_properties.created = _dt.datetime(2020, 1, 20, 9, 0, 0)
    doc.core_properties.modified = _dt.datetime(2020, 1, 20, 9, 0, 0)
    doc.core_properties.last_modified_by = "Nav"
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2020, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / (Path(docx_path).stem + ".pdf"), pdf_path)


# ---------------------------------------------------------------- PDF
class PdfWriter:
    def __init__(self, path, *, glyphs=("☒", "☐"), drawn_boxes=False, ink=True, bars=False, invisible=False,
                 footer=None, header=None, c=None):
        self.c = c or canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.y = self.H - 60
        self.glyphs, self.drawn, self.ink, self.bars = glyphs, drawn_boxes, ink, bars
        self.invisible = invisible
        self.footer, self.header = footer, header
        self.page = 1
        self._head()

    def _head(self):
        if self.header:
            yy = self.H - 40
            for line in self.header:
                self.text(50, yy, line, "DV", 8)
                yy -= 10
            self.y = yy - 14
        if self.footer:
            self.text(50, 30, self.footer, "DV", 7.5)

    def text(self, x, y, s, font="DV", size=10):
        c = self.c
        t = c.beginText(x, y)
        t.setFont(font, size)
        if self.invisible:
            t.setTextRenderMode(3)
        t.textLine(s)
        c.drawText(t)

    def need(self, h):
        if self.y - h < 60:
            self.c.showPage()
            self.page += 1
            self.y = self.H - 60
            self._head()

    def wrap(self, s, font="DV", size=10, width=490):
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, font="DV", size=10, x=50, width=490):
        for line in self.wrap(s, font, size, width):
            self.need(14)
            self.text(x, self.y, line, font, size)
            self.y -= 13.5
        self.y -= 4

    def bar(self, s):
        self.need(26)
        if self.bars and not self.invisible:
            self.c.setFillColorRGB(0.78, 0.80, 0.84)
            self.c.rect(45, self.y - 5, 505, 18, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        self.text(50, self.y, s, "DVB", 11)
        self.y -= 24

    def box(self, x, y, on):
        if self.invisible:
            return
        c = self.c
        c.rect(x, y - 1, 9, 9, stroke=1, fill=0)
        if on:
            c.line(x + 1.5, y + 3.5, x + 3.8, y + 0.5)
            c.line(x + 3.8, y + 0.5, x + 8, y + 7.5)

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "title":
                self.need(30)
                self.text(50, self.y, b[1], "DVB", 14)
                self.y -= 26
            elif k == "h":
                self.bar(b[1])
            elif k == "p":
                self.para(b[1])
            elif k == "gap":
                self.y -= 10
            elif k == "kv":
                for lab, val in b[1]:
                    lines = self.wrap(val, width=300)
                    self.need(16 * len(lines) + 4)
                    self.text(50, self.y, lab, "DV", 10)
                    for i, ln in enumerate(lines):
                        self.text(230, self.y - 14 * i, ln, "DV", 10)
                    if not self.invisible:
                        self.c.setStrokeColorRGB(0.6, 0.6, 0.6)
                        self.c.line(50, self.y - 14 * (len(lines) - 1) - 4, 545, self.y - 14 * (len(lines) - 1) - 4)
                        self.c.setStrokeColorRGB(0, 0, 0)
                    self.y -= 14 * len(lines) + 6
                self.y -= 6
            elif k == "above":
                for lab, val in b[1]:
                    self.need(34)
                    self.text(50, self.y, lab, "DVB", 9)
                    self.y -= 13
                    for ln in self.wrap(val):
                        self.need(14)
                        self.text(58, self.y, ln, "DV", 10)
                        self.y -= 13.5
                    self.y -= 6
            elif k == "tbl":
                rows = b[1]
                ncol = len(rows[0])
                xs = [50, 290, 400][:ncol] if ncol == 3 else [50, 400]
                for i, row in enumerate(rows):
                    self.need(16)
                    for x, v in zip(xs, row):
                        if x != 50 and v and (i == 0 or v[0].isdigit()):
                            w = pdfmetrics.stringWidth(v, "DVB" if i == 0 else "DV", 10)
                            self.text(x + 100 - w, self.y, v, "DVB" if i == 0 else "DV", 10)
                        else:
                            self.text(x, self.y, v, "DVB" if i == 0 else "DV", 10)
                    self.y -= 15
                self.y -= 8
            elif k == "checks":
                q, opts, inline = b[1], b[2], b[3]
                self.para(q, "DVB", 10)
                if inline:
                    self.need(16)
                    x = 60
                    for opt, on in opts:
                        if self.drawn:
                            self.box(x, self.y, on)
                            self.text(x + 14, self.y, opt)
                        else:
                            self.text(x, self.y, f"{self.glyphs[0] if on else self.glyphs[1]} {opt}")
                        x += 90
                    self.y -= 18
                else:
                    for opt, on in opts:
                        self.need(16)
                        if self.drawn:
                            self.box(60, self.y, on)
                            self.text(74, self.y, opt)
                        else:
                            self.text(60, self.y, f"{self.glyphs[0] if on else self.glyphs[1]} {opt}")
                        self.y -= 16
                    self.y -= 4
            elif k == "sigs":
                self.sigs(b[1], b[2])

    def sigs(self, sigs, layout):
        c = self.c
        if layout == "side":
            self.need(120)
            for j, s in enumerate(sigs):
                x = 50 + j * 260
                y = self.y
                self.text(x, y, s["caption"], "DVB", 10)
                if s.get("place_date"):
                    self.text(x, y - 16, s["place_date"])
                if s.get("ink") is not None and self.ink and not self.invisible:
                    c.drawImage(ImageReader(io.BytesIO(ink_png(s["ink"]))), x + 5, y - 68, 150, 38, mask="auto")
                if not self.invisible:
                    c.line(x, y - 66, x + 210, y - 66)
                yy = y - 80
                for ln in s.get("lines", [s.get("name"), s.get("title")]):
                    if ln:
                        self.text(x, yy, ln)
                        yy -= 13
            self.y -= 125
        else:
            for s in sigs:
                self.need(110)
                y = self.y
                self.text(50, y, s["caption"], "DVB", 10)
                if s.get("place_date"):
                    self.text(50, y - 16, s["place_date"])
                if s.get("ink") is not None and self.ink and not self.invisible:
                    c.drawImage(ImageReader(io.BytesIO(ink_png(s["ink"]))), 60, y - 68, 150, 38, mask="auto")
                if not self.invisible:
                    c.line(50, y - 66, 300, y - 66)
                yy = y - 80
                for ln in s.get("lines", [s.get("name"), s.get("title")]):
                    if ln:
                        self.text(50, yy, ln)
                        yy -= 13
                self.y = yy - 16

    def save(self):
        self.c.save()


def to_pdf(blocks, path, **kw):
    w = PdfWriter(path, **kw)
    w.render(blocks)
    w.save()


def scan(pdf_in, pdf_out, *, dpi=200, angle=0.0, contrast=1.0, jpeg=70, text_blocks=None, text_kw=None,
         seed=0, noise=0, shadow=False, brightness=0):
    """Render pdf_in to pictures, degrade them, write an image PDF. With text_blocks, lay an invisible
    text layer of the same blocks over the pictures (a searchable scan whose layer fits)."""
    import pypdfium2 as pdfium
    from PIL import ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf_in))
    imgs = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        if contrast != 1.0:
            im = ImageEnhance.Contrast(im).enhance(contrast)
        if brightness:
            im = im.point(lambda v: min(255, v + brightness))
        if shadow:
            sh = Image.new("L", im.size, 0)
            d = ImageDraw.Draw(sh)
            for x in range(0, im.size[0] // 5):
                d.line([(x, 0), (x, im.size[1])], fill=int(70 * (1 - x / (im.size[0] / 5))))
            im = Image.eval(Image.merge("RGB", (im, im, im)).convert("L"), lambda v: v)
            im = Image.composite(Image.new("L", im.size, 0), im, sh.point(lambda v: v // 2))
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
        if noise:
            px = im.load()
            for _ in range(noise):
                x, y = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
                px[x, y] = rnd.choice((0, 90, 255))
        imgs.append(im)
    c = canvas.Canvas(str(pdf_out), pagesize=A4, invariant=1)
    W, H = A4
    if text_blocks is not None:
        w = PdfWriter(None, c=c, invisible=True, **(text_kw or {}))
        pages = []
        # draw pictures first on each page by hooking showPage
        orig = c.showPage
        state = {"i": 0}

        def draw_img():
            buf = io.BytesIO()
            imgs[state["i"]].save(buf, "JPEG", quality=jpeg)
            c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, W, H)
            state["i"] += 1

        def show():
            orig()
            draw_img()
        draw_img()
        c.showPage = show
        w.c = c
        w.render(text_blocks)
        c.showPage = orig
        c.save()
        return
    for im in imgs:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=jpeg)
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, W, H)
        c.showPage()
    c.save()
