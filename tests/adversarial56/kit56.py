"""Shared helpers of corpus 56: org numbers, ink, stamps, a reportlab sheet, signing and scanning.

The seeded ink, the deterministic .docx zip and the PAdES mechanics are corpus 38's (imported);
the stamp, initials and the scan pipeline are this corpus's own."""
from __future__ import annotations

import datetime
import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import ink_png, new_doc, normalise_zip, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from pdf38 import _self_signed, _sign  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
TZ = datetime.timezone(datetime.timedelta(hours=1))


def org(base8: str) -> str:
    """A valid organisation number from eight digits (MOD11 check digit)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    assert r != 10, base8
    return base8 + str(0 if r == 11 else r)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def initials_png(seed: str) -> bytes:
    """Two short looped strokes: a pair of initials rather than a full signature."""
    return ink_png(seed, w=170, h=120)


def stamp_png(lines: list[str], colour=(40, 60, 170), seed: str = "st") -> bytes:
    """A rubber stamp: double ellipse or frame with centred text, slightly faded and tilted."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    w, h = 420, 200
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = colour + (210,)
    d.rounded_rectangle((6, 6, w - 6, h - 6), radius=28, outline=c, width=6)
    d.rounded_rectangle((18, 18, w - 18, h - 18), radius=20, outline=c, width=2)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    y = h / 2 - 22 * len(lines)
    for ln in lines:
        tw = d.textlength(ln, font=f)
        d.text(((w - tw) / 2, y), ln, font=f, fill=c)
        y += 46
    px = img.load()
    for _ in range(2500):  # worn patches of the rubber
        x, yy = rnd.randrange(w), rnd.randrange(h)
        if px[x, yy][3]:
            px[x, yy] = (255, 255, 255, 0)
    img = img.rotate(rnd.uniform(-8, 8), expand=True, resample=Image.BICUBIC)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def img_reader(data: bytes):
    from reportlab.lib.utils import ImageReader
    return ImageReader(io.BytesIO(data))


class Sheet:
    """A reportlab canvas with a top-down cursor and a few drawing verbs."""

    def __init__(self, target, font="DV", bold="DVB", size=10, margin=56):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        register_fonts()
        self.W, self.H = A4
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.f, self.b, self.s, self.m = font, bold, size, margin
        self.y = self.H - 60

    def text(self, s, x=None, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(self.m if x is None else x, self.y, s)
        self.y -= dy if dy is not None else size + 5

    def wrap(self, s, width=92, x=None):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.need(70)
            self.text(line, x=x)

    def rule(self, x0=None, x1=None, dy=8):
        self.c.line(self.m if x0 is None else x0, self.y, (self.W - self.m) if x1 is None else x1, self.y)
        self.y -= dy

    def image(self, data: bytes, x, y, w, h):
        self.c.drawImage(img_reader(data), x, y, w, h, mask="auto")

    def need(self, dy):
        if self.y < dy:
            self.page()

    def page(self):
        self.c.showPage()
        self.y = self.H - 60

    def save(self):
        self.c.save()


def scan(pdf_bytes: bytes, out: Path, *, dpi=200, angle=0.8, seed=1, contrast=0.85, jpeg=55, noise=2500,
         blur=0.6, grey=True) -> None:
    """Print-and-scan: render every page, tilt, fade, speckle, blur, JPEG, and wrap as an image PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for i, pg in enumerate(pdfium.PdfDocument(pdf_bytes)):
        img = pg.render(scale=dpi / 72).to_pil().convert("L" if grey else "RGB")
        fill = 238 if grey else (238, 238, 236)
        img = img.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, expand=True, fillcolor=fill)
        img = ImageEnhance.Contrast(img).enhance(contrast)
        px = img.load()
        w, h = img.size
        for _ in range(noise):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((60, 210)) if grey else rnd.choice(((60, 60, 60), (210, 210, 210)))
        img = img.filter(ImageFilter.GaussianBlur(blur))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=jpeg)
        pages.append(Image.open(jb))
    when = datetime.datetime(2020, 1, 30, 8, 0, 0).timetuple()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=when,
                  modDate=when, producer="Scanner")


def sign_on(data: bytes, field: str, box, cn: str, org_: str, when: datetime.datetime, page: int = 0) -> bytes:
    """One incremental PAdES signature on ``page`` at a fixed signing time (pyHanko's clock pinned)."""
    import tempfile
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    real = datetime.datetime

    class Fixed(real):
        @classmethod
        def now(cls, tz=None):
            return when

    mods = [m for n, m in list(sys.modules.items()) if n.startswith("pyhanko") and getattr(m, "datetime", None) is real]
    with tempfile.TemporaryDirectory() as td:
        signer = _self_signed(Path(td), cn, org_)
        for m in mods:
            m.datetime = Fixed
        try:
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=page, box=box))
            meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
            out = io.BytesIO()
            signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
        finally:
            for m in mods:
                m.datetime = real
    return out.getvalue()
