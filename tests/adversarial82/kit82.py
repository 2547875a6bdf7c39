"""Renderers of corpus 82 (tester82): one small item model written out by reportlab platypus (running
headers and footers, landscape pages, balanced columns, drawn web-form boxes) or python-docx (sections,
columns, content controls) → LibreOffice, with the producer metadata a real office's tools leave behind;
AcroForm, invisible PAdES signatures and a 300 dpi scan. Ink, zip normalising, soffice and pyHanko
mechanics come from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import re
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, cell_text, ink_png, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from pdf38 import _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
TZ = datetime.timezone(datetime.timedelta(hours=1))
WORD365 = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")
PRINT_TO_PDF = ("Microsoft: Print To PDF", "")
CHROME = ("Skia/PDF m79", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/79.0.3945.130 Safari/537.36")
NUM = re.compile(r"[\d\s.,%–-]*")
GDOCS = ("Skia/PDF m80 Google Docs Renderer", "")


def orgnr(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with its MOD11 check digit (a wrong one when not ``valid``)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
        if r != 10:
            break
        base8 = str(int(base8) + 1)
    c = 0 if r == 11 else r
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def at(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=TZ)


def _fonts():
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    register_fonts()
    for name, rel in [("TR", "liberation/LiberationSerif-Regular.ttf"), ("TRB", "liberation/LiberationSerif-Bold.ttf"),
                      ("LSI", "liberation/LiberationSans-Italic.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/{rel}"))
    for reg, bold in (("LS", "LSB"), ("DV", "DVB"), ("TR", "TRB"), ("DVS", "DVSB")):
        addMapping(reg, 0, 0, reg), addMapping(reg, 1, 0, bold), addMapping(reg, 0, 1, reg), addMapping(reg, 1, 1, bold)


def finish_pdf(data: bytes, meta=WORD365, title: str = "", author: str = "", when="20200128") -> bytes:
    """Fixed metadata (producer/creator of the office's tool) and /ID so a build is repeatable."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    md = {"/Producer": meta[0], "/CreationDate": f"D:{when}101500+01'00'", "/ModDate": f"D:{when}101500+01'00'"}
    for k, v in (("/Creator", meta[1]), ("/Title", title), ("/Author", author)):
        if v:
            md[k] = v
    w.metadata = None
    w.add_metadata(md)
    w._ID = ArrayObject([ByteStringObject(b"tester82-corpus!"), ByteStringObject(b"tester82-corpus!")])
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


# ------------------------------------------------------------------ reportlab flowables
def _styles(font, size):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.45)
    bold = font + "B" if font in ("DV", "DVS", "TR") else "LSB"
    return {"p": base, "b": ParagraphStyle("bb", base, fontName=bold),
            "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=size + 5, leading=size * 1.9, spaceAfter=8),
            "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=size + 2, leading=size * 1.6, spaceBefore=6),
            "h3": ParagraphStyle("h3", base, fontName=bold, spaceBefore=4),
            "small": ParagraphStyle("sm", base, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=1),
            "cell": ParagraphStyle("c", base, spaceAfter=0), "cb": ParagraphStyle("cbb", base, fontName=bold, spaceAfter=0),
            "num": ParagraphStyle("n", base, alignment=TA_RIGHT, spaceAfter=0),
            "pr": ParagraphStyle("pr", base, alignment=TA_RIGHT)}


def _mark_cls():
    from reportlab.platypus import Flowable, Paragraph

    class Mark(Flowable):
        """A web-form check box or radio drawn as vector shapes: the state is not text."""

        def __init__(self, label, on, style, radio=False):
            super().__init__()
            self.p, self.on, self.radio = Paragraph(escape(label), style), on, radio

        def wrap(self, aw, ah):
            _, h = self.p.wrap(aw - 20, ah)
            self.h = max(h, 12) + 5
            return aw, self.h

        def draw(self):
            c, y = self.canv, self.h - 15
            c.setStrokeColorRGB(0.45, 0.45, 0.5)
            if self.radio:
                c.circle(5, y + 5, 5, stroke=1, fill=0)
                if self.on:
                    c.setFillColorRGB(0.1, 0.35, 0.75)
                    c.circle(5, y + 5, 2.6, stroke=0, fill=1)
            elif self.on:
                c.setFillColorRGB(0.1, 0.35, 0.75)
                c.roundRect(0, y, 10, 10, 2, stroke=0, fill=1)
                c.setStrokeColorRGB(1, 1, 1)
                c.setLineWidth(1.6)
                c.lines([(2.2, y + 5.2, 4.2, y + 2.8), (4.2, y + 2.8, 8, y + 7.6)])
            else:
                c.roundRect(0, y, 10, 10, 2, stroke=1, fill=0)
            c.setFillColorRGB(0, 0, 0)
            self.p.drawOn(c, 18, 5)
    return Mark


def _ink(seed, w=125):
    from reportlab.platypus import Image
    return Image(io.BytesIO(ink_png(seed)), w, w * 150 / 520, mask="auto")


def _t(s) -> str:
    return escape(str(s)).replace("\n", "<br/>")


def _flow(items, st, width, font):
    """The item model as platypus flowables (see README for the item kinds)."""
    from reportlab.lib import colors
    from reportlab.platypus import (BalancedColumns, HRFlowable, NextPageTemplate, PageBreak, Paragraph, Spacer,
                                    Table, TableStyle)
    Mark = _mark_cls()
    out = []
    for it in items:
        k = it[0]
        if k in ("h1", "h2", "h3", "p", "small", "pr", "b"):
            out.append(Paragraph(_t(it[1]), st[k]))
        elif k == "space":
            out.append(Spacer(1, it[1]))
        elif k == "break":
            out.append(PageBreak())
        elif k == "tmpl":
            out += [NextPageTemplate(it[1]), PageBreak()]
            width += (841.89 - 595.28) if it[1] == "land" else 0
        elif k == "cols":
            out.append(BalancedColumns(_flow(it[1], st, width / 2 - 12, font), nCols=2, spaceBefore=4, spaceAfter=6))
        elif k == "kv":
            rows, style = it[1], (it[2] if len(it) > 2 else "grid")
            n = len(rows[0])
            fr = {2: [0.38, 0.62], 4: [0.21, 0.29, 0.21, 0.29]}[n]
            data = [[Paragraph(_t(v), st["cb" if j % 2 == 0 and style != "plain" else "cell"])
                     for j, v in enumerate(r)] for r in rows]
            t = Table(data, colWidths=[f * width for f in fr])
            cmd = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3)]
            if style == "grid":
                cmd += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
                cmd += [("BACKGROUND", (j, 0), (j, -1), colors.HexColor("#EDEFF2")) for j in range(0, n, 2)]
            elif style == "lines":
                cmd += [("LINEBELOW", (1, 0), (1, -1), 0.4, colors.HexColor("#999999"))]
            elif style == "head":
                cmd += [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
            t.setStyle(TableStyle(cmd))
            out += [t, Spacer(1, 6)]
        elif k == "stack":
            for label, value in it[1]:
                box = Table([[Paragraph(escape(value), st["cell"])]], colWidths=[width * 0.7])
                box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#8A8F98")),
                                         ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                box.hAlign = "LEFT"
                out += [Paragraph(escape(label), st["cb"]), Spacer(1, 2), box, Spacer(1, 7)]
        elif k == "checks":
            mode = it[2] if len(it) > 2 else "glyph"
            for label, on in it[1]:
                if mode == "glyph":
                    g = "☒" if on else "☐"
                    out.append(Paragraph(f'<font name="DV">{g}</font> {escape(label)}', st["cell"]))
                else:
                    out.append(Mark(label, on, st["cell"], radio=(mode == "radio")))
            out.append(Spacer(1, 6))
        elif k == "table":
            rows, fr = it[1], (it[2] if len(it) > 2 else None)
            n = len(rows[0])
            fr = fr or [0.46] + [0.54 / (n - 1)] * (n - 1)
            data = [[Paragraph(escape(v), st["cb" if i == 0 else ("num" if j and NUM.fullmatch(v) else "cell")])
                     for j, v in enumerate(r)] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[f * width for f in fr], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, Spacer(1, 8)]
        elif k == "sig":
            cells = []
            for b in it[1]:
                c = [Paragraph(escape(b.get("head", "")), st["cb"])]
                if b.get("place"):
                    c.append(Paragraph(escape(b["place"]), st["cell"]))
                c.append(_ink(b["ink"]) if b.get("ink") else Spacer(1, 36))
                c.append(HRFlowable(width="92%", thickness=0.6, color=colors.black, spaceBefore=1, spaceAfter=2, hAlign="LEFT"))
                c += [Paragraph(escape(x), st["cell"]) for x in b.get("under", [])]
                cells.append(c)
            t = Table([cells], colWidths=[width / len(cells)] * len(cells))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out += [Spacer(1, 8), t]
        else:
            raise ValueError(k)
    return out


def render_pdf(items, *, font="LS", size=10, hf=None, meta=WORD365, title="", author="", first="port",
               margins=(62, 62, 70, 62), when="20200128") -> bytes:
    """Items → PDF bytes. ``hf(canvas, page, total, width, height)`` draws running headers/footers."""
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    _fonts()
    st = _styles(font, size)
    lm, rm, tm, bm = margins

    def build(total):
        buf = io.BytesIO()
        doc = BaseDocTemplate(buf, pagesize=A4, invariant=1, title=title, author=author,
                              leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm)

        def on(c, d):
            if hf:
                c.saveState()
                hf(c, d.page, total, *c._pagesize)
                c.restoreState()
        tpl = {}
        for name, ps in (("port", A4), ("land", landscape(A4))):
            w, h = ps
            tpl[name] = PageTemplate(id=name, pagesize=ps, onPage=on,
                                     frames=[Frame(lm, bm, w - lm - rm, h - tm - bm, id=name)])
        doc.addPageTemplates([tpl[first]] + [v for k, v in tpl.items() if k != first])
        doc.build(_flow(items, st, A4[0] - lm - rm if first == "port" else A4[1] - lm - rm, font))
        return buf.getvalue()
    n = len(PdfReader(io.BytesIO(build(0))).pages)
    return finish_pdf(build(n), meta, title, author, when)


# ------------------------------------------------------------------ headers and footers
def chrome_hf(stamp: str, page_title: str, url: str):
    """Chrome's 'Print → Save as PDF' header and footer (date/time, title, URL, n/N)."""
    def hf(c, page, total, w, h):
        c.setFont("LS", 7.5)
        c.drawString(28, h - 20, stamp)
        c.drawCentredString(w / 2, h - 20, page_title)
        c.drawString(28, 16, url)
        c.drawRightString(w - 28, 16, f"{page}/{total}")
    return hf


def running_hf(left: str, right: str, foot: str, pages="Side {page} av {total}", line=True):
    """A case-handling system's or letterhead's header on every page, a footer line and page numbers."""
    def hf(c, page, total, w, h):
        c.setFont("LSB", 9)
        c.drawString(62, h - 40, left)
        c.setFont("LS", 8)
        c.drawRightString(w - 62, h - 40, right)
        if line:
            c.setLineWidth(0.5)
            c.line(62, h - 46, w - 62, h - 46)
            c.line(62, 44, w - 62, 44)
        c.setFont("LS", 7)
        c.drawString(62, 32, foot)
        if pages:
            c.drawRightString(w - 62, 32, pages.format(page=page, total=total))
    return hf


# ------------------------------------------------------------------ signing, forms, scans
def sign_all(data: bytes, signers) -> bytes:
    """Invisible PAdES signatures one after another; signers: [(cn, org, field, when)]."""
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, when in signers:
            data = _sign(data, field, None, _self_signed(Path(td), cn, org), when)
    return data


def scan(data: bytes, out: Path, seed: int, dpi=300, angle=-0.5, producer="KONICA MINOLTA bizhub C308"):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(data):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=247)
        px = img.load()
        w, h = img.size
        for _ in range(1500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=75)
        pages.append(Image.open(jb).convert("L"))
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    out.write_bytes(finish_pdf(buf.getvalue(), (producer, ""), "", "", "20200129"))


def acroform(title, intro, fields, boxes, sigs, out: Path, meta=("Adobe Acrobat Pro DC 19.21.20061", "")):
    """A fillable PDF: fields (label, name, value, column 0/1) laid out two to a row with the label above the
    box; check boxes (label, name, on); static ink blocks (head, seed, name line) under them."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _fonts()
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("LSB", 13)
    c.drawString(48, H - 52, title)
    c.setFont("LS", 8.5)
    y = H - 70
    for line in intro:
        c.drawString(48, y, line)
        y -= 11
    y -= 30
    form = c.acroForm
    for label, name, _, col in fields:
        x = 48 + (col == 1) * 255
        c.setFont("LS", 8)
        c.drawString(x, y + 20, label)
        form.textfield(name=name, x=x, y=y, width=240 if col < 2 else 495, height=16, borderWidth=0.8, fontSize=9,
                       fontName="Helvetica", forceBorder=True)
        if col != 0:
            y -= 36
    for label, name, _ in boxes:
        if label.startswith("#"):
            c.setFont("LSB", 9.5)
            c.drawString(48, y + 2, label[1:])
            y -= 18
            continue
        form.checkbox(name=name, x=48, y=y, size=10, buttonStyle="cross", borderWidth=0.8)
        c.setFont("LS", 9)
        c.drawString(64, y + 2, label)
        y -= 17
    y -= 24
    for i, (head, seed, line) in enumerate(sigs):
        x = 48 + i * 255
        c.setFont("LSB", 9)
        c.drawString(x, y, head)
        c.drawImage(_ink_reader(seed), x + 6, y - 50, 140, 40, mask="auto")
        c.line(x, y - 54, x + 225, y - 54)
        c.setFont("LS", 8.5)
        c.drawString(x, y - 66, line)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], {n: v for _, n, v, _ in fields}, auto_regenerate=False)
    on = {n for _, n, v in boxes if v}
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    tmp = io.BytesIO()
    w.write(tmp)
    out.write_bytes(finish_pdf(tmp.getvalue(), meta, title))


def _ink_reader(seed):
    from reportlab.lib.utils import ImageReader
    return ImageReader(io.BytesIO(ink_png(seed)))
