"""Page rasters for OCR: render, normalise resolution, orient, deskew, clean.

Every scanned page, whether it came from an image-only PDF or from a PNG,
JPEG or TIFF, is turned into one grayscale raster at a fixed working
resolution (``WORK_DPI``) before anything reads it. Fixing the resolution lets
the mark and table detectors use pixel sizes measured once, and gives
Tesseract the ~300 dpi it is trained for. Very large pages (A3, photographs)
are scaled down so that the long side stays under ``MAX_SIDE_PX`` and memory
stays bounded; the raster then carries its own, lower dpi.

Coordinates of everything found later are in the *deskewed* frame: the page
is rotated about its centre onto the same canvas size, so a point maps to PDF
points as ``px * 72 / dpi`` from the top-left corner of that canvas.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageOps, ImageSequence
from scipy import ndimage

from ... import limits
from ...layout.settings import (
    OCR_BLOT_PAPER_RATIO,
    OCR_LEGIBLE_CONTRAST_SIGMAS,
    OCR_LINE_BELOW_PX300,
    OCR_MAX_SKEW_DEGREES,
    OCR_MIN_LEGIBILITY_RATIO,
    OCR_PAPER_SIGMAS,
    OCR_QUIET_NOISE_GREY,
    OCR_SOLID_MIN_HEIGHT_PX300,
    OCR_SOLID_MIN_WIDTH_PX300,
    OCR_SOLID_PX300,
    OCR_SPECKLE_PX300,
)
from .bilinear import Enlarged
from .components import BAND_PX, FOUR, components, first_pixel
from .greys import middle_values, otsu_threshold, paper_noise
from .paper import ASSUMED_PAGE_INCHES, flatten, image_dpi

WORK_DPI = 300
MAX_SIDE_PX = 4200
"""A4 at 300 dpi is 3508 px high; A3 would be 4961 and is scaled down."""


@dataclass
class Raster:
    """A page image in the working frame and the resolution it is drawn at."""

    image: Image.Image
    """Grayscale ("L"), white paper, dark ink."""
    dpi: float

    @property
    def width_pt(self) -> float:
        return self.image.width * 72 / self.dpi

    @property
    def height_pt(self) -> float:
        return self.image.height * 72 / self.dpi


def _working_scale(width_in: float, height_in: float) -> float:
    """Pixels per inch to draw a page of this size at: WORK_DPI, or less when
    the long side would pass MAX_SIDE_PX."""
    return min(WORK_DPI, MAX_SIDE_PX / max(width_in, height_in, 1e-6))


def render_pdf_page(pdf: pdfium.PdfDocument, number: int) -> Raster:
    """Draw one 1-based page of an open PDF in grayscale at the working dpi.
    pdfium applies the page's /Rotate, so the raster is the page as shown."""
    page = pdf[number - 1]
    try:
        width_pt, height_pt = page.get_size()
        dpi = _working_scale(width_pt / 72, height_pt / 72)
        limits.check_image_pixels(width_pt * dpi / 72, height_pt * dpi / 72, limits.active(), f"#{number}")
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil().convert("L")
    finally:
        page.close()
    return Raster(image, dpi)


def page_pixels(gray: Image.Image, dpi: float) -> tuple[Image.Image, float]:
    """The page a grey picture shows and its resolution: a photograph of a
    sheet on a desk is the sheet alone, drawn flat (``paper.flatten``), at
    the resolution of an A4 page of its size (the camera's dpi is of the
    photograph, not the sheet); any other picture as it is, at ``dpi``.
    The evidence pictures draw an image file through this too."""
    sheet = flatten(gray)
    if sheet is None:
        return gray, dpi
    return sheet, max(sheet.size) / ASSUMED_PAGE_INCHES


def raster_from_image(image: Image.Image, dpi: float | None = None) -> Raster:
    """Bring one image frame to grayscale at the working dpi. Camera images
    are turned upright by their EXIF orientation first. ``dpi`` is the
    resolution known from where the picture is shown (a scan in a Word
    file); without it, the file's own (``image_dpi``), and a photograph of
    a sheet on a desk is read as the sheet alone (``page_pixels``). A
    picture with a known size is read as shown: its author placed it at
    the size of its page."""
    known = dpi
    dpi = dpi or image_dpi(image)
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        array = np.asarray(image, dtype=np.float64)
        span = max(float(array.max() - array.min()), 1e-6)
        image = Image.fromarray(((array - array.min()) * 255 / span).astype(np.uint8))
    gray = image.convert("L")
    if not known:
        gray, dpi = page_pixels(gray, dpi)
    target = _working_scale(gray.width / dpi, gray.height / dpi)
    if abs(target - dpi) > 1:
        size = (max(1, round(gray.width * target / dpi)), max(1, round(gray.height * target / dpi)))
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    return Raster(gray, target)


def darkness(image: Image.Image, scale: float) -> np.ndarray:
    """Ink density 0..1 of a downscaled copy: cheap input for layout-level
    estimates (skew, orientation) that do not need full resolution."""
    small = image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
        Image.Resampling.BOX,
    )
    gray = np.asarray(small, dtype=np.uint8)
    array = 1.0 - gray.astype(np.float32) / 255.0
    # The median of the densities from the grey levels' counts (densities
    # fall as grey rises), as np.median gives it: the mean, in float32, of
    # the middle one or two.
    levels = 1.0 - np.arange(255, -1, -1, dtype=np.float32) / 255.0
    middle = np.array(middle_values(levels, np.bincount(gray.ravel(), minlength=256)[::-1]), dtype=np.float32)
    background = float(np.mean(middle))
    return np.clip(array - background, 0.0, 1.0)


def _profile_score(ys: np.ndarray, xs: np.ndarray, weights: np.ndarray, angle: float) -> float:
    """Sharpness of the row profile when the ink is sheared back by
    ``angle``: straight text lines make tall peaks with empty gaps between.
    For angles of a few degrees a shear is a rotation, and it only moves the
    inked pixels, which is far cheaper than rotating the image."""
    rows = np.rint(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
    profile = np.bincount(rows - rows.min(), weights=weights)
    return float(np.sum(np.diff(profile) ** 2))


def estimate_skew(image: Image.Image, dpi: float = WORK_DPI) -> float:
    """Degrees the content is turned counter-clockwise, within ±5°, by
    projection profiles on a ~100 dpi copy: a coarse search in 0.25° steps,
    then 0.05° steps around the best. Deskew by rotating with the negative."""
    ink = darkness(image, min(1.0, 100 / dpi))
    ys, xs = np.nonzero(ink > 0.2)
    if len(ys) < 50:
        return 0.0
    weights = ink[ys, xs].astype(np.float64)
    ys, xs = ys.astype(np.float64), xs.astype(np.float64)
    coarse = np.arange(-OCR_MAX_SKEW_DEGREES, OCR_MAX_SKEW_DEGREES + 1e-9, 0.25)
    best = float(coarse[int(np.argmax([_profile_score(ys, xs, weights, a) for a in coarse]))])
    fine = np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05)
    angle = float(fine[int(np.argmax([_profile_score(ys, xs, weights, a) for a in fine]))])
    return float(np.clip(round(angle, 2), -OCR_MAX_SKEW_DEGREES, OCR_MAX_SKEW_DEGREES))


def paper_level(image: Image.Image) -> int:
    """The grey level of the paper: the median of a small copy (most of a
    page is paper)."""
    small = image.resize((max(1, image.width // 16), max(1, image.height // 16)), Image.Resampling.BOX)
    return int(np.median(np.asarray(small)))


def rotate(image: Image.Image, degrees: float) -> Image.Image:
    """Rotate counter-clockwise about the centre on the same canvas: page
    coordinates keep the page's size. The uncovered corners are filled with
    the paper's own grey, not white; white corners next to grey paper would
    make the paper along the edges look like ink after flattening. A phone
    photo whose edges show no paper (the desk around the sheet) has its
    corners filled with the desk's grey instead: the desk then stays one
    unbroken rim, which ``blots.find_blots`` tells from a smear on the page."""
    if abs(degrees) < 0.01:
        return image
    paper, edge = paper_level(image), _edge_level(image)
    fill = edge if edge < OCR_BLOT_PAPER_RATIO * paper else paper
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)


def _edge_level(image: Image.Image) -> int:
    """The median grey of the image's outermost rows and columns."""
    gray = np.asarray(image.convert("L"))
    return int(np.median(np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])))


def quarter_turn(image: Image.Image, degrees: int) -> Image.Image:
    """Turn by a multiple of 90° counter-clockwise, swapping width and height."""
    turns = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}
    return image.transpose(turns[degrees % 360]) if degrees % 360 else image


def clean(image: Image.Image) -> Image.Image:
    """Flatten the paper: divide by an estimate of the background (so grey or
    yellowish paper, shadows and uneven lighting become white) and stretch
    the contrast. Noise is dealt with when binarising, where its level is
    measured."""
    small = image.resize((max(1, image.width // 8), max(1, image.height // 8)), Image.Resampling.BOX)
    # The brightest pixels near each point are paper; a wide max filter skips ink.
    background_small = ndimage.maximum_filter(np.asarray(small, dtype=np.float32), size=9)
    background_small = ndimage.uniform_filter(background_small, size=9)
    # Enlarged bilinearly a band at a time (``bilinear``): the same values
    # as one enlargement, without a float32 page (35 MB at 300 dpi).
    background = Enlarged(background_small, image.size)
    gray = np.asarray(image)
    flat = np.empty(gray.shape, dtype=np.uint8)
    for top in range(0, gray.shape[0], BAND_PX):
        paper = np.maximum(background.rows(top, top + BAND_PX), 1.0)
        band = gray[top:top + BAND_PX].astype(np.float32)
        np.divide(band, paper[: band.shape[0]], out=band)
        band *= 255.0
        flat[top:top + BAND_PX] = np.clip(band, 0, 255, out=band)
    return ImageOps.autocontrast(Image.fromarray(flat), cutoff=(0.5, 0.0))


def is_noisy(image: Image.Image) -> bool:
    """Whether the paper's noise calls for smoothing before thresholding."""
    return paper_noise(np.asarray(image, dtype=np.uint8))[1] > OCR_QUIET_NOISE_GREY


def binarize(image: Image.Image, scale: float = 1.0) -> np.ndarray:
    """Ink mask (True = dark) of a cleaned page.

    Noisy pages are smoothed first, by a Gaussian that grows with the
    measured noise, and cleared of specks afterwards: on a page with heavy
    noise Tesseract reads ~85 % of the words from this mask and none from
    a plain threshold. The threshold is the lowest of Otsu's, the paper's
    and a cap, so that faint paper texture and noise do not become ink. The
    paper's threshold lies ``OCR_PAPER_SIGMAS`` noise deviations below its
    grey: on a faded, noisy copy Otsu's threshold falls inside the paper's
    noise and turns it to ink; this one does not."""
    gray = np.asarray(image, dtype=np.uint8)
    paper, noise = paper_noise(gray)
    spread = noise
    if noise > OCR_QUIET_NOISE_GREY:
        gray = np.asarray(image.filter(ImageFilter.GaussianBlur(min(1.5, noise / 25))), dtype=np.uint8)
        paper, spread = paper_noise(gray)
    # A 1-bit page (a fax) puts Otsu's threshold at 0; its black is the ink.
    binary = gray < min(max(otsu_threshold(gray), 1), paper - OCR_PAPER_SIGMAS * spread, 170)
    if noise > OCR_QUIET_NOISE_GREY:
        binary = despeckle(binary, max(2, round(OCR_SPECKLE_PX300 * scale * scale)))
    return binary


def despeckle(binary: np.ndarray, smallest: int) -> np.ndarray:
    """The mask without its specks: 8-connected pieces of fewer than
    ``smallest`` pixels. Labelled a band of rows at a time, with a margin of
    ``smallest`` rows: a speck lies wholly within that distance of each of
    its pixels, and any larger piece shows at least ``smallest`` pixels
    within it, so every pixel gets the answer a whole-page labelling would
    give, while the label array is a band's, not 35 MB."""
    kept = np.empty_like(binary)
    height = binary.shape[0]
    for top in range(0, height, BAND_PX):
        start, stop = max(0, top - smallest), min(height, top + BAND_PX + smallest)
        labels, _ = ndimage.label(binary[start:stop], structure=np.ones((3, 3), dtype=bool))
        keep = np.bincount(labels.ravel()) >= smallest
        keep[0] = False
        kept[top:top + BAND_PX] = keep[labels[top - start: top - start + BAND_PX]]
    return kept


def legibility(cleaned: Image.Image, binary: np.ndarray) -> float:
    """How far to trust what OCR reads on this page, 0.5..1: the contrast
    between ink and paper over the paper's noise, relative to
    ``OCR_LEGIBLE_CONTRAST_SIGMAS``. Tesseract's own word confidence stays high on
    pages where it misreads (a wrong title at 0.81 on a copy of a copy), so
    word confidences are scaled by this."""
    gray = np.asarray(cleaned, dtype=np.uint8)
    paper, noise = paper_noise(gray)
    if not binary.any():
        return 1.0
    ink = float(np.median(gray[binary]))
    contrast = (paper - ink) / max(noise, 1.0)
    return float(np.clip(contrast / OCR_LEGIBLE_CONTRAST_SIGMAS, OCR_MIN_LEGIBILITY_RATIO, 1.0))


def image_frames(image: Image.Image) -> Iterator[Image.Image]:
    """The frames of an open image one at a time (a multi-page TIFF holds
    several), each copied with its metadata (dpi) so that it outlives the
    iteration. Each frame's declared size is checked against ``max_pixels``
    before it is decoded (a frame is decoded by the copy)."""
    lim = limits.active()
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        limits.check_image_pixels(frame.width, frame.height, lim, f"#{number}")
        copy = frame.copy()
        copy.info = dict(frame.info)
        yield copy


def invert_filled_areas(binary: np.ndarray, scale: float = 1.0) -> tuple[np.ndarray, list[tuple[slice, slice]]]:
    """Turn white-on-dark areas (a table's shaded header row, a dark banner)
    into dark-on-white, as a reader sees them: otherwise they are one blob
    of ink that hides their text from OCR and their cells from the table
    finder. The area's edges become lines, and column lines that meet it
    from below or above are carried through it, so the header keeps its
    cells. Returns a new mask and the areas turned."""
    size = max(3, round(OCR_SOLID_PX300 * scale))
    # Pixels whose whole size × size square is ink, one direction at a time:
    # along the rows first (the cheap direction), then down the columns only
    # in the window of what survived, which on most pages is a small part.
    across = all_along(binary, size, axis=1)
    core = np.zeros_like(binary)
    rows_window = ink_area(across, pad=size)
    if rows_window is not None:
        core[rows_window] = all_along(across[rows_window], size, axis=0)
    window = ink_area(core, pad=size)
    if window is None:
        return binary, []
    filled = ndimage.maximum_filter(core[window], size=size)
    result = binary.copy()
    turned: list[tuple[slice, slice]] = []
    reach = max(4, round(OCR_LINE_BELOW_PX300 * scale))
    for inside, area in sorted(components(filled, structure=FOUR), key=first_pixel):
        rows = slice(inside[0].start + window[0].start, inside[0].stop + window[0].start)
        cols = slice(inside[1].start + window[1].start, inside[1].stop + window[1].start)
        slices = (rows, cols)
        height, width = rows.stop - rows.start, cols.stop - cols.start
        if width < OCR_SOLID_MIN_WIDTH_PX300 * scale or height < OCR_SOLID_MIN_HEIGHT_PX300 * scale or area.mean() < 0.8:
            continue
        result[slices] = ~binary[slices]
        turned.append((rows, cols))
        edge = max(1, round(2 * scale))
        result[rows.start:rows.start + edge, cols] = True
        result[rows.stop - edge:rows.stop, cols] = True
        result[rows, cols.start:cols.start + edge] = True
        result[rows, cols.stop - edge:cols.stop] = True
        below = binary[rows.stop:rows.stop + reach, cols]
        above = binary[max(0, rows.start - reach):rows.start, cols]
        through = np.zeros(width, dtype=bool)
        if below.shape[0] == reach:
            through |= below.all(axis=0)
        if above.shape[0] == reach:
            through |= above.all(axis=0)
        result[rows, cols] |= through[None, :]
    return result, turned


def all_along(mask: np.ndarray, size: int, axis: int) -> np.ndarray:
    """``ndimage.minimum_filter1d(mask, size, axis)`` of a 2-D bool mask, by
    shifted ANDs (window lengths doubling: four for 11 pixels) over the mask
    padded with True: the filter's reflected border only repeats pixels of
    the window cut at the edge, so its minimum is the AND of that cut
    window. A third of the filter's time on a 300 dpi page; worked a band
    of ``BAND_PX`` lines at a time, so the padded copies are a band's."""
    result = np.empty_like(mask)
    for start in range(0, mask.shape[1 - axis], BAND_PX):
        band = (slice(start, start + BAND_PX), slice(None))[::1 if axis == 1 else -1]
        result[band] = _all_along_band(mask[band], size, axis)
    return result


def _all_along_band(mask: np.ndarray, size: int, axis: int) -> np.ndarray:
    before = size // 2
    padding = [(0, 0), (0, 0)]
    padding[axis] = (before, size - 1 - before)
    run = np.pad(mask, padding, constant_values=True)

    def shifted(start: int, stop: int | None) -> np.ndarray:
        return run[:, start:stop] if axis == 1 else run[start:stop]

    length = 1
    while 2 * length <= size:
        run = shifted(0, -length) & shifted(length, None)
        length *= 2
    if length < size:
        run = shifted(0, length - size) & shifted(size - length, None)
    return run


def ink_area(mask: np.ndarray, pad: int = 0) -> tuple[slice, slice] | None:
    """The smallest window holding every True pixel of a mask, widened by
    ``pad`` on each side, or None for an empty mask. Ruling lines and filled
    areas cover a small part of most pages, so labelling and growing them
    inside this window gives the same result as on the whole page, for less
    work and a far smaller label array."""
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return None
    top, bottom, left, right = (int(i) for i in (rows[0], rows[-1], cols[0], cols[-1]))
    return (
        slice(max(0, top - pad), min(mask.shape[0], bottom + 1 + pad)),
        slice(max(0, left - pad), min(mask.shape[1], right + 1 + pad)),
    )
