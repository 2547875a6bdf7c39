"""Turn a born-digital PDF into what a scanner or a phone camera delivers:
rendered pages, slightly rotated, on grey paper, with noise and blur."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def _pages(pdf: Path, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def _degrade(page: Image.Image, angle: float, seed: int, paper: int = 232) -> Image.Image:
    rng = np.random.default_rng(seed)
    tilted = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    pixels = np.asarray(tilted, dtype=np.float32) * (paper / 255.0)
    pixels += rng.normal(0, 7, pixels.shape)
    grey = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    return grey.filter(ImageFilter.GaussianBlur(0.7))


def scan_pdf(pdf: Path, out: Path, dpi: int, seed: int) -> Path:
    """An image-only PDF, one degraded raster a page."""
    rnd = random.Random(seed)
    pages = [_degrade(p, rnd.choice((-1, 1)) * rnd.uniform(0.5, 2.0), seed + i)
             for i, p in enumerate(_pages(pdf, dpi))]
    pages[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return out


def scan_png(pdf: Path, out: Path, dpi: int, seed: int) -> Path:
    pages = _pages(pdf, dpi)
    assert len(pages) == 1, "an image file holds one page"
    _degrade(pages[0], 1.1, seed).save(out, "PNG", dpi=(dpi, dpi))
    return out


def photo_jpeg(pdf: Path, out: Path, dpi: int, seed: int) -> Path:
    """A phone photo: uneven light falling off towards one corner, JPEG."""
    pages = _pages(pdf, dpi)
    assert len(pages) == 1, "an image file holds one page"
    page = _degrade(pages[0], -1.4, seed, paper=240)
    pixels = np.asarray(page, dtype=np.float32)
    h, w = pixels.shape
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.28 * ((xx / w) * 0.6 + (yy / h) * 0.4)
    lit = Image.fromarray(np.clip(pixels * light, 0, 255).astype(np.uint8), "L").convert("RGB")
    lit.save(out, "JPEG", quality=82, dpi=(dpi, dpi))
    return out
