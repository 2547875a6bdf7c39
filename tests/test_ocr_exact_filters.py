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


@pytest.mark.parametrize("shape", [(1754, 1240), (1753, 1239), (100, 101), (2, 2), (1, 5), (0, 0)])
def test_shrunk_is_the_blocks_any(shape):
    rng = np.random.default_rng(shape[0] + shape[1])
    for dpi in (300, 200, 150, 72, 100, 400, 600, 120):
        for share in (0.0, 0.001, 0.05, 0.9):
            ink = rng.random(shape) < share
            small, factor = speckle._shrunk(ink, dpi)
            expected = _old_shrunk(ink, dpi)
            assert factor == max(1, round(dpi / 100))
            assert small.dtype == expected.dtype and np.array_equal(small, expected)


def _pages() -> list[np.ndarray]:
    """Grey pages: print on white and on grey paper, a smear, a dark
    banner, the desk around a photographed sheet, a page nearly all dark."""
    rng = np.random.default_rng(11)
    pages = []
    for paper in (250, 200, 140):
        page = np.full((1400, 1000), paper, dtype=np.uint8)
        page[rng.random(page.shape) < 0.06] = 30
        pages.append(page)
    smear = pages[0].copy()
    smear[300:800, 200:750] = rng.integers(40, 110, (500, 550), dtype=np.uint8)
    banner = pages[0].copy()
    banner[50:400, 20:900] = 20
    desk = np.full((1400, 1000), 60, dtype=np.uint8)
    desk[40:1360, 150:900] = pages[0][40:1360, 150:900]
    dark = rng.integers(0, 140, (1400, 1000), dtype=np.uint8)
    edge = pages[0].copy()
    edge[:, :160] = 90  # a shadow along one edge
    return pages + [smear, banner, desk, dark, edge]


@pytest.mark.parametrize("scale", [1.0, 2 / 3, 0.45])
def test_blots_found_as_without_the_precheck(scale, monkeypatch):
    from PIL import Image

    from soknad_extract.readers.ocr import blots

    pages = [Image.fromarray(page) for page in _pages()]
    found = [blots.find_blots(page, scale) for page in pages]
    monkeypatch.setattr(blots, "_may_show_no_paper", lambda gray, tile: True)
    assert found == [blots.find_blots(page, scale) for page in pages]
    assert any(found) and not all(found)


def test_blot_precheck_passes_every_blotted_patch():
    """The pre-check never says "no blot" where a patch is darker than the
    share of the paper that makes it blotted, whatever the paper's level."""
    from soknad_extract.layout.settings import OCR_BLOT_PAPER_RATIO
    from soknad_extract.readers.ocr import blots

    rng = np.random.default_rng(5)
    tile = 10
    for _ in range(300):
        patch = rng.integers(0, 256, (tile, tile), dtype=np.uint8)
        patch[rng.random(patch.shape) < rng.random()] = rng.integers(0, 256)
        bright = float(np.percentile(patch.astype(np.float32), blots.PAPER_PERCENTILE))
        page = np.full((2 * tile, 2 * tile), 255, dtype=np.uint8)
        page[:tile, :tile] = patch
        if bright < OCR_BLOT_PAPER_RATIO * 255:
            assert blots._may_show_no_paper(page, tile)


def _old_box_frame(component, box_sized, is_frame, smallest):
    """``ticked.box_frame`` before its row pre-check."""
    from soknad_extract.readers.ocr import ticked
    from soknad_extract.readers.ocr.components import components

    shortest = ticked.MIN_SIDE_SHARE * smallest
    length = max(round(0.8 * shortest), round(ticked.SIDE_SHARE * min(component.shape)))
    straight = ndimage.binary_opening(component, structure=np.ones((1, length), dtype=bool))
    rules = sorted((slices for slices, _ in components(straight)), key=lambda s: s[0].start)
    frames = []
    for i, top in enumerate(rules):
        for bottom in rules[i + 1:]:
            left, right = max(top[1].start, bottom[1].start), min(top[1].stop, bottom[1].stop)
            spans = max(top[1].stop, bottom[1].stop) - min(top[1].start, bottom[1].start)
            frame = (slice(top[0].start, bottom[0].stop), slice(left, right))
            height = bottom[0].stop - top[0].start
            if right - left >= 0.8 * spans and min(height, right - left) >= shortest \
                    and box_sized(height, right - left) and is_frame(component[frame]):
                frames.append(frame)
    return frames[0] if len(frames) == 1 else None


def _ticked_box(rng, side: int, pad: int) -> np.ndarray:
    """A box frame of ``side`` with a tick running out past its corner."""
    piece = np.zeros((side + pad, side + pad), dtype=bool)
    top, left = rng.integers(0, pad + 1), rng.integers(0, pad + 1)
    thick = int(rng.integers(2, 5))
    piece[top:top + thick, left:left + side] = True
    piece[top + side - thick:top + side, left:left + side] = True
    piece[top:top + side, left:left + thick] = True
    piece[top:top + side, left + side - thick:left + side] = True
    for step in range(side + pad):  # the tick's long arm, corner to corner and past it
        row, col = min(side + pad - 1, top + side - 1 - step // 2), min(side + pad - 1, left + step)
        piece[max(0, row - 2):row + 1, col] = True
    return piece


@pytest.mark.parametrize("scale", [1.0, 2 / 3])
def test_box_frame_as_without_the_row_precheck(scale):
    from soknad_extract.readers.ocr import marks, ticked

    smallest = marks.OCR_CHECKBOX_MIN_PX300 * scale
    box_sized = marks._box_sized(scale)
    rng = np.random.default_rng(3)
    pieces = [_ticked_box(rng, int(rng.integers(round(2 * smallest), round(4 * smallest))), int(rng.integers(0, 40)))
              for _ in range(60)]
    for _ in range(300):  # letters, strokes and blobs of every density
        shape = tuple(int(v) for v in rng.integers(round(smallest), round(8 * smallest), 2))
        pieces.append(ndimage.binary_dilation(rng.random(shape) < rng.random() * 0.2, iterations=int(rng.integers(0, 3))))
    for piece in pieces[:40]:  # bars added to boxes: rows that pass the pre-check
        extra = piece.copy()
        extra[-3:, :] = True
        pieces.append(extra)
    found = [ticked.box_frame(p, box_sized, marks._is_frame, smallest) for p in pieces]
    assert found == [_old_box_frame(p, box_sized, marks._is_frame, smallest) for p in pieces]
    assert any(f is not None for f in found)
