"""The sheet in a photograph of paper: found on the desk and drawn flat.

A phone photographs a sheet lying on a desk from a little off straight
above: the picture is the desk with the sheet on it, and the sheet is a
four-sided shape narrower at the far end (keystone). Read as it lies, every
line of print has its own slant, which no single deskew removes, and the
desk is a dark rim the page's own steps must keep telling from a smear. So
when the picture shows a bright four-sided sheet on a darker surround, the
sheet alone is taken and drawn onto an upright rectangle (a perspective
transform); the sheet is then the page, and its size in pixels over a
sheet's size in inches gives its resolution. Scans, where the paper fills
the picture or lies square on a white lid, are left as they are.

The resolution of an image file is here too (``image_dpi``): the one it
states only when the page that implies is paper. Used by the image reader
and by the evidence pictures, so the boxes a record gives land on the same
pixels in both.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

ASSUMED_PAGE_INCHES = 11.69
"""Long side of A4, used to guess the resolution of an image that has none."""
PAPER_LONG_INCHES = (5.0, 18.5)
"""Long side of a page a stated dpi may imply: A6 less a margin (a slip cut
to size) up to A3 (16.54 in) with a margin; a larger page is no paper, but a
camera's 72 dpi over a photograph's pixels."""
PAPER_SHORT_INCHES = (3.5, 13.0)
"""Short side likewise: A6 (4.13 in) less a margin up to A3 (11.69 in) with one."""

SMALL_SIDE_PX = 600
"""Long side of the copy the sheet is looked for on."""

EDGE_LOG_STEP = 0.04
"""A step in the log of the grey of at least this much from one pixel of the
small copy to the next is an edge (the sheet's against the desk is ~0.1
even where the light falls off; the fall-off itself is ~0.002)."""

PAPER_RATIO = 2 ** 0.5
"""Long over short side of every A size."""
PAPER_RATIO_TOLERANCE = 0.15
"""A flattened sheet whose sides are within this share of ``PAPER_RATIO`` is
an A sheet foreshortened by the camera's slant (the mean lengths of its
opposite sides give its shape only roughly): it is drawn at the A shape."""

MIN_SHEET_SHARE = 0.25
"""The sheet covers at least this share of the picture."""
MAX_SHEET_SHARE = 0.97
"""... and leaves at least this much for the desk (a scan fills it all)."""
MIN_RIM_SHARE = 0.5
"""The picture's border lies on the desk for at least this share of its
length: the sheet lies within the photograph, not cut off by it."""
MAX_RIM_PAPER_RATIO = 0.8
"""The desk's median grey is at most this share of the sheet's."""
MIN_QUAD_FILL = 0.96
"""The sheet fills at least this share of the four-sided shape through its
corners (and it at least that share of the sheet): a sheet, not a blob."""


def image_dpi(image: Image.Image) -> float:
    """The resolution the file states when the page it implies is paper,
    else a guess from its size assuming an A4 page. Phones write 72 dpi (or
    none) over thousands of pixels, which would make a 3000 x 4000 photo a
    page of 40 x 55 inches; some scanners write nonsense. One function for
    every reader of an image file (OCR, the evidence pictures), so that all
    place the same boxes on the same pixels."""
    stated = image.info.get("dpi")
    if stated:
        try:
            dpi = float(stated[0])
        except (TypeError, ValueError, IndexError):
            dpi = 0.0
        if 70 <= dpi <= 1200 and _paper_sized(image.size, dpi):
            return dpi
    return max(image.size) / ASSUMED_PAGE_INCHES


def _paper_sized(size: tuple[int, int], dpi: float) -> bool:
    """Whether ``size`` pixels at ``dpi`` make a sheet between A6 and A3
    (either orientation, with a margin for scanners that take in a little
    more or less than the sheet)."""
    short, long = sorted(side / dpi for side in size)
    return (PAPER_LONG_INCHES[0] <= long <= PAPER_LONG_INCHES[1]
            and PAPER_SHORT_INCHES[0] <= short <= PAPER_SHORT_INCHES[1])


def find_sheet(gray: Image.Image) -> list[tuple[float, float]] | None:
    """The sheet's corners (top-left, top-right, bottom-right, bottom-left,
    in pixels of ``gray``) when the picture is a sheet photographed on a
    darker surround; None otherwise."""
    factor = SMALL_SIDE_PX / max(gray.size)
    if factor >= 1:
        return None
    small = np.asarray(gray.resize((max(1, round(gray.width * factor)), max(1, round(gray.height * factor))),
                                   Image.Resampling.BOX), dtype=np.uint8)
    sheet = _sheet_region(small)
    if sheet is None:
        return None
    share = float(sheet.mean())
    border = np.concatenate([sheet[0], sheet[-1], sheet[:, 0], sheet[:, -1]])
    if not MIN_SHEET_SHARE <= share <= MAX_SHEET_SHARE or 1 - float(border.mean()) < MIN_RIM_SHARE:
        return None
    if np.median(small[~sheet]) > MAX_RIM_PAPER_RATIO * np.median(small[sheet]):
        return None
    ys, xs = np.nonzero(sheet)
    corners = [
        (xs, ys, np.argmin(xs + ys)), (xs, ys, np.argmax(xs - ys)),
        (xs, ys, np.argmax(xs + ys)), (xs, ys, np.argmin(xs - ys)),
    ]
    quad = [(float(x[i]) + 0.5, float(y[i]) + 0.5) for x, y, i in corners]
    area = _area(quad)
    if area <= 0 or min(float(sheet.sum()) / area, area / float(sheet.sum())) < MIN_QUAD_FILL:
        return None
    return [(x / factor, y / factor) for x, y in quad]


def _sheet_region(small: np.ndarray) -> np.ndarray | None:
    """The sheet in a small copy: the smallest area without edges which,
    with the print on it filled in, covers the picture's centre and at least
    ``MIN_SHEET_SHARE`` of it. Edges, not a threshold of the grey: the light
    falling off across a photograph leaves the far end of the sheet darker
    than the near end of the desk, but the sheet's border stays a step."""
    smooth = ndimage.gaussian_filter(np.log1p(small.astype(np.float32)), 1.0)
    step = np.hypot(ndimage.sobel(smooth, axis=0), ndimage.sobel(smooth, axis=1)) / 8
    labels, count = ndimage.label(step < EDGE_LOG_STEP)
    centre = (small.shape[0] // 2, small.shape[1] // 2)
    best: np.ndarray | None = None
    for index, box in enumerate(ndimage.find_objects(labels), start=1):
        rows, cols = box
        if (rows.stop - rows.start) * (cols.stop - cols.start) < MIN_SHEET_SHARE * small.size:
            continue
        if not (rows.start <= centre[0] < rows.stop and cols.start <= centre[1] < cols.stop):
            continue
        filled = ndimage.binary_fill_holes(labels == index)
        if filled[centre] and filled.mean() >= MIN_SHEET_SHARE and (best is None or filled.sum() < best.sum()):
            best = filled
    return best


def _area(quad: list[tuple[float, float]]) -> float:
    """Area of a polygon (shoelace), positive for corners in clockwise
    order on the image (y down)."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(quad, quad[1:] + quad[:1]))


def _length(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(np.hypot(a[0] - b[0], a[1] - b[1]))


def _coefficients(corners: list[tuple[float, float]], width: int, height: int) -> list[float]:
    """PIL's perspective coefficients: from a point of the flat page to the
    point of the photograph it shows."""
    targets = [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height))]
    rows, values = [], []
    for (u, v), (x, y) in zip(targets, corners):
        rows.append([u, v, 1, 0, 0, 0, -x * u, -x * v])
        rows.append([0, 0, 0, u, v, 1, -y * u, -y * v])
        values += [x, y]
    return [float(c) for c in np.linalg.solve(np.array(rows, dtype=np.float64), np.array(values, dtype=np.float64))]


def _paper_shape(width: int, height: int) -> tuple[int, int]:
    """The size to draw a sheet of about ``width`` x ``height`` at: an A
    sheet's shape, of the same area, when it is near one; else as measured."""
    short, long = sorted((width, height))
    if abs(long / short / PAPER_RATIO - 1) > PAPER_RATIO_TOLERANCE:
        return width, height
    side = (width * height / PAPER_RATIO) ** 0.5
    short, long = round(side), round(side * PAPER_RATIO)
    return (short, long) if width <= height else (long, short)


def flatten(gray: Image.Image) -> Image.Image | None:
    """The sheet of a photograph drawn flat and upright, cut free of the
    desk, at about the photograph's own resolution (scaled to the working
    one afterwards like any picture, with a sharper filter than the
    transform's); None when the picture is no photograph of a sheet on a
    desk (see ``find_sheet``)."""
    corners = find_sheet(gray)
    if corners is None:
        return None
    tl, tr, br, bl = corners
    width = round((_length(tl, tr) + _length(bl, br)) / 2)
    height = round((_length(tl, bl) + _length(tr, br)) / 2)
    if min(width, height) < 1:
        return None
    width, height = _paper_shape(width, height)
    return gray.transform((width, height), Image.Transform.PERSPECTIVE, _coefficients(corners, width, height),
                          resample=Image.Resampling.BICUBIC)
