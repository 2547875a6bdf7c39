"""Paper kit of corpus 79: printed forms filled in by hand (blue pen glyphs rendered as images, never as
text), ink signatures, initials, rubber stamps, then copied (grey/bw copier, optionally with a poor OCR text
layer), faxed (fine mode, binarised, transmission header) or photographed with a phone (perspective,
shadow, colour cast). Seeded ink, soffice and reportlab fonts come from corpus 38's kit."""
from __future__ import annotations

import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import ink_png, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

W, H = A4
S20 = "nav-sosiale-tjenester-2020"
PEN = (25, 45, 150)
HAND_FONT = "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Italic.ttf"


def orgnr(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with its MOD11 check digit (a wrong one when not ``valid``)."""
    r = 11 - sum(int(d) * k for d, k in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


# ------------------------------------------------------------------ hand-made marks (images)
def hand_png(text: str, seed: str, px: int = 64, colour=PEN, slant=0.0) -> bytes:
    """Pen writing: each glyph of an italic face jittered in place, size and angle, on transparency."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed + text)
    font = ImageFont.truetype(HAND_FONT, px)
    w = int(font.getlength(text) * 1.15) + px
    img = Image.new("RGBA", (w, int(px * 1.7)), (255, 255, 255, 0))
    x = px * 0.3
    for ch in text:
        size = int(px * rnd.uniform(0.92, 1.08))
        f = ImageFont.truetype(HAND_FONT, size)
        g = Image.new("RGBA", (int(f.getlength(ch)) + size, int(size * 1.6)), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((size * 0.3, size * 0.15), ch, font=f, fill=colour + (255,),
                               stroke_width=1, stroke_fill=colour + (235,))
        g = g.rotate(rnd.uniform(-6, 6) + slant, resample=Image.BICUBIC, expand=False)
        img.alpha_composite(g, (int(x - size * 0.3), int(px * 0.1 + rnd.uniform(-px * 0.06, px * 0.06))))
        x += f.getlength(ch) * rnd.uniform(1.0, 1.12)
    b = io.BytesIO()
    img.crop((0, 0, int(x + px * 0.4), img.height)).save(b, "PNG")
    return b.getvalue()


def stamp_png(lines, seed: str, colour=(120, 40, 140), round_=False) -> bytes:
    """A rubber stamp: frame and upper-case lines, uneven ink, a small tilt."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
    w = int(max(f.getlength(s) for s in lines) * (1.45 if round_ else 1)) + 60
    h = int((44 * len(lines) + 40) * (1.6 if round_ else 1))
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    (d.ellipse if round_ else d.rounded_rectangle)((4, 4, w - 4, h - 4), outline=colour + (230,), width=5,
                                                   **({} if round_ else {"radius": 14}))
    for i, s in enumerate(lines):
        d.text(((w - f.getlength(s)) / 2, (h - 44 * len(lines)) / 2 + 44 * i), s, font=f, fill=colour + (230,))
    px = img.load()
    for _ in range(w * h // 9):
        x, y = rnd.randrange(w), rnd.randrange(h)
        if px[x, y][3]:
            px[x, y] = colour + (rnd.randint(40, 140),)
    img = img.rotate(rnd.uniform(-7, 7), resample=Image.BICUBIC, expand=True)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def _img(data: bytes):
    return ImageReader(io.BytesIO(data))


# ------------------------------------------------------------------ the printed form
class Paper:
    """A top-down printed form on reportlab. Printed text is recorded (for a copier's OCR layer);
    pen writing, ticks, ink and stamps are images or strokes, never text."""

    def __init__(self, target, style="boxes", font=("LS", "LSB"), size=10, seed="p"):
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Skann")
        self.style, (self.f, self.b), self.s, self.seed = style, font, size, seed
        self.y, self.page, self.printed, self.initials = H - 56, 0, [[]], None

    def put(self, s, x, y, bold=False, size=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, y, s)
        self.printed[-1].append((x, y, size, s))

    def hand(self, s, x, y, h=13, slant=0.0):
        """Pen writing with its baseline near ``y`` and cap height about ``h`` points."""
        if not s:
            return
        data = hand_png(s, f"{self.seed}{x:.0f}{y:.0f}", slant=slant)
        from PIL import Image
        im = Image.open(io.BytesIO(data))
        k = h * 1.7 / im.height
        self.c.drawImage(_img(data), x, y - h * 0.45, im.width * k, h * 1.7, mask="auto")

    def tick(self, x, y, size=9, mark="x"):
        c = self.c
        c.setStrokeColorRGB(*(v / 255 for v in PEN))
        c.setLineWidth(1.6)
        if mark == "x":
            c.line(x - 1, y - 2, x + size + 2, y + size + 1)
            c.line(x - 1, y + size, x + size + 1, y - 1)
        else:
            c.line(x, y + size * 0.4, x + size * 0.4, y - 1)
            c.line(x + size * 0.4, y - 1, x + size * 1.3, y + size * 1.3)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1)

    def need(self, dy):
        if self.y - dy < 50:
            self.new_page()

    def new_page(self):
        self._foot()
        self.c.showPage()
        self.y, self.page = H - 56, self.page + 1
        self.printed.append([])

    def _foot(self):
        self.put(f"Side {self.page + 1}", W / 2 - 15, 30, size=8)
        if self.initials:
            self.c.drawImage(_img(ink_png(f"{self.initials}{self.page}", 220, 110)), W - 110, 22, 44, 22, mask="auto")

    # ---- items
    def h(self, s, size=None):
        self.need(30)
        self.put(s, 50, self.y, bold=True, size=size or self.s + 2)
        self.y -= (size or self.s + 2) + 9

    def p(self, s, width=100):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.need(16)
            self.put(line, 50, self.y)
            self.y -= self.s + 4
        self.y -= 4

    def field(self, label, value, hand=True, correct=None, typed_font="Courier"):
        """One form field in this form's style; ``value`` written by pen or typed before printing;
        ``correct``: ``value`` struck through by pen, this written beside it and initialled."""
        c, s = self.c, self.s
        self.need(40)
        if self.style == "boxes":
            c.rect(50, self.y - 20, W - 100, 30)
            self.put(label, 54, self.y + 2, size=s - 2.5)
            vx, vy = 62, self.y - 14
            self.y -= 34
        elif self.style == "lines":
            self.put(label, 50, self.y)
            x0 = 52 + c.stringWidth(label, self.f, s)
            c.setDash(1, 2)
            c.line(x0, self.y - 2, W - 50, self.y - 2)
            c.setDash()
            vx, vy = max(x0 + 8, 230), self.y + 1
            self.y -= s + 14
        else:  # grid
            c.rect(50, self.y - 8, 190, 22)
            c.rect(240, self.y - 8, W - 290, 22)
            self.put(label, 55, self.y, size=s - 0.5)
            vx, vy = 248, self.y
            self.y -= 22
        if hand:
            self.hand(value, vx, vy)
            if correct:
                wd = len(value) * 6.2 + 8
                self.c.setStrokeColorRGB(*(v / 255 for v in PEN))
                self.c.setLineWidth(1.4)
                self.c.line(vx - 2, vy + 2, vx + wd, vy + 6)
                self.c.line(vx - 2, vy + 6, vx + wd, vy + 2)
                self.hand(correct, vx + wd + 14, vy + 2)
                self.c.drawImage(_img(ink_png(value, 200, 110)), vx + wd + 90, vy - 4, 34, 18, mask="auto")
        else:
            c.setFont(typed_font, s + 1)
            c.drawString(vx, vy, value)
            self.printed[-1].append((vx, vy, s + 1, value))

    def boxes(self, options, mark="x"):
        """Printed check boxes; (text, ticked) — ticks by pen."""
        for text, on in options:
            self.need(18)
            self.c.rect(56, self.y - 1, 9, 9)
            self.put(text, 74, self.y)
            if on:
                self.tick(56, self.y - 1, mark=mark)
            self.y -= self.s + 8

    def table(self, rows, widths, hand_cols=(), typed=False):
        """A ruled table; the first row printed bold; cells of ``hand_cols`` (row>0) written by pen."""
        for i, r in enumerate(rows):
            self.need(24)
            x = 50
            for j, (v, w) in enumerate(zip(r, widths)):
                self.c.rect(x, self.y - 7, w, 21)
                if i and j in hand_cols:
                    self.hand(v, x + 6, self.y)
                elif i and j and typed:
                    self.c.setFont("Courier", self.s + 1)
                    self.c.drawRightString(x + w - 6, self.y, v)
                    self.printed[-1].append((x + w - 6 - self.c.stringWidth(v, "Courier", self.s + 1),
                                             self.y, self.s + 1, v))
                else:
                    self.put(v, x + 5, self.y, bold=(i == 0), size=self.s - 0.5)
                x += w
            self.y -= 21
        self.y -= 10

    def sig(self, blocks):
        """Signature blocks side by side. Block keys: head, date (pen) or date_typed, ink (seed), name
        (printed under the line) or name_hand, title (printed), stamp (lines)."""
        self.need(150)
        y0 = self.y
        low = y0
        for i, b in enumerate(blocks):
            x = 50 + i * 262
            yy = y0
            self.put(b["head"], x, yy, bold=True)
            yy -= self.s + 10
            self.put(b.get("date_label", "Sted og dato:"), x, yy, size=self.s - 1)
            lx = x + self.c.stringWidth(b.get("date_label", "Sted og dato:"), self.f, self.s - 1) + 6
            if b.get("date"):
                self.hand(b["date"], lx, yy + 1, h=11)
            elif b.get("date_typed"):
                self.put(b["date_typed"], lx, yy)
            yy -= 54
            if b.get("stamp"):
                self.c.drawImage(_img(stamp_png(b["stamp"], b["head"], round_=b.get("round", False))),
                                 x + 120, yy - 6, 105, 58, mask="auto", preserveAspectRatio=True)
            if b.get("ink"):
                self.c.drawImage(_img(ink_png(b["ink"])), x + 4, yy + 2, 150, 44, mask="auto")
            self.c.line(x, yy, x + 230, yy)
            yy -= self.s + 4
            if b.get("name_hand"):
                self.hand(b["name_hand"], x + 2, yy, h=11)
                yy -= self.s + 6
            for line in ([b["name"]] if b.get("name") else []) + ([b["title"]] if b.get("title") else []):
                self.put(line, x, yy, size=self.s - 0.5)
                yy -= self.s + 4
            low = min(low, yy)
        self.y = low - 10

    def stamp(self, lines, x, y, w=150, h=70, round_=False, colour=(120, 40, 140)):
        self.c.drawImage(_img(stamp_png(lines, f"{self.seed}{x}", colour, round_)), x, y, w, h, mask="auto",
                         preserveAspectRatio=True)

    def done(self):
        self._foot()
        self.c.save()
        return self.printed


def render(items, target, **kw):
    """Items: ('h', s) ('p', s) ('f', label, value[, hand]) ('box', [(s, on)][, mark]) ('tbl', rows, widths
    [, hand_cols]) ('sig', blocks) ('stamp', lines, x, y) ('gap', dy) ('page',) ('initials', seed)."""
    pp = Paper(target, **kw)
    for it in items:
        k, a = it[0], it[1:]
        if k == "f":
            pp.field(a[0], a[1], *a[2:])
        elif k == "box":
            pp.boxes(*a)
        elif k == "tbl":
            pp.table(*a)
        elif k == "stamp":
            pp.stamp(*a)
        elif k == "gap":
            pp.y -= a[0]
        elif k == "page":
            pp.new_page()
        elif k == "initials":
            pp.initials = a[0]
        else:
            getattr(pp, k)(*a)
    return pp.done()


# ------------------------------------------------------------------ paper → pixels
def _pages(pdf: bytes, dpi: int):
    import pypdfium2 as pdfium
    return [pg.render(scale=dpi / 72).to_pil().convert("RGB") for pg in pdfium.PdfDocument(pdf)]


def copier(pdf: bytes, seed: str, dpi=300, angle=0.5, bw=False, q=75, speck=2500):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    out = []
    for i, img in enumerate(_pages(pdf, dpi)):
        g = img.convert("L").rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, fillcolor=248)
        g = g.point(lambda v: int(v * 0.93 + 10))
        px = g.load()
        for _ in range(speck):
            px[rnd.randrange(g.width), rnd.randrange(g.height)] = rnd.choice((70, 150))
        g = g.filter(ImageFilter.GaussianBlur(0.5))
        if bw:
            g = g.point(lambda v: 0 if v < 165 else 255).convert("1")
        else:
            b = io.BytesIO()
            g.save(b, "JPEG", quality=q)
            g = Image.open(b).convert("L")
        out.append(g)
    return out


def fax(pdf: bytes, seed: str, header: str, pages_total=None):
    """Fine-mode fax: 200 × 200 dpi, hard threshold, streaks, a transmission line on top of each page."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    f = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", 22)
    out = []
    imgs = _pages(pdf, 200)
    for i, img in enumerate(imgs):
        g = img.convert("L").rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        g = g.resize((g.width, g.height // 2)).resize((g.width, g.height))  # vertical resolution loss
        d = ImageDraw.Draw(g)
        d.text((40, 12), f"{header}   S. {i + 1:03d}/{len(imgs):03d}", font=f, fill=0)
        for _ in range(3):
            y = rnd.randrange(80, g.height)
            d.line((0, y, g.width, y), fill=rnd.choice((0, 120)), width=1)
        px = g.load()
        for _ in range(6000):
            px[rnd.randrange(g.width), rnd.randrange(g.height)] = 0
        out.append(g.point(lambda v: 0 if v < 150 else 255).convert("1"))
    return out


def photo(pdf: bytes, seed: str, dpi=170, tilt=2.0):
    """A phone photo of each page on a desk: perspective, shadow across the page, warm cast, JPEG."""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    out = []
    for img in _pages(pdf, dpi):
        w, h = img.size
        bg = Image.new("RGB", (int(w * 1.12), int(h * 1.08)), (96, 84, 70))
        bg.paste(img.point(lambda v: int(v * 0.95)), (int(w * 0.06), int(h * 0.04)))
        bw_, bh = bg.size
        j = lambda: rnd.uniform(0.0, 0.035)  # noqa: E731
        quad = (bw_ * j(), bh * j(), bw_ * j(), bh * (1 - j()), bw_ * (1 - j()), bh * (1 - j()),
                bw_ * (1 - j()), bh * j())
        bg = bg.transform(bg.size, Image.QUAD, quad, resample=Image.BICUBIC)
        bg = bg.rotate(tilt, resample=Image.BICUBIC, fillcolor=(90, 80, 66))
        shade = Image.new("L", bg.size, 0)
        d = ImageDraw.Draw(shade)
        for k in range(0, bg.width, 4):
            d.line((k, 0, k - bg.height // 3, bg.height), fill=int(max(0, 70 - 110 * k / bg.width)), width=4)
        dark = Image.new("RGB", bg.size, (20, 18, 30))
        bg = Image.composite(dark, bg, shade.filter(ImageFilter.GaussianBlur(30)))
        r, g, b = bg.split()
        bg = Image.merge("RGB", (r, g.point(lambda v: int(v * 0.97)), b.point(lambda v: int(v * 0.88))))
        bg = bg.filter(ImageFilter.GaussianBlur(0.7))
        jb = io.BytesIO()
        bg.save(jb, "JPEG", quality=82)
        out.append(Image.open(jb).convert("RGB"))
    return out


def save_pdf(imgs, out, dpi, producer=None):
    """Image pages as one PDF (the way copiers and scanner apps write them)."""
    imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:],
                 **({"producer": producer} if producer else {}))


GARBLE = {"ø": "o", "å": "a", "æ": "e", "Ø": "O", "l": "I", "0": "O", "1": "l", ",": ".", "5": "S"}


def save_pdf_ocr_layer(imgs, printed, out, dpi, seed, rate=0.18):
    """Image pages plus the copier's own invisible OCR layer: printed text only (it could not read the
    pen), with letter confusions and lost spaces at ``rate``."""
    rnd = random.Random(seed)
    c = canvas.Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4, invariant=1)
    c.setProducer("KONICA MINOLTA bizhub C300i")
    for img, lines in zip(imgs, printed):
        b = io.BytesIO()
        img.convert("L").save(b, "JPEG", quality=70)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, W, H)
        t = c.beginText()
        t.setTextRenderMode(3)
        for x, y, size, s in lines:
            s = "".join(GARBLE[ch] if ch in GARBLE and rnd.random() < rate else ch for ch in s)
            s = "".join(ch for ch in s if not (ch == " " and rnd.random() < rate / 2))
            t.setFont("Helvetica", size)
            t.setTextOrigin(x + rnd.uniform(-2, 2), y + rnd.uniform(-1.5, 1.5))
            t.textOut(s)
        c.drawText(t)
        c.showPage()
    c.save()


def docx_letter(paras, out: Path, font="Times New Roman"):
    """A plain Word letter (for the office-written part of a hybrid PDF)."""
    doc = new_doc(font, 11, "Søknad")
    for s in paras:
        if isinstance(s, tuple):
            t = doc.add_table(rows=0, cols=len(s[1][0]))
            t.style = "Table Grid"
            for r in s[1]:
                for cell, v in zip(t.add_row().cells, r):
                    cell.text = v
        elif s.startswith("# "):
            doc.add_paragraph().add_run(s[2:]).bold = True
        else:
            doc.add_paragraph(s)
    save_doc(doc, out)
