"""Shared helpers of corpus 39: seeded ink, deterministic .docx zips, reportlab page, LibreOffice, PAdES."""
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

FONT_DIR = Path("/usr/share/fonts/truetype")
S20 = "nav-sosiale-tjenester-2020"


def mod11_ok(org: str) -> bool:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * x for d, x in zip(org, w)) % 11
    return (0 if r == 11 else r) == int(org[8]) if r != 10 else False


def ink_png(seed: str, w: int = 520, h: int = 150, colour=(10, 20, 90)) -> bytes:
    """A seeded looping pen stroke on a transparent background (no letters)."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts, t = [], 0.0
    x = 25.0
    while x < w - 40:
        r = rnd.uniform(14, 40)
        t += rnd.uniform(0.25, 0.45)
        x += rnd.uniform(2.0, 4.0)
        pts.append((x + r * 0.4 * math.cos(t * 3), h / 2 + r * math.sin(t * 2.2) + rnd.uniform(-2, 2)))
    d.line(pts, fill=colour + (255,), width=4, joint="curve")
    d.line([(w * 0.15, h * 0.78), (w * rnd.uniform(0.55, 0.85), h * 0.72)], fill=colour + (255,), width=3)
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def normalise_zip(path: Path) -> None:
    """Rewrite a zip with fixed entry dates so the file is identical on every build."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 24, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def new_doc(font="Arial", size=10, title=""):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = "Saksbehandler"
    cp.title = title
    cp.created = cp.modified = datetime.datetime(2020, 1, 24, 8, 30, 0)
    cp.last_modified_by = "Saksbehandler"
    cp.revision = 3
    return doc


def save_doc(doc, out: Path) -> None:
    doc.save(str(out))
    normalise_zip(out)


def add_ink(paragraph, seed: str, width_cm: float = 4.0) -> None:
    from docx.shared import Cm
    paragraph.add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


def para(doc_or_cell, text="", bold=False, italic=False, size=None, colour=None):
    from docx.shared import Pt, RGBColor
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def first_para(cell, text="", bold=False, italic=False, colour=None):
    from docx.shared import RGBColor
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def borderless(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, rel in [("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
                      ("DVI", "dejavu/DejaVuSans-Oblique.ttf"),
                      ("DVS", "dejavu/DejaVuSerif.ttf"), ("DVSB", "dejavu/DejaVuSerif-Bold.ttf"),
                      ("DVSI", "dejavu/DejaVuSerif-Italic.ttf"),
                      ("LS", "liberation/LiberationSans-Regular.ttf"), ("LSB", "liberation/LiberationSans-Bold.ttf"),
                      ("LSI", "liberation/LiberationSans-Italic.ttf"),
                      ("LR", "liberation/LiberationSerif-Regular.ttf"), ("LRB", "liberation/LiberationSerif-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / rel)))


def ink_reader(seed: str):
    from reportlab.lib.utils import ImageReader
    return ImageReader(io.BytesIO(ink_png(seed)))


def soffice_pdf(docx: Path, out: Path) -> None:
    """Word → PDF with LibreOffice (headless), then fixed metadata and /ID via pypdf."""
    import shutil
    import subprocess
    import tempfile
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx)], check=True, capture_output=True, timeout=180)
        pdf = Path(td) / (docx.stem + ".pdf")
        w = PdfWriter(clone_from=PdfReader(str(pdf)))
        w.add_metadata({"/CreationDate": "D:20200127100000+01'00'", "/ModDate": "D:20200127100000+01'00'",
                        "/Producer": "LibreOffice 7.4", "/Creator": "Writer"})
        w._ID = ArrayObject([ByteStringObject(b"adv39" * 3 + b"y"), ByteStringObject(b"adv39" * 3 + b"y")])
        with open(out, "wb") as f:
            w.write(f)
        shutil.rmtree(prof, ignore_errors=True)


def scan_pdf(pdf_bytes: bytes, out: Path, dpi=200, angle=0.8, seed=0, quality=55) -> None:
    """Render page by page to grey, rotate, add speckle and JPEG loss: an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for page in pdfium.PdfDocument(pdf_bytes):
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 190))
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(io.BytesIO(jb.getvalue())))
    when = datetime.datetime(2020, 1, 28, 11, 0, 0).timetuple()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=when,
                  modDate=when, producer="Scan2PDF")


def self_signed(td: Path, cn: str, org: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(int.from_bytes(cn.encode()[:8], "big")).not_valid_before(datetime.datetime(2019, 6, 1))
            .not_valid_after(datetime.datetime(2031, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / "k.pem", td / "c.pem"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(kp), str(cp))


def pades_sign(data: bytes, field: str, box, signer, when: datetime.datetime) -> bytes:
    """Sign with pyHanko at a fixed time: every pyhanko module's ``datetime.now`` returns ``when``."""
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
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=0, box=box))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
    finally:
        for m in mods:
            m.datetime = real
    return out.getvalue()
