"""Corpus 48 paper kit: a printed form drawn at 300 dpi with Pillow, filled by pen (jittered italic
glyphs) or typewriter, ticked by hand (check mark, cross, filled circle), signed with a scribble, and
then put through a copier, a fax or a phone camera (grey / black-and-white, rotation, shadow, noise)."""
from __future__ import annotations

import io
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FD = Path("/usr/share/fonts/truetype")
W, H = 2480, 3508  # A4 at 300 dpi
INK_BLUE, INK_BLACK = (25, 35, 110), (20, 20, 25)


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FD / name), size)


SANS, SANSB = "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"
SERIF, SERIFB = "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"
MONO = "liberation/LiberationMono-Regular.ttf"
HANDS = ["liberation/LiberationSerif-Italic.ttf", "dejavu/DejaVuSerif-Italic.ttf"]


def org_ok(base8: str) -> str:
    """A nine-digit organisation number with a valid MOD11 check digit (base must not give 10)."""
    s = sum(int(d) * w for d, w in zip(base8, (3, 2, 7, 6, 5, 4, 3, 2)))
    c = (11 - s % 11) % 11
    assert c != 10, base8
    return base8 + str(c)


def org_bad(base8: str) -> str:
    good = org_ok(base8)
    return good[:8] + str((int(good[8]) + 3) % 10)


class Sheet:
    """One printed page: form text in a print font, answers by hand or by typewriter."""

    def __init__(self, seed: str, print_font=SANS, bold_font=SANSB, size=40):
        self.img = Image.new("RGB", (W, H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.rnd = random.Random(seed)
        self.pf, self.bf, self.size = print_font, bold_font, size
        self.y = 200

    # printed parts ------------------------------------------------------------------------
    def text(self, x, y, s, size=None, bold=False, fill=(0, 0, 0)):
        f = font(self.bf if bold else self.pf, size or self.size)
        self.d.text((x, y), s, font=f, fill=fill)
        return self.d.textlength(s, font=f)

    def line(self, x0, y, x1, width=2, dotted=False):
        if dotted:
            for x in range(int(x0), int(x1), 14):
                self.d.line([(x, y), (x + 6, y)], fill=(0, 0, 0), width=width)
        else:
            self.d.line([(x0, y), (x1, y)], fill=(0, 0, 0), width=width)

    def box(self, x, y, s=44):
        self.d.rectangle([x, y, x + s, y + s], outline=(0, 0, 0), width=3)

    def rect(self, x0, y0, x1, y1, width=3, fill=None):
        self.d.rectangle([x0, y0, x1, y1], outline=(0, 0, 0), width=width, fill=fill)

    # pen and typewriter ---------------------------------------------------------------------
    def hand(self, x, y, s, size=58, colour=INK_BLUE, slant=True):
        """Pen writing: glyph by glyph, each with its own size, height and tilt, tight spacing so
        letters touch like joined handwriting."""
        r = self.rnd
        for ch in s:
            f = font(r.choice(HANDS), int(size * r.uniform(0.9, 1.08)))
            if ch == " ":
                x += size * r.uniform(0.28, 0.38)
                continue
            gw = int(self.d.textlength(ch, font=f)) + 20
            g = Image.new("L", (gw, size * 2), 0)
            ImageDraw.Draw(g).text((8, size // 3), ch, font=f, fill=255)
            if slant:
                g = g.rotate(r.uniform(-6, 4), resample=Image.BICUBIC)
            g = g.filter(ImageFilter.MaxFilter(3)) if r.random() < 0.5 else g
            self.img.paste(Image.new("RGB", g.size, colour), (int(x) - 8, int(y + r.uniform(-4, 4)) - size // 3), g)
            x += gw - 20 - size * 0.02
        return x

    def typed(self, x, y, s, size=42):
        f = font(MONO, size)
        for ch in s:  # a typewriter's uneven strike
            shade = self.rnd.randint(10, 70)
            self.d.text((x, y + self.rnd.uniform(-1.5, 1.5)), ch, font=f, fill=(shade, shade, shade))
            x += self.d.textlength("M", font=f)
        return x

    def tick(self, x, y, kind="check", s=44, colour=INK_BLUE):
        """A hand tick in a box at (x, y): a check mark that overshoots, a cross or a filled circle."""
        r = self.rnd
        j = lambda v: v + r.uniform(-5, 5)  # noqa: E731
        if kind == "check":
            self.d.line([(j(x + 4), j(y + s * 0.5)), (j(x + s * 0.4), j(y + s * 0.95)), (j(x + s * 1.3), j(y - s * 0.5))],
                        fill=colour, width=7, joint="curve")
        elif kind == "cross":
            self.d.line([(j(x - 4), j(y - 4)), (j(x + s + 6), j(y + s + 4))], fill=colour, width=6)
            self.d.line([(j(x + s + 4), j(y - 6)), (j(x - 2), j(y + s + 6))], fill=colour, width=6)
        else:
            self.d.ellipse([x + 6, y + 6, x + s - 6, y + s - 6], fill=colour)

    def scribble(self, x, y, w=520, h=140, colour=INK_BLUE):
        """A signature: loops and a flourish, no letters."""
        r = self.rnd
        pts, cx = [], x
        while cx < x + w - 40:
            amp, f = r.uniform(20, 55), r.uniform(0.05, 0.14)
            for _ in range(r.randint(15, 40)):
                cx += r.uniform(2, 4)
                pts.append((cx, y + h / 2 + amp * math.sin(f * cx) + r.uniform(-4, 4)))
        self.d.line(pts, fill=colour, width=5, joint="curve")
        self.d.line([(x + 20, y + h * 0.85), (x + w * r.uniform(0.55, 0.9), y + h * 0.75)], fill=colour, width=4)

    def stamp(self, x, y, lines, colour=(185, 30, 40), angle=9):
        """A rubber stamp: double frame, capitals, uneven ink, pressed at an angle over the page."""
        f = font(SANSB, 46)
        wmax = max(int(self.d.textlength(s, font=f)) for s in lines) + 80
        hmax = 70 * len(lines) + 60
        st = Image.new("L", (wmax, hmax), 0)
        sd = ImageDraw.Draw(st)
        sd.rectangle([4, 4, wmax - 5, hmax - 5], outline=255, width=8)
        sd.rectangle([20, 20, wmax - 21, hmax - 21], outline=255, width=3)
        for i, s in enumerate(lines):
            tw = sd.textlength(s, font=f)
            sd.text(((wmax - tw) / 2, 35 + 70 * i), s, font=f, fill=255)
        px = st.load()
        for _ in range(wmax * hmax // 12):  # worn rubber
            px[self.rnd.randrange(wmax), self.rnd.randrange(hmax)] = 0
        st = st.rotate(angle, expand=True, resample=Image.BICUBIC).point(lambda v: int(v * 0.8))
        self.img.paste(Image.new("RGB", st.size, colour), (x, y), st)


# ---------------------------------------------------------------------------------------------- paper
def copier(img: Image.Image, *, dpi=300, grey=True, bw=False, angle=0.0, contrast=1.0, bright=1.0,
           noise=0, blur=0.0, seed="x", shadow=False, threshold=150) -> Image.Image:
    """Scan a 300 dpi sheet at ``dpi``: grey or black-and-white, tilted, faded, speckled."""
    rnd = random.Random(seed)
    im = img.convert("L")
    if dpi != 300:
        im = im.resize((round(W * dpi / 300), round(H * dpi / 300)), Image.LANCZOS)
    if angle:
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    if contrast != 1.0:
        im = ImageEnhance.Contrast(im).enhance(contrast)
    if bright != 1.0:
        im = ImageEnhance.Brightness(im).enhance(bright)
    if shadow:
        w, h = im.size
        g = Image.linear_gradient("L").rotate(-90).resize((w, h))  # dark at the right edge
        im = Image.composite(im, ImageEnhance.Brightness(im).enhance(0.55), g.point(lambda v: 255 if v < 150 else 255 - (v - 150) * 2))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        px = im.load()
        w, h = im.size
        for _ in range(noise):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((40, 90, 220))
    if bw:
        im = im.point(lambda v: 255 if v > threshold else 0).convert("1")
    return im


def photo(img: Image.Image, seed: str, *, tilt=2.0, shadow_strength=0.5) -> Image.Image:
    """A phone photo of the sheet on a desk: perspective, a hand's shadow across one corner, warm
    light, table around the paper, 12 MP downscaled to about 2000 px high, blur."""
    rnd = random.Random(seed)
    sheet = img.convert("RGB").resize((1500, 2121), Image.LANCZOS)
    cw, ch = 1800, 2400
    canvas = Image.new("RGB", (cw, ch), (120, 95, 70))
    # perspective: the top edge narrower than the bottom
    dx = rnd.uniform(40, 70)
    quad = (-dx, 0, -dx * 0.2, 2121, 1500 + dx * 0.2, 2121, 1500 + dx, 0)
    warped = sheet.transform(sheet.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(120, 95, 70))
    warped = warped.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=(120, 95, 70))
    canvas.paste(warped, ((cw - warped.width) // 2, (ch - warped.height) // 2))
    # the hand's shadow: a soft dark ellipse over the lower right
    mask = Image.new("L", (cw, ch), 0)
    ImageDraw.Draw(mask).ellipse([cw * 0.55, ch * 0.62, cw * 1.3, ch * 1.25], fill=int(255 * shadow_strength))
    mask = mask.filter(ImageFilter.GaussianBlur(90))
    canvas = Image.composite(Image.new("RGB", (cw, ch), (35, 30, 28)), canvas, mask)
    r, g, b = canvas.split()
    canvas = Image.merge("RGB", (r.point(lambda v: min(255, int(v * 1.03))), g, b.point(lambda v: int(v * 0.9))))
    return canvas.filter(ImageFilter.GaussianBlur(0.8))


def save_pdf(pages: list[Image.Image], out: Path, dpi: int, jpeg_q: int | None = None) -> None:
    """Image-only PDF, one scan per page, fixed metadata so every build is identical."""
    if jpeg_q:
        conv = []
        for p in pages:
            b = io.BytesIO()
            p.convert("L").save(b, "JPEG", quality=jpeg_q)
            conv.append(Image.open(io.BytesIO(b.getvalue())))
        pages = conv
    b = io.BytesIO()
    pages[0].save(b, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], producer="Canon iR-ADV C5535",
                  creationDate=None, modDate=None)
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(b.getvalue())))
    w.metadata = None
    w.add_metadata({"/Producer": "Canon iR-ADV C5535 PDF", "/CreationDate": "D:20200131101500+01'00'"})
    w._ID = ArrayObject([ByteStringObject(b"adv48scan-------"), ByteStringObject(b"adv48scan-------")])
    with open(out, "wb") as f:
        w.write(f)
