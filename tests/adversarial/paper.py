"""What happens to paper: the born-digital page rasterised, then turned over,
faxed, photographed or smudged, and saved as an image-only PDF or a JPEG."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter


def raster(pdf: Path, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def save_pdf(pages: list[Image.Image], out: Path, dpi: int) -> Path:
    pages[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return out


def turned(pdf: Path, out: Path, degrees: int, dpi: int = 220) -> Path:
    """Fed into the scanner the wrong way: every page turned by ``degrees``."""
    return save_pdf([p.rotate(degrees, expand=True) for p in raster(pdf, dpi)], out, dpi)


def fax(pdf: Path, out: Path) -> Path:
    """Group-3 fax: 200 x 100 dpi, one bit, squeezed lines, a header strip."""
    pages = []
    for n, page in enumerate(raster(pdf, 200), 1):
        low = page.resize((page.width, page.height // 2)).resize(page.size, Image.NEAREST)
        bw = low.point(lambda v: 255 if v > 150 else 0).convert("1")
        strip = ImageDraw.Draw(bw)
        strip.text((30, 8), f"06.01.2020 14:32  FRA: NAV-KONTOR  S. {n}", fill=0)
        pages.append(bw)
    return save_pdf(pages, out, 200)


def photo(pdf: Path, out: Path, seed: int = 3) -> Path:
    """A phone photo of page 1 (and later pages stacked below): keystoned,
    a shadow from the left, warm paper, JPEG."""
    rng = np.random.default_rng(seed)
    shots = []
    for page in raster(pdf, 170):
        w, h = page.size
        skew = 0.06 * w
        coeffs = _perspective([(skew, 0), (w - skew * 0.3, 12), (w, h), (0, h - 10)], [(0, 0), (w, 0), (w, h), (0, h)])
        bent = page.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=90)
        shade = np.linspace(0.62, 1.0, w)[None, :] * np.linspace(0.9, 1.0, h)[:, None]
        pixels = np.asarray(bent, dtype=np.float32) * shade * 0.93 + rng.normal(0, 5, (h, w))
        shots.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)))
    sheet = Image.new("L", (shots[0].width, sum(s.height for s in shots)), 90)
    y = 0
    for shot in shots:
        sheet.paste(shot, (0, y))
        y += shot.height
    sheet.convert("RGB").save(out, "JPEG", quality=70)
    return out


def smudged(pdf: Path, out: Path, pages_hit: set[int], box: tuple[float, float, float, float]) -> Path:
    """A copier scan where part of the listed pages (1-based) is lost under
    toner smear: ``box`` in fractions of the page (x0, y0, x1, y1)."""
    rng = np.random.default_rng(11)
    result = []
    for n, page in enumerate(raster(pdf, 200), 1):
        pixels = np.asarray(page, dtype=np.float32)
        if n in pages_hit:
            h, w = pixels.shape
            y0, y1, x0, x1 = int(box[1] * h), int(box[3] * h), int(box[0] * w), int(box[2] * w)
            region = pixels[y0:y1, x0:x1]
            pixels[y0:y1, x0:x1] = np.clip(region * 0.1 + rng.normal(60, 40, region.shape), 0, 255)
        result.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8)))
    return save_pdf(result, out, 200)


def _perspective(src, dst):
    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(a, b).tolist()
