"""The pixel measures behind the ink verdict and the rendered pictures, in
Pillow's integer arithmetic, against their definitions written out in
floating point with numpy (the test may import numpy; the born-digital
path does not)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image as PILImage
from PIL import ImageFilter

from soknad_extract.extract.signatures.ink import _eroded, _pixel_stats
from soknad_extract.readers.pdf.images import _spread


def _png(pixels: np.ndarray, mode: str = "RGB") -> bytes:
    picture = PILImage.fromarray(pixels, "RGB")
    if mode != "RGB":
        picture = picture.convert(mode)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _defined(data: bytes) -> tuple[float, float, float, bool]:
    """Ink ratio, dark share, pen-colour share and frame, as the ink module's
    docstrings define them: luminance (ITU-R 601) under 0.85 is ink, under
    0.47 (blue ink under 0.65) dark; a pen's colour is grey (channel spread
    under 0.3) or blue-dominant; a frame is ink along 80 % of a line within
    15 % of every edge."""
    with PILImage.open(io.BytesIO(data)) as picture:
        rgba = picture.convert("RGBA")
    ground = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
    rgb = PILImage.alpha_composite(ground, rgba).convert("RGB")
    rgb.thumbnail((600, 600))
    px = np.asarray(rgb, dtype=np.int64)
    red, green, blue = px[..., 0], px[..., 1], px[..., 2]
    luma = (red * 299 + green * 587 + blue * 114) / 255_000
    spread = (px.max(axis=2) - px.min(axis=2)) / 255
    inked = luma < 0.85
    count = int(inked.sum())
    if count == 0:
        return 0.0, 0.0, 0.0, False
    blue_dominant = (blue >= red) & (blue >= green)
    dark = (luma < 0.47) | (blue_dominant & (spread >= 0.15) & (luma < 0.65))
    pen = (spread < 0.3) | blue_dominant
    height, width = inked.shape
    band_h, band_w = max(1, height * 15 // 100), max(1, width * 15 // 100)
    rows, cols = inked.mean(axis=1), inked.mean(axis=0)
    framed = bool(rows[:band_h].max() >= 0.8 and rows[-band_h:].max() >= 0.8
                  and cols[:band_w].max() >= 0.8 and cols[-band_w:].max() >= 0.8)
    return count / inked.size, float((dark & inked).sum()) / count, float((pen & inked).sum()) / count, framed


def _pictures() -> list[bytes]:
    rng = np.random.default_rng(20261206)
    pictures = []
    for n in range(40):
        height, width = int(rng.integers(12, 260)), int(rng.integers(12, 700))
        white = np.full((height, width, 3), 255, np.uint8)
        kind = n % 4
        if kind == 0:
            pixels = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
        elif kind == 1:  # sparse strokes in black and blue ink
            pixels = white.copy()
            strokes = rng.random((height, width)) < 0.08
            pixels[strokes] = rng.choice([[15, 15, 20], [25, 40, 170], [90, 100, 210]], strokes.sum())
        elif kind == 2:  # a stamp: a frame and lettering
            pixels = white.copy()
            pixels[:3], pixels[-3:], pixels[:, :3], pixels[:, -3:] = 30, 30, 30, 30
            pixels[height // 3:height // 2, width // 4:3 * width // 4] = [200, 40, 40]
        else:  # a coloured logo
            pixels = white.copy()
            pixels[height // 4:3 * height // 4, width // 4:width // 2] = [240, 200, 20]
            pixels[height // 4:3 * height // 4, width // 2:3 * width // 4] = [20, 120, 60]
        pictures.append(_png(pixels, ("RGB", "RGBA", "L", "P")[n % 4]))
    return pictures


@pytest.mark.parametrize("data", _pictures())
def test_pixel_stats_follow_their_definitions(data: bytes) -> None:
    stats = _pixel_stats(data, 120.0)
    assert stats is not None
    ink, dark, pen, framed = _defined(data)
    assert stats.ink_ratio == pytest.approx(ink, abs=1e-12)
    assert stats.dark_share == pytest.approx(dark, abs=1e-12)
    assert stats.pen_colour_share == pytest.approx(pen, abs=1e-12)
    assert stats.framed is framed


def test_a_frame_is_told_from_an_underline() -> None:
    boxed = np.full((80, 240, 3), 255, np.uint8)
    boxed[:3], boxed[-3:], boxed[:, :3], boxed[:, -3:] = 0, 0, 0, 0
    underlined = np.full((80, 240, 3), 255, np.uint8)
    underlined[-4:] = 0
    boxed_stats, underlined_stats = _pixel_stats(_png(boxed)), _pixel_stats(_png(underlined))
    assert boxed_stats is not None and boxed_stats.framed
    assert underlined_stats is not None and not underlined_stats.framed


def test_solid_share_counts_ink_in_areas_wider_than_a_pen() -> None:
    """A filled block survives the erosion; a pen's thin line does not."""
    block = np.full((60, 200, 3), 255, np.uint8)
    block[10:50, 20:120] = 0
    line = np.full((60, 200, 3), 255, np.uint8)
    line[30:32, 10:190] = 0
    block_stats, line_stats = _pixel_stats(_png(block), 133.0), _pixel_stats(_png(line), 133.0)
    assert block_stats is not None and block_stats.solid_share > 0.7
    assert line_stats is not None and line_stats.solid_share == 0.0


@pytest.mark.parametrize("seed", range(4))
def test_erosion_is_pillows_minimum_filter(seed: int) -> None:
    """The shifted-copies erosion gives the pixels of Pillow's 5×5 minimum
    filter on masks of every size and density, edges included."""
    rng = np.random.default_rng(seed)
    for _ in range(150):
        height, width = int(rng.integers(1, 40)), int(rng.integers(1, 40))
        pixels = np.where(rng.random((height, width)) < rng.random(), 255, 0).astype(np.uint8)
        mask = PILImage.fromarray(pixels, "L")
        assert _eroded(mask, 5).tobytes() == mask.filter(ImageFilter.MinFilter(5)).tobytes()


def test_empty_picture_has_no_ink() -> None:
    stats = _pixel_stats(_png(np.full((30, 90, 3), 255, np.uint8)))
    assert stats is not None and stats.ink_ratio == 0.0 and not stats.framed


@pytest.mark.parametrize("seed", range(6))
def test_spread_is_the_largest_channel_difference(seed: int) -> None:
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 256, (int(rng.integers(1, 90)), int(rng.integers(1, 90)), 3), dtype=np.uint8)
    if seed % 2:
        pixels[..., 1] = pixels[..., 2] = pixels[..., 0]  # grey but for one pixel
        pixels[0, 0] = (10, 10, 10 + seed)
    expected = int((pixels.max(axis=2).astype(int) - pixels.min(axis=2)).max())
    assert _spread(PILImage.fromarray(pixels, "RGB")) == expected
