"""The ink test's statistics taken from a picture's distinct colours (and
its inked mask alone) against the masks of every pixel they replaced: the
same inked, dark and pen-coloured counts, frame and edge rules, hence the
same ``PixelStats`` and verdicts, for the samples' pictures (signatures,
logos, stamps as the readers give them) and made-up ones of every kind
(photos, blue and black strokes, stamps, logos, blank, transparent, light
table borders along the edges, a pixel)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw

from soknad_extract.extract.signatures import ink
from soknad_extract.readers import read_document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _reference(data: bytes | None, picture: object | None, width_pt: float) -> ink.PixelStats:
    """``_pixel_stats`` as it was computed before: masks of every pixel."""
    if picture is None:
        with PILImage.open(io.BytesIO(data)) as img:
            img.load()
            rgb = ink._on_white(img)
    else:
        rgb = ink._on_white(picture)
    solid = ink._solid_share(rgb, width_pt)
    rgb.thumbnail((600, 600))
    masks = ink._masks(rgb)
    framed = ink._framed(masks["inked"])
    ink._clear_light_edge_rules(masks)
    count = ink._count(masks["inked"])
    if count == 0:
        return ink.PixelStats(0.0, 0.0, 0.0, 0.0)
    return ink.PixelStats(count / (rgb.width * rgb.height), ink._count(masks["dark"]) / count,
                          ink._count(masks["pen"]) / count, solid, framed)


def _made_up() -> list[PILImage.Image]:
    rng = random.Random(20261207)
    out = []
    for n in range(48):
        width, height = rng.randint(1, 700), rng.randint(1, 260)
        kind = n % 8
        picture = PILImage.new("RGB", (width, height), "white")
        draw = ImageDraw.Draw(picture)
        if kind == 0:  # a photo: every pixel its own colour
            picture = PILImage.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
        elif kind == 1:  # pen strokes, black and blue, anti-aliased by a resize
            for _ in range(rng.randint(1, 12)):
                points = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(4)]
                draw.line(points, fill=rng.choice([(15, 15, 20), (25, 40, 170), (90, 100, 210)]), width=rng.randint(1, 4))
            picture = picture.resize((max(1, width // 2), max(1, height // 2)), PILImage.Resampling.BICUBIC)
        elif kind == 2:  # a stamp: a frame and lettering
            draw.rectangle((0, 0, width - 1, height - 1), outline=(30, 30, 90), width=3)
            draw.text((width // 4, height // 3), "NAV SIGDAL", fill=(200, 40, 40))
        elif kind == 3:  # a coloured logo
            draw.rectangle((width // 4, height // 4, width // 2, 3 * height // 4), fill=(240, 200, 20))
            draw.ellipse((width // 2, height // 4, 3 * width // 4, 3 * height // 4), fill=(20, 120, 60))
        elif kind == 4:  # a stroke in a table cell: light grey borders along the edges
            draw.line((width // 5, height // 2, 4 * width // 5, height // 3), fill=(20, 20, 20), width=2)
            for box in ((0, 0, width - 1, 0), (0, height - 1, width - 1, height - 1), (0, 0, 0, height - 1)):
                draw.line(box, fill=(rng.randint(170, 215),) * 3)
        elif kind == 5:  # a border with a dark pixel on it stays in
            draw.line((0, 0, width - 1, 0), fill=(200, 200, 200))
            draw.point((width // 2, 0), fill=(0, 0, 0))
        elif kind == 6:  # transparent ground, half-transparent ink
            picture = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
            ImageDraw.Draw(picture).line((0, height // 2, width, 0), fill=(10, 10, 120, rng.randint(40, 255)), width=3)
        # kind 7: blank
        out.append(picture.convert(rng.choice(["RGB", "RGBA", "L", "P", "LA", "CMYK"])) if kind != 6 else picture)
    return out


def _sample_pictures() -> list[tuple[bytes | None, object | None, float]]:
    found = []
    for path in sorted(SAMPLES.glob("*/*")):
        if path.suffix not in (".pdf", ".docx") or path.name.startswith("broken_") or "scanned" in path.parts:
            continue
        for page in read_document(path).pages:
            found += [(image.data, image.picture, ink._width_pt(image)) for image in page.images if image.data]
    return found


def test_samples_pictures_measure_the_same() -> None:
    pictures = _sample_pictures()
    assert len(pictures) >= 20
    for data, picture, width_pt in pictures:
        assert ink._pixel_stats(data, width_pt, picture) == _reference(data, picture, width_pt)


@pytest.mark.parametrize("index", range(48))
def test_made_up_pictures_measure_the_same(index: int) -> None:
    picture = _made_up()[index]
    assert ink._pixel_stats(b"-", 120.0, picture) == _reference(b"-", picture, 120.0)
    rgb = ink._on_white(picture)
    rgb.thumbnail((600, 600))
    masks = ink._masks(rgb)
    assert ink._inked_mask(rgb).tobytes() == masks["inked"].tobytes()
    assert ink._counts_by_colour(rgb) == (ink._count(masks["inked"]), ink._count(masks["dark"]), ink._count(masks["pen"]))
    before = {name: mask.tobytes() for name, mask in masks.items()}
    ink._clear_light_edge_rules(masks)
    assert ink._has_light_edge_rule(ink._inked_mask(rgb), rgb) == any(
        mask.tobytes() != before[name] for name, mask in masks.items())


def test_made_up_pictures_cover_every_way() -> None:
    """Made-up pictures are counted by colour and by pixel, with an edge
    rule to take out and without."""
    ruled, large = [], []
    for picture in _made_up():
        rgb = ink._on_white(picture)
        rgb.thumbnail((600, 600))
        ruled.append(ink._has_light_edge_rule(ink._inked_mask(rgb), rgb))
        large.append(rgb.width * rgb.height >= ink._BY_COLOUR_MIN_PIXELS)
    assert 3 <= sum(ruled) < len(ruled) - 10
    assert 10 <= sum(large and not rule for large, rule in zip(large, ruled)) < len(ruled) - 10
    assert any(large and rule for large, rule in zip(large, ruled))


def test_solid_share_table_is_its_threshold() -> None:
    assert ink._SOLID_INKED == [255 if level < 150 else 0 for level in range(256)]
