"""``without_watermarks`` answers a page whose characters all stand upright
without testing each for a slant (phase 18c): the same characters as the
old test on every sample page and on made-up pages of upright, turned,
diagonal, large and small characters."""

from __future__ import annotations

import math
import random
import statistics
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from soknad_extract.layout.settings import PDF_WATERMARK_SIZE_RATIO
from soknad_extract.readers.pdf.pdfium_chars import page_chars
from soknad_extract.readers.pdf.watermarks import _is_diagonal, without_watermarks

ROOT = Path(__file__).resolve().parents[1]


def _old(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    diagonal = [c for c in chars if not c["upright"] and _is_diagonal(c["matrix"])]
    if not diagonal:
        return chars
    rest = [c["size"] for c in chars if c["upright"] or not _is_diagonal(c["matrix"])]
    if not rest:
        return chars
    floor = PDF_WATERMARK_SIZE_RATIO * statistics.median(rest)
    dropped = {id(c) for c in diagonal if c["size"] >= floor}
    return [c for c in chars if id(c) not in dropped] if dropped else chars


def _same(chars: list[dict[str, Any]]) -> None:
    new, old = without_watermarks(chars), _old(chars)
    assert [id(c) for c in new] == [id(c) for c in old]
    assert (new is chars) == (old is chars)


def test_every_sample_page() -> None:
    pages = 0
    for path in sorted((ROOT / "samples").rglob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue
        try:
            for page in pdf:
                _same(page_chars(page))
                pages += 1
        finally:
            pdf.close()
    assert pages > 30


def test_made_up_pages() -> None:
    rng = random.Random(18)
    dropped = 0
    for _ in range(2000):
        chars = []
        for _ in range(rng.randint(0, 25)):
            angle = math.radians(rng.choice((0, 0, 0, 90, 180, 270, 45, 30, 10, 3)))
            scale = rng.choice((1.0, 1.0, -1.0))
            matrix = (math.cos(angle) * scale, math.sin(angle), -math.sin(angle), math.cos(angle) * scale, 0.0, 0.0)
            upright = matrix[1] == 0 and matrix[2] == 0 and matrix[0] * matrix[3] > 0
            chars.append({"text": "x", "upright": rng.choice((upright, upright, 0, 1)) if rng.random() < 0.1 else upright,
                          "matrix": matrix, "size": rng.choice((10.0, 12.0, 60.0, 80.0))})
        _same(chars)
        dropped += len(_old(chars)) < len(chars)
    assert dropped > 200
