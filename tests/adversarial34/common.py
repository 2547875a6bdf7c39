"""Shared producers for adversarial34: ink images, docx raw XML, reportlab pages, scans, PAdES, zip fixing."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def org(base8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with a MOD11 check digit (or a wrong one)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * k for d, k in zip(base8, w))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, base8
    if not valid:
        c = (c + 3) % 10
    return base8 + str(c)


def ink_png(seed: int, w: int = 360, h: int = 110, colour=(20, 40, 140, 255)) -> bytes:
    """A scribbled signature: seeded strokes on a transparent background."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x = 15
    for _stroke in range(rnd.randint(2, 3)):
        pts = []
        for _ in range(rnd.randint(14, 22)):
            x += rnd.randint(4, 16)
            pts.append((min(x, w - 10), rnd.randint(20, h - 20)))
        d.line(pts, fill=colour, width=3, joint="curve")
        x += 10
    d.line([(20, h - 18), (w - 40, h - 25)], fill=colour, width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def fix_zip(path: Path) -> None:
    """Rewrite a .docx with fixed member times so every build gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def new_docx():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2020, 1, 20, 8, 0, 0)
    cp.author = cp.last_modified_by = "Nav"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    return d


def xml(s: str):
    from docx.oxml import parse_xml
    return parse_xml(s)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_text(p, value: str | None, alias: str, sid: int, placeholder: str = "Klikk eller trykk her for å skrive inn tekst.") -> None:
    """A plain-text content control in paragraph p; None leaves the placeholder showing."""
    if value is None:
        body = (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{sid}"/>'
                f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
                f'<w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{esc(placeholder)}</w:t></w:r></w:sdtContent>')
    else:
        body = (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{sid}"/><w:text/></w:sdtPr>'
                f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r></w:sdtContent>')
    p._p.append(xml(f"<w:sdt {W_NS}>{body}</w:sdt>"))


def sdt_date(p, iso: str, shown: str, alias: str, sid: int) -> None:
    p._p.append(xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{sid}"/>'
        f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/>'
        f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>'))


def sdt_check(p, checked: bool, alias: str, sid: int) -> None:
    glyph = "☒" if checked else "☐"
    p._p.append(xml(
        f'<w:sdt {W_NS} {W14_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{sid}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
        f'</w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'))


def formtext(p, value: str, name: str) -> None:
    """A legacy FORMTEXT field; an empty value is five en spaces like Word's."""
    shown = value if value else "\u2002" * 5
    runs = [
        f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
        f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
        f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W_NS}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{esc(shown)}</w:t></w:r>',
        f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for r in runs:
        p._p.append(xml(r))


def formcheck(p, checked: bool, name: str, how: str = "checked") -> None:
    """A legacy FORMCHECKBOX; ticked by <w:checked/> or by <w:default w:val="1"/>."""
    if how == "default":
        inner = f'<w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
    else:
        inner = '<w:sizeAuto/><w:default w:val="0"/>' + ('<w:checked/>' if checked else '')
    p._p.append(xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                    f'<w:calcOnExit w:val="0"/><w:checkBox>{inner}</w:checkBox></w:ffData></w:fldChar></w:r>'))
    p._p.append(xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    p._p.append(xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))


def add_ink(run, seed: int, width_cm: float = 4.5) -> None:
    from docx.shared import Cm
    run.add_picture(io.BytesIO(ink_png(seed)), width=Cm(width_cm))


def soffice_pdf(docx_path: Path, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["nice", "-n", "10", "soffice", "-env:UserInstallation=file:///tmp/lo-tester34-profile",
                        "--headless", "--convert-to", "pdf", "--outdir", td, str(docx_path)],
                       check=True, capture_output=True, timeout=240)
        out_pdf.write_bytes((Path(td) / (docx_path.stem + ".pdf")).read_bytes())


class Page:
    """A reportlab writer with a cursor: text lines, wrapped paragraphs, label/value rows, ink."""

    def __init__(self, path: Path, font: str = "Helvetica", bold: str = "Helvetica-Bold", size: float = 10.5,
                 margin: float = 60):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.w, self.h = A4
        self.font, self.bold, self.size, self.m = font, bold, size, margin
        self.y = self.h - margin

    def need(self, dy: float) -> None:
        if self.y - dy < self.m:
            self.c.showPage()
            self.y = self.h - self.m

    def text(self, s: str, font: str | None = None, size: float | None = None, dx: float = 0, gap: float = 4) -> None:
        size = size or self.size
        self.need(size + gap)
        self.c.setFont(font or self.font, size)
        self.c.drawString(self.m + dx, self.y - size, s)
        self.y -= size + gap

    def para(self, s: str, font: str | None = None, size: float | None = None, dx: float = 0) -> None:
        from reportlab.lib.utils import simpleSplit
        size = size or self.size
        for line in simpleSplit(s, font or self.font, size, self.w - 2 * self.m - dx):
            self.text(line, font, size, dx, gap=3)
        self.y -= 4

    def row(self, label: str, value: str, col: float = 190, size: float | None = None, line: bool = False) -> None:
        from reportlab.lib.utils import simpleSplit
        size = size or self.size
        lines = simpleSplit(value, self.font, size, self.w - 2 * self.m - col) or [""]
        self.need((size + 4) * len(lines) + 4)
        self.c.setFont(self.bold, size)
        self.c.drawString(self.m, self.y - size, label)
        self.c.setFont(self.font, size)
        for i, ln in enumerate(lines):
            self.c.drawString(self.m + col, self.y - size - i * (size + 3), ln)
        self.y -= (size + 3) * len(lines) + 5
        if line:
            self.c.setLineWidth(0.3)
            self.c.line(self.m, self.y + 2, self.w - self.m, self.y + 2)

    def space(self, dy: float) -> None:
        self.y -= dy

    def ink(self, seed: int, x: float, y: float, w: float = 150, h: float = 46) -> None:
        from reportlab.lib.utils import ImageReader
        self.c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")

    def save(self) -> None:
        self.c.save()


def scan_pdf(src: Path, out: Path, dpi: int = 150, angle: float = 1.4, seed: int = 1) -> None:
    """Print-and-scan: render, grey, low contrast, shadow at the binding edge, tilt, speckle, JPEG."""
    import pypdfium2 as pdfium
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.point(lambda v: int(60 + v * 0.68))           # low contrast: black ~60, white ~233
        w, h = img.size
        shade = Image.new("L", (w, h), 0)
        sd = ImageDraw.Draw(shade)
        for x in range(int(w * 0.08)):                          # shadow along the left edge
            sd.line([(x, 0), (x, h)], fill=int(90 * (1 - x / (w * 0.08))))
        img = Image.composite(Image.new("L", (w, h), 0), img, shade.point(lambda v: v))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=225)
        px = img.load()
        for _ in range(w * h // 900):
            x, y = rnd.randrange(img.size[0]), rnd.randrange(img.size[1])
            px[x, y] = rnd.choice((70, 110, 250))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=38)
        pages.append(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    doc.close()
    import datetime as dt
    when = dt.datetime(2020, 1, 30, 9, 0, 0).timetuple()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=when,
                  modDate=when, producer="Scanner")


def self_signed(cn: str, td: Path, tag: str):
    """Key and certificate PEM files for a self-signed signer (fixed validity, no network)."""
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + len(cn)).not_valid_before(dt.datetime(2019, 1, 1))
            .not_valid_after(dt.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / f"{tag}.key.pem", td / f"{tag}.cert.pem"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return kp, cp


def pades_sign(src: Path, out: Path, signers_: list[tuple[str, str, str]]) -> None:
    """Sign src with one PAdES signature per (field, common name, reason), each an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    data = src.read_bytes()
    with tempfile.TemporaryDirectory() as td:
        for i, (field, cn, reason) in enumerate(signers_):
            kp, cp = self_signed(cn, Path(td), f"s{i}")
            signer = signers.SimpleSigner.load(str(kp), str(cp))
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            meta = signers.PdfSignatureMetadata(field_name=field, reason=reason, name=cn, location="Norge",
                                                subfilter=fields.SigSeedSubFilter.PADES)
            buf = io.BytesIO()
            signers.sign_pdf(w, meta, signer=signer, output=buf)
            data = buf.getvalue()
    out.write_bytes(data)
