"""Shared mechanics of corpus 43: org numbers, ordinary handwriting, a reportlab page writer,
paper degradation (scanner, phone photo, stamps, punched holes) and PAdES signing at fixed times."""
from __future__ import annotations

import datetime
import io
import time
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import ink_png, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

FONTS = Path("/usr/share/fonts/truetype")
S20 = "nav-sosiale-tjenester-2020"
TZ = datetime.timezone(datetime.timedelta(hours=1))


def orgnr(first8: str) -> str:
    """Append the MOD11 check digit (weights 3 2 7 6 5 4 3 2) to eight digits."""
    s = sum(int(d) * w for d, w in zip(first8, (3, 2, 7, 6, 5, 4, 3, 2)))
    k = 11 - s % 11
    k = 0 if k == 11 else k
    if k == 10:
        raise ValueError(first8)
    return first8 + str(k)


def hand_png(text: str, seed: str, px: int = 40, colour=(20, 30, 110)) -> bytes:
    """Ordinary joined-up-looking handwriting: slanted serif italic glyphs, each with its own
    jitter of baseline, size and angle, drawn in ballpoint blue."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    w = int(px * 0.62 * len(text)) + 40
    h = int(px * 1.8)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    x = 10.0
    for ch in text:
        size = int(px * rnd.uniform(0.9, 1.1))
        font = ImageFont.truetype(str(FONTS / "liberation/LiberationSerif-Italic.ttf"), size)
        g = Image.new("RGBA", (size * 2, size * 2), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((size // 2, size // 3), ch, font=font, fill=colour + (255,),
                               stroke_width=1, stroke_fill=colour + (255,))
        g = g.rotate(rnd.uniform(-6, 4), resample=Image.BICUBIC)
        img.alpha_composite(g, (int(x) - size // 2, int(h * 0.15 + rnd.uniform(-3, 3))))
        x += font.getlength(ch) * rnd.uniform(0.92, 1.02) + (px * 0.05)
    return _to_bytes(img.crop((0, 0, min(w, int(x) + 20), h)))


def _to_bytes(img, fmt="PNG", **kw) -> bytes:
    b = io.BytesIO()
    img.save(b, fmt, **kw)
    return b.getvalue()


class Page:
    """A reportlab canvas with a cursor; new pages when the cursor runs out."""

    def __init__(self, target, font="DV", bold="DVB", size=10, margin=60):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.font, self.bold, self.size, self.m = font, bold, size, margin
        self.y = self.H - 70
        self.page = 1
        self.header = None

    def top(self):
        if self.header:
            self.header(self)

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.H - 70
        self.top()

    def need(self, dy):
        if self.y - dy < 70:
            self.newpage()

    def text(self, s, x=None, bold=False, size=None, dy=None, colour=(0, 0, 0)):
        size = size or self.size
        self.need(size + 6)
        self.c.setFillColorRGB(*colour)
        self.c.setFont(self.bold if bold else self.font, size)
        self.c.drawString(self.m if x is None else x, self.y, s)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= dy if dy is not None else size + 5

    def wrap(self, s, width=92, bold=False):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.text(line, bold=bold)

    def box_row(self, label, value, lw=180, h=None):
        """A ruled two-cell row: label cell (grey) and value cell; long values wrap in the cell."""
        import textwrap
        lines = textwrap.wrap(value, 58) or [""]
        h = h or max(20, 14 * len(lines) + 6)
        self.need(h)
        c, x0, x1 = self.c, self.m, self.W - self.m
        c.setFillColorRGB(0.92, 0.92, 0.92)
        c.rect(x0, self.y - h, lw, h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x0, self.y - h, x1 - x0, h)
        c.line(x0 + lw, self.y - h, x0 + lw, self.y)
        c.setFont(self.font, self.size - 1)
        c.drawString(x0 + 4, self.y - 14, label)
        c.setFont(self.font, self.size)
        for i, ln in enumerate(lines):
            c.drawString(x0 + lw + 6, self.y - 14 - 14 * i, ln)
        self.y -= h

    def image(self, png: bytes, x, y, w, h=None):
        from reportlab.lib.utils import ImageReader
        r = ImageReader(io.BytesIO(png))
        iw, ih = r.getSize()
        self.c.drawImage(r, x, y, w, h or w * ih / iw, mask="auto")

    def ink(self, seed, x, y, w=130):
        self.image(ink_png(seed), x, y, w)

    def hand(self, text, seed, x, y, h=16):
        from reportlab.lib.utils import ImageReader
        png = hand_png(text, seed)
        iw, ih = ImageReader(io.BytesIO(png)).getSize()
        self.image(png, x, y, h * 1.8 * iw / ih, h * 1.8)

    def save(self):
        self.c.showPage()
        self.c.save()


def render_pages(pdf_bytes: bytes, dpi: int):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_bytes)
    return [pdf[i].render(scale=dpi / 72).to_pil() for i in range(len(pdf))]


def stamp(img, lines, seed, xy, colour=(160, 40, 40)):
    """A rubber 'received' stamp: a rounded frame and lines of capitals, slightly rotated, uneven ink."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    s = img.width / 1240
    f = ImageFont.truetype(str(FONTS / "dejavu/DejaVuSans-Bold.ttf"), int(26 * s))
    w, h = int(420 * s), int((len(lines) * 34 + 30) * s)
    st = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    d.rounded_rectangle((3, 3, w - 4, h - 4), radius=int(14 * s), outline=colour + (210,), width=int(4 * s))
    for i, ln in enumerate(lines):
        tw = d.textlength(ln, font=f)
        d.text(((w - tw) / 2, (16 + 34 * i) * s), ln, font=f, fill=colour + (200,))
    px = st.load()
    for _ in range(w * h // 6):
        x, y = rnd.randrange(w), rnd.randrange(h)
        if px[x, y][3]:
            px[x, y] = px[x, y][:3] + (rnd.randint(60, 200),)
    st = st.rotate(rnd.uniform(-7, 7), expand=True, resample=Image.BICUBIC)
    base = img.convert("RGBA")
    base.alpha_composite(st, (int(xy[0] * img.width), int(xy[1] * img.height)))
    return base.convert("RGB")


def scan(pages, dpi, angle, seed, *, quality=55, **kw):
    """Printed and fed through an office copier, saved as an image-only PDF."""
    return pdf_of(degrade(pages, dpi, angle, seed, **kw), dpi, quality)


def degrade(pages, dpi, angle, seed, *, grey=235, holes=False, contrast=0.85, noise=3000):
    """A copier's look: grey, skewed, speckled, with the shadows of punched holes."""
    from PIL import Image, ImageDraw, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    out = []
    for n, img in enumerate(pages):
        g = img.convert("L")
        g = ImageEnhance.Contrast(g).enhance(contrast)
        g = g.point(lambda v: min(v, grey))
        if holes:
            d = ImageDraw.Draw(g)
            r = int(dpi * 0.11)
            for fy in (0.36, 0.64):
                cx, cy = int(dpi * 0.47), int(g.height * fy)
                d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=45)
        g = g.rotate(angle + rnd.uniform(-0.15, 0.15), resample=Image.BICUBIC, expand=True, fillcolor=grey - 10)
        px = g.load()
        for _ in range(noise):
            x, y = rnd.randrange(g.width), rnd.randrange(g.height)
            px[x, y] = rnd.choice((60, 110, 210))
        out.append(g.filter(ImageFilter.GaussianBlur(0.45)))
    return out


def photo(img, seed, quality=60):
    """A phone photo of one page lying on a desk: perspective, falling light, colour JPEG."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    w, h = img.size
    W, H = int(w * 1.12), int(h * 1.1)
    desk = Image.new("RGB", (W, H), (128, 104, 80))
    page = img.convert("RGB")
    dx, dy = int(w * 0.05), int(h * 0.04)
    desk.paste(page, (dx, dy))
    k = 0.035
    quad = (dx - w * k, dy + rnd.uniform(-8, 8), dx + w * (1 + k * 0.3), dy - h * k * 0.4,
            dx + w * (1 + k * 0.8), dy + h * (1 + k * 0.2), dx + w * (-k * 0.4), dy + h)
    coeffs = _perspective((0, 0, W, 0, W, H, 0, H), quad)
    img2 = desk.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(110, 90, 70))
    grad = Image.radial_gradient("L").resize((W, H))
    dark = Image.new("RGB", (W, H), (70, 64, 58))
    img2 = Image.composite(dark, img2, grad.point(lambda v: max(0, v - 150)))
    img2 = img2.rotate(rnd.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=(110, 90, 70))
    return img2.filter(ImageFilter.GaussianBlur(0.8))


def _perspective(dst, src):
    """Coefficients mapping output corners ``dst`` to input points ``src`` (PIL's PERSPECTIVE)."""
    import numpy as np
    a, b = [], []
    for (x, y), (u, v) in zip(zip(dst[::2], dst[1::2]), zip(src[::2], src[1::2])):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return list(np.linalg.solve(np.array(a, float), np.array(b, float)))


def pdf_of(images, dpi, quality) -> bytes:
    from PIL import Image
    jpgs = [Image.open(io.BytesIO(_to_bytes(i, "JPEG", quality=quality))) for i in images]
    b = io.BytesIO()
    when = (2020, 1, 29, 12, 0, 0, 2, 29, 0)  # a struct_time tuple: Pillow's PDF writer wants one
    jpgs[0].save(b, "PDF", resolution=dpi, save_all=True, append_images=jpgs[1:], creationDate=time.struct_time(when),
                 modDate=time.struct_time(when))
    return b.getvalue()


def self_signed(td: Path, cn: str, org: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(int.from_bytes(cn.encode()[:8], "big")).not_valid_before(datetime.datetime(2019, 1, 1))
            .not_valid_after(datetime.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / f"{cn}.key", td / f"{cn}.crt"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(kp), str(cp))


def pades(data: bytes, field: str, page: int, box, signer, when: datetime.datetime, visible=False) -> bytes:
    """Sign with pyHanko at a fixed time (every pyhanko module's ``datetime.now`` returns ``when``);
    invisible by default: no stamp, no ink, only the cryptographic signature."""
    import sys as _sys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    real = datetime.datetime

    class Fixed(real):
        @classmethod
        def now(cls, tz=None):
            return when

    mods = [m for n, m in list(_sys.modules.items()) if n.startswith("pyhanko") and getattr(m, "datetime", None) is real]
    for m in mods:
        m.datetime = Fixed
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=page, box=box if visible else None))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
    finally:
        for m in mods:
            m.datetime = real
    return out.getvalue()
