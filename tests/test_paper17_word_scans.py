"""Word files that are only pictures of a paper form (a scan pasted into
Word): the pictures are read like scanned pages. Word files with text of
their own keep their pictures as pictures (signature ink is never OCR'd)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.docx.scanned import ocr_scanned_word, scanned_pictures
from soknad_extract.readers.registry import READERS

_LINES = ["Søknad om tilskudd til sosiale tjenester", "Nav-kontor", "Nav Lillehammer",
          "Kontaktperson", "Kari Nordmann", "Sum det søkes om", "610 000"]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _page_png(lines: list[str]) -> bytes:
    """A page of paper at 150 dpi (A4) with the lines typed on it."""
    page = PILImage.new("L", (1240, 1754), 245)
    draw = ImageDraw.Draw(page)
    font = _font(30)
    for i, text in enumerate(lines):
        draw.text((120, 150 + 70 * i), text, fill=20, font=font)
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    return buffer.getvalue()


def _ink_png() -> bytes:
    """A small signature: a few dark strokes on white."""
    ink = PILImage.new("L", (300, 100), 255)
    draw = ImageDraw.Draw(ink)
    draw.line([(10, 70), (80, 20), (140, 80), (220, 25), (290, 60)], fill=0, width=5)
    buffer = io.BytesIO()
    ink.save(buffer, "PNG")
    return buffer.getvalue()


def _picture_only(tmp_path: Path, pages: int = 2) -> Path:
    document = docx.Document()
    for _ in range(pages):
        document.add_picture(io.BytesIO(_page_png(_LINES)), width=Pt(520))
    path = tmp_path / "scan.docx"
    document.save(path)
    return path


def _typed_with_ink(tmp_path: Path) -> Path:
    document = docx.Document()
    for text in _LINES:
        document.add_paragraph(text)
    document.add_paragraph("Underskrift Nav-leder")
    document.add_picture(io.BytesIO(_ink_png()), width=Pt(150))
    path = tmp_path / "typed.docx"
    document.save(path)
    return path


def test_picture_only_word_file_gives_its_page_pictures(tmp_path: Path) -> None:
    doc = read_docx(_picture_only(tmp_path))
    assert len(scanned_pictures(doc)) == 2


def test_word_file_with_text_keeps_signature_ink_as_a_picture(tmp_path: Path) -> None:
    doc = read_docx(_typed_with_ink(tmp_path))
    assert scanned_pictures(doc) == []
    assert ocr_scanned_word(doc) is doc
    assert not doc.ocr and len(doc.images()) == 1


def test_small_pictures_in_an_empty_word_file_are_not_pages(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_picture(io.BytesIO(_ink_png()), width=Pt(150))
    path = tmp_path / "ink.docx"
    document.save(path)
    assert scanned_pictures(read_docx(path)) == []


@pytest.mark.ocr
def test_picture_only_word_file_is_read_like_a_scan(tmp_path: Path) -> None:
    doc = READERS["docx"].read(_picture_only(tmp_path, pages=1))
    assert doc.format == "docx" and doc.ocr and len(doc.pages) == 1
    text = "\n".join(line.text for line in doc.lines())
    assert "Nav Lillehammer" in text and "610 000" in text
