"""Paper photographed with a phone and delivered as an image file.

A phone writes 72 dpi (or none) over thousands of pixels: believed, a
3000 x 4000 photo is a 40 x 55 inch page and its print is shrunk past
reading. A stated resolution counts only when the page it implies is paper
(A6..A3, either way round). And the photo is the desk with the sheet on it,
seen a little from the side (keystone), with the light falling off: the
sheet alone is the page, found by its edges and drawn flat. Scans (the page
fills the picture, or lies on a white lid) are left as they are. The
evidence pictures of an image file use the same pixels and resolution, so
the record's boxes land where they were read."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import paper as ocr_paper
from soknad_extract.report.evidence_images import SCALE, PageImages

SHEET = (1240, 1754)
"""An A4 sheet at 150 dpi."""
BAR_Y = (300, 1400)
"""Rows of the sheet where a long printed rule runs across it."""


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in ("DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _sheet() -> Image.Image:
    """A printed form: a heading, rules across it and lines of text."""
    sheet = Image.new("L", SHEET, 245)
    draw = ImageDraw.Draw(sheet)
    draw.text((120, 120), "Søknad om tilskudd 2020", fill=20, font=_font(44))
    for y in BAR_Y:
        draw.rectangle((120, y, SHEET[0] - 120, y + 5), fill=20)
    for y in range(400, 1300, 60):
        draw.text((120, y), "Kontaktperson, stilling: Kari Nordmann, veileder", fill=30, font=_font(26))
    return sheet


def _solve(source: list[tuple[float, float]], target: list[tuple[float, float]]) -> list[float]:
    """PIL perspective coefficients taking points of ``target`` to ``source``."""
    rows, values = [], []
    for (u, v), (x, y) in zip(target, source):
        rows += [[u, v, 1, 0, 0, 0, -x * u, -x * v], [0, 0, 0, u, v, 1, -y * u, -y * v]]
        values += [x, y]
    return [float(c) for c in np.linalg.solve(np.array(rows, float), np.array(values, float))]


def _photo(corners: list[tuple[float, float]], size: tuple[int, int] = (1500, 2000), desk: int = 150,
           falloff: float = 0.45, lid: bool = False) -> Image.Image:
    """The sheet lying with its corners (TL, TR, BR, BL) at ``corners`` on a
    desk of grey ``desk`` (or a white scanner lid), the light falling off
    towards the bottom by ``falloff``: the far end of the sheet ends up
    darker than the near end of the desk."""
    w, h = SHEET
    flat = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    warped = _sheet().transform(size, Image.Transform.PERSPECTIVE, _solve(flat, corners),
                                resample=Image.Resampling.BICUBIC, fillcolor=0)
    inside = Image.new("L", SHEET, 255).transform(size, Image.Transform.PERSPECTIVE, _solve(flat, corners), fillcolor=0)
    rng = np.random.default_rng(7)
    ground = np.full((size[1], size[0]), 252.0 if lid else float(desk)) + rng.normal(0, 6, (size[1], size[0]))
    pixels = np.where(np.asarray(inside) > 128, np.asarray(warped, float), ground)
    pixels *= np.linspace(1.0, 1.0 - falloff, size[1])[:, None]
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    return photo.convert("RGB")


KEYSTONE = [(210.0, 260.0), (1330.0, 190.0), (1390.0, 1820.0), (130.0, 1760.0)]


def test_phone_dpi_over_a_photo_is_not_a_page_size() -> None:
    photo = Image.new("L", (3000, 4000), 200)
    photo.info["dpi"] = (72, 72)
    assert ocr_image.image_dpi(photo) == pytest.approx(4000 / 11.69, rel=0.01)
    landscape = Image.new("L", (1600, 1200), 200)
    landscape.info["dpi"] = (72.0, 72.0)
    assert ocr_image.image_dpi(landscape) == pytest.approx(1600 / 11.69, rel=0.01)


@pytest.mark.parametrize(("size", "dpi"), [
    ((2480, 3508), 300),  # A4 at 300
    ((2550, 3300), 300),  # US letter
    ((3508, 2480), 300),  # A4 landscape
    ((1240, 1754), 150),  # A4 at 150
    ((1748, 2480), 300),  # A5
    ((3508, 4961), 300),  # A3
    ((612, 842), 72),  # A4 at a real 72 dpi
])
def test_stated_dpi_of_a_paper_sized_page_is_kept(size: tuple[int, int], dpi: int) -> None:
    scan = Image.new("L", size, 255)
    scan.info["dpi"] = (dpi, dpi)
    assert ocr_image.image_dpi(scan) == dpi


def test_sheet_on_a_desk_is_found_by_its_edges_despite_the_light_falling_off() -> None:
    photo = _photo(KEYSTONE).convert("L")
    corners = ocr_paper.find_sheet(photo)
    assert corners is not None
    for (x, y), (tx, ty) in zip(corners, KEYSTONE):
        assert abs(x - tx) <= 25 and abs(y - ty) <= 25


def test_photographed_sheet_is_read_flat_and_without_the_desk(tmp_path: Path) -> None:
    path = tmp_path / "foto.jpg"
    _photo(KEYSTONE).save(path, "JPEG", quality=90, dpi=(72, 72))
    with Image.open(path) as image:
        raster = ocr_image.raster_from_image(image)
    gray = np.asarray(raster.image)
    assert raster.image.height / raster.image.width == pytest.approx(SHEET[1] / SHEET[0], rel=0.04)
    assert raster.height_pt == pytest.approx(11.69 * 72, rel=0.02)
    # the printed rules run straight across: their row at the left and right ends agree
    scale = raster.image.width / SHEET[0]
    for y in BAR_Y:
        band = slice(round((y - 40) * scale), round((y + 45) * scale))
        left = int(np.argmin(gray[band, round(160 * scale)])) + band.start
        right = int(np.argmin(gray[band, round((SHEET[0] - 160) * scale)])) + band.start
        assert abs(left - right) <= 3
        assert abs(left - y * scale) <= 0.015 * raster.image.height  # no desk above the sheet


def test_evidence_picture_of_a_photo_is_the_flat_sheet_at_page_size(tmp_path: Path) -> None:
    path = tmp_path / "foto.jpg"
    _photo(KEYSTONE).save(path, "JPEG", quality=90, dpi=(72, 72))
    page = PageImages(path, "image").page(1)
    assert page is not None
    assert page.height == pytest.approx(11.69 * 72 * SCALE, rel=0.02)
    with Image.open(path) as image:
        raster = ocr_image.raster_from_image(image)
    assert page.width / page.height == pytest.approx(raster.image.width / raster.image.height, rel=0.01)


def test_full_page_scan_is_left_as_it_is() -> None:
    scan = _sheet()
    assert ocr_paper.flatten(scan) is None
    scan.info["dpi"] = (150, 150)
    raster = ocr_image.raster_from_image(scan)
    assert raster.height_pt == pytest.approx(SHEET[1] * 72 / 150, rel=0.01)


def test_sheet_on_a_white_scanner_lid_is_left_as_it_is() -> None:
    corners = [(100.0, 100.0), (1340.0, 100.0), (1340.0, 1854.0), (100.0, 1854.0)]
    assert ocr_paper.flatten(_photo(corners, falloff=0.0, lid=True).convert("L")) is None


def test_page_with_a_large_dark_picture_is_no_photo_of_a_sheet() -> None:
    page = Image.new("L", SHEET, 250)
    ImageDraw.Draw(page).rectangle((150, 300, 1090, 1300), fill=70)
    assert ocr_paper.flatten(page) is None


def test_picture_with_a_known_shown_size_is_read_as_shown() -> None:
    """A picture placed in a Word file has the size its author gave it: it
    is read at that size, desk and all, as before."""
    photo = _photo(KEYSTONE)
    raster = ocr_image.raster_from_image(photo, dpi=150.0)
    assert raster.width_pt == pytest.approx(photo.width * 72 / 150, rel=0.01)
    assert raster.height_pt == pytest.approx(photo.height * 72 / 150, rel=0.01)
