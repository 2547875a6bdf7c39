"""Pen-ink signatures and letterhead logos as PNG bytes, drawn with PIL.

Signatures are cursive-like loops along a baseline (a trochoid with random
radius and pace), stroked with varying pressure and anti-aliased by drawing
at 4x and scaling down. Logos are square-ish coloured shapes with text: an
image at the top of page 1 that must never be taken for a signature.
"""

from __future__ import annotations

import io
import math
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

SCALE = 4
INKS = ((20, 30, 110), (10, 10, 15), (25, 45, 140), (35, 35, 60))
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _rng(seed: str) -> random.Random:
    return random.Random(zlib.crc32(seed.encode()))


def _catmull_rom(points: list[tuple[float, float]], per_segment: int = 16) -> list[tuple[float, float]]:
    """A smooth curve through ``points`` (uniform Catmull-Rom spline)."""
    padded = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        for step in range(per_segment):
            t = step / per_segment
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in (0, 1)))
    out.append(points[-1])
    return out


def _word(rng: random.Random, x: float, x_end: float, base: float, xh: float) -> list[tuple[float, float]]:
    """One cursive word: a capital loop, then up/down strokes of uneven height."""
    points = [(x, base + xh * 0.2), (x + xh * 0.3, base - xh * rng.uniform(2.0, 2.8)),
              (x - xh * 0.2, base - xh * 1.2), (x + xh * 0.5, base)]
    x += xh * 0.6
    slant = rng.uniform(0.15, 0.45)
    while x < x_end:
        step = xh * rng.uniform(0.6, 1.25)
        roll = rng.random()
        top = xh * (rng.uniform(1.7, 2.4) if roll < 0.22 else rng.uniform(0.7, 1.1))
        bottom = xh * (rng.uniform(0.8, 1.3) if 0.22 <= roll < 0.32 else rng.uniform(-0.1, 0.15))
        points.append((x + step * 0.35 + top * slant, base - top))
        if roll < 0.22:  # an ascender loop comes back left before going down
            points.append((x + step * 0.1 + top * slant * 0.6, base - top * 0.7))
        points.append((x + step * 0.7, base + bottom))
        x += step
    return _catmull_rom(points)


def _stroke(rng: random.Random, width: int, height: int) -> list[list[tuple[float, float]]]:
    """A name: one or two words along a slightly rising baseline."""
    xh = height * rng.uniform(0.16, 0.22)
    base = height * rng.uniform(0.6, 0.7)
    words = rng.choice((1, 2, 2))
    x = width * rng.uniform(0.03, 0.08)
    span = width * rng.uniform(0.78, 0.9)
    strokes = []
    for w in range(words):
        share = span / words * rng.uniform(0.8, 1.0)
        strokes.append(_word(rng, x, x + share - xh, base - w * height * 0.04, xh))
        x += share + xh * 0.4
    return strokes


def _flourish(rng: random.Random, width: int, height: int) -> list[tuple[float, float]]:
    """An underline or final swash, a smooth cubic Bézier."""
    p0 = (width * rng.uniform(0.05, 0.3), height * rng.uniform(0.75, 0.9))
    p1 = (width * rng.uniform(0.3, 0.5), height * rng.uniform(0.85, 1.0))
    p2 = (width * rng.uniform(0.6, 0.8), height * rng.uniform(0.6, 0.95))
    p3 = (width * rng.uniform(0.85, 0.97), height * rng.uniform(0.35, 0.7))
    out = []
    for i in range(120):
        t = i / 119
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def signature_png(seed: str, transparent: bool = True) -> bytes:
    """A handwritten-looking signature 150-300 px wide, aspect 3:1 to 5:1."""
    rng = _rng(seed)
    width = rng.randint(150, 300)
    height = int(width / rng.uniform(3.0, 5.0))
    ink = rng.choice(INKS)
    big = Image.new("RGBA", (width * SCALE, height * SCALE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(big)
    strokes = _stroke(rng, width, height)
    if rng.random() < 0.7:
        strokes.append(_flourish(rng, width, height))
    pen = rng.uniform(0.8, 1.4)
    for stroke in strokes:
        for i in range(len(stroke) - 1):
            pressure = 0.5 + 0.5 * math.sin(i / len(stroke) * math.pi)
            r = pen * pressure * SCALE
            (x0, y0), (x1, y1) = stroke[i], stroke[i + 1]
            draw.line((x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE), fill=ink + (255,), width=int(2 * r) + 1)
            draw.ellipse((x1 * SCALE - r, y1 * SCALE - r, x1 * SCALE + r, y1 * SCALE + r), fill=ink + (255,))
    image = big.resize((width, height), Image.LANCZOS)
    if not transparent:
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, image).convert("RGB")
    return _png(image)


def logo_png(seed: str, lines: tuple[str, ...]) -> bytes:
    """A square-ish letterhead logo: coloured emblem with text below it."""
    rng = _rng(seed)
    width, height = 240, rng.randint(200, 250)
    colours = ((195, 0, 0), (0, 84, 147), (0, 122, 83), (214, 140, 0), (92, 48, 138))
    main, accent = rng.sample(colours, 2)
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    top = 14
    if rng.random() < 0.5:
        draw.ellipse((70, top, 170, top + 100), fill=main)
        draw.rectangle((105, top + 30, 135, top + 70), fill=accent)
    else:
        draw.polygon([(70, top), (170, top), (170, top + 60), (120, top + 100), (70, top + 60)], fill=main)
        draw.ellipse((100, top + 20, 140, top + 60), fill=accent)
    font = ImageFont.truetype(FONT_BOLD, 22)
    y = top + 112
    for line in lines:
        w = draw.textlength(line, font=font)
        draw.text(((width - w) / 2, y), line, fill=main, font=font)
        y += 30
    return _png(image)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as image:
        return image.size
