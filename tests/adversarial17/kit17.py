"""Helpers of the seventeenth held-out corpus: fonts, seeded ink, reportlab page flow,
Word helpers, LibreOffice conversion, PAdES signing, print-and-scan."""
from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

FONTS = {
    "Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Sans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "Serif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "Lib": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Lib-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "Cond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}
for _n, _p in FONTS.items():
    if not Path(_p).exists():
        raise SystemExit(f"font missing: {_p}")
    pdfmetrics.registerFont(TTFont(_n, _p))


def org(base8: str, valid=True) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(base8, w))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    if c == 10:
        raise ValueError(base8)
    if not valid:
        c = (c + 3) % 10
    return base8 + str(c)


def style(font="Sans", size=10, lead=None, **kw):
    return ParagraphStyle(f"{font}{size}{id(kw)}", fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


class Ink(Flowable):
    """Seeded vector signature strokes."""

    def __init__(self, seed, w=55 * mm, h=14 * mm, color=(0.05, 0.1, 0.45)):
        super().__init__()
        self.seed, self.width, self.height, self.color = seed, w, h, color

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setStrokeColorRGB(*self.color)
        c.setLineWidth(1.1)
        x, y = 4, self.height * 0.45
        p = c.beginPath()
        p.moveTo(x, y)
        for i in range(34):
            x += r.uniform(2, 5.5)
            y = self.height * 0.5 + math.sin(i * r.uniform(0.8, 1.6)) * self.height * r.uniform(0.15, 0.45)
            p.lineTo(min(x, self.width - 2), max(1, min(self.height - 1, y)))
        c.drawPath(p, stroke=1, fill=0)
        c.line(6, self.height * 0.25, self.width * 0.8, self.height * 0.3)


def ink_png(seed, w=420, h=110) -> bytes:
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    pts, x = [], 10
    for i in range(40):
        x += r.uniform(5, 10)
        y = h / 2 + math.sin(i * r.uniform(0.7, 1.5)) * h * r.uniform(0.15, 0.38)
        pts.append((min(x, w - 5), y))
    d.line(pts, fill=(15, 25, 110, 255), width=4, joint="curve")
    d.line([(20, h * 0.78), (w * 0.75, h * 0.72)], fill=(15, 25, 110, 255), width=3)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def grid(rows, widths, font="Sans", size=9, head=False, box=True, pad=3, valign="TOP"):
    st = style(font, size)
    data = [[c if isinstance(c, Flowable) else Paragraph(str(c), st) for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if box:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, *, footer=None, font="Sans", compress=1, margins=20):
    def deco(c, d):
        if footer:
            c.saveState()
            c.setFont(font, 7.5)
            c.drawString(margins * mm, 10 * mm, footer.format(page=d.page))
            c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="", author="",
                            invariant=1, pageCompression=compress)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def soffice(docx_path: Path, out_pdf: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=240)
        shutil.move(str(Path(td) / (docx_path.stem + ".pdf")), str(out_pdf))


def self_signed(cn, org_name):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from asn1crypto import keys as akeys, x509 as ax509
    key = ec.derive_private_key(sum(map(ord, cn)) * 7919 + 1, ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org_name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(sum(map(ord, cn)) + 1000)
            .not_valid_before(datetime(2019, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(2030, 1, 1, tzinfo=timezone.utc))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    kder = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    return ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)), akeys.PrivateKeyInfo.load(kder)


def pades_sign(src: Path, dst: Path, cn, org_name, when: datetime, field="Signatur1", box=None, page=0):
    import pyhanko.sign.signers.pdf_signer as ps
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    class _Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return when

    ps.datetime = _Fixed
    cert, key = self_signed(cn, org_name)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    with open(src, "rb") as f:
        w = IncrementalPdfFileWriter(f)
        spec = fields.SigFieldSpec(field, on_page=page, box=box) if box else None
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                            md_algorithm="sha256", name=cn, location="Norge")
        out = io.BytesIO()
        signers.PdfSigner(meta, signer, new_field_spec=spec).sign_pdf(w, output=out)
    dst.write_bytes(out.getvalue())


def scan(src: Path, dst: Path, *, seed, dpi=150, angle=1.4, contrast=0.6, jpeg=40, shadow=True, blur=0.7):
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageEnhance, ImageFilter
    r = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=True, fillcolor=200)
        im = ImageEnhance.Contrast(im).enhance(contrast)
        if shadow:
            sh = Image.new("L", im.size, 0)
            d = ImageDraw.Draw(sh)
            wdt = im.size[0] // 6
            for k in range(wdt):
                d.line([(k, 0), (k, im.size[1])], fill=int(90 * (1 - k / wdt)))
            im = Image.composite(Image.new("L", im.size, 40), im, sh)
        px = im.load()
        for _ in range(im.size[0] * im.size[1] // 900):
            x, y = r.randrange(im.size[0]), r.randrange(im.size[1])
            px[x, y] = r.choice((30, 60, 230))
        im = im.filter(ImageFilter.GaussianBlur(blur))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=jpeg)
        pages.append(Image.open(io.BytesIO(b.getvalue())).convert("L"))
    pages[0].save(str(dst), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


__all__ = ["A4", "mm", "colors", "Paragraph", "Spacer", "PageBreak", "Table", "TableStyle", "Flowable",
           "TA_RIGHT", "org", "style", "Ink", "ink_png", "grid", "build_pdf", "soffice", "pades_sign", "scan"]
