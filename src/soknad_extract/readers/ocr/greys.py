"""Grey-level statistics of a page, from its histogram of 256 levels
instead of its pixels: Otsu's threshold, the paper's level and noise. A
300 dpi page has nine million pixels; sorting or widening them costs time
and tens of MB a page while two pages are read at once, the counts
give the same numbers.
"""

from __future__ import annotations

import numpy as np
from PIL import Image


def grey_histogram(gray: np.ndarray) -> np.ndarray:
    """Pixel counts of the 256 grey levels of a uint8 image, by Pillow's
    histogram: ``np.bincount`` would first widen a 300 dpi page to a 70 MB
    array of 64-bit integers, twice a page while two pages are read."""
    return np.asarray(Image.fromarray(np.ascontiguousarray(gray, dtype=np.uint8)).histogram(), dtype=np.float64)


def otsu_threshold(gray: np.ndarray) -> int:
    """Otsu's threshold on a uint8 image."""
    hist = grey_histogram(gray)
    total = hist.sum()
    if total == 0:
        return 128
    weights = np.cumsum(hist)
    means = np.cumsum(hist * np.arange(256))
    mean_total = means[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_total * weights / total - means) ** 2 / (weights * (total - weights))
    between = np.nan_to_num(between)
    return int(np.argmax(between))


def paper_noise(gray: np.ndarray) -> tuple[float, float]:
    """The paper's grey level and noise (median, and the median absolute
    deviation as a standard deviation): most pixels of a page are paper.
    Unlike a local (Laplacian) estimate this also sees the blotchy,
    low-frequency noise of JPEG-compressed and copied pages."""
    counts = np.bincount(gray[::4, ::4].ravel(), minlength=256)
    levels = np.arange(256, dtype=np.float64)
    median = _median_of_counts(levels, counts)
    deviations = np.abs(levels - median)
    order = np.argsort(deviations, kind="stable")
    return median, 1.4826 * _median_of_counts(deviations[order], counts[order])


def _median_of_counts(values: np.ndarray, counts: np.ndarray) -> float:
    """The median of a sample given as ascending ``values`` and how often
    each occurs: the middle value, or the mean of the two middle ones, as
    ``np.median`` gives it, without sorting the pixels themselves."""
    if not counts.any():
        return float("nan")
    low, high = middle_values(values, counts)
    return float((low + high) / 2)


def middle_values(values: np.ndarray, counts: np.ndarray) -> tuple[float, float]:
    """The two middle values of a sample given as ascending ``values`` and
    their counts (the same one twice when the count is odd)."""
    total = int(counts.sum())
    cumulative = np.cumsum(counts)
    low = values[int(np.searchsorted(cumulative, (total - 1) // 2, side="right"))]
    high = values[int(np.searchsorted(cumulative, total // 2, side="right"))]
    return low, high
