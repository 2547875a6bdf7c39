"""The readers hand the ink test the pictures they decoded (``Image.picture``).

The Word reader decodes a picture's bytes to measure it, the PDF reader draws
a placed image and encodes it as PNG; the ink test used to decode those bytes
again. Now it reads the reader's picture, which must be exactly the pixels of
the image's own bytes (not another picture's, not a changed copy), and give
the ink test the same answer the bytes do.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image as PILImage

from soknad_extract.extract.signatures.ink import _pixel_stats, _width_pt, classify_image
from soknad_extract.layout import Image
from soknad_extract.readers import read_document
from soknad_extract.readers.docx.images import HANDED_OVER_PIXELS, PictureKeeper, measure

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _files() -> list[Path]:
    folders = (SAMPLES / "born_digital", SAMPLES / "signed")
    return sorted(p for folder in folders for p in folder.iterdir()
                  if p.suffix.lower() in (".pdf", ".docx") and not p.name.startswith("broken_"))


def _decoded(data: bytes) -> PILImage.Image:
    with PILImage.open(io.BytesIO(data)) as img:
        img.load()
        return img.copy()


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_handed_picture_is_the_bytes_and_reads_the_same(path: Path) -> None:
    doc = read_document(path)
    for image in doc.images():
        if image.data is None:
            assert image.picture is None
            continue
        if image.picture is None:
            continue
        fresh = _decoded(image.data)
        assert (image.picture.mode, image.picture.size) == (fresh.mode, fresh.size)
        assert image.picture.tobytes() == fresh.tobytes()
        if fresh.mode == "P":
            assert image.picture.getpalette() == fresh.getpalette()
            assert image.picture.info.get("transparency") == fresh.info.get("transparency")
        width = _width_pt(image)
        assert _pixel_stats(image.data, width, image.picture) == _pixel_stats(image.data, width)


def test_samples_hand_pictures_over() -> None:
    """Both readers hand pictures over on the samples (else the test above
    would pass by checking nothing)."""
    handed = {p.suffix.lower() for p in _files() for i in read_document(p).images() if i.picture is not None}
    assert handed == {".pdf", ".docx"}


def _png(image: PILImage.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def test_ink_test_reads_the_handed_picture() -> None:
    """The verdict follows the handed picture: a stroke picture with a solid
    block's picture handed over is judged as the block (so a stale or wrong
    picture would show in the records, and the test above guards it)."""
    stroke = PILImage.new("RGB", (300, 100), "white")
    for x in range(20, 280):
        stroke.putpixel((x, 50 + (x // 10) % 5), (0, 0, 0))
    block = PILImage.new("RGB", (300, 100), "white")
    block.paste((0, 0, 0), (40, 20, 260, 80))
    data = _png(stroke)
    assert classify_image(Image(page=2, bbox=(0, 0, 150, 50), data=data)).is_ink
    assert not classify_image(Image(page=2, bbox=(0, 0, 150, 50), data=data, picture=block)).is_ink


def test_a_document_keeps_pictures_decoded_up_to_its_budget() -> None:
    keeper = PictureKeeper()
    side = int(HANDED_OVER_PIXELS ** 0.5) + 1
    width, height, ink, large = measure(_png(PILImage.new("L", (side, side), 255)))
    assert (width, height, ink) == (side, side, 0.0) and large is not None
    assert keeper.keep(large) is None
    small = [measure(_png(PILImage.new("L", (1000, 1000), 0)))[3] for _ in range(5)]
    kept = [keeper.keep(picture) for picture in small]
    assert kept[:4] == small[:4] and kept[4] is None
    assert keeper.keep(None) is None
