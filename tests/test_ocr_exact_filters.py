"""The OCR image work's faster equivalents give exactly what the slower
operations they replaced gave: the page Tesseract reads, and so every
record, depends on each pixel."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from soknad_extract.readers.ocr import speckle
from soknad_extract.readers.ocr.image import all_along, invert_filled_areas

SHAPES = [(1, 1), (1, 7), (7, 1), (2, 3), (5, 5), (13, 29), (40, 3), (100, 257), (31, 12)]


@pytest.mark.parametrize("axis", [0, 1])
@pytest.mark.parametrize("shape", SHAPES)
def test_all_along_is_the_minimum_filter(shape, axis):
    rng = np.random.default_rng(sum(shape) * 10 + axis)
    for size in range(1, 25):
        for share in (0.0, 0.5, 0.8, 0.95, 1.0):
            mask = rng.random(shape) < share
            expected = ndimage.minimum_filter1d(mask, size, axis=axis)
            got = all_along(mask, size, axis)
            assert got.dtype == expected.dtype and got.shape == expected.shape
            assert np.array_equal(got, expected), (size, share)


def _old_invert(binary: np.ndarray, scale: float) -> tuple[np.ndarray, list]:
    """``invert_filled_areas`` with scipy's minimum filters, as before."""
    import soknad_extract.readers.ocr.image as image

    original = image.all_along
    image.all_along = lambda mask, size, axis: ndimage.minimum_filter1d(mask, size, axis=axis)
    try:
        return image.invert_filled_areas(binary, scale)
    finally:
        image.all_along = original


@pytest.mark.parametrize("scale", [1.0, 2 / 3, 0.5])
def test_filled_areas_turned_as_before(scale):
    rng = np.random.default_rng(7)
    page = rng.random((600, 420)) < 0.04
    page[50:90, 30:400] = True  # a dark header row
    page[60:70, 60:200] = False  # its white text
    page[90:300, 100:103] = True  # a column line meeting it from below
    page[0:40, 0:25] = True  # a dark corner at the page's edge
    page[400:406, 10:410] = True  # a thick rule, no area
    got, turned = invert_filled_areas(page, scale)
    expected, expected_turned = _old_invert(page, scale)
    assert turned == expected_turned
    assert np.array_equal(got, expected)


def _old_shrunk(ink: np.ndarray, dpi: float) -> np.ndarray:
    factor = max(1, round(dpi / 100))
    height, width = (ink.shape[0] // factor) * factor, (ink.shape[1] // factor) * factor
    return ink[:height, :width].reshape(height // factor, factor, width // factor, factor).any(axis=(1, 3))


@pytest.mark.parametrize("shape", [(3508, 2480), (3507, 2479), (100, 101), (2, 2), (1, 5), (0, 0)])
def test_shrunk_is_the_blocks_any(shape):
    rng = np.random.default_rng(shape[0] + shape[1])
    for dpi in (300, 200, 150, 72, 100, 400, 600, 120):
        for share in (0.0, 0.001, 0.05, 0.9):
            ink = rng.random(shape) < share
            small, factor = speckle._shrunk(ink, dpi)
            expected = _old_shrunk(ink, dpi)
            assert factor == max(1, round(dpi / 100))
            assert small.dtype == expected.dtype and np.array_equal(small, expected)
