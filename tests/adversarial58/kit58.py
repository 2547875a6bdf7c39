"""Shared mechanics of corpus 58 (hybrid documents): one form painter with several label sets, seeded ink,
scan/photo degradation, image-only PDFs, pyHanko signing. Each document's words live in hybrid58/word58."""
from __future__ import annotations

import datetime
import io
import math
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import truth  # noqa: E402,F401

FONTS = Path("/usr/share/fonts/truetype")
S20 = "nav-sosiale-tjenester-2020"
A4 = (595.28, 841.89)


def org(base8: str) -> str:
    """A valid organisation number (MOD11) from eight digits; a base whose check digit would be 10 is bumped."""
    while True:
        s = sum(int(d) * w for d, w in zip(base8, (3, 2, 7, 6, 5, 4, 3, 2)))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            return base8 + str(c)
        base8 = str(int(base8) + 1)


def fmt_org(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def ink_png(seed: str, w: int = 520, h: int = 150, colour=(20, 30, 110)) -> bytes:
    """A seeded pen scrawl on transparency: loops and a tail, no letters."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x, pts = 15.0, []
    while x < w - 40:
        amp, f = rnd.uniform(18, 55), rnd.uniform(0.04, 0.13)
        for _ in range(rnd.randint(15, 40)):
            x += rnd.uniform(1.2, 3.8)
            pts.append((x + 8 * math.cos(x * 0.3), h / 2 + amp * math.sin(f * x) + rnd.uniform(-4, 4)))
    d.line(pts, fill=colour + (255,), width=rnd.choice((3, 4, 5)), joint="curve")
    d.line([(rnd.uniform(20, 60), h * 0.82), (w * rnd.uniform(0.45, 0.85), h * 0.7)], fill=colour + (255,), width=3)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, rel in [("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
                      ("DVS", "dejavu/DejaVuSerif.ttf"), ("DVSB", "dejavu/DejaVuSerif-Bold.ttf"),
                      ("LS", "liberation/LiberationSans-Regular.ttf"), ("LSB", "liberation/LiberationSans-Bold.ttf"),
                      ("LN", "liberation/LiberationSansNarrow-Regular.ttf"),
                      ("LNB", "liberation/LiberationSansNarrow-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONTS / rel)))


class Sheet:
    """A reportlab canvas that logs every string it draws (for OCR layers) and can route the
    filled-in answers to a typewriter image layer instead of text."""

    def __init__(self, target, font="LS", bold="LSB", size=10, typewriter=False, pagesize=A4):
        from reportlab.pdfgen import canvas
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=pagesize, invariant=1)
        self.c.setTitle("Søknad")
        self.W, self.H = pagesize
        self.f, self.b, self.s = font, bold, size
        self.y = self.H - 60
        self.log: list[tuple[int, float, float, str, float]] = []
        self.page = 0
        self.typewriter = typewriter
        self.tw: list[tuple[float, float, str]] = []

    def put(self, x, y, s, bold=False, size=None, answer=False):
        size = size or self.s
        if answer and self.typewriter:
            self.tw.append((x, y, s))
            return
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, y, s)
        self.log.append((self.page, x, y, s, size))

    def line(self, s, x=56, bold=False, size=None, dy=None):
        self.put(x, self.y, s, bold, size)
        self.y -= dy if dy is not None else (size or self.s) + 6

    def wrap(self, s, width=98, x=56):
        import textwrap
        for ln in textwrap.wrap(s, width):
            self.line(ln, x=x)

    def box(self, x, y, ticked):
        self.c.rect(x, y - 1, 8, 8)
        if ticked:
            self.c.line(x + 1, y, x + 7, y + 6)
            self.c.line(x + 1, y + 6, x + 7, y)

    def ink(self, seed, x, y, w=150, h=42):
        from reportlab.lib.utils import ImageReader
        self.c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")

    def new_page(self):
        self.flush_typewriter()
        self.c.showPage()
        self.page += 1
        self.y = self.H - 60

    def flush_typewriter(self):
        """Paint this page's answers as one transparent 200 dpi image in a typewriter face."""
        if not self.tw:
            return
        from PIL import Image, ImageDraw, ImageFont
        from reportlab.lib.utils import ImageReader
        k = 200 / 72
        img = Image.new("RGBA", (int(self.W * k), int(self.H * k)), (255, 255, 255, 0))
        d = ImageDraw.Draw(img)
        font = ImageFont.truetype(str(FONTS / "liberation/LiberationMono-Regular.ttf"), int(self.s * k * 1.05))
        rnd = random.Random(len(self.tw))
        for x, y, s in self.tw:
            px, py = x * k, (self.H - y) * k - self.s * k * 0.95
            for ch in s:  # uneven strike: each letter its own darkness and a small jump
                g = rnd.randint(20, 70)
                d.text((px, py + rnd.uniform(-1.2, 1.2)), ch, font=font, fill=(g, g, g, 255))
                px += font.getlength("M")
        b = io.BytesIO()
        img.save(b, "PNG")
        self.c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, self.W, self.H, mask="auto")
        self.tw = []

    def save(self):
        self.flush_typewriter()
        self.c.save()


def render(pdf_bytes: bytes, dpi: int = 200, grey: bool = True):
    """Every page of a PDF as a PIL image (what the copier sees)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil()
        out.append(im.convert("L") if grey else im.convert("RGB"))
    return out


def scan(img, seed, angle=0.8, contrast=0.85, speckle=1500, blur=0.4, fill=240):
    """A copier's scan: skew, flatter contrast, speckle, a little blur."""
    from PIL import Image, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    img = ImageEnhance.Contrast(img).enhance(contrast)
    px = img.load()
    w, h = img.size
    for _ in range(speckle):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 110, 210))
    return img.filter(ImageFilter.GaussianBlur(blur))


def photo(img, seed):
    """A phone photo of a page on a desk: colour cast, uneven light, a tilt, a dark desk margin."""
    from PIL import Image, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    img = img.convert("RGB")
    w, h = img.size
    img = img.rotate(rnd.uniform(-3, 3), resample=Image.BICUBIC, expand=True, fillcolor=(70, 55, 40))
    w, h = img.size
    light = Image.linear_gradient("L").resize((w, h)).point(lambda v: 200 + v // 5)
    warm = Image.new("RGB", (w, h), (255, 238, 205))
    img = Image.composite(img, Image.blend(img, warm, 0.35), light)
    img = ImageEnhance.Brightness(img).enhance(0.93)
    return img.filter(ImageFilter.GaussianBlur(0.8))


def jpeg(img, q=55) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def image_pdf(images, dpi=200, q=60, pagesize=None) -> bytes:
    """Image-only PDF, one image a page, page size from the image and its resolution (or ``pagesize``)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in images:
        w, h = pagesize or (im.size[0] * 72 / dpi, im.size[1] * 72 / dpi)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg(im, q))), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def ocr_layer_pdf(images, logs, seed, dpi=200, shift=(2.5, -1.8), errors=None) -> bytes:
    """A scanner's "searchable PDF": the scan, and over it invisible text (render mode 3) from the drawn
    lines, nudged off their place and with OCR slips (``errors`` maps a string to its misreading)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    register_fonts()
    rnd = random.Random(seed)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for i, im in enumerate(images):
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg(im, 55))), 0, 0, w, h)
        for page, x, y, s, size in logs:
            if page != i:
                continue
            for a, b in (errors or {}).items():
                s = s.replace(a, b)
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("LS", size * rnd.uniform(0.94, 1.04))
            t.setTextOrigin(x + shift[0] + rnd.uniform(-1, 1), y + shift[1] + rnd.uniform(-1, 1))
            t.textOut(s)
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def self_signed(td: Path, cn: str, org_name: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org_name)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(int.from_bytes(cn.encode()[:8], "big")).not_valid_before(datetime.datetime(2019, 1, 1))
            .not_valid_after(datetime.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / "k.pem", td / "c.pem"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(kp), str(cp))


def pades(data: bytes, field: str, box, cn: str, org_name: str, when: datetime.datetime, page=0) -> bytes:
    """Sign with pyHanko at a fixed time (pyhanko modules' ``datetime.now`` patched for the call)."""
    import tempfile
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    real = datetime.datetime

    class Fixed(real):
        @classmethod
        def now(cls, tz=None):
            return when

    mods = [m for n, m in list(sys.modules.items()) if n.startswith("pyhanko") and getattr(m, "datetime", None) is real]
    for m in mods:
        m.datetime = Fixed
    try:
        with tempfile.TemporaryDirectory() as td:
            signer = self_signed(Path(td), cn, org_name)
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=page, box=box))
            meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
            out = io.BytesIO()
            signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
    finally:
        for m in mods:
            m.datetime = real
    return out.getvalue()


def normalise_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 24, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def new_doc(font="Arial", size=10.5):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(size)
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.revision = "Saksbehandler", "Saksbehandler", 3
    cp.created = cp.modified = datetime.datetime(2020, 1, 24, 8, 30, 0)
    return doc


def save_doc(doc, out: Path) -> None:
    doc.save(str(out))
    normalise_zip(out)
