"""A PDF's drawn images get their PNG bytes when something reads
``Image.data``, not while the page is read: the ink test reads the drawn
pixels (``Image.picture``), and the bytes made later must be the ones the
reader made before (``tests/test_ink_handover.py`` holds them to the pixels)."""

from __future__ import annotations

import copy
import io
import pickle
from dataclasses import replace
from pathlib import Path

from PIL import Image as PILImage

from soknad_extract.extract.signatures.ink import classify_image
from soknad_extract.layout import Image
from soknad_extract.readers import read_document
from soknad_extract.readers.pdf.images import png_of

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _drawn_images() -> list[Image]:
    pdfs = sorted(p for folder in ("born_digital", "signed") for p in (SAMPLES / folder).glob("*.pdf")
                  if not p.name.startswith("broken_"))
    return [image for path in pdfs for image in read_document(path).images() if image.picture is not None]


def test_bytes_given_are_kept_and_a_maker_runs_once_when_read() -> None:
    assert Image(page=1, bbox=None).data is None
    assert Image(1, None, data=b"png").data == b"png"
    made: list[int] = []

    def maker() -> bytes:
        made.append(1)
        return b"made"

    image = Image(page=1, bbox=None, data=maker)
    assert made == []
    assert image.data == b"made" and image.data == b"made"
    assert made == [1]
    assert image == Image(page=1, bbox=None, data=b"made")
    image.data = b"other"
    assert image.data == b"other"
    assert replace(image, page=2).data == b"other"
    assert pickle.loads(pickle.dumps(image)).data == b"other"
    assert copy.deepcopy(image).data == b"other"


def test_the_ink_test_makes_no_bytes_and_the_bytes_made_are_the_drawing() -> None:
    images = _drawn_images()
    assert images, "the samples have drawn images"
    for image in images:
        assert callable(image.__dict__["_data"]), "bytes made while the page was read"
        classify_image(image)
        assert callable(image.__dict__["_data"]), "the ink test made the bytes"
        data = image.data
        assert data == png_of(image.picture)
        with PILImage.open(io.BytesIO(data)) as decoded:
            decoded.load()
            assert (decoded.mode, decoded.size) == (image.picture.mode, image.picture.size)
            assert decoded.tobytes() == image.picture.tobytes()
        assert image.__dict__["_data"] is data


def test_a_drawn_image_pickles_with_its_bytes() -> None:
    image = _drawn_images()[0]
    copied = pickle.loads(pickle.dumps(image))
    assert copied.data == image.data
