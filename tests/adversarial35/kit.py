"""Producers shared by this corpus's builders: ink images, reportlab forms, scans and photos,
deterministic PAdES signing, a zero-page PDF. Everything is seeded so a build is repeatable."""
from __future__ import annotations

import io
import math
import random
import time
from datetime import datetime, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
LIB_DIR = "/usr/share/fonts/truetype/liberation/"


# ---------------------------------------------------------------- ink
def ink(seed: int, colour=(20, 40, 150), w=560, h=170, crossing=False) -> Image.Image:
    """A scribbled signature on a transparent ground: a few smooth strokes with varying width."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x = 20
    for _stroke in range(rnd.randint(2, 3)):
        pts = []
        base = h * (0.55 if not crossing else 0.7)
        for _ in range(rnd.randint(5, 8)):
            x += rnd.randint(25, 60)
            pts.append((min(x, w - 10), base + rnd.uniform(-h * 0.35, h * 0.3)))
        # Catmull-Rom through the points
        for i in range(len(pts) - 1):
            p0 = pts[max(i - 1, 0)]; p1 = pts[i]; p2 = pts[i + 1]; p3 = pts[min(i + 2, len(pts) - 1)]
            prev = None
            for s in range(13):
                t = s / 12
                px = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t * t
                            + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t ** 3)
                py = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t * t
                            + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t ** 3)
                if prev:
                    d.line([prev, (px, py)], fill=colour + (235,), width=rnd.randint(3, 5))
                prev = (px, py)
        x += rnd.randint(10, 30)
    # underline flourish
    y = h * 0.8
    d.line([(30, y), (x * 0.9, y - rnd.uniform(5, 20))], fill=colour + (220,), width=3)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def ink_png(seed: int, path: Path, **kw) -> Path:
    ink(seed, **kw).save(path)
    return path


# ---------------------------------------------------------------- org numbers
def orgnr(seed: int, valid=True) -> str:
    """A 9-digit number passing (or failing) the MOD11 check."""
    rnd = random.Random(seed)
    while True:
        body = [rnd.choice([8, 9])] + [rnd.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(body, [3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        if not valid:
            c = (c + 3) % 10
        return "".join(map(str, body + [c]))


# ---------------------------------------------------------------- reportlab
def fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("DV", FONT_DIR + "DejaVuSans.ttf"), ("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"),
                    ("DVS", FONT_DIR + "DejaVuSerif.ttf"), ("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"),
                    ("LS", LIB_DIR + "LiberationSans-Regular.ttf"), ("LSB", LIB_DIR + "LiberationSans-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, f))


def fixed_canvas(path, **kw):
    """A reportlab canvas with fixed dates and ids so the bytes repeat."""
    from reportlab.pdfgen import canvas
    from reportlab import rl_config
    rl_config.invariant = 1
    c = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1, **kw)
    return c


class Flow:
    """A tiny top-down writer on a reportlab canvas with page breaks."""

    def __init__(self, c, font="DV", bold="DVB", size=10, left=60, right=535, top=790):
        self.c, self.font, self.bold, self.size = c, font, bold, size
        self.left, self.right, self.top = left, right, top
        self.y = top
        self.page = 1

    def need(self, h):
        if self.y - h < 60:
            self.c.showPage()
            self.page += 1
            self.y = self.top

    def text(self, s, size=None, bold=False, x=None, gap=4):
        size = size or self.size
        self.need(size + gap)
        self.c.setFont(self.bold if bold else self.font, size)
        self.c.drawString(x if x is not None else self.left, self.y - size, s)
        self.y -= size + gap

    def wrap(self, s, size=None, bold=False, width=None, x=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        size = size or self.size
        width = width or (self.right - (x or self.left))
        words, line = s.split(), ""
        for wd in words:
            t = (line + " " + wd).strip()
            if stringWidth(t, self.bold if bold else self.font, size) > width and line:
                self.text(line, size, bold, x)
                line = wd
            else:
                line = t
        if line:
            self.text(line, size, bold, x)

    def space(self, h):
        self.y -= h

    def grid(self, rows, col=170, size=None, pad=4):
        """Two-column boxed rows: label | answer (answer may wrap)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        size = size or self.size
        for label, value in rows:
            lines = []
            for part in str(value).split("\n"):
                line = ""
                for wd in part.split():
                    t = (line + " " + wd).strip()
                    if stringWidth(t, self.font, size) > (self.right - self.left - col - 2 * pad) and line:
                        lines.append(line); line = wd
                    else:
                        line = t
                lines.append(line)
            h = max(len(lines), 1) * (size + 3) + 2 * pad
            self.need(h)
            c = self.c
            c.setLineWidth(0.6)
            c.rect(self.left, self.y - h, self.right - self.left, h)
            c.line(self.left + col, self.y, self.left + col, self.y - h)
            c.setFont(self.bold, size)
            c.drawString(self.left + pad, self.y - pad - size, label)
            c.setFont(self.font, size)
            for i, ln in enumerate(lines):
                c.drawString(self.left + col + pad, self.y - pad - size - i * (size + 3), ln)
            self.y -= h

    def image(self, path, x, y, w, h):
        self.c.drawImage(str(path), x, y, w, h, mask="auto")


# ---------------------------------------------------------------- scans
PIL_DATES = dict(creationDate=time.gmtime(1579510800), modDate=time.gmtime(1579510800))  # 2020-01-20

def render(pdf: Path, dpi: int) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def scan(pdf: Path, out: Path, *, dpi=300, angle=0.0, grey=True, noise=6, blur=0.0, jpeg=None,
         contrast=1.0, shadow=False, seed=1):
    """Print-and-scan: render, rotate a little, grey or colour, noise, blur, JPEG, image-only PDF."""
    rnd = random.Random(seed)
    pages = []
    for i, im in enumerate(render(pdf, dpi)):
        if angle:
            im = im.rotate(angle + rnd.uniform(-0.15, 0.15), resample=Image.BICUBIC, expand=False,
                           fillcolor=(250, 250, 248))
        if contrast != 1.0:
            from PIL import ImageEnhance
            im = ImageEnhance.Contrast(im).enhance(contrast)
            im = ImageEnhance.Brightness(im).enhance(1.0 + (1 - contrast) * 0.4)
        if shadow:
            im = _shade(im, rnd)
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        if noise:
            im = _noise(im, noise, seed + i)
        if grey:
            im = im.convert("L")
        if jpeg:
            b = io.BytesIO(); im.save(b, "JPEG", quality=jpeg); b.seek(0); im = Image.open(b); im.load()
        pages.append(im)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], **PIL_DATES)


def _noise(im, amount, seed):
    import numpy as np
    rng = np.random.default_rng(seed)
    a = np.asarray(im).astype("int16")
    a = a + rng.normal(0, amount, a.shape).astype("int16")
    # a few specks
    h, w = a.shape[:2]
    for _ in range(int(h * w / 40000)):
        y, x = rng.integers(0, h - 3), rng.integers(0, w - 3)
        a[y:y + 2, x:x + 2] = 60
    return Image.fromarray(a.clip(0, 255).astype("uint8"))


def _shade(im, rnd):
    """Uneven light: darker towards one corner."""
    import numpy as np
    a = np.asarray(im).astype("float32")
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = rnd.choice([(0, 0), (w, h), (w, 0)])
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(w, h)
    f = 0.72 + 0.28 * d
    a = a * f[..., None]
    return Image.fromarray(a.clip(0, 255).astype("uint8"))


def photo(pdf: Path, out: Path, *, dpi=220, seed=3):
    """A phone photo of each page lying on a desk: perspective, desk border, uneven light, JPEG."""
    rnd = random.Random(seed)
    pages = []
    for im in render(pdf, dpi):
        w, h = im.size
        W, H = int(w * 1.12), int(h * 1.10)
        desk = Image.new("RGB", (W, H), (122, 98, 72))
        dd = ImageDraw.Draw(desk)
        for k in range(0, H, 9):
            dd.line([(0, k), (W, k + rnd.randint(-4, 4))], fill=(112 + rnd.randint(0, 12), 90, 66), width=2)
        ox, oy = (W - w) // 2, (H - h) // 2
        desk.paste(im, (ox, oy))
        # perspective: the top edge narrower than the bottom (camera tilted)
        k = 0.035
        quad = (ox - w * k * 0.2, oy + h * 0.01,              # where the output's top-left samples from
                ox - w * k * 0.1 - 0, oy + h + h * 0.01,
                ox + w + w * k * 0.5, oy + h - h * 0.004,
                ox + w + w * k, oy - h * 0.006)
        # map the whole frame so the page keeps its size but is tilted in perspective
        pad = 0.04
        src = (ox - w * pad - w * k, oy - h * pad,
               ox - w * pad, oy + h * (1 + pad),
               ox + w * (1 + pad), oy + h * (1 + pad),
               ox + w * (1 + pad) + w * k, oy - h * pad)
        del quad
        ph = desk.transform((int(w * 1.08), int(h * 1.08)), Image.QUAD, src, resample=Image.BICUBIC)
        ph = ph.rotate(0.8, resample=Image.BICUBIC, fillcolor=(110, 88, 64))
        ph = _shade(ph, rnd)
        ph = _noise(ph, 5, seed)
        b = io.BytesIO(); ph.save(b, "JPEG", quality=72); b.seek(0); ph = Image.open(b); ph.load()
        pages.append(ph)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], **PIL_DATES)


# ---------------------------------------------------------------- PAdES
def _rsa_key(seed: int):
    """A repeatable 2048-bit RSA key: primes from a seeded generator (test certificates only)."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    rnd = random.Random(seed)

    def is_prime(n):
        if n < 2:
            return False
        for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
            if n % p == 0:
                return n == p
        d, s = n - 1, 0
        while d % 2 == 0:
            d //= 2; s += 1
        for _ in range(24):
            a = rnd.randrange(2, n - 2)
            x = pow(a, d, n)
            if x in (1, n - 1):
                continue
            for _ in range(s - 1):
                x = pow(x, 2, n)
                if x == n - 1:
                    break
            else:
                return False
        return True

    def prime():
        while True:
            c = rnd.getrandbits(1024) | (1 << 1023) | (1 << 1022) | 1
            if is_prime(c) and (c - 1) % 65537:
                return c

    p, q = prime(), prime()
    e = 65537
    d = pow(e, -1, (p - 1) * (q - 1))
    nums = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                 rsa.RSAPublicNumbers(e, p * q))
    return nums.private_key()


def self_signed(name: str, org: str, seed: int):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID
    key = _rsa_key(seed)
    subj = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(key.public_key())
            .serial_number(1000 + seed).not_valid_before(datetime(2019, 6, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(2030, 6, 1, tzinfo=timezone.utc))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    return key, cert


def pades_sign(src: Path, out: Path, *, name: str, org: str, seed: int, when: datetime, field: str,
               box=None, page=0, reason=None, location=None):
    """Sign ``src`` into ``out`` (incrementally) with a self-signed certificate for ``name`` at ``when``."""
    from cryptography.hazmat.primitives import serialization
    from asn1crypto import keys as akeys, x509 as ax509
    from pyhanko.sign import signers, fields
    from pyhanko.sign.signers import pdf_signer, pdf_cms
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.stamp import TextStampStyle
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert = self_signed(name, org, seed)
    akey = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    acert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    signer = signers.SimpleSigner(signing_cert=acert, signing_key=akey,
                                  cert_registry=SimpleCertificateStore.from_certs([acert]))

    class Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return when

    import hashlib
    import os
    import sys
    # pin every clock and the random document id pyHanko uses, so the bytes repeat
    clocks = [m for n, m in list(sys.modules.items()) if n.startswith("pyhanko") and getattr(m, "datetime", None) is datetime]
    for m in clocks:
        m.datetime = Fixed
    urandom = os.urandom
    os.urandom = lambda n: hashlib.sha256(f"{seed}".encode()).digest()[:n]
    try:
        with open(src, "rb") as f:
            w = IncrementalPdfFileWriter(f)
            w.ID = None
            spec = fields.SigFieldSpec(field, on_page=page, box=box) if box else fields.SigFieldSpec(field)
            fields.append_signature_field(w, spec)
            meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                                reason=reason, location=location, name=name)
            style = TextStampStyle(stamp_text="Digitalt signert av\n%(signer)s\n%(ts)s",
                                   timestamp_format="%d.%m.%Y %H:%M", border_width=1,
                                   text_box_style=TextBoxStyle(font_size=8)) if box else None
            ps = signers.PdfSigner(meta, signer=signer, stamp_style=style)
            buf = io.BytesIO()
            ps.sign_pdf(w, output=buf)
        out.write_bytes(buf.getvalue())
    finally:
        for m in clocks:
            m.datetime = datetime
        os.urandom = urandom


def zero_page_pdf(out: Path):
    """A syntactically valid PDF whose page tree holds no page."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /Producer (Scanner utility 2.1) /Title (Soknad tilskudd 2020) >>"]
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(body))
        body += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(body)
    body += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        body += f"{o:010d} 00000 n \n".encode()
    body += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    out.write_bytes(body)
