"""Helpers for adversarial30: MOD11 org numbers, seeded ink, deterministic docx, raw Word XML,
LibreOffice conversion, scan simulation, PAdES."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

FIXED = (2020, 1, 20, 12, 0, 0)


def mod11(base8: str, valid: bool = True) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(base8, w))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    if r == 10:
        raise ValueError(base8)
    d = r if valid else (r + 3) % 10
    return base8 + str(d)


def ink_png(seed: int, w=420, h=120) -> bytes:
    """A seeded handwritten-looking scribble, dark blue on transparent."""
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x, y = 15, h * 0.6
    pts = [(x, y)]
    while x < w - 30:
        x += rnd.uniform(6, 16)
        y = h * 0.55 + rnd.uniform(-32, 28) * (1 if rnd.random() > 0.3 else 0.4)
        pts.append((x, max(8, min(h - 8, y))))
    for i in range(len(pts) - 1):
        d.line([pts[i], pts[i + 1]], fill=(20, 30, 110, 255), width=4)
    d.line([(pts[0][0] + 10, h * 0.8), (w - 60, h * 0.72)], fill=(20, 30, 110, 255), width=3)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def save_docx(doc, out: Path, *, zip_hook=None):
    import datetime as dt
    cp = doc.core_properties
    cp.created = cp.modified = dt.datetime(2020, 1, 20, 12, 0, 0)
    cp.last_printed = dt.datetime(2020, 1, 20, 12, 0, 0)
    cp.author = cp.last_modified_by = "Saksbehandler"
    cp.revision = 1
    b = io.BytesIO()
    doc.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    ob = io.BytesIO()
    with zipfile.ZipFile(ob, "w", zipfile.ZIP_DEFLATED) as zo:
        for n in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = zin.read(n)
            if zip_hook:
                data = zip_hook(n, data)
                if data is None:
                    continue
            zi = zipfile.ZipInfo(n, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, data)
    out.write_bytes(ob.getvalue())


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_text(tag: str, value: str | None, placeholder="Klikk eller trykk her for å skrive inn tekst.", date=None):
    from docx.oxml import parse_xml
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
    if value is None:
        pr += '<w:showingPlcHdr/>'
        content = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{esc(placeholder)}</w:t></w:r>'
    else:
        content = f'<w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r>'
    if date:
        pr += f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    else:
        pr += '<w:text/>'
    return parse_xml(f'<w:sdt {W}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>')


def sdt_check(tag: str, checked: bool):
    from docx.oxml import parse_xml
    g = "☒" if checked else "☐"
    return parse_xml(
        f'<w:sdt {W} {W14}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w14:checkbox>'
        f'<w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
        f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        f'<w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')


def formtext(name: str, value: str):
    from docx.oxml import parse_xml
    v = value if value else "\u2002" * 5
    xml = (f'<w:p {W}>'
           f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
           f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
           f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
           f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
           f'<w:r><w:t xml:space="preserve">{esc(v)}</w:t></w:r>'
           f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return [parse_xml(xml)]


def formcheck(name: str, checked: bool):
    from docx.oxml import parse_xml
    ch = '<w:checked/>' if checked else ''
    xml = (f'<w:p {W}>'
           f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
           f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{ch}</w:checkBox></w:ffData></w:fldChar></w:r>'
           f'<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
           f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return [parse_xml(xml)]


def soffice_pdf(docx_path: Path, out: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=180)
        pdf = Path(td) / (docx_path.stem + ".pdf")
        from pypdf import PdfReader, PdfWriter
        r = PdfReader(str(pdf))
        w = PdfWriter(clone_from=r)
        w.add_metadata({"/CreationDate": "D:20200127100000+01'00'", "/ModDate": "D:20200127100000+01'00'",
                        "/Producer": "LibreOffice 7.4", "/Creator": "Writer"})
        w._ID = None
        b = io.BytesIO()
        w.write(b)
        out.write_bytes(b.getvalue())


def scan_pdf_pages(pdf_bytes: bytes, out: Path, **kw):
    """Like scan_pdf, written with reportlab so no extra package is needed."""
    import pypdfium2 as pdfium
    from PIL import ImageFilter, ImageEnhance
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    dpi, angle, seed, quality, contrast = kw.get("dpi", 200), kw.get("angle", 1.3), kw.get("seed", 1), kw.get("quality", 45), kw.get("contrast", 0.7)
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1)
    for i in range(len(doc)):
        pw, ph = doc[i].get_size()
        im = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = ImageEnhance.Contrast(im).enhance(contrast)
        w, h = im.size
        shade = Image.new("L", (w, h), 0)
        gd = ImageDraw.Draw(shade)
        for x in range(0, w // 4):
            gd.line([(x, 0), (x, h)], fill=int(90 * (1 - x / (w / 4))))
        im = Image.composite(Image.new("L", (w, h), 30), im, shade)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        for _ in range(3000):
            x, y = rnd.randrange(w), rnd.randrange(h)
            im.putpixel((x, y), max(0, im.getpixel((x, y)) - rnd.randint(40, 120)))
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=quality)
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, pw, ph)
        c.showPage()
    c.save()
    out.write_bytes(b.getvalue())


def pades_sign(pdf_bytes: bytes, signs: list[dict]) -> bytes:
    """Sign with one self-signed RSA certificate per entry: {cn, when (datetime), box (x0,y0,x1,y1), field}."""
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    import pyhanko.sign.signers.pdf_signer as ps

    data = pdf_bytes
    for s in signs:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, s["cn"]),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, s["org"]),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(1000 + len(s["cn"])).not_valid_before(dt.datetime(2019, 1, 1))
                .not_valid_after(dt.datetime(2030, 1, 1)).sign(key, hashes.SHA256()))
        with tempfile.TemporaryDirectory() as td:
            kp, cp = Path(td) / "k.pem", Path(td) / "c.pem"
            kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()))
            cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
            signer = signers.SimpleSigner.load(str(kp), str(cp))
        when = s["when"]

        class _DT(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return when.astimezone(tz) if tz else when.replace(tzinfo=None)

        old = ps.datetime
        ps.datetime = _DT
        try:
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            meta = signers.PdfSignatureMetadata(field_name=s["field"], subfilter=SigSeedSubFilter.PADES,
                                                name=s["cn"], location=s.get("location"), reason=s.get("reason"))
            outb = signers.sign_pdf(w, meta, signer=signer,
                                    new_field_spec=SigFieldSpec(s["field"], box=s["box"], on_page=s.get("page", -1)))
            data = outb.getvalue()
        finally:
            ps.datetime = old
    return data
