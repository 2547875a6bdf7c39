"""A scan pasted into Word is read at the resolution Word shows it at, not
at the dpi its file states: scanners and programs often tag a 300 dpi page
as 72 dpi (or write nothing), and Word sizes the picture to the page."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.docx.scanned import page_rasters, reading_dpi, scanned_pictures, shown_dpi
from soknad_extract.readers.registry import READERS

_LINES = ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
          "Søkende Nav-kontor: Nav Fjellby", "Prosjektets navn: Jobbhuset", "Stillingsprosent: 100 %",
          "Sum det søkes om: kr 610 000", "Prioriterte områder:"]


_AREAS = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
          "Sikring av sårbare overganger"]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _scan_in_word(tmp_path: Path, stated_dpi: int, shown_pt: float = 500.0) -> Path:
    """An A4 page scanned at 300 dpi whose file states ``stated_dpi``,
    pasted into Word ``shown_pt`` points wide: typed lines and three
    check boxes, the first crossed."""
    page = PILImage.new("L", (2480, 3508), 245)
    draw = ImageDraw.Draw(page)
    for i, text in enumerate(_LINES):
        draw.text((200, 250 + 90 * i), text, fill=20, font=_font(42))
    for i, text in enumerate(_AREAS):
        y = 900 + 90 * i
        draw.rectangle((200, y, 245, y + 45), outline=20, width=4)
        if i == 0:
            draw.line((205, y + 5, 240, y + 40), fill=20, width=5)
            draw.line((240, y + 5, 205, y + 40), fill=20, width=5)
        draw.text((280, y), text, fill=20, font=_font(42))
    buffer = io.BytesIO()
    page.save(buffer, "PNG", dpi=(stated_dpi, stated_dpi))
    document = docx.Document()
    document.add_picture(io.BytesIO(buffer.getvalue()), width=Pt(shown_pt))
    path = tmp_path / f"scan{stated_dpi}.docx"
    document.save(path)
    return path


def test_shown_dpi_is_pixels_over_the_inches_shown() -> None:
    assert shown_dpi((2480, 3508), (595.0, 842.0)) == pytest.approx(300.0, rel=0.01)
    assert shown_dpi((3508, 2480), (842.0, 595.0)) == pytest.approx(300.0, rel=0.01)
    assert shown_dpi((2480, 3508), None) is None


def test_the_files_dpi_is_kept_while_the_shown_size_agrees_with_it() -> None:
    """A page picture fitted between Word's margins is shown smaller than
    its paper: its file's dpi stays; a tag far from the shown size does not."""
    assert reading_dpi(300.0, 357.0) == 300.0
    assert reading_dpi(200.0, 227.0) == 200.0
    assert reading_dpi(72.0, 357.0) == 357.0
    assert reading_dpi(600.0, 300.0) == 300.0
    assert reading_dpi(300.0, None) == 300.0


def test_page_picture_tagged_72_dpi_is_drawn_at_the_size_word_shows_it(tmp_path: Path) -> None:
    doc = read_docx(_scan_in_word(tmp_path, stated_dpi=72))
    pictures = scanned_pictures(doc)
    assert len(pictures) == 1
    ((_, raster),) = list(page_rasters(pictures))
    assert raster is not None
    shown_w, _ = pictures[0].display_size or (0.0, 0.0)
    # a page, not a poster: the size Word shows it at, or its paper's (A4,
    # when the file's 72 dpi implies no paper and its size is guessed)
    assert 0.98 * shown_w <= raster.width_pt <= 1.02 * 595.3
    assert raster.dpi >= 200


@pytest.mark.ocr
def test_page_picture_tagged_72_dpi_is_read(tmp_path: Path) -> None:
    doc = READERS["docx"].read(_scan_in_word(tmp_path, stated_dpi=72))
    text = "\n".join(line.text for line in doc.lines())
    assert "Nav Fjellby" in text and "610 000" in text and "Jobbhuset" in text
    boxes = [field for field in doc.fields() if field.kind == "checkbox"]
    assert [field.checked for field in boxes] == [True, False, False]
