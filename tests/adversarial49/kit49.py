"""Shared helpers of corpus 49: PAdES signing at fixed times, incremental edits, scans, receipts.

Ink, deterministic .docx zips and LibreOffice export are corpus 38's helpers (mechanics only)."""
from __future__ import annotations

import datetime
import io
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import (add_ink, cell_text, ink_png, ink_reader, new_doc, register_fonts,  # noqa: E402,F401
                   save_doc, soffice_pdf)
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
CET = datetime.timezone(datetime.timedelta(hours=1))


def when(iso: str, hm: str = "10:00") -> datetime.datetime:
    """A signing moment in Norwegian winter time."""
    y, m, d = map(int, iso.split("-"))
    h, mi = map(int, hm.split(":"))
    return datetime.datetime(y, m, d, h, mi, tzinfo=CET)


def signer(td: Path, cn: str, org: str, email: str | None = None):
    """A self-signed certificate for one person (only integrity is judged, not trust)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
             x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")]
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    name = x509.Name(attrs)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(int.from_bytes(cn.encode()[:8], "big")).not_valid_before(datetime.datetime(2019, 1, 1))
            .not_valid_after(datetime.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    safe = "".join(ch for ch in cn if ch.isalnum())
    kp, cp = td / f"{safe}.key", td / f"{safe}.crt"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(kp), str(cp))


class _FixedClock:
    """Every pyhanko module's ``datetime.now`` returns one moment while signing."""

    def __init__(self, moment: datetime.datetime):
        self.moment = moment

    def __enter__(self):
        real = datetime.datetime
        moment = self.moment

        class Fixed(real):
            @classmethod
            def now(cls, tz=None):
                return moment.astimezone(tz) if tz else moment

        self.real = real
        self.mods = [m for n, m in list(sys.modules.items())
                     if n.startswith("pyhanko") and getattr(m, "datetime", None) is real]
        for m in self.mods:
            m.datetime = Fixed
        return self

    def __exit__(self, *exc):
        for m in self.mods:
            m.datetime = self.real


def sign(data: bytes, field: str, sgn, moment: datetime.datetime, page: int = 0, box=None,
         empty_fields=(), reason: str | None = None, location: str | None = None) -> bytes:
    """One incremental PAdES signature (visible when ``box`` is given). ``empty_fields``
    ((name, page, box)) are added in the same revision and left unsigned."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    import pyhanko.sign  # noqa: F401  (load every module before the clock is fixed)
    from pyhanko.sign.signers import pdf_signer  # noqa: F401
    with _FixedClock(moment):
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        for name, pg, bx in empty_fields:
            fields.append_signature_field(w, fields.SigFieldSpec(name, on_page=pg, box=bx,
                                                                  empty_field_appearance=True))
        fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=page, box=box))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                            reason=reason, location=location)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=sgn).sign_pdf(w, output=out)
    return out.getvalue()


def add_text_revision(data: bytes, page: int, lines: list[tuple[float, float, str]], size: float = 9) -> bytes:
    """An incremental update that draws more Helvetica text on one page (an edit in a PDF editor)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    ops = []
    for x, y, text in lines:
        s = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")
        ops.append(b"BT /FX49 %.1f Tf %.1f %.1f Td (" % (size, x, y) + s + b") Tj ET")
    stream = generic.StreamObject(stream_data=b"q 0 0 0 rg " + b" ".join(ops) + b" Q")
    font = generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/Font"),
                                     generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                                     generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
                                     generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding")})
    res = generic.DictionaryObject({generic.NameObject("/Font"): generic.DictionaryObject(
        {generic.NameObject("/FX49"): w.add_object(font)})})
    w.add_stream_to_page(page, w.add_object(stream), resources=res)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def page_count(data: bytes) -> int:
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(data)).pages)


def concat_pdfs(parts: list[bytes]) -> bytes:
    """Pages of several PDFs in one file (a receipt appended behind the application)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    w = PdfWriter()
    for p in parts:
        for pg in PdfReader(io.BytesIO(p)).pages:
            w.add_page(pg)
    w.add_metadata({"/Producer": "pypdf", "/CreationDate": "D:20200124100000+01'00'"})
    w._ID = ArrayObject([ByteStringObject(b"adv49-concat-id!"), ByteStringObject(b"adv49-concat-id!")])
    b = io.BytesIO()
    w.write(b)
    return b.getvalue()


def raster(pdf: bytes, dpi: int) -> list:
    """Render each page to a PIL image with poppler."""
    from PIL import Image
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(Path(td) / "p")],
                       check=True, capture_output=True, timeout=180)
        return [Image.open(p).copy() for p in sorted(Path(td).glob("p*.png"))]


def degrade(img, seed: str, angle: float, noise: int = 1400, blur: float = 0.6, contrast: float = 0.85):
    """A copier's rendering: rotated, softened, slightly grey, with toner specks."""
    from PIL import ImageDraw, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    img = img.convert("L").rotate(angle, resample=3, expand=False, fillcolor=245)
    img = ImageEnhance.Contrast(img).enhance(contrast).filter(ImageFilter.GaussianBlur(blur))
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(noise):
        x, y = rnd.randrange(w), rnd.randrange(h)
        d.point((x, y), fill=rnd.randint(60, 160))
    return img


def images_to_pdf(images, dpi: int, quality: int = 70) -> bytes:
    """Image-only PDF pages (JPEG), one image a page, A4 at ``dpi``."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1)
    for img in images:
        w, h = img.size
        c.setPageSize((w * 72 / dpi, h * 72 / dpi))
        j = io.BytesIO()
        img.convert("L").save(j, "JPEG", quality=quality)
        j.seek(0)
        c.drawImage(ImageReader(j), 0, 0, w * 72 / dpi, h * 72 / dpi)
        c.showPage()
    c.save()
    return b.getvalue()
