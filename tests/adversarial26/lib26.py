"""Helpers for the adversarial26 builders: ink images, docx XML pieces, deterministic saving,
LibreOffice conversion, scan simulation and PAdES signing. Offline and seeded."""
from __future__ import annotations

import io
import math
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageEnhance

FIXED_ZIP_DATE = (2020, 1, 27, 9, 30, 0)
FONTS = "/usr/share/fonts/truetype"


# ---------------------------------------------------------------- ink
def ink_png(seed: int, w: int = 420, h: int = 120, colour=(20, 30, 110)) -> bytes:
    """A hand-written looking scribble (a few connected loops and a flourish), PNG bytes, RGB white."""
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = []
    x = 15.0
    base = h * 0.62
    while x < w - 60:
        amp = r.uniform(18, 40)
        freq = r.uniform(0.08, 0.16)
        for _ in range(r.randint(8, 16)):
            x += r.uniform(2.0, 4.5)
            y = base - amp * abs(math.sin(x * freq)) + r.uniform(-2, 2)
            pts.append((x, y))
        x += r.uniform(3, 10)
    pts.append((x + 30, base - 10))
    pts.append((x + 50, base + 8))
    d.line(pts, fill=colour, width=3, joint="curve")
    d.line([(20, base + 14), (w * 0.55, base + 10 + r.uniform(-4, 4))], fill=colour, width=2)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


def ink_file(seed: int, folder: Path, **kw) -> Path:
    p = folder / f"ink{seed}.png"
    p.write_bytes(ink_png(seed, **kw))
    return p


# ---------------------------------------------------------------- docx
def docx_save(doc, out: Path) -> None:
    """Save a python-docx Document with fixed core dates and zip timestamps."""
    import datetime as dt
    cp = doc.core_properties
    cp.created = dt.datetime(2020, 1, 27, 9, 0, 0)
    cp.modified = dt.datetime(2020, 1, 27, 9, 30, 0)
    cp.last_modified_by = "Saksbehandler"
    cp.revision = 3
    b = io.BytesIO()
    doc.save(b)
    rezip(b.getvalue(), out)


def rezip(data: bytes, out: Path, replace: dict | None = None) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    o = io.BytesIO()
    with zipfile.ZipFile(o, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if replace and info.filename in replace:
                blob = replace[info.filename](blob)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    out.write_bytes(o.getvalue())


def xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse_xml(x: str):
    from docx.oxml import parse_xml as px
    return px(x)


NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def sdt_run(tag: str, text: str | None, placeholder: str = "Klikk eller trykk her for å skrive inn tekst.",
            date: str | None = None, idn: int = 1):
    """An inline content control (w:sdt) holding a run; text None = showing placeholder."""
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{1000 + idn}"/>'
    if text is None:
        pr += '<w:showingPlcHdr/>'
        body = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{xml_escape(placeholder)}</w:t></w:r>'
    else:
        body = f'<w:r><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'
    if date:
        pr += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/>'
               '<w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    else:
        pr += '<w:text/>'
    return parse_xml(f'<w:sdt {NS}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')


def sdt_checkbox(tag: str, checked: bool, idn: int = 1):
    glyph = "☒" if checked else "☐"
    code = "2612" if checked else "2610"
    return parse_xml(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{2000 + idn}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def formtext_runs(name: str, value: str):
    """Legacy FORMTEXT field runs (begin/instr/separate/result/end) as a list of w:r elements."""
    v = value if value else "\u2002" * 5
    return [parse_xml(x) for x in (
        f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
        f'<w:r {NS}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
        f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {NS}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{xml_escape(v)}</w:t></w:r>',
        f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>')]


def formcheck_runs(name: str, checked: bool):
    ch = '<w:checked/>' if checked else '<w:checked w:val="0"/>'
    return [parse_xml(x) for x in (
        f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{ch}</w:checkBox></w:ffData></w:fldChar></w:r>',
        f'<w:r {NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {NS}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>')]


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ---------------------------------------------------------------- pdf
def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("DVS", "dejavu/DejaVuSans.ttf"), ("DVS-B", "dejavu/DejaVuSans-Bold.ttf"),
                    ("DVSerif", "dejavu/DejaVuSerif.ttf"), ("DVSerif-B", "dejavu/DejaVuSerif-Bold.ttf"),
                    ("LibSerif", "liberation/LiberationSerif-Regular.ttf"),
                    ("LibSerif-B", "liberation/LiberationSerif-Bold.ttf"),
                    ("LibNarrow", "liberation/LiberationSansNarrow-Regular.ttf"),
                    ("LibNarrow-B", "liberation/LiberationSansNarrow-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, f"{FONTS}/{f}"))


def lo_convert(docx: Path, out_pdf: Path) -> None:
    """python-docx → PDF through LibreOffice, then pin dates, /ID and checksums (same length)."""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.docx"
        shutil.copy(docx, src)
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        data = (Path(td) / "in.pdf").read_bytes()
    data = re.sub(rb"D:\d{14}[+\-Z][0-9']*", lambda m: (b"D:20200127093000" + b"+01'00'")[:len(m.group(0))].ljust(len(m.group(0)), b"0"), data)
    data = re.sub(rb"/ID \[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(m.group(2), b"B" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"C" * len(m.group(1)), data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+\-]\d\d:\d\d|Z)?",
                  lambda m: (b"2020-01-27T09:30:00+01:00")[:len(m.group(0))].ljust(len(m.group(0)), b"0"), data)
    data = re.sub(rb"uuid:[0-9a-f\-]{36}", b"uuid:26262626-2626-2626-2626-262626262626", data)
    out_pdf.write_bytes(data)


def scan_pdf(src_pdf: Path, out: Path, *, dpi=150, angle=1.8, contrast=0.55, shadow=True, quality=45, seed=1):
    """Render every page, degrade it like a phone/copier scan, and write an image-only PDF."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    r = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    c = canvas.Canvas(str(out), invariant=1, pagesize=(595.27, 841.89))
    c.setCreator("Canon iR-ADV C5535 Scan")
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(angle + r.uniform(-0.3, 0.3), resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = ImageEnhance.Contrast(im).enhance(contrast)
        im = ImageEnhance.Brightness(im).enhance(1.05)
        if shadow:
            w, h = im.size
            grad = Image.new("L", (w, h), 0)
            gd = ImageDraw.Draw(grad)
            for x in range(int(w * 0.25)):
                v = int(90 * (1 - x / (w * 0.25)) ** 2)
                gd.line([(x, 0), (x, h)], fill=v)
            im = Image.composite(Image.new("L", (w, h), 0), im, grad)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 400):
            x, y = r.randrange(w), r.randrange(h)
            px[x, y] = r.choice((40, 90, 250))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, 595.27, 841.89)
        c.showPage()
    c.save()
    pdf.close()


# ---------------------------------------------------------------- PAdES
class _pin:
    """Pin pyHanko's clock and os.urandom while signing, so the build is byte-identical."""

    def __init__(self, when):
        self.when = when

    def __enter__(self):
        import datetime as dt
        import pyhanko.sign.signers.pdf_signer as ps
        import pyhanko.sign.signers.pdf_cms as pc
        import pyhanko.pdf_utils.metadata.info as mi
        import pyhanko.pdf_utils.metadata.xmp_xml as mx
        when = self.when

        class FixedDT(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return when.astimezone(tz) if tz else when.replace(tzinfo=None)

        self.mods = (ps, pc, mi, mx)
        self.saved = [m.datetime for m in self.mods] + [os.urandom]
        for m in self.mods:
            m.datetime = FixedDT
        os.urandom = lambda n: bytes((i * 37 + 26) % 256 for i in range(n))
        return self

    def __exit__(self, *a):
        for m, v in zip(self.mods, self.saved):
            m.datetime = v
        os.urandom = self.saved[-1]


def self_signed(cn: str, org: str):
    """A self-signed certificate for the fixed test key, made now (fixed dates and serial)."""
    import datetime as dt
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes, serialization
    from testkey26 import KEY_PEM  # type: ignore
    key = serialization.load_pem_private_key(KEY_PEM.encode(), None)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(2626).not_valid_before(dt.datetime(2019, 6, 1)).not_valid_after(dt.datetime(2022, 6, 1))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def pades_sign(src: Path, out: Path, *, cn: str, org: str, field: str, when, reason: str, location: str):
    import datetime as dt
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    key, cert = self_signed(cn, org)
    with tempfile.TemporaryDirectory() as td:
        kp, cp = Path(td) / "k.pem", Path(td) / "c.pem"
        kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()))
        cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        signer = signers.SimpleSigner.load(str(kp), str(cp))
    with _pin(when):
        with open(src, "rb") as f:
            w = IncrementalPdfFileWriter(f)
            meta = signers.PdfSignatureMetadata(field_name=field, reason=reason, location=location,
                                                name=cn, subfilter=None)
            from pyhanko.sign.fields import SigSeedSubFilter
            meta = signers.PdfSignatureMetadata(field_name=field, reason=reason, location=location, name=cn,
                                                subfilter=SigSeedSubFilter.PADES)
            o = io.BytesIO()
            signers.sign_pdf(w, meta, signer=signer, output=o)
    out.write_bytes(o.getvalue())
