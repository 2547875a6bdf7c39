"""Helpers for the sixteenth corpus: MOD11 org numbers, seeded ink, paper pages drawn with Pillow,
scan and photo defects, deterministic image PDFs (reportlab invariant mode)."""
from __future__ import annotations

import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HAND = "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"
DPI = 200
W, H = int(8.27 * DPI), int(11.69 * DPI)


def org(base8: str) -> str:
    """Complete an 8-digit base with its MOD11 check digit (a base whose digit would be 10 is stepped up)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * k for c, k in zip(base8, w)) % 11
    r = 0 if r == 11 else r
    if r == 10:
        return org(str(int(base8) + 1))
    return base8 + str(r)


def font(size, bold=False, path=None):
    return ImageFont.truetype(path or (FONT_B if bold else FONT), size)


def scribble(draw: ImageDraw.ImageDraw, x, y, w, h, seed, colour=(20, 30, 110), width=3):
    """A signature-like ink line: loops going right, seeded."""
    rng = random.Random(seed)
    pts = []
    n = 60
    for i in range(n):
        t = i / (n - 1)
        px = x + t * w + rng.uniform(-4, 4)
        py = y + h / 2 + math.sin(t * rng.uniform(14, 20)) * h / 2.6 * (1 - 0.5 * t) + rng.uniform(-3, 3)
        pts.append((px, py))
    draw.line(pts, fill=colour, width=width, joint="curve")
    draw.line([(x + w * 0.1, y + h * 0.85), (x + w * 0.95, y + h * 0.7)], fill=colour, width=width - 1)


def hand_text(draw, x, y, text, seed, size=34, colour=(25, 35, 120)):
    """Block letters by hand: capitals, each letter jittered in place and size."""
    rng = random.Random(seed)
    cx = x
    for ch in text.upper():
        f = font(int(size * rng.uniform(0.92, 1.08)), path=HAND)
        draw.text((cx, y + rng.uniform(-3, 3)), ch, font=f, fill=colour)
        cx += size * 0.62 + rng.uniform(-1, 2)
    return cx


class Paper:
    """One A4 page at 200 dpi drawn top-down: headings, label/answer rows, boxes, signatures."""

    def __init__(self, bg=(255, 255, 255), margin=140):
        self.img = Image.new("RGB", (W, H), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = 130
        self.m = margin
        self.pos: dict[str, int] = {}

    def text(self, s, size=30, bold=False, x=None, colour=(0, 0, 0), gap=1.5):
        self.d.text((x if x is not None else self.m, self.y), s, font=font(size, bold), fill=colour)
        self.y += int(size * gap)

    def para(self, s, size=28, width=88):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.text(line, size)
        self.y += 12

    def answer(self, s, x, y, hand=None, size=30):
        if hand is None:
            self.d.text((x, y), s, font=font(size, path="/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"), fill=(0, 0, 0))
        else:
            hand_text(self.d, x, y - 4, s, hand, size=size + 2)

    def above(self, label, value, hand=None):
        """Label on its own line, the answer on a ruled line under it."""
        self.pos[label] = self.y
        self.text(label, 24, colour=(40, 40, 40), gap=1.3)
        self.d.line([(self.m, self.y + 42), (W - self.m, self.y + 42)], fill=(120, 120, 120), width=2)
        if value:
            self.answer(value, self.m + 10, self.y, hand)
        self.y += 64

    def side(self, label, value, hand=None, split=620):
        """Two-column row in a box: label left, answer right."""
        x0, x1 = self.m, W - self.m
        self.d.rectangle([x0, self.y, x1, self.y + 62], outline=(0, 0, 0), width=2)
        self.d.line([(x0 + split, self.y), (x0 + split, self.y + 62)], fill=(0, 0, 0), width=2)
        self.d.text((x0 + 12, self.y + 16), label, font=font(25), fill=(0, 0, 0))
        if value:
            self.answer(value, x0 + split + 14, self.y + 14, hand)
        self.y += 62

    def boxes(self, label, options, glyph="X", hand=None):
        """A label with check boxes; ticked ones get a hand-drawn mark."""
        self.text(label, 25, gap=1.4)
        for opt, ticked in options:
            bx, by = self.m + 20, self.y
            self.d.rectangle([bx, by, bx + 34, by + 34], outline=(0, 0, 0), width=2)
            if ticked:
                c = (20, 30, 110) if hand is not None else (0, 0, 0)
                if glyph == "X":
                    self.d.line([(bx + 4, by + 4), (bx + 31, by + 31)], fill=c, width=4)
                    self.d.line([(bx + 31, by + 4), (bx + 4, by + 31)], fill=c, width=4)
                elif glyph == "check":
                    self.d.line([(bx + 3, by + 18), (bx + 13, by + 32), (bx + 40, by - 8)], fill=c, width=5)
                else:
                    self.d.ellipse([bx + 7, by + 7, bx + 27, by + 27], fill=c)
            self.d.text((bx + 50, by), opt, font=font(25), fill=(0, 0, 0))
            self.y += 46
        self.y += 10

    def sigs(self, blocks, layout="side"):
        """blocks: (caption, place_date, name, title, ink_seed or None). Side by side or stacked."""
        n = len(blocks)
        colw = (W - 2 * self.m) // (n if layout == "side" else 1)
        y0 = self.y
        for i, (cap, pd, name, title, ink) in enumerate(blocks):
            x = self.m + (i * colw if layout == "side" else 0)
            y = y0 if layout == "side" else self.y
            self.d.text((x, y), cap, font=font(24, True), fill=(0, 0, 0))
            self.d.text((x, y + 40), "Sted/dato: ", font=font(23), fill=(0, 0, 0))
            if pd:
                self.answer(pd, x + 150, y + 36, hand=None if ink is None else ink + 7, size=26)
            if ink is not None:
                scribble(self.d, x + 30, y + 90, min(colw - 120, 420), 80, ink)
            self.d.line([(x, y + 185), (x + min(colw - 60, 600), y + 185)], fill=(0, 0, 0), width=2)
            self.d.text((x, y + 192), "Underskrift", font=font(20), fill=(60, 60, 60))
            if name:
                self.d.text((x, y + 225), name, font=font(25), fill=(0, 0, 0))
            if title:
                self.d.text((x, y + 260), title, font=font(25), fill=(0, 0, 0))
            if layout != "side":
                self.y += 320
        if layout == "side":
            self.y = y0 + 320


# ---------------------------------------------------------------- defects


def perspective(img, seed, bg=(70, 60, 50), k=0.05):
    """A phone photo: the page is a trapezium on a darker background."""
    rng = random.Random(seed)
    w, h = img.size
    canvas_w, canvas_h = int(w * 1.12), int(h * 1.08)
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    off = lambda: rng.uniform(0, k) * w
    dst = [(60 + off(), 50 + off() / 2), (canvas_w - 60 - off(), 40 + off() / 3),
           (canvas_w - 40 - off() / 3, canvas_h - 50), (40 + off() / 3, canvas_h - 60 - off() / 4)]
    # coefficients mapping output (dst) points to input (src) points
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    coeffs = np.linalg.solve(np.array(A, float), np.array(b, float))
    mask = Image.new("L", img.size, 255).transform((canvas_w, canvas_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    page = img.transform((canvas_w, canvas_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    out = Image.new("RGB", (canvas_w, canvas_h), bg)
    out.paste(page, (0, 0), mask)
    return out


def tablecloth(size, seed):
    """Red-and-white checked cloth under the page."""
    w, h = size
    bg = Image.new("RGB", size, (235, 225, 215))
    d = ImageDraw.Draw(bg)
    for i in range(0, max(w, h), 90):
        d.rectangle([i, 0, i + 44, h], fill=(200, 80, 80))
        d.rectangle([0, i, w, i + 44], fill=(205, 95, 95))
    return bg.filter(ImageFilter.GaussianBlur(2))


def shadow(img, box, strength=0.55, blur=60):
    """A soft shadow (a hand or phone) multiplied over part of the image."""
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).ellipse(box, fill=int(255 * strength))
    m = m.filter(ImageFilter.GaussianBlur(blur))
    dark = Image.new("RGB", img.size, (0, 0, 0))
    return Image.composite(dark, img, m)


def stamp(img, xy, text="MOTTATT", date="03 FEB. 2020", colour=(200, 30, 40), angle=12):
    """A rubber stamp: box, word and date, rotated, translucent red."""
    s = Image.new("RGBA", (560, 210), (0, 0, 0, 0))
    d = ImageDraw.Draw(s)
    d.rounded_rectangle([4, 4, 552, 202], radius=18, outline=colour + (190,), width=7)
    d.text((40, 20), text, font=font(86, True), fill=colour + (170,))
    d.text((110, 128), date, font=font(44, True), fill=colour + (170,))
    s = s.rotate(angle, expand=True)
    out = img.convert("RGBA")
    out.alpha_composite(s, xy)
    return out.convert("RGB")


def punch_holes(img, x=55):
    d = ImageDraw.Draw(img)
    h = img.size[1]
    for cy in (h // 2 - 160, h // 2 + 160):
        d.ellipse([x - 28, cy - 28, x + 28, cy + 28], fill=(25, 25, 25))
    return img


def highlighter(img, box, colour=(255, 240, 0)):
    over = Image.new("RGB", img.size, colour)
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).rectangle(box, fill=110)
    return Image.composite(Image.composite(over, img, m), img, Image.new("L", img.size, 0)) if False else \
        Image.fromarray((np.asarray(img, float) * np.where(np.asarray(m)[..., None] > 0,
                                                             np.array(colour, float) / 255, 1.0)).astype("uint8"))


def crumple(img, seed, amp=38):
    """Crumpled paper: soft light/dark creases across the page."""
    rng = np.random.default_rng(seed)
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    f = np.zeros((h, w))
    for _ in range(7):
        a, b, c = rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(0, w)
        dist = (a * xx + b * yy - c) / math.hypot(a, b)
        f += np.exp(-(dist / rng.uniform(20, 70)) ** 2) * rng.choice([-1, 1])
    arr = np.asarray(img, float) + (f * amp)[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))


def noise(img, seed, sigma=10):
    rng = np.random.default_rng(seed)
    arr = np.asarray(img, float) + rng.normal(0, sigma, (img.size[1], img.size[0], 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))


def contrast(img, low=95, high=215):
    arr = np.asarray(img, float) / 255 * (high - low) + low
    return Image.fromarray(arr.astype("uint8"))


def jpeg(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return Image.open(io.BytesIO(b.getvalue())).convert(img.mode)


def image_pdf(path, images, dpi=200, quality=80):
    """Image-only PDF, one page per image, page size from the image and dpi; deterministic."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), invariant=1)
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, w, h)
        c.showPage()
    c.save()


def ink_png(seed, w=520, h=130):
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    scribble(ImageDraw.Draw(im), 10, 10, w - 20, h - 30, seed, colour=(20, 30, 110, 255), width=4)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def fix_zip(path):
    """Rewrite a .docx with fixed member timestamps so every build is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, (2020, 1, 20, 12, 0, 0)), data, zipfile.ZIP_DEFLATED)
