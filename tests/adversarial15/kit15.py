"""Shared helpers of the fifteenth adversarial corpus: MOD11 org numbers, seeded ink, zip normalisation."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

W = [3, 2, 7, 6, 5, 4, 3, 2]


def org(prefix8: str) -> str:
    """A valid 9-digit organisation number starting with ``prefix8`` (MOD11 check digit)."""
    s = sum(int(c) * w for c, w in zip(prefix8, W))
    r = 11 - s % 11
    if r == 11:
        r = 0
    if r == 10:
        raise ValueError(prefix8)
    return prefix8 + str(r)


def bad_org(prefix8: str) -> str:
    good = org(prefix8)
    return good[:8] + str((int(good[8]) + 3) % 10)


def strokes(seed: int, w: float = 150, h: float = 34) -> list[list[tuple[float, float]]]:
    """A seeded scribble: a few polylines in a w×h box (origin bottom-left)."""
    rnd = random.Random(seed)
    out = []
    x = 4.0
    for _ in range(3):
        pts = []
        for i in range(14):
            x += rnd.uniform(2, 5)
            y = h / 2 + rnd.uniform(-h / 2.6, h / 2.6)
            pts.append((min(x, w - 2), y))
        out.append(pts)
        x += rnd.uniform(4, 10)
    return out


def ink_png(seed: int, w: int = 300, h: int = 70) -> bytes:
    """A blue-black handwritten-looking mark as a transparent PNG."""
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for pl in strokes(seed, w, h):
        d.line([(x, h - y) for x, y in pl], fill=(20, 30, 110, 255), width=3, joint="curve")
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def normalise_zip(path: Path) -> None:
    """Rewrite a zip with fixed timestamps so a build is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
