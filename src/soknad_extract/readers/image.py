"""Scanned applications delivered as image files: PNG, JPEG and TIFF.

Every frame of the file is one page (a multi-page TIFF is a whole scanned
application) and goes through the same OCR path as an image-only PDF page.
Frames are decoded one at a time as OCR consumes them, so a long TIFF does
not have to fit in memory at once.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from .. import limits
from ..layout import Document, ReaderNote
from ..messages import reader_text
from .errors import UnreadableDocument
from .ocr.image import Raster, image_frames, raster_from_image
from .ocr.stage import ocr_rasters, settle_unread


def _unreadable(path: Path, reason: str, **values: object) -> UnreadableDocument:
    """The image cannot be opened for the catalogue's ``reason``."""
    return UnreadableDocument(*(
        reader_text("image_unreadable", lang, name=path.name, reason=reader_text(reason, lang, **values))
        for lang in ("nb", "en")
    ))


def _rasters(image: PILImage.Image) -> Iterator[tuple[int, Raster | None]]:
    """Numbered rasters of the frames; a frame that cannot be decoded (a
    truncated file) becomes None, which OCR turns into an empty page and a
    note, so the pages before it are kept."""
    number = 0
    frames = image_frames(image)
    while True:
        number += 1
        try:
            frame = next(frames)
        except StopIteration:
            return
        except (OSError, ValueError, SyntaxError):
            yield number, None
            return
        try:
            yield number, raster_from_image(frame)
        except (OSError, ValueError):
            yield number, None


def read_image(path: str | Path) -> Document:
    """OCR an image file into a document of format "image". Raises
    ``UnreadableDocument`` when the file is not an image Pillow can open;
    a missing Tesseract gives pages without text and a note instead."""
    path = Path(path)
    lim = limits.active()
    try:
        with warnings.catch_warnings():
            # the size is checked against our own limit below; Pillow's warning would reach stderr
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            image = PILImage.open(path)
    except PILImage.DecompressionBombError as error:
        raise limits.LimitExceeded("max_pixels", None, lim.max_pixels, path.name) from error
    except FileNotFoundError as error:
        raise _unreadable(path, "image_missing") from error
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise _unreadable(path, "image_not_image", error=type(error).__name__) from error
    notes: list[ReaderNote] = []
    with image:
        pages = ocr_rasters(_rasters(image), notes)
    settle_unread(pages, notes)
    if not pages:
        raise _unreadable(path, "image_no_pages")
    return Document(path=str(path), format="image", pages=pages, page_count=len(pages), notes=notes)
