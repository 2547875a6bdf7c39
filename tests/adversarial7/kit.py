"""Shared helpers of the seventh corpus: fonts, a flowing reportlab page, seeded ink, organisation
numbers, print-and-scan, LibreOffice conversion, a self-signed certificate and pyHanko signing
at a fixed time. Offline; every random choice is seeded."""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONT_FILES = {
    "Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Sans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Sans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "Serif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "DV": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DV-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVC-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DVSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "Narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
}
_registered = False


def fonts():
    global _registered
    if _registered:
        return
    for name, path in FONT_FILES.items():
        if not Path(path).exists():
            raise SystemExit(f"font missing: {path} (install fonts-liberation / fonts-dejavu)")
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


# ---------------------------------------------------------------- organisation numbers
def mod11_ok(nr: str) -> bool:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(nr[:8], w))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(nr[8])


def orgnr(base8: str) -> str:
    """A valid organisation number starting with the given 8 digits (next base if 10)."""
    b = int(base8)
    while True:
        s8 = f"{b:08d}"
        w = [3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * c for a, c in zip(s8, w)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            return s8 + str(r)
        b += 1


# ---------------------------------------------------------------- flowing page
class Page:
    """A reportlab canvas with a y cursor; coordinates in points from the top."""

    def __init__(self, path_or_buf, font="Sans", size=10.5, margin=62, pagesize=A4, title="Søknad"):
        fonts()
        self.c = rl_canvas.Canvas(path_or_buf, pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.W, self.H = pagesize
        self.m = margin
        self.font, self.bold, self.size = font, font + "-Bold", size
        self.y = margin
        self.page = 1

    def Y(self, top):  # top-based to reportlab
        return self.H - top

    def need(self, h):
        if self.y + h > self.H - self.m:
            self.newpage()

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.m

    def text(self, s, x=None, font=None, size=None, dy=None, color=(0, 0, 0)):
        size = size or self.size
        self.need(size * 1.5)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font or self.font, size)
        self.c.drawString(self.m if x is None else x, self.Y(self.y + size), s)
        self.c.setFillColorRGB(0, 0, 0)
        self.y += dy if dy is not None else size * 1.45

    def para(self, s, font=None, size=None, width=None, lead=1.38, x=None, color=(0, 0, 0)):
        font, size = font or self.font, size or self.size
        width = width or (self.W - 2 * self.m)
        words, line = s.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and line:
                self.text(line, x=x, font=font, size=size, dy=size * lead, color=color)
                line = w
            else:
                line = t
        if line:
            self.text(line, x=x, font=font, size=size, dy=size * lead, color=color)
        self.y += size * 0.4

    def heading(self, s, size=13, color=(0, 0, 0)):
        self.y += 4
        self.text(s, font=self.bold, size=size, color=color)
        self.y += 2

    def rows(self, pairs, lw=170, box=True, size=None, font=None, wrapw=None):
        """label | value rows in a ruled grid; value may wrap."""
        size = size or self.size
        x0, x1, x2 = self.m, self.m + lw, self.W - self.m
        for lab, val in pairs:
            lines = _wrap(val, font or self.font, size, x2 - x1 - 10)
            llines = _wrap(lab, self.bold, size, lw - 10)
            h = max(len(lines), len(llines)) * size * 1.3 + 8
            self.need(h)
            top = self.y
            if box:
                self.c.setLineWidth(0.6)
                self.c.rect(x0, self.Y(top + h), x2 - x0, h)
                self.c.line(x1, self.Y(top), x1, self.Y(top + h))
                self.c.setFillColorRGB(0.93, 0.93, 0.93)
                self.c.rect(x0 + 0.3, self.Y(top + h) + 0.3, lw - 0.6, h - 0.6, stroke=0, fill=1)
                self.c.setFillColorRGB(0, 0, 0)
            self.c.setFont(self.bold, size)
            for i, ln in enumerate(llines):
                self.c.drawString(x0 + 5, self.Y(top + 4 + size + i * size * 1.3), ln)
            self.c.setFont(font or self.font, size)
            for i, ln in enumerate(lines):
                self.c.drawString(x1 + 5, self.Y(top + 4 + size + i * size * 1.3), ln)
            self.y = top + h
        self.y += 8

    def table(self, cols, rows, widths, size=None, head_fill=(0.85, 0.88, 0.93), align=None):
        size = size or self.size
        h = size * 1.3 + 8
        x = self.m
        align = align or ["l"] * len(cols)
        for r_i, row in enumerate([cols] + rows):
            self.need(h)
            top = self.y
            xx = x
            for j, (cell, w) in enumerate(zip(row, widths)):
                if r_i == 0:
                    self.c.setFillColorRGB(*head_fill)
                    self.c.rect(xx, self.Y(top + h), w, h, stroke=0, fill=1)
                    self.c.setFillColorRGB(0, 0, 0)
                self.c.setLineWidth(0.5)
                self.c.rect(xx, self.Y(top + h), w, h)
                f = self.bold if r_i == 0 or (row and str(row[0]).lower().startswith(("sum", "total"))) else self.font
                self.c.setFont(f, size)
                if align[j] == "r" and r_i > 0:
                    self.c.drawRightString(xx + w - 5, self.Y(top + 4 + size), str(cell))
                else:
                    self.c.drawString(xx + 5, self.Y(top + 4 + size), str(cell))
                xx += w
            self.y = top + h
        self.y += 10

    def box(self, checked):
        """a drawn check box at the cursor's line start; returns its width."""
        s = self.size
        x, top = self.m, self.y
        self.c.setLineWidth(0.8)
        self.c.rect(x, self.Y(top + s + 1), s, s)
        if checked:
            self.c.line(x + 2, self.Y(top + s - 1), x + s - 2, self.Y(top + 3))
            self.c.line(x + 2, self.Y(top + 3), x + s - 2, self.Y(top + s - 1))
        return s + 6

    def check(self, checked, label):
        self.need(self.size * 1.6)
        w = self.box(checked)
        self.text(label, x=self.m + w)

    def save(self):
        self.c.save()


def _wrap(s, font, size, width):
    out = []
    for part in str(s).split("\n"):
        line = ""
        for w in part.split():
            t = (line + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and line:
                out.append(line)
                line = w
            else:
                line = t
        out.append(line)
    return out or [""]


# ---------------------------------------------------------------- ink
def ink_strokes(seed, w=130, h=30):
    """A seeded signature as a list of polylines in a w x h box (origin bottom-left)."""
    rnd = random.Random(seed)
    lines, x = [], 4.0
    for _ in range(rnd.randint(2, 3)):
        pts, n = [], rnd.randint(14, 22)
        amp = rnd.uniform(0.25, 0.45) * h
        for i in range(n):
            x += rnd.uniform(1.5, 5.0)
            y = h / 2 + amp * (1 if i % 2 else -1) * rnd.uniform(0.3, 1.0) + rnd.uniform(-3, 3)
            pts.append((min(x, w - 2), max(1, min(h - 1, y))))
        lines.append(pts)
        x += rnd.uniform(4, 10)
    # an underline flourish
    lines.append([(6, 4 + rnd.uniform(0, 3)), (w * 0.5, 2 + rnd.uniform(0, 2)), (w * 0.85, 5 + rnd.uniform(0, 3))])
    return lines


def draw_ink(c, x, y, seed, w=130, h=30, color=(0.05, 0.1, 0.45)):
    """vector ink at (x, y) bottom-left, reportlab coordinates."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.2)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pts in ink_strokes(seed, w, h):
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + pts[0][1])
        for i in range(1, len(pts) - 1, 2):
            a, b = pts[i], pts[i + 1]
            p.curveTo(x + a[0], y + a[1], x + a[0], y + a[1], x + b[0], y + b[1])
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def ink_png(seed, w=260, h=70, scale=2) -> bytes:
    """ink as a transparent PNG (for Word files and scans)."""
    from PIL import Image, ImageDraw
    img = Image.new("RGBA", (w * scale, h * scale), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for pts in ink_strokes(seed, w, h):
        d.line([(px * scale, (h - py) * scale) for px, py in pts], fill=(20, 30, 110, 255), width=3 * scale, joint="curve")
    img = img.resize((w, h))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- scan
def scan_pages(pdf_bytes, seed, dpi=200, angle=0.0, noise=10, blur=0.6, quality=70):
    """render each page, grey, turn, noise, blur, JPEG round trip; returns PIL images."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
        px = img.load()
        W, H = img.size
        r2 = random.Random(seed * 7 + i)
        for _ in range(W * H // 60):
            x, y = r2.randrange(W), r2.randrange(H)
            v = px[x, y] + r2.randint(-noise * 4, noise * 4)
            px[x, y] = max(0, min(255, v))
        img = img.filter(ImageFilter.GaussianBlur(blur))
        img = img.point(lambda v: int(v * 0.92 + 8))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        out.append(Image.open(io.BytesIO(buf.getvalue())))
    return out


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src: Path, fmt: str, out: Path, infilter: str | None = None):
    """convert with LibreOffice in a private profile; fmt like 'pdf', 'doc', 'odt', 'docx'."""
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        s = td / ("in" + src.suffix)
        shutil.copy(src, s)
        prof = td / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
               *([f"--infilter={infilter}"] if infilter else []), "--convert-to", fmt, "--outdir", str(td / "o"), str(s)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        res = list((td / "o").glob("in.*"))
        if not res:
            raise SystemExit(f"LibreOffice did not convert {src.name} to {fmt}")
        shutil.copy(res[0], out)


# ---------------------------------------------------------------- certificates and PAdES
def make_signer(name, org, seed):
    """a self-signed certificate and key for `name` (deterministic subject, fresh key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from asn1crypto import keys as akeys, x509 as ax509

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    start = datetime(2019, 6, 1, tzinfo=timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(key.public_key())
            .serial_number(1000 + seed).not_valid_before(start).not_valid_after(start + timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    cert_a = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    key_a = akeys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                        serialization.NoEncryption()))
    return signers.SimpleSigner(signing_cert=cert_a, signing_key=key_a,
                                cert_registry=SimpleCertificateStore.from_certs([cert_a]))


def _freeze(when: datetime):
    import pyhanko.sign.signers.pdf_cms as pc
    import pyhanko.sign.signers.pdf_signer as ps

    class Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return when.astimezone(tz) if tz else when.replace(tzinfo=None)

    ps.datetime = Fixed
    pc.datetime = Fixed


def pades_sign(pdf_bytes, field, signer, when: datetime, reason=None, location=None, box=None, page=0,
               stamp_text=None) -> bytes:
    """sign `field` (made at `box` on `page` if new) incrementally; the signing time is `when`."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko.pdf_utils.text import TextBoxStyle

    _freeze(when)
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    if box is not None:
        fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=page, box=box))
    meta = signers.PdfSignatureMetadata(field_name=field, reason=reason, location=location,
                                        subfilter=fields.SigSeedSubFilter.PADES)
    style = TextStampStyle(stamp_text=stamp_text or "Signert digitalt av %(signer)s\n%(ts)s",
                           timestamp_format="%d.%m.%Y %H:%M", border_width=1,
                           text_box_style=TextBoxStyle(font_size=7))
    ps = signers.PdfSigner(meta, signer=signer, stamp_style=style)
    out = io.BytesIO()
    ps.sign_pdf(w, output=out)
    return out.getvalue()


def empty_sig_field(pdf_bytes, field, box, page=0) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields
    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=page, box=box))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
