"""The scan path's lower-memory forms give exactly what the forms they
replaced gave (PROFILE phase 19a): the paper's brightness enlarged a band at
a time, Tesseract's input and the re-read bands built in place. Every
record of a scan depends on each pixel, so each is compared bit for bit with
the old computation on many made-up pages."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageOps
from scipy import ndimage

from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import prepare as ocr_prepare
from soknad_extract.readers.ocr import reread, speckle
from soknad_extract.readers.ocr.bilinear import Enlarged
from soknad_extract.readers.ocr.components import BAND_PX
from soknad_extract.readers.ocr.packed import PackedMask
from soknad_extract.readers.ocr.text import OcrWord

SIZES = [(1, 1), (1, 9), (9, 1), (5, 3), (8, 8), (17, 64), (64, 17), (100, 257), (333, 41), (1000, 123), (2480, 37)]


@pytest.mark.parametrize("height, width", SIZES)
def test_enlarged_rows_are_pillows_bilinear_resize(height, width):
    rng = np.random.default_rng(height * 7919 + width)
    for small_shape in {(max(1, height // 8), max(1, width // 8)), (max(1, height // 3), max(1, width // 5))}:
        for values in (rng.random(small_shape) * 255, np.round(rng.random(small_shape) * 255), np.zeros(small_shape)):
            small = values.astype(np.float32)
            expected = np.asarray(Image.fromarray(small).resize((width, height), Image.Resampling.BILINEAR))
            enlarged = Enlarged(small, (width, height))
            for band in (1, 7, 64, BAND_PX, height + 5):
                got = np.concatenate([enlarged.rows(top, top + band) for top in range(0, height, band)])
                assert got.dtype == np.float32 and got.shape == expected.shape
                assert got.tobytes() == expected.tobytes(), (small_shape, band)


def _old_clean(image: Image.Image) -> Image.Image:
    """``ocr_image.clean`` as it was: the paper's brightness enlarged whole."""
    small = image.resize((max(1, image.width // 8), max(1, image.height // 8)), Image.Resampling.BOX)
    background_small = ndimage.maximum_filter(np.asarray(small, dtype=np.float32), size=9)
    background_small = ndimage.uniform_filter(background_small, size=9)
    background = Image.fromarray(background_small).resize(image.size, Image.Resampling.BILINEAR)
    gray = np.asarray(image)
    flat = np.empty(gray.shape, dtype=np.uint8)
    for top in range(0, gray.shape[0], BAND_PX):
        paper = np.maximum(np.asarray(background.crop((0, top, image.width, top + BAND_PX))), 1.0)
        band = gray[top:top + BAND_PX].astype(np.float32)
        np.divide(band, paper[: band.shape[0]], out=band)
        band *= 255.0
        flat[top:top + BAND_PX] = np.clip(band, 0, 255, out=band)
    return ImageOps.autocontrast(Image.fromarray(flat), cutoff=(0.5, 0.0))


def _page(rng: np.random.Generator, height: int, width: int, kind: str) -> Image.Image:
    """A made-up scan: shaded or noisy paper, text-like strokes, a dark block."""
    ys, xs = np.mgrid[0:height, 0:width]
    paper = 230 - 40 * ys / max(1, height) - 25 * xs / max(1, width)
    if kind == "noisy":
        paper = paper + rng.normal(0, 18, (height, width))
    elif kind == "dark":
        paper = paper * 0.3
    pixels = paper.copy()
    for _ in range(max(1, height * width // 4000)):
        y, x = int(rng.integers(0, height)), int(rng.integers(0, width))
        pixels[y:y + 3, x:x + int(rng.integers(5, 60))] = rng.integers(0, 90)
    if height > 40 and width > 40:
        pixels[height // 3:height // 3 + 30, width // 4:width // 2] = 20
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


@pytest.mark.parametrize("height, width", [(3, 5), (11, 8), (200, 150), (300, 511), (777, 260), (1100, 850)])
@pytest.mark.parametrize("kind", ["plain", "noisy", "dark"])
def test_clean_is_the_whole_page_enlargement(height, width, kind):
    image = _page(np.random.default_rng(height + width), height, width, kind)
    assert ocr_image.clean(image).tobytes() == _old_clean(image).tobytes()


def _old_ocr_input(cleaned, binary, marks, turned, dpi):
    """``prepare.ocr_input`` as it was, with a new array for every step."""
    ink = binary & ~marks
    dust = speckle.dust(ink, dpi)
    if ocr_image.is_noisy(cleaned):
        pixels = np.where(ink, np.uint8(0), np.uint8(255))
    else:
        pixels = np.asarray(cleaned).copy()
        for area in turned:
            pixels[area] = 255 - pixels[area]
        pixels[marks] = 255
    if dust is not None:
        pixels[dust] = 255
    return pixels


@pytest.mark.parametrize("kind", ["plain", "noisy", "dark"])
@pytest.mark.parametrize("dusty", [False, True])
def test_ocr_input_in_place_is_the_old_one(kind, dusty):
    rng = np.random.default_rng(len(kind) * 2 + dusty)
    for height, width in [(120, 90), (600, 420), (1200, 900)]:
        cleaned = ocr_image.clean(_page(rng, height, width, kind))
        binary = ocr_image.binarize(cleaned)
        if dusty:  # scattered dust specks of a few pixels, away from the print
            for _ in range(height * width // 300):
                y, x = int(rng.integers(0, height - 3)), int(rng.integers(0, width - 3))
                binary[y:y + 2, x:x + 2] = True
        marks = np.zeros_like(binary)
        marks[height // 2:height // 2 + 3, :] = True
        marks[:, width // 5:width // 5 + 2] = (rng.random(height) < 0.7)[:, None]
        turned = [(slice(10, 40), slice(5, 60))]
        expected = _old_ocr_input(cleaned, binary.copy(), marks.copy(), turned, 300.0)
        binary_before, marks_before = binary.copy(), marks.copy()
        got = ocr_prepare.ocr_input(cleaned, binary, marks, turned, 300.0)
        assert got.dtype == np.uint8 and got.flags.c_contiguous
        assert np.array_equal(got, expected)
        assert np.array_equal(binary, binary_before) and np.array_equal(marks, marks_before)


def _old_find_bands(ink, words, regions, height):
    """``reread.find_bands`` as it was: the held ink as a page of its own."""
    pad = max(2, round(reread.OCR_REREAD_WORD_PAD_HEIGHTS * height))
    covered = reread._covered(ink.shape, [w.box for w in words] + [r.box for r in regions], pad)
    edge = round(height)
    covered[:edge, :] = covered[-edge:, :] = True
    covered[:, :edge] = covered[:, -edge:] = True
    free = ink & ~covered
    if free.sum() < height * height * 0.5:
        return []
    lowest, tallest, widest = 0.2 * height, 1.4 * height, 8 * height
    pieces = [
        ((cols.start, rows.start, cols.stop, rows.stop), int(piece.sum()))
        for (rows, cols), piece in reread.components(free, lambda h, w: lowest <= h <= tallest and w <= widest)
    ]
    held = ink & covered
    gap = max(1, round(0.5 * height))
    bands = []
    for members in reread._rows(pieces, gap):
        x0, y0 = min(b[0] for b, _ in members), min(b[1] for b, _ in members)
        x1, y1 = max(b[2] for b, _ in members), max(b[3] for b, _ in members)
        if len(members) < 2 or not 0.5 * height <= y1 - y0 <= 1.5 * height or x1 - x0 < reread.MIN_BAND_WIDTH * height:
            continue
        if held[y0:y1, max(0, x0 - gap):x1 + gap].any():
            continue
        bands.append((sum(n for _, n in members), (x0, y0, x1, y1)))
    bands.sort(key=lambda b: -b[0])
    return [box for _, box in bands[:reread.OCR_REREAD_MAX_BANDS]]


def test_find_bands_without_the_held_page_is_the_old_one():
    rng = np.random.default_rng(19)
    found_any = 0
    for trial in range(60):
        height_px, width_px = int(rng.integers(200, 700)), int(rng.integers(300, 900))
        line = float(rng.integers(12, 30))
        ink = np.zeros((height_px, width_px), dtype=bool)
        words = []
        for row in range(int(line) * 2, height_px - int(line) * 2, int(line * 1.8)):
            x = int(rng.integers(int(line) + 1, 3 * int(line)))
            while x < width_px - 3 * line:
                w = int(rng.integers(int(line * 0.3), int(line * 0.9)))
                ink[row:row + int(line * rng.uniform(0.5, 1.0)), x:x + w] = True
                if rng.random() < 0.5:
                    words.append(OcrWord("ord", (x, row, x + w, row + int(line)), 0.9))
                x += w + int(rng.integers(2, int(line)))
        ink &= rng.random(ink.shape) < 0.97
        expected = _old_find_bands(ink, words, [], line)
        assert reread.find_bands(ink, words, [], line) == expected
        found_any += bool(expected)
    assert found_any >= 10  # the bands are found, not only the empty answer


@pytest.mark.parametrize("shape", [(1, 1), (1, 9), (3, 5), (8, 8), (17, 64), (333, 41), (701, 499)])
def test_a_packed_mask_unpacks_to_the_same_mask(shape):
    rng = np.random.default_rng(shape[0] * 1000 + shape[1])
    for share in (0.0, 0.03, 0.5, 0.97, 1.0):
        mask = rng.random(shape) < share
        got = PackedMask(mask).unpacked()
        assert got.dtype == np.bool_ and got.shape == mask.shape and np.array_equal(got, mask)
        got[...] = ~got  # a new array each time: the packed mask is unchanged
        assert np.array_equal(PackedMask(mask).unpacked(), mask)
