"""Shared helpers of corpus 40: org numbers, producers (LibreOffice from .docx/.odt, Chromium from HTML,
pypdf merges), photographed/scanned pages drawn with Pillow, PAdES via corpus 38's signing mechanics."""
from __future__ import annotations

import base64
import io
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import add_ink, cell_text, ink_png, new_doc, normalise_zip, save_doc  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
FONTS = Path("/usr/share/fonts/truetype")


def orgnr(prefix8: str) -> str:
    """A 9-digit organisation number whose last digit is the MOD11 check digit of ``prefix8``."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(prefix8, w)) % 11
    if r == 10:
        raise ValueError(prefix8)
    return prefix8 + str(0 if r == 11 else r)


def spaced(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


def _fix_pdf(src: Path, out: Path, producer: str, creator: str, tag: bytes) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    w = PdfWriter(clone_from=PdfReader(str(src)))
    w.add_metadata({"/CreationDate": "D:20200128090000+01'00'", "/ModDate": "D:20200128090000+01'00'",
                    "/Producer": producer, "/Creator": creator})
    w._ID = ArrayObject([ByteStringObject(tag.ljust(16, b"0")[:16]), ByteStringObject(tag.ljust(16, b"0")[:16])])
    with open(out, "wb") as f:
        w.write(f)


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert with LibreOffice headless into ``outdir``; returns the new file."""
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=240)
    return outdir / (src.stem + "." + fmt.split(":")[0])


def docx_to_pdf(doc, out: Path, via_odt: bool = False) -> None:
    """python-docx document → (optionally .odt →) PDF with LibreOffice, metadata and /ID pinned."""
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        src = t / (out.stem + ".docx")
        save_doc(doc, src)
        if via_odt:
            odt = soffice(src, "odt", t / "odt")
            src = odt
        pdf = soffice(src, "pdf", t / "pdf")
        _fix_pdf(pdf, out, "LibreOffice 7.4", "Writer", b"adv40lo" + out.stem.encode())


def html_to_pdf(html: str, out: Path) -> None:
    """HTML printed to PDF by headless Chromium (no header/footer), metadata and /ID pinned."""
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        (t / "a.html").write_text(html, encoding="utf-8")
        raw = t / "a.pdf"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={t / 'ud'}",
                        "--no-pdf-header-footer", f"--print-to-pdf={raw}", (t / "a.html").as_uri()],
                       check=True, capture_output=True, timeout=180)
        _fix_pdf(raw, out, "Skia/PDF m120", "Mozilla/5.0 HeadlessChrome", b"adv40cr" + out.stem.encode())


def ink_data_uri(seed: str) -> str:
    return "data:image/png;base64," + base64.b64encode(ink_png(seed, colour=(10, 10, 60))).decode()


def merge_pdfs(parts: list[bytes], out: Path) -> None:
    """pypdf merge of several PDFs into one file (the county's "samlet PDF")."""
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for p in parts:
        w.append(PdfReader(io.BytesIO(p)))
    w.add_metadata({"/Producer": "pypdf", "/Title": "Samlet forsendelse",
                    "/CreationDate": "D:20200129120000+01'00'"})
    from pypdf.generic import ArrayObject, ByteStringObject
    w._ID = ArrayObject([ByteStringObject(b"adv40merge000000"), ByteStringObject(b"adv40merge000000")])
    with open(out, "wb") as f:
        w.write(f)


# ------------------------------------------------------------------ paper pages drawn with Pillow
class Paper:
    """An A4 page drawn at ``dpi`` with Pillow: typed text, lines, boxes and handwriting, later photographed."""

    def __init__(self, dpi: int = 200, font: str = "dejavu/DejaVuSerif.ttf", bold: str = "dejavu/DejaVuSerif-Bold.ttf"):
        from PIL import Image, ImageDraw
        self.dpi = dpi
        self.img = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
        self.d = ImageDraw.Draw(self.img)
        self.font, self.bold = str(FONTS / font), str(FONTS / bold)
        self.y = int(0.9 * dpi)
        self.x0 = int(0.9 * dpi)

    def f(self, pt: float, bold=False):
        from PIL import ImageFont
        return ImageFont.truetype(self.bold if bold else self.font, int(pt * self.dpi / 72))

    def text(self, s: str, pt=10.5, bold=False, x=None, dy=None, fill=0):
        self.d.text((self.x0 if x is None else x, self.y), s, font=self.f(pt, bold), fill=fill)
        self.y += int((dy if dy is not None else pt * 1.55) * self.dpi / 72)

    def row(self, label: str, value: str, pt=10.5, x2=2.9):
        self.d.text((self.x0, self.y), label, font=self.f(pt, True), fill=0)
        self.text(value, pt, x=int(x2 * self.dpi))

    def line(self, x0, x1, y=None):
        y = self.y if y is None else y
        self.d.line([(x0, y), (x1, y)], fill=0, width=max(1, self.dpi // 100))

    def box(self, x, y, ticked: bool, hand=False):
        s = int(0.13 * self.dpi)
        self.d.rectangle([x, y, x + s, y + s], outline=0, width=max(1, self.dpi // 100))
        if ticked:
            w = max(2, self.dpi // 60)
            if hand:
                self.d.line([(x + 2, y + s * 0.5), (x + s * 0.4, y + s - 2), (x + s * 1.3, y - s * 0.4)], fill=30, width=w)
            else:
                self.d.line([(x + 3, y + 3), (x + s - 3, y + s - 3)], fill=0, width=w)
                self.d.line([(x + 3, y + s - 3), (x + s - 3, y + 3)], fill=0, width=w)

    def ink(self, seed: str, x: int, y: int, w_in=1.9):
        from PIL import Image
        im = Image.open(io.BytesIO(ink_png(seed, colour=(20, 20, 70)))).convert("RGBA")
        w = int(w_in * self.dpi)
        im = im.resize((w, int(w * im.height / im.width)))
        grey = Image.new("L", im.size, 40)
        self.img.paste(grey, (x, y), im.split()[3])

    def hand(self, s: str, x: int, y: int, pt=13, seed="h"):
        """Handwritten-looking text: an oblique font, jittered letter by letter."""
        rnd = random.Random(seed + s)
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONTS / "dejavu/DejaVuSans-Oblique.ttf"), int(pt * self.dpi / 72))
        for ch in s:
            self.d.text((x, y + rnd.randint(-3, 3)), ch, font=f, fill=rnd.randint(25, 60))
            x += int(f.getlength(ch) * rnd.uniform(0.95, 1.12))


def photograph(pages: list, out: Path, seed: str, angle=1.2, quality=55, shade=True, dpi=200) -> None:
    """Pages as a phone photo or a poor scan: rotated, uneven light, speckle, JPEG, into an image-only PDF."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    ims = []
    for i, p in enumerate(pages):
        im = p.img.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        W, H = im.size
        px = im.load()
        if shade:
            from PIL import ImageChops
            grad = Image.linear_gradient("L").rotate(90).resize((W, H)).point(lambda v: int(v * 0.22))
            im = ImageChops.subtract(im, grad)
            px = im.load()
        for _ in range(W * H // 900):
            x, y = rnd.randrange(W), rnd.randrange(H)
            px[x, y] = rnd.choice((60, 120, 200))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality)
        ims.append(Image.open(io.BytesIO(b.getvalue())).convert("RGB"))
    import time
    when = time.strptime("2020-01-29 08:00", "%Y-%m-%d %H:%M")
    ims[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=ims[1:], creationDate=when,
                modDate=when, producer="HP Scan", title="Skann")
