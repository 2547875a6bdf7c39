"""The ink crops of an OCR'd page (``ocr.page._ink_images``) are stored as
PNG at a fast zlib level (phase 18a): the ink test reads their pixels back,
and those must be the pixels of the crop, as with the optimised PNG before."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image as PILImage

from soknad_extract.readers.ocr import page as ocr_page
from soknad_extract.readers.ocr.marks import InkRegion


def _page(seed: int) -> PILImage.Image:
    """A grey page: paper with noise, dark strokes, a smear, a white edge."""
    rng = np.random.default_rng(seed)
    pixels = rng.normal(235, 12, (900, 700)).clip(0, 255).astype(np.uint8)
    for _ in range(40):
        y, x = rng.integers(0, 880), rng.integers(0, 600)
        pixels[y:y + rng.integers(2, 20), x:x + rng.integers(5, 100)] = rng.integers(0, 90)
    pixels[600:700, 100:400] //= 3
    pixels[:, -5:] = 255
    return PILImage.fromarray(pixels)


def _decoded(data: bytes) -> np.ndarray:
    with PILImage.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("L"))


def test_ink_crops_decode_to_the_pixels_of_the_crop_and_of_the_optimised_png() -> None:
    regions = [
        InkRegion((0, 0, 50, 40), 0.2), InkRegion((100, 580, 420, 720), 0.4),
        InkRegion((650, 850, 700, 900), 0.1), InkRegion((30, 30, 31, 31), 0.0),
        InkRegion((10, 100, 690, 300), 0.3),
    ]
    for seed in range(6):
        cleaned = _page(seed)
        images = ocr_page._ink_images(regions, cleaned, 1, 0.24)
        assert len(images) == len(regions)
        for region, image in zip(regions, images):
            x0, y0, x1, y1 = region.box
            box = (max(0, x0 - 8), max(0, y0 - 8), min(cleaned.width, x1 + 8), min(cleaned.height, y1 + 8))
            crop = cleaned.crop(box)
            old = io.BytesIO()
            crop.save(old, format="PNG", optimize=True)
            got = _decoded(image.data)
            assert np.array_equal(got, np.asarray(crop))
            assert np.array_equal(got, _decoded(old.getvalue()))
            assert (image.pixel_width, image.pixel_height) == crop.size
