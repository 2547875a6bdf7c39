"""PDF renderers of corpus 86 (tester86): a reportlab sheet (boxed label-over-value cells, underlined answers,
ruled tables, check boxes, signature blocks whose headings wrap, office stamps), 300/200 dpi scans, PAdES with
visible Norwegian stamps, a fillable PDF with radio groups. Ink and certificates come from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import tempfile
import textwrap
from pathlib import Path

from kit86 import FD, ink_reader, register_fonts
from pdf38 import _self_signed


# ------------------------------------------------------------------ stamps
def stamp_png(lines, colour=(95, 40, 140), round_=False, angle=-7, seed=0) -> bytes:
    """An office stamp (rectangular double frame or round) in stamp ink, slightly rotated and patchy."""
    import random
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    w, h = (420, 420) if round_ else (520, 56 + 58 * len(lines))
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    fnt = ImageFont.truetype(str(FD / "dejavu/DejaVuSans-Bold.ttf"), 56 if round_ else 46)
    col = colour + (215,)
    if round_:
        d.ellipse((8, 8, w - 8, h - 8), outline=col, width=7)
        d.ellipse((48, 48, w - 48, h - 48), outline=col, width=3)
        ys = h / 2 - 33 * len(lines)
        for i, s in enumerate(lines):
            tw = d.textlength(s, font=fnt)
            d.text(((w - tw) / 2, ys + 64 * i), s, font=fnt, fill=col)
    else:
        d.rectangle((6, 6, w - 6, h - 6), outline=col, width=6)
        d.rectangle((18, 18, w - 18, h - 18), outline=col, width=2)
        for i, s in enumerate(lines):
            tw = d.textlength(s, font=fnt)
            d.text(((w - tw) / 2, 28 + 58 * i), s, font=fnt, fill=col)
    px = img.load()
    for _ in range(w * h // 16):
        x, y = rnd.randrange(w), rnd.randrange(h)
        if px[x, y][3]:
            px[x, y] = (255, 255, 255, 0)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


# ------------------------------------------------------------------ reportlab sheet
class Sheet:
    """A top-down A4 canvas with a cursor ``y`` and a few form idioms."""

    def __init__(self, target, font="LS", bold="LSB", size=10, margin=56, title="Søknad"):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        register_fonts()
        for n, rel in [("LSe", "liberation/LiberationSerif-Regular.ttf"), ("LSeB", "liberation/LiberationSerif-Bold.ttf"),
                       ("LN", "liberation/LiberationSansNarrow-Regular.ttf"), ("LNB", "liberation/LiberationSansNarrow-Bold.ttf")]:
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, str(FD / rel)))
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.f, self.b, self.s, self.m = font, bold, size, margin
        self.y = self.H - 60
        self.footer = None

    def need(self, dy):
        if self.y < dy + 50:
            self.page()

    def page(self):
        if self.footer:
            self.c.setFont(self.f, 7.5)
            self.c.drawCentredString(self.W / 2, 28, self.footer)
        self.c.showPage()
        self.y = self.H - 60

    def text(self, s, x=None, bold=False, size=None, dy=None, grey=False):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.setFillGray(0.35 if grey else 0)
        self.c.drawString(self.m if x is None else x, self.y, s)
        self.c.setFillGray(0)
        self.y -= dy if dy is not None else size + 5

    def wrap(self, s, width=None, x=None, bold=False, size=None):
        size = size or self.s
        width = width or int((self.W - 2 * self.m) / (size * 0.5))
        for line in textwrap.wrap(s, width):
            self.need(size)
            self.text(line, x=x, bold=bold, size=size)

    def cells(self, row, h=30, widths=None):
        """Boxed cells in one row, a small grey label on top and the value under it."""
        tot = self.W - 2 * self.m
        widths = widths or [tot / len(row)] * len(row)
        self.need(h)
        x = self.m
        for (label, value), w in zip(row, widths):
            self.c.rect(x, self.y - h + 10, w, h, stroke=1, fill=0)
            self.c.setFont(self.f, 7)
            self.c.setFillGray(0.4)
            self.c.drawString(x + 4, self.y + 1, label)
            self.c.setFillGray(0)
            self.c.setFont(self.f, self.s)
            self.c.drawString(x + 4, self.y - h + 17, value)
            x += w
        self.y -= h

    def line_answer(self, label, value, x2=230):
        """'Label' then the value written on a rule that runs to the right margin."""
        self.need(14)
        self.c.setFont(self.f, self.s)
        self.c.drawString(self.m, self.y, label)
        self.c.drawString(x2 + 3, self.y + 1, value)
        self.c.setLineWidth(0.5)
        self.c.line(x2, self.y - 3, self.W - self.m, self.y - 3)
        self.y -= self.s + 10

    def table(self, rows, widths, right=(), size=None, head=True, grid=True):
        size = size or self.s - 1
        self.need(len(rows) * (size + 8))
        x0, tot = self.m, sum(widths)
        for i, r in enumerate(rows):
            self.c.setFont(self.b if (head and i == 0) or r[0].startswith(("Sum", "Totalt", "I alt")) else self.f, size)
            x = x0
            for j, (v, w) in enumerate(zip(r, widths)):
                if j in right:
                    self.c.drawRightString(x + w - 4, self.y, v)
                else:
                    self.c.drawString(x + 4, self.y, v)
                x += w
            if grid:
                self.c.setLineWidth(0.4)
                self.c.line(x0, self.y - 4, x0 + tot, self.y - 4)
            self.y -= size + 8
        self.y -= 6

    def box(self, on, label, x=None, size=None):
        x = self.m if x is None else x
        size = size or self.s
        self.c.rect(x, self.y - 1, 8.5, 8.5)
        if on:
            self.c.setFont(self.b, 9)
            self.c.drawString(x + 1.3, self.y + 0.4, "X")
        self.c.setFont(self.f, size)
        self.c.drawString(x + 15, self.y, label)

    def boxes(self, items, x=None):
        for on, label in items:
            self.need(14)
            self.box(on, label, x)
            self.y -= self.s + 6

    def image(self, png: bytes, x, y, w, h):
        from reportlab.lib.utils import ImageReader
        self.c.drawImage(ImageReader(io.BytesIO(png)), x, y, w, h, mask="auto")

    def sigs(self, blocks, width=230, gap=24, ink=True):
        """Blocks side by side; each: head (wrapped to the column), pre lines, ink seed, stamp png, under lines."""
        hs = self.s
        self.need(150)
        y0 = self.y
        low = y0
        for i, b in enumerate(blocks):
            x = self.m + i * (width + gap)
            yy = y0
            self.c.setFont(self.b, hs)
            for ln in textwrap.wrap(b.get("head", ""), int(width / (hs * 0.52))):
                self.c.drawString(x, yy, ln)
                yy -= hs + 3
            self.c.setFont(self.f, hs)
            for ln in b.get("pre", []):
                yy -= 3
                self.c.drawString(x, yy, ln)
                yy -= hs + 3
            if b.get("ink") and ink:
                self.c.drawImage(ink_reader(b["ink"]), x + 6, yy - 44, 150, 42, mask="auto")
            if b.get("stamp"):
                self.image(b["stamp"], x + b.get("sx", 70), yy - b.get("sy", 58), b.get("sw", 120), b.get("sh", 70))
            yy -= 48
            self.c.setLineWidth(0.6)
            self.c.line(x, yy, x + width - 10, yy)
            yy -= hs + 3
            for ln in b.get("under", []):
                self.c.drawString(x, yy, ln)
                yy -= hs + 3
            low = min(low, yy)
        self.y = low - 8

    def save(self):
        if self.footer:
            self.c.setFont(self.f, 7.5)
            self.c.drawCentredString(self.W / 2, 28, self.footer)
        self.c.save()


def scan(draw, out: Path, seed: int, dpi=300, angle=0.5, quality=72, noise=2500, blur=0.5, grey_bg=246):
    """Render ``draw(target)`` (a reportlab writer), rasterise each page, tilt, speckle, blur, JPEG, image PDF."""
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    draw(buf)
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(buf.getvalue()):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.point(lambda v: min(v, grey_bg)).rotate(angle, resample=Image.BICUBIC, fillcolor=grey_bg)
        px = img.load()
        w, h = img.size
        for _ in range(noise):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((80, 170))
        img = img.filter(ImageFilter.GaussianBlur(blur))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ------------------------------------------------------------------ PAdES with visible Norwegian stamps
def pades(data: bytes, out: Path, signers_):
    """signers_: [(cn, org, field, box, when)]; each signature gets a visible stamp with the signer and time."""
    import sys as _sys
    from pyhanko import stamp
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    real = datetime.datetime
    style = stamp.TextStampStyle(stamp_text="Signert digitalt av\n%(signer)s\n%(ts)s", timestamp_format="%d.%m.%Y kl. %H:%M")
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            class Fixed(real):
                @classmethod
                def now(cls, tz=None, _w=when):
                    return _w
            mods = [m for n, m in list(_sys.modules.items()) if n.startswith("pyhanko") and getattr(m, "datetime", None) is real]
            for m in mods:
                m.datetime = Fixed
            try:
                w = IncrementalPdfFileWriter(io.BytesIO(data))
                fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=0, box=box))
                meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                                    reason="Godkjent", location=org)
                o = io.BytesIO()
                signers.PdfSigner(meta, signer=_self_signed(Path(td), cn, org), stamp_style=style).sign_pdf(w, output=o)
                data = o.getvalue()
            finally:
                for m in mods:
                    m.datetime = real
    out.write_bytes(data)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


# ------------------------------------------------------------------ fillable PDF
def acroform(out: Path, head, rows, sigs, foot=None):
    """rows: ('t', label, name, value, width) text fields side by side on a line when several share a list;
    ('r', label, name, [options], chosen) radio group; ('c', label, name, checked); ('s', text) static line."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    sh = Sheet(buf, "DV", "DVB", 9)
    c, form = sh.c, sh.c.acroForm
    for i, s in enumerate(head):
        sh.text(s, bold=i == 0, size=12 if i == 0 else 8.5, dy=18 if i == 0 else 12)
    sh.y -= 6
    values, ticks = {}, set()
    for r in rows:
        if isinstance(r, list):
            x = sh.m
            for _, label, name, value, w in r:
                c.setFont("DV", 7.5)
                c.drawString(x, sh.y, label)
                form.textfield(name=name, x=x, y=sh.y - 20, width=w - 8, height=16, borderWidth=1, fontSize=9)
                values[name] = value
                x += w
            sh.y -= 32
        elif r[0] == "s":
            sh.text(r[1], bold=True, size=10, dy=16)
        elif r[0] == "r":
            c.setFont("DV", 9)
            c.drawString(sh.m, sh.y, r[1])
            x = sh.m + 200
            for opt in r[3]:
                form.radio(name=r[2], value=opt.split()[0].strip(",."), selected=opt == r[4], x=x, y=sh.y - 2,
                           size=10, buttonStyle="circle", borderWidth=1)
                c.drawString(x + 14, sh.y, opt)
                x += 20 + c.stringWidth(opt, "DV", 9) + 12
            sh.y -= 18
        elif r[0] == "c":
            form.checkbox(name=r[2], x=sh.m, y=sh.y - 2, size=10, buttonStyle="check")
            c.setFont("DV", 9)
            c.drawString(sh.m + 16, sh.y, r[1])
            if r[3]:
                ticks.add(r[2])
            sh.y -= 16
    sh.y -= 14
    sh.sigs(sigs, width=235)
    if foot:
        sh.text(foot, size=7.5, grey=True)
    sh.c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    w.update_page_form_field_values(w.pages[0], values, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ticks:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
