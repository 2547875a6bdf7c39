"""Kit of corpus 69 (paper): a vector sheet (reportlab) with its own form styles, typed or hand-filled in
block capitals; paper effects on the rendered pages (PIL/numpy: keystone photo, shadow, curl, fold, fax
bilevel, receipt stamp, hole punch, skew, turned pages); small .docx / AcroForm / PAdES writers. Ink, zip
normalising, LibreOffice and pyHanko mechanics come from corpus 38's kit."""
from __future__ import annotations

import io
import random
import sys
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import FONT_DIR, ink_reader, register_fonts  # noqa: E402
import hand69  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
A4W, A4H = 595.27, 841.89
PEN = (0.08, 0.12, 0.45)
EXTRA = {"SR": "liberation/LiberationSerif-Regular.ttf", "SRB": "liberation/LiberationSerif-Bold.ttf",
         "MO": "liberation/LiberationMono-Regular.ttf", "MOB": "liberation/LiberationMono-Bold.ttf",
         "DVC": "dejavu/DejaVuSansCondensed.ttf", "DVCB": "dejavu/DejaVuSansCondensed-Bold.ttf"}


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    r = 11 - sum(int(d) * k for d, k in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    register_fonts()
    for n, rel in EXTRA.items():
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, str(FONT_DIR / rel)))


# ------------------------------------------------------------------ vector sheet
class Sheet:
    """A4 pages drawn top-down. Form styles for 'kv' rows: grid (ruled label|value cells), leader (dots),
    under (value on a writing line), stack (field box, small label on top), mono (typewriter columns).
    ``hand`` writes the values in block capitals with a pen instead of typing them."""

    def __init__(self, font="LS", bold="LSB", size=10, kv="grid", hand=False, lw=170, header=None,
                 footer=None, boxes="glyph", seed="s"):
        from reportlab.pdfgen import canvas
        _fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(A4W, A4H), invariant=1)
        self.f, self.b, self.s, self.kvs, self.handed, self.lw = font, bold, size, kv, hand, lw
        self.header, self.footer, self.boxes = header, footer, boxes
        self.rnd, self.seed, self.pageno, self.y, self.half = random.Random(seed), seed, 1, A4H - 60, 0
        self._deco()

    def _deco(self):
        if self.header:
            self.c.setFont("MO", 8)
            self.c.drawString(40, A4H - 28, self.header.replace("{p}", str(self.pageno)))
        if self.footer:
            self.c.setFont(self.f, 8)
            self.c.drawCentredString(A4W / 2, 30, self.footer.replace("{p}", str(self.pageno)))

    def page(self):
        self.c.showPage()
        self.pageno += 1
        self.y = A4H - 60
        self._deco()

    def need(self, dy):
        if self.y - dy < 50:
            self.page()

    def text(self, s, x=58, font=None, size=None, dy=None, right=False):
        size = size or self.s
        self.c.setFont(font or self.f, size)
        (self.c.drawRightString if right else self.c.drawString)(x, self.y, s)
        self.y -= dy if dy is not None else size + 5

    def wrap(self, s, x=58, width=480, font=None, size=None):
        size = size or self.s
        per = max(20, int(width / (self.c.stringWidth("abcdefghij ", font or self.f, size) / 11)))
        for line in textwrap.wrap(s, per):
            self.need(size + 5)
            self.text(line, x, font, size)

    def hand(self, x, y, s, size=12):
        """Block capitals with a pen (hand69's stroke glyphs)."""
        hand69.write(self.c, x, y, s, size, self.rnd)

    def mark(self, x, y, s=8):
        """A hand-drawn cross in a box at (x, y)."""
        c, r = self.c, self.rnd
        c.setStrokeColorRGB(*PEN)
        c.setLineWidth(1.4)
        c.line(x - 1 + r.uniform(-1, 1), y - 1, x + s + 2, y + s + r.uniform(0, 2))
        c.line(x - 1, y + s + r.uniform(-1, 1), x + s + 1 + r.uniform(0, 2), y - 1)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1)

    def value(self, x, y, v, size=None):
        if self.handed:
            self.hand(x, y, v, (size or self.s) + 2)
        else:
            self.c.setFont(self.f, size or self.s)
            self.c.drawString(x, y, v)

    def kv(self, label, v):
        c, s, lw, st = self.c, self.s, self.lw, self.kvs
        lines = textwrap.wrap(v, 28 if st == "stack" else 60) or [""] if st in ("grid", "stack") else [v]
        hgt = (s + 9) * len(lines) + (10 if st == "stack" else 0)
        self.need(hgt + 4)
        if st == "grid":
            top = self.y + s + 2
            c.setFillColorRGB(0.88, 0.88, 0.88)
            c.rect(58, top - hgt, lw, hgt, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(58, top - hgt, 480, hgt)
            c.line(58 + lw, top, 58 + lw, top - hgt)
            c.setFont(self.b, s - 0.5)
            c.drawString(62, self.y - 1, label)
            for i, ln in enumerate(lines):
                self.value(64 + lw, self.y - 1 - i * (s + 9), ln)
            self.y -= hgt
        elif st == "stack":  # two field boxes a row
            top, x = self.y + s + 6, 58 + 244 * self.half
            c.rect(x, top - hgt, 236, hgt)
            c.setFont(self.f, s - 3)
            c.drawString(x + 4, top - s + 1, label.upper())
            for i, ln in enumerate(lines):
                self.value(x + 8, top - s - 14 - i * (s + 9), ln)
            self.half = 1 - self.half
            if not self.half:
                self.y -= hgt + 6
        elif st == "leader":
            c.setFont(self.f, s)
            c.drawString(58, self.y, label)
            x0 = 58 + c.stringWidth(label, self.f, s) + 3
            c.drawString(x0, self.y, "." * max(0, int((58 + lw - 4 - x0) / c.stringWidth(".", self.f, s))))
            self.value(58 + lw, self.y, v)
            self.y -= s + 9
        elif st == "under":
            c.setFont(self.f, s)
            c.drawString(58, self.y, label)
            c.setLineWidth(0.5)
            c.line(58 + lw, self.y - 3, 538, self.y - 3)
            c.setLineWidth(1)
            self.value(62 + lw, self.y, v)
            self.y -= s + (14 if self.handed else 10)
        else:  # mono: typewriter columns
            c.setFont(self.f, s)
            c.drawString(58, self.y, (label + ":").ljust(int(lw / c.stringWidth("x", self.f, s))) + v)
            self.y -= s + 6

    def box(self, label, on):
        c, s = self.c, self.s
        self.need(s + 8)
        if self.boxes == "glyph":
            c.setFont("DV", s + 1)
            c.drawString(64, self.y, "☒" if on else "☐")
        elif self.boxes == "brackets":
            c.setFont(self.f, s)
            c.drawString(64, self.y, "[X]" if on else "[ ]")
        else:
            c.rect(64, self.y - 1, s - 1, s - 1)
            if on:
                if self.handed:
                    self.mark(64, self.y - 1, s - 1)
                else:
                    c.setFont(self.b, s)
                    c.drawString(65.5, self.y, "X")
        c.setFont(self.f, s)
        c.drawString(64 + 2.2 * s, self.y, label)
        self.y -= s + 7

    def table(self, rows, widths, right_from=1):
        c, s = self.c, self.s
        for i, row in enumerate(rows):
            self.need(s + 10)
            x = 58
            c.setFont(self.b if i in (0, len(rows) - 1) else self.f, s)
            for j, (v, w) in enumerate(zip(row, widths)):
                if j >= right_from:
                    c.drawRightString(x + w - 5, self.y, v)
                else:
                    c.drawString(x + 4, self.y, v)
                x += w
            c.setLineWidth(1.2 if i in (0, len(rows) - 2) else 0.4)
            c.line(58, self.y - 4, 58 + sum(widths), self.y - 4)
            self.y -= s + 9
        c.setLineWidth(1)
        self.y -= 6

    def sig(self, blocks, width=235):
        """Blocks side by side: head, place/date, ink over a line, lines under it. A block's 'hand' flag
        writes place and names with the pen (hand-filled forms)."""
        s, c = self.s, self.c
        self.need(130)
        y0, low = self.y, self.y
        for i, b in enumerate(blocks):
            x, y = 58 + i * (width + 15), y0
            c.setFont(self.b, s)
            c.drawString(x, y, b.get("head", ""))
            y -= s + 8
            if "place" in b:
                c.setFont(self.f, s)
                lab = b.get("place_label", "")
                c.drawString(x, y, lab)
                if b["place"]:
                    self.value(x + c.stringWidth(lab + " ", self.f, s), y, b["place"])
                y -= s + 6
            if b.get("ink"):
                c.drawImage(ink_reader(b["ink"]), x + 8, y - 44, 150, 44, mask="auto")
            y -= 48
            c.setLineWidth(0.6)
            c.line(x, y, x + width - 10, y)
            y -= s + 4
            for ln in b.get("under", []):
                lab, _, v = ln.partition("|")
                c.setFont(self.f, s - 0.5)
                c.drawString(x, y, lab if v else ln)
                if v:
                    self.value(x + c.stringWidth(lab + " ", self.f, s), y, v)
                y -= s + 6
            low = min(low, y)
        self.y = low - 8

    def render(self, items):
        for it in items:
            k = it[0]
            if k != "kv" and self.half:
                self.half, self.y = 0, self.y - self.s - 25
            if k == "t":
                self.need(40)
                self.wrap(it[1], font=self.b, size=self.s + 3)
                self.y -= 6
            elif k == "h":
                self.need(40)
                self.y -= 4
                self.text(it[1], font=self.b, size=self.s + 1, dy=self.s + 8)
            elif k == "p":
                self.wrap(it[1])
                self.y -= 3
            elif k == "r":  # right-aligned line (letter date)
                self.text(it[1], x=538, right=True)
            elif k == "kv":
                self.kv(it[1], it[2])
            elif k == "box":
                self.box(it[1], it[2])
            elif k == "tbl":
                self.table(it[1], it[2])
            elif k == "sig":
                self.sig(it[1])
            elif k == "gap":
                self.y -= it[1]
            elif k == "page":
                self.page()
        return self

    def bytes(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def sheet(items, **style) -> bytes:
    return Sheet(**style).render(items).bytes()


# ------------------------------------------------------------------ paper
def raster(pdf: bytes, dpi: int, n: int = 1):
    import pypdfium2 as pdfium
    pages = [pg.render(scale=dpi / 72).to_pil().convert("RGB") for pg in pdfium.PdfDocument(pdf)]
    assert len(pages) == n, f"{len(pages)} pages, meant {n}"
    return pages


def _np(img):
    import numpy as np
    return np.asarray(img).astype("float32")


def _img(a, mode="RGB"):
    import numpy as np
    from PIL import Image
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8"), mode)


def stamp(img, lines, at, dpi, angle=-5, colour=(185, 30, 40)):
    """A rubber stamp (rounded frame, lines of capitals) pressed at ``at`` (points from the top left)."""
    from PIL import Image, ImageDraw, ImageFont
    k = dpi / 72
    f1 = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"), int(10 * k))
    f2 = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"), int(7 * k))
    fonts = [f1 if ln.isupper() and len(ln) < 16 else f2 for ln in lines]
    d = ImageDraw.Draw(Image.new("L", (1, 1)))
    w = int(max(d.textlength(ln, font=f) for ln, f in zip(lines, fonts)) + 24 * k)
    h = int((16 + 14 * len(lines)) * k)
    lay = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(lay)
    d.rounded_rectangle((2, 2, w - 3, h - 3), radius=int(6 * k), outline=215, width=int(2 * k))
    y = 7 * k
    for ln, f in zip(lines, fonts):
        tw = d.textlength(ln, font=f)
        d.text(((w - tw) / 2, y), ln, fill=215, font=f)
        y += 14 * k
    lay = lay.rotate(angle, expand=True, resample=Image.BICUBIC)
    img.paste(Image.new("RGB", lay.size, colour), (int(at[0] * k), int(at[1] * k)), lay)
    return img


def holes(img, dpi, shade=70):
    """Two punched holes, 80 mm apart, 12 mm from the left edge: the dark scanner lid shows through."""
    from PIL import ImageDraw
    mm = dpi / 25.4
    d = ImageDraw.Draw(img)
    cy = img.size[1] / 2
    for dy in (-40, 40):
        x, y, r = 12 * mm, cy + dy * mm, 2.75 * mm
        d.ellipse((x - r, y - r, x + r, y + r), fill=(shade,) * 3, outline=(shade + 60,) * 3, width=2)
    return img


def light(img, kind="left", amount=0.35, seed=1):
    """Uneven light: 'left' a shadow band along the left edge, 'corner' a hand's shadow from the lower
    right, 'slope' light falling off from top to bottom, 'fold' creases of a letter folded in three."""
    import numpy as np
    a = _np(img)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype("float32")
    if kind == "left":
        f = 1 - amount * np.exp(-xx / (0.08 * w))
    elif kind == "corner":
        f = 1 - amount * np.exp(-(((xx - w) / (0.45 * w)) ** 2 + ((yy - h) / (0.35 * h)) ** 2))
    elif kind == "slope":
        f = 1 - amount * (yy / h) ** 1.5 - 0.08 * xx / w
    else:
        f = np.ones((h, w), "float32")
        for fy in (h / 3, 2 * h / 3):
            d = (yy - fy) / (0.004 * h)
            f -= amount * 0.5 * np.exp(-d * d) - amount * 0.15 * np.tanh(d) * np.exp(-abs(d) / 6)
    return _img(a * f[..., None])


def curl(img, amp_px=40):
    """The lower right corner lifts off the glass: rows there shift up and darken a little."""
    import numpy as np
    a = _np(img)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype("float32")
    t = np.clip((yy / h - 0.7) / 0.3, 0, 1) ** 2 * np.clip((xx / w - 0.4) / 0.6, 0, 1)
    src = np.clip(yy + amp_px * t, 0, h - 1).astype("int32")
    out = a[src, xx.astype("int32")] * (1 - 0.18 * t)[..., None]
    return _img(out)


def keystone(img, quad, bg=(96, 84, 70), pad=0.08, seed=1):
    """A phone photo of the page lying on a desk: the page's corners land on ``quad`` (fractions of the
    photo: tl, tr, br, bl); the desk is ``bg`` with grain."""
    import numpy as np
    from PIL import Image
    w, h = img.size
    W, H = int(w * (1 + 2 * pad)), int(h * (1 + 2 * pad))
    dst = [(x * W, y * H) for x, y in quad]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    m = []
    for (X, Y), (x, y) in zip(dst, src):
        m += [[X, Y, 1, 0, 0, 0, -x * X, -x * Y], [0, 0, 0, X, Y, 1, -y * X, -y * Y]]
    coef = np.linalg.solve(np.array(m, float), np.array([v for p in src for v in p], float))
    rng = np.random.default_rng(seed)
    desk = np.ones((H, W, 3), "float32") * np.array(bg, "float32") + rng.normal(0, 9, (H, W, 1))
    photo = img.transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=(1, 2, 3))
    mask = Image.new("L", img.size, 255).transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BILINEAR)
    out = _img(desk)
    out.paste(photo, (0, 0), mask)
    return out


def finish(img, seed, noise=6.0, blur=0.5, skew=0.0, tint=None, turn=0, grey=True):
    """Scanner/camera finish: small skew, sensor noise, softness, colour cast, the page turned."""
    import numpy as np
    from PIL import Image, ImageFilter
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(248, 248, 246))
    a = _np(img)
    if tint:
        a *= np.array(tint, "float32")
    a += np.random.default_rng(seed).normal(0, noise, a.shape[:2])[..., None]
    img = _img(a).filter(ImageFilter.GaussianBlur(blur))
    if turn:
        img = img.rotate(turn, expand=True)
    return img.convert("L") if grey else img


def fax(img, seed, skew=0.35, thresh=150):
    """A 200 dpi fax: bilevel, slightly skewed, with speckle and a streak or two."""
    import numpy as np
    from PIL import Image
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=(255, 255, 255)).convert("L")
    rng = np.random.default_rng(seed)
    a = _np(img) + rng.normal(0, 28, img.size[::-1])
    for y in rng.integers(0, a.shape[0], 2):
        a[y:y + 2, :] -= 90
    return _img(np.where(a > thresh, 255, 0), "L").convert("1")


def to_pdf(pages, out: Path, dpi: int, quality=75):
    """Wrap page images in an image-only PDF, JPEG-compressed unless bilevel."""
    from PIL import Image
    ims = []
    for p in pages:
        if p.mode == "1":
            ims.append(p)
        else:
            b = io.BytesIO()
            p.save(b, "JPEG", quality=quality)
            ims.append(Image.open(b))
    when = time.strptime("2020-01-31 08:15", "%Y-%m-%d %H:%M")
    ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], title="Skannet dokument",
                producer="Scanner", creationDate=when, modDate=when)


def to_jpg(img, out: Path, quality=84):
    img.save(out, "JPEG", quality=quality, dpi=(72, 72))

