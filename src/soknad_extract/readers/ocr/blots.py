"""Areas of a scanned page where no paper shows: toner smear, a blot, a
page folded over on the glass.

Nothing can be read there, and fed to Tesseract such an area is thousands
of specks that it tries to read for minutes (a timeout, and the whole page
lost). So the area is found before OCR, painted paper white, and reported:
the rest of the page is read, and the record says which page could not be
read whole. Shadows of a phone photo and grey paper stay well above the
threshold (their darkest patches keep ~0.65 of the paper's brightness,
a smear ~0.4); print never fills a whole patch. The desk or scanner lid
around a photographed sheet is as dark, but lies outside the paper: it
runs along a whole edge of the image and is no part of the page.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from ...layout.settings import (
    OCR_BLOT_MIN_AREA_IN2,
    OCR_BLOT_PAPER_RATIO,
    OCR_BLOT_RIM_MAX_DEPTH_RATIO,
    OCR_BLOT_RIM_SIDE_RATIO,
    OCR_BLOT_TILE_PX300,
)
from .text import PxBox

PAPER_PERCENTILE = 90
"""Within a patch, the brightest tenth is paper wherever print lies on
paper; across the page, the brightest tenth of patches is clean paper."""

SURE_DARK_SHARE = (PAPER_PERCENTILE - 10) / 100
"""A share of a patch's pixels at or below the lower rank of its
``PAPER_PERCENTILE``-th percentile, with room to spare (0.8 against 0.9 × (n - 1)
for patches of 16 pixels or more)."""

RIM_BAND_SIDE_RATIO = 0.3
"""Share of an image edge a thin band of desk runs along at least (a sheet
photographed at a slant shows the desk along part of an edge only)."""
RIM_BAND_LENGTH_PER_DEPTH = 4
"""A band of desk is at least this many times longer along the edge than it
reaches in; a smear touching the edge is about as deep as it is long."""


def find_blots(image: Image.Image, scale: float) -> list[PxBox]:
    """Boxes (pixels) around connected patches where even the brightest
    pixels stay far darker than the page's paper, when they cover at least
    ``OCR_BLOT_MIN_AREA_IN2``."""
    gray = np.asarray(image.convert("L"))
    tile = max(4, round(OCR_BLOT_TILE_PX300 * scale))
    rows, cols = gray.shape[0] // tile, gray.shape[1] // tile
    if rows < 2 or cols < 2 or not _may_show_no_paper(gray[: rows * tile, : cols * tile], tile):
        return []
    bright = np.stack([_bright(gray[row * tile: (row + 1) * tile, : cols * tile], tile) for row in range(rows)])
    paper = float(np.percentile(bright, PAPER_PERCENTILE))
    if paper <= 0:
        return []
    blotted = bright < OCR_BLOT_PAPER_RATIO * paper
    blotted &= ~_outside_paper(blotted)
    labels, count = ndimage.label(blotted)
    if not count:
        return []
    inch_tiles = (300 * scale / tile) ** 2
    found: list[PxBox] = []
    for index, (rs, cs) in enumerate(ndimage.find_objects(labels), start=1):
        if int((labels[rs, cs] == index).sum()) < OCR_BLOT_MIN_AREA_IN2 * inch_tiles:
            continue
        box = (cs.start * tile, rs.start * tile, cs.stop * tile, rs.stop * tile)
        found.append(_grow(gray, box, tile, OCR_BLOT_PAPER_RATIO * paper))
    return found


def _may_show_no_paper(gray: np.ndarray, tile: int) -> bool:
    """Whether any patch can be blotted, by counting its dark pixels: a
    patch's brightness (its ``PAPER_PERCENTILE``-th percentile) is at least
    the grey of its darkest ``SURE_DARK_SHARE`` of pixels, and the paper's is
    at most 255; a patch with no more pixels than that below
    ``OCR_BLOT_PAPER_RATIO`` × 255 is therefore not blotted. Print never
    covers that much of a patch, so on nearly every page no patch is, and the
    percentiles (~0.08 s a page at 300 dpi) are not needed."""
    dark = gray < OCR_BLOT_PAPER_RATIO * 255
    rows = dark.reshape(gray.shape[0] // tile, tile, gray.shape[1]).sum(axis=1, dtype=np.int32)
    counts = rows.reshape(rows.shape[0], gray.shape[1] // tile, tile).sum(axis=2)
    return bool((counts > int(SURE_DARK_SHARE * tile * tile)).any())


def _outside_paper(blotted: np.ndarray) -> np.ndarray:
    """The dark patches of the rim around the sheet: the desk a page was
    photographed on, or a scanner's lid beside a small sheet. That rim runs
    along most of an edge of the image (``OCR_BLOT_RIM_SIDE_RATIO``), or along
    part of it as a thin band when the sheet was photographed at a slant
    (``_thin_bands``), and from that edge inwards it is dark without a break
    up to the paper. A smear touches
    an edge only over a stretch, and a band of smear across the page that
    meets a rim still shows: the rim reaches at most ``OCR_BLOT_RIM_MAX_DEPTH_RATIO`` of
    the image inwards."""
    rim = np.zeros_like(blotted)
    for turns in range(4):
        view = np.rot90(blotted, turns)
        run = np.logical_and.accumulate(view, axis=1)
        depth = run.sum(axis=1)
        shallow = depth <= OCR_BLOT_RIM_MAX_DEPTH_RATIO * view.shape[1]
        if view[:, 0].mean() < OCR_BLOT_RIM_SIDE_RATIO:
            shallow &= _thin_bands(depth, view[:, 0] & shallow)
        rim |= np.rot90(run & shallow[:, None], -turns)
    return rim


def _thin_bands(depth: np.ndarray, touching: np.ndarray) -> np.ndarray:
    """The stretches of an edge (``touching``: dark where it meets the edge,
    ``depth`` patches deep) that are thin bands: the desk beside a sheet
    photographed at a slant, which perspective narrows to nothing along part
    of the edge, so that it covers less than ``OCR_BLOT_RIM_SIDE_RATIO`` of
    it. A band runs along at least ``RIM_BAND_SIDE_RATIO`` of the edge and,
    for most of its length, is far longer than deep
    (``RIM_BAND_LENGTH_PER_DEPTH``; where a band along the next edge meets
    it at a corner, it is deep); a smear that reaches the edge is a blob,
    about as deep as it is long, and a stretch of its own."""
    bands = np.zeros_like(touching)
    stretches, _ = ndimage.label(touching)
    for (stretch,) in ndimage.find_objects(stretches):
        depths = depth[stretch]
        if depths.size >= RIM_BAND_SIDE_RATIO * touching.size \
                and depths.size >= RIM_BAND_LENGTH_PER_DEPTH * float(np.percentile(depths, 75)):
            bands[stretch] = True
    return bands


def _bright(band: np.ndarray, tile: int) -> np.ndarray:
    """The brightness of each patch of one row of patches. Measured a row
    at a time: as one array of patches, a page at 300 dpi would take over
    100 MB while two pages are read at once."""
    patches = band.astype(np.float32).reshape(tile, -1, tile).transpose(1, 0, 2).reshape(-1, tile * tile)
    return np.percentile(patches, PAPER_PERCENTILE, axis=1)


def _grow(gray: np.ndarray, box: PxBox, reach: int, dark: float) -> PxBox:
    """Extend a blot found in whole patches by the rows and columns beside
    it that show no paper either (up to one patch on each side)."""
    x0, top, x1, bottom = box
    height, width = gray.shape

    def blotted(strip: np.ndarray) -> bool:
        return strip.size > 0 and float(np.percentile(strip.astype(np.float32), PAPER_PERCENTILE)) < dark

    for _ in range(reach):
        if top == 0 or not blotted(gray[top - 1, x0:x1]):
            break
        top -= 1
    for _ in range(reach):
        if bottom >= height or not blotted(gray[bottom, x0:x1]):
            break
        bottom += 1
    for _ in range(reach):
        if x0 == 0 or not blotted(gray[top:bottom, x0 - 1]):
            break
        x0 -= 1
    for _ in range(reach):
        if x1 >= width or not blotted(gray[top:bottom, x1]):
            break
        x1 += 1
    return (x0, top, x1, bottom)


def paint_out(image: Image.Image, blots: list[PxBox]) -> Image.Image:
    """The page with its blots painted the paper's grey."""
    gray = np.asarray(image.convert("L"), dtype=np.uint8).copy()
    paper = int(np.percentile(gray, 99))
    for x0, top, x1, bottom in blots:
        gray[top:bottom, x0:x1] = paper
    return Image.fromarray(gray)
