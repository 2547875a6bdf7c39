"""Shared helpers of corpus 65: the mechanics of corpus 38 (seeded ink, pinned zips, LibreOffice,
pyHanko) imported, plus an org-number check and a scan renderer."""
from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

from kit38 import S20, add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from pdf38 import Page, _self_signed, _sign  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401
from word38 import _borderless, _ff_box, _ff_text, _put, _sdt_box, _sdt_date, _sdt_text  # noqa: E402,F401


def mod11_ok(nr: str) -> bool:
    """The organisation number's check digit (weights 3 2 7 6 5 4 3 2)."""
    d = [int(c) for c in nr if c.isdigit()]
    s = sum(a * b for a, b in zip(d[:8], (3, 2, 7, 6, 5, 4, 3, 2)))
    r = 11 - s % 11
    return len(d) == 9 and r != 10 and (0 if r == 11 else r) == d[8]


def scan(pdf_bytes: bytes, out: Path, seed: int, dpi=200, angle=0.9, quality=55) -> None:
    """Render every page to grey pixels, tilt, add speckle and JPEG loss: an image-only PDF."""
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(pdf_bytes):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=240)
        img = ImageEnhance.Contrast(img).enhance(0.8)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 190))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        b = io.BytesIO()
        img.save(b, "JPEG", quality=quality)
        pages.append(Image.open(io.BytesIO(b.getvalue())))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
