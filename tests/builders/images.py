"""Pictures for test documents: hand-drawn ink, and pictures as the PDF
reader hands them over."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw


def scribble(path: Path, seed: int = 7) -> Path:
    """A handwritten-looking signature: a few looping ink strokes on a
    transparent background."""
    rng = random.Random(seed)
    image = Image.new("RGBA", (760, 210), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    x, y = 30.0, 120.0
    points = [(x, y)]
    for step in range(46):
        x += rng.uniform(9, 17)
        y = 110 + 60 * ((-1) ** step) * rng.uniform(0.3, 1.0) + rng.uniform(-12, 12)
        points.append((x, y))
    draw.line(points, fill=(20, 30, 90, 255), width=5, joint="curve")
    draw.line([(60, 170), (520, 150)], fill=(20, 30, 90, 255), width=4)
    image.save(path)
    return path


def grey_png(png: bytes) -> bytes:
    """The picture as the PDF reader hands it over: rendered in grey on white."""
    with Image.open(io.BytesIO(png)) as img:
        rgba = img.convert("RGBA")
    ground = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(ground, rgba).convert("L")
    buf = io.BytesIO()
    grey.save(buf, format="PNG")
    return buf.getvalue()
