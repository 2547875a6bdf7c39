"""Renderers of corpus 84 (tester84): a thin python-docx wrapper (paragraphs and tables whose cells hold
runs, content controls, legacy fields, check boxes and ink), a reportlab page with a few drawing helpers
(ruled grids, label-above-value boxes, marks, signature blocks), AcroForm, scan, PAdES and truncation.
Ink, zip normalising, LibreOffice and pyHanko mechanics come from corpus 38's kit; layouts live in docs84."""
from __future__ import annotations

import datetime
import io
import random
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import ink_png, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import Page, _self_signed, _sign  # noqa: E402
from truthlib import truth  # noqa: E402,F401
from word38 import _borderless, _ff_box, _ff_text, _sdt_box, _sdt_date, _sdt_text  # noqa: E402,F401

S19 = "nav-sosiale-tjenester-2019"
S20 = "nav-sosiale-tjenester-2020"
GLYPH = {True: "☒", False: "☐"}


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    r = 11 - sum(int(d) * k for d, k in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def ff_checked(name: str, checked: bool) -> list[str]:
    """A legacy check box stating its state with ``w:checked`` (default left at 0), as Word writes after a click."""
    from docx.oxml.ns import nsdecls
    state = '<w:checked/>' if checked else '<w:checked w:val="0"/>'
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}'
            f'</w:checkBox></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def sdt_placeholder(alias: str) -> str:
    from docx.oxml.ns import nsdecls
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:showingPlcHdr/>'
            f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
            f'<w:color w:val="808080"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r></w:sdtContent></w:sdt>')


# ------------------------------------------------------------------ Word
class W:
    """A python-docx document written top-down. A *cell* or paragraph body is a str ("\\n" starts a new
    paragraph) or a list of parts: str (a run; "\\n" alone starts a new paragraph), ("b", s) bold run,
    ("i", s) italic grey run, ("ink", seed[, cm]) a picture of ink, an XML string or list of XML strings
    (content controls, legacy fields)."""

    def __init__(self, font="Calibri", size=10.5, title="Søknad"):
        from docx.shared import Pt
        self.d = new_doc(font, int(size), title)
        self.d.styles["Normal"].font.size = Pt(size)

    def fill(self, p, body, container=None):
        from docx.oxml import parse_xml
        from docx.shared import Cm, RGBColor
        if isinstance(body, str):
            body = [body]
        for part in body:
            if isinstance(part, str) and part.startswith("<w:"):
                p._p.append(parse_xml(part))
            elif isinstance(part, list):
                for x in part:
                    p._p.append(parse_xml(x))
            elif isinstance(part, tuple) and part[0] == "ink":
                p.add_run().add_picture(io.BytesIO(ink_png(part[1])), width=Cm(part[2] if len(part) > 2 else 4.2))
            elif isinstance(part, tuple):
                r = p.add_run(part[1])
                r.bold = part[0] == "b"
                if part[0] == "i":
                    r.italic = True
                    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
            else:
                for i, line in enumerate(part.split("\n")):
                    if i:
                        p = (container or self.d).add_paragraph()
                    if line:
                        p.add_run(line)
        return p

    def h(self, text, size=13, align=None, colour=None):
        from docx.shared import Pt, RGBColor
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if align == "c":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def p(self, body="", size=None, align=None):
        from docx.shared import Pt
        p = self.fill(self.d.add_paragraph(), body)
        if size:
            for r in p.runs:
                r.font.size = Pt(size)
        if align == "r":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    def table(self, rows, widths=None, style="Table Grid", borderless=False, shade=None, bold_col=None,
              head=False, head_shade=None):
        """``shade``: fill of column ``bold_col`` cells (or every first cell); ``head``: first row bold."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        from docx.shared import Cm
        t = self.d.add_table(rows=0, cols=max(len(r) for r in rows))
        if style:
            t.style = style
        if borderless:
            _borderless(t)
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, body in enumerate(row):
                c = cells[j]
                if (head and i == 0) or (bold_col is not None and j == bold_col):
                    body = [("b", body)] if isinstance(body, str) else body
                self.fill(c.paragraphs[0], body, container=c)
                fill = head_shade if (head and i == 0) else (shade if bold_col is not None and j == bold_col else None)
                if fill:
                    c._tc.get_or_add_tcPr().append(
                        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
                if widths:
                    c.width = Cm(widths[j])
        self.d.add_paragraph()
        return t

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, out: Path):
        save_doc(self.d, out)

    def to_pdf(self, out: Path):
        with tempfile.TemporaryDirectory() as td:
            d = Path(td) / (out.stem + ".docx")
            self.save(d)
            soffice_pdf(d, out)


# ------------------------------------------------------------------ reportlab
class P(Page):
    """pdf38's cursor page with the drawing helpers of this corpus."""

    def para(self, s, x=60, width=480, size=None, bold=False, lead=None):
        size = size or self.s
        chars = int(width / (size * 0.5))
        for line in textwrap.wrap(s, chars):
            self.need(70)
            self.text(line, x=x, bold=bold, size=size, dy=lead or size + 4)

    def grid(self, rows, xs, size=None, rule=True, bold_first=False, head=False, right=(), lh=None, box=False):
        """Rows of cells at x positions ``xs``; columns in ``right`` are right-aligned at the next x."""
        size = size or self.s
        lh = lh or size + 8
        x_end = xs[-1] + 160 if len(xs) > 1 else 540
        for i, row in enumerate(rows):
            self.need(70)
            for j, v in enumerate(row):
                bold = (head and i == 0) or (bold_first and j == 0)
                self.c.setFont(self.b if bold else self.f, size)
                if j in right and not (head and i == 0):
                    self.c.drawRightString((xs[j + 1] if j + 1 < len(xs) else 535) - 6, self.y, v)
                else:
                    self.c.drawString(xs[j] + 3, self.y, v)
            if box:
                self.c.rect(xs[0], self.y - 5, 535 - xs[0], lh, stroke=1, fill=0)
                for x in xs[1:]:
                    self.c.line(x, self.y - 5, x, self.y - 5 + lh)
            elif rule:
                self.c.line(xs[0], self.y - 4, max(x_end, 535), self.y - 4)
            self.y -= lh
        self.y -= 4

    def boxes(self, cells, cols=2, width=475, hgt=32, lsize=7, grey=0.45):
        """Label-above-value boxes, ``cols`` a row: cells are (label, value)."""
        cw = width / cols
        for i in range(0, len(cells), cols):
            self.need(70)
            for j, (lab, val) in enumerate(cells[i:i + cols]):
                x = 60 + j * cw
                self.c.rect(x, self.y - hgt + 10, cw, hgt, stroke=1, fill=0)
                self.c.setFillGray(grey)
                self.c.setFont(self.f, lsize)
                self.c.drawString(x + 4, self.y + 1, lab)
                self.c.setFillGray(0)
                self.c.setFont(self.f, self.s)
                self.c.drawString(x + 6, self.y - 14, val)
            self.y -= hgt
        self.y -= 8

    def mark(self, x, y, on, style="x", size=8):
        c = self.c
        if style == "dot":
            c.circle(x + size / 2, y + size / 2 - 1, size / 2, stroke=1, fill=0)
            if on:
                c.circle(x + size / 2, y + size / 2 - 1, size / 4, stroke=0, fill=1)
            return
        c.rect(x, y - 1, size, size)
        if on and style == "x":
            c.line(x + 1, y, x + size - 1, y + size - 2)
            c.line(x + 1, y + size - 2, x + size - 1, y)
        elif on:
            c.line(x + 1, y + 3, x + 3, y)
            c.line(x + 3, y, x + size + 2, y + size + 2)

    def option(self, label, on, x=62, style="x"):
        self.need(70)
        self.mark(x, self.y, on, style)
        self.c.setFont(self.f, self.s)
        self.c.drawString(x + 16, self.y, label)
        self.y -= self.s + 7

    def sigs(self, blocks, width=235, ink=True, gap=44):
        """Side-by-side signature blocks: dict(head, above=[...], ink=seed, below=[...]), two a row."""
        for k in range(0, len(blocks), 2):
            self.need(150)
            y0, low = self.y, self.y
            for i, b in enumerate(blocks[k:k + 2]):
                x, yy = 60 + i * (width + 20), y0
                if b.get("head"):
                    self.c.setFont(self.b, self.s)
                    self.c.drawString(x, yy, b["head"])
                    yy -= self.s + 5
                self.c.setFont(self.f, self.s)
                for line in b.get("above", []):
                    self.c.drawString(x, yy, line)
                    yy -= self.s + 5
                if b.get("ink") and ink:
                    self.ink(b["ink"], x + 8, yy - gap + 2, 130, 38)
                yy -= gap
                self.c.line(x, yy, x + width - 20, yy)
                yy -= self.s + 3
                for line in b.get("below", []):
                    self.c.drawString(x, yy, line)
                    yy -= self.s + 4
                low = min(low, yy)
            self.y = low - 12


def pdf_bytes(draw, font=("DV", "DVB"), size=10) -> bytes:
    buf = io.BytesIO()
    p = P(buf, font[0], font[1], size)
    draw(p)
    p.save()
    return buf.getvalue()


def scan(data: bytes, out: Path, seed: int, dpi=300, angle=0.5, quality=70, blur=0.5, speckle=2500, paper=248):
    """Render each page to a grey image (rotated, speckled, blurred, JPEG) and wrap them as an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(data):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.point(lambda v: paper if v > 235 else int(v * 0.92))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
        px = img.load()
        w, h = img.size
        for _ in range(speckle):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 150, 200))
        img = img.filter(ImageFilter.GaussianBlur(blur))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(data: bytes, out: Path, signers_) -> None:
    """signers_: [(common name, organisation, field, box on page 1, datetime)], signed in turn."""
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def acroform(draw_static, fields, boxes, out: Path, ink_blocks=()):
    """A fillable PDF. ``draw_static(c)`` draws the printed page; ``fields``: (name, x, y, w, value);
    ``boxes``: (name, x, y, checked); ``ink_blocks``: (seed, x, y) images drawn on the page."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Søknadsskjema")
    draw_static(c)
    for seed, x, y in ink_blocks:
        c.drawImage(ink_reader(seed), x, y, 130, 38, mask="auto")
    for name, x, y, w, _ in fields:
        c.acroForm.textfield(name=name, x=x, y=y, width=w, height=16, borderWidth=0.8, fontSize=9,
                             fillColor=None)
    for name, x, y, _ in boxes:
        c.acroForm.checkbox(name=name, x=x, y=y, size=10, buttonStyle="cross", borderWidth=0.8)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], {n: v for n, *_, v in fields}, auto_regenerate=False)
    on = {n for n, *_, v in boxes if v}
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


def when(y, m, d, hh=11, mm=15):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
