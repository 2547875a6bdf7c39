"""Helpers of adversarial corpus 31: MOD11, seeded ink, deterministic docx, content controls,
legacy fields, LibreOffice, scan simulation, PAdES. Offline and seeded."""
from __future__ import annotations

import io
import math
import zlib
import random
import shutil
import subprocess
import tempfile
import zipfile
from copy import deepcopy
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw, ImageFilter

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


# ---------------------------------------------------------------- org numbers
def mod11_check(base8: str):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * k for d, k in zip(base8, w))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def org(seed: int, invalid=False) -> str:
    r = random.Random(seed)
    while True:
        base = str(r.choice([8, 9])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        c = mod11_check(base)
        if c is None:
            continue
        if invalid:
            return base + str((c + 3) % 10)
        return base + str(c)


# ---------------------------------------------------------------- ink
def _stroke_points(r: random.Random, w, h):
    pts = []
    x = w * 0.06
    n = r.randint(5, 8)
    for i in range(n):
        seg = (w * 0.88) / n
        amp = h * r.uniform(0.18, 0.38)
        for t in range(12):
            a = t / 12 * 2 * math.pi
            px = x + seg * t / 12 + math.sin(a * 1.5) * seg * 0.25
            py = h * 0.55 - math.sin(a) * amp * (1 if i % 2 else 0.7) + r.uniform(-2, 2)
            pts.append((px, py))
        x += seg
    return pts


def ink_png(seed: int, w=420, h=120, color=(20, 30, 110)) -> io.BytesIO:
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = _stroke_points(r, w, h)
    d.line(pts, fill=color, width=3, joint="curve")
    # underline flourish
    y = h * 0.8
    d.line([(w * 0.1, y), (w * 0.5, y + 6), (w * 0.85, y - 4)], fill=color, width=2)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    b.seek(0)
    return b


def ink_rl(c, x, y, seed: int, w=130, h=34, color=(0.08, 0.12, 0.45)):
    """Draw seeded ink as vector Bezier curves with reportlab, lower-left at (x, y)."""
    r = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.3)
    c.setLineCap(1)
    p = c.beginPath()
    cx, cy = x + 4, y + h * 0.45
    p.moveTo(cx, cy)
    n = r.randint(5, 8)
    for i in range(n):
        nx = cx + w / n
        p.curveTo(cx + r.uniform(2, 10), cy + r.uniform(8, h * 0.6),
                  nx - r.uniform(2, 10), cy - r.uniform(6, h * 0.5),
                  nx, y + h * r.uniform(0.25, 0.6))
        cx, cy = nx, y + h * r.uniform(0.25, 0.6)
    c.drawPath(p, stroke=1, fill=0)
    p2 = c.beginPath()
    p2.moveTo(x + w * 0.1, y + 3)
    p2.curveTo(x + w * 0.4, y - 2, x + w * 0.6, y + 6, x + w * 0.9, y + 2)
    c.drawPath(p2, stroke=1, fill=0)
    c.restoreState()


# ---------------------------------------------------------------- docx
def new_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    fixed = datetime(2020, 1, 20, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Saksbehandler"
    cp.last_modified_by = "Saksbehandler"
    cp.revision = 1
    return d


def save_docx(doc, out: Path):
    b = io.BytesIO()
    doc.save(b)
    normalise_zip(b.getvalue(), out)


def normalise_zip(data: bytes, out: Path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    ob = io.BytesIO()
    with zipfile.ZipFile(ob, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    Path(out).write_bytes(ob.getvalue())


def add_ink(paragraph, seed, width_cm=4.0):
    paragraph.add_run().add_picture(ink_png(seed), width=Cm(width_cm))


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def borders(table, size=4):
    tblPr = table._tbl.tblPr
    xml = (f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="single" w:sz="{size}" w:space="0" w:color="808080"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    tblPr.append(parse_xml(xml))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_text(paragraph, value, tag, placeholder=False, date=None):
    """Append an inline content control holding ``value`` to ``paragraph``."""
    pr = f'<w:tag w:val="{tag}"/><w:alias w:val="{tag}"/><w:id w:val="{zlib.crc32(tag.encode()) % 900000 + 1000}"/>'
    if placeholder:
        pr += '<w:showingPlcHdr/>'
    if date:
        pr += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/>'
               '<w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    else:
        pr += '<w:text/>'
    rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ''
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>'
           f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(value)}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def sdt_check(paragraph, checked, tag):
    glyph = "\u2612" if checked else "\u2610"
    xml = (f'<w:sdt xmlns:w="{W}" xmlns:w14="{W14}"><w:sdtPr><w:tag w:val="{tag}"/>'
           f'<w:id w:val="{zlib.crc32(tag.encode()) % 900000 + 1000}"/>'
           f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def _fld(paragraph, kind, ffdata, result_runs):
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>{ffdata}</w:ffData></w:fldChar></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {kind} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    for r in result_runs:
        p.append(parse_xml(r))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def formtext(paragraph, value, name):
    ff = f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>'
    _fld(paragraph, "FORMTEXT", ff,
         [f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{_esc(value)}</w:t></w:r>'])


def formcheck(paragraph, checked, name):
    """A FORMCHECKBOX whose state is stored as w:checkBox/w:checked (no w:default)."""
    state = '<w:checked/>' if checked else '<w:checked w:val="0"/>'
    ff = (f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
          f'<w:checkBox><w:sizeAuto/>{state}</w:checkBox>')
    p = paragraph._p
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>{ff}</w:ffData></w:fldChar></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


# ---------------------------------------------------------------- LibreOffice
def libreoffice_pdf(docx_path: Path, out_pdf: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True, timeout=180)
        pdf = Path(td) / (docx_path.stem + ".pdf")
        data = pdf.read_bytes()
    # pin producer-stamped dates so the content is stable
    import re
    data = re.sub(rb"D:\d{14}[^)]*\)", lambda m: (b"D:20200120090000Z" + b" " * (len(m.group(0)) - 18) + b")")
                  if len(m.group(0)) >= 18 else m.group(0), data)
    data = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
                  lambda m: b"/ID [ <" + b"31" * 16 + b">\n<" + b"31" * 16 + b"> ]", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    Path(out_pdf).write_bytes(data)


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf: bytes, out: Path, dpi=200, angle=0.0, seed=0, contrast=1.0, shadow=False, fax=False,
             jpeg=None, blur=0.0, streaks=False):
    import pypdfium2 as pdfium
    r = random.Random(seed)
    pdf = pdfium.PdfDocument(src_pdf)
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        if contrast != 1.0:
            im = im.point(lambda v: int(255 - (255 - v) * contrast))
        if shadow:
            w, h = im.size
            mask = Image.linear_gradient("L").rotate(90).resize((w, h))
            dark = im.point(lambda v: int(v * 0.70))
            im = Image.composite(dark, im, mask)
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
        if streaks:
            d = ImageDraw.Draw(im)
            w, h = im.size
            for _ in range(3):
                y = r.randint(int(h * 0.1), int(h * 0.9))
                d.line([(0, y), (w, y)], fill=r.randint(120, 170), width=1)
        # noise specks
        d = ImageDraw.Draw(im)
        w, h = im.size
        for _ in range(400):
            x, y = r.randint(0, w - 2), r.randint(0, h - 2)
            d.point((x, y), fill=r.randint(0, 90))
        if fax:
            im = im.point(lambda v: 0 if v < 150 else 255).convert("1")
        pages.append(im)
    b = io.BytesIO()
    if jpeg:
        conv = []
        for im in pages:
            jb = io.BytesIO()
            im.convert("L").save(jb, "JPEG", quality=jpeg)
            jb.seek(0)
            conv.append(Image.open(jb))
        pages = conv
    import time
    fixed = time.gmtime(1579867200)
    pages[0].save(b, "PDF", save_all=True, append_images=pages[1:], resolution=dpi,
                  creationDate=fixed, modDate=fixed, producer="Fax-to-PDF")
    Path(out).write_bytes(b.getvalue())


# ---------------------------------------------------------------- PAdES
def _pin_pyhanko_clock(when: datetime):
    import pyhanko.sign.signers.pdf_cms as pc
    import pyhanko.sign.signers.pdf_signer as ps

    class _DT(datetime):
        @classmethod
        def now(cls, tz=None):
            return when.astimezone(tz) if tz else when.replace(tzinfo=None)
    ps.datetime = _DT
    pc.datetime = _DT


def self_signed(cn: str, td: Path, seed: int):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testsertifikat (selvsignert)"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + seed)
            .not_valid_before(datetime(2019, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(2030, 1, 1, tzinfo=timezone.utc))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / f"k{seed}.pem", td / f"c{seed}.pem"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def pades_sign(pdf: bytes, signers_: list, ) -> bytes:
    """signers_: list of (field name, common name, datetime, reason)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    data = pdf
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        for i, (field, cn, when, reason) in enumerate(signers_):
            _pin_pyhanko_clock(when)
            kp, cp = self_signed(cn, td, i)
            s = signers.SimpleSigner.load(str(kp), str(cp), key_passphrase=None)
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            meta = signers.PdfSignatureMetadata(field_name=field, reason=reason, name=cn,
                                                subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256")
            out = io.BytesIO()
            signers.PdfSigner(meta, signer=s).sign_pdf(w, output=out)
            data = out.getvalue()
    return data
