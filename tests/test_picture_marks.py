"""Ticks and handwriting of a searchable scan whose text layer fits.

Class: a page-sized scan of a form with check boxes and a signature under
another program's invisible OCR layer (render mode 3) placed where the
picture prints each word. The layer gives the text; the ticks and the ink
are only in the picture and are found there (``ocr.picture_marks``). A
born-digital page drawn over a full-page letterhead picture prints its
text itself and gains nothing. The pages are built here.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from soknad_extract.readers.ocr import available
from soknad_extract.readers.registry import PdfReader

ROWS = [
    "Søknad om tilskudd",
    "Nav-kontor: Nav Eidsvoll",
    "Kommune: Eidsvoll",
    "Kontaktperson: Lillian Holm",
    "Prosjektnavn: Bolig og oppfølging",
    "Hvilke områder gjelder tiltaket?",
    "Arbeid",
    "Bolig",
    "Sted og dato: Eidsvoll, 01.03.2020",
    "Signatur Nav-leder",
]
LEFT, TOP, STEP, BOX = 60, 80, 30, 10
BOX_ROWS = {6: True, 7: False}
"""Row index → whether its check box is ticked."""


def _scan(path: Path) -> Path:
    """One A4 page: a 300 dpi picture of the rows, two check boxes (one
    ticked) and a signature, under an invisible layer at each row."""
    scale = 300 / 72
    width, height = A4
    image = Image.new("L", (round(width * scale), round(height * scale)), 250)
    draw = ImageDraw.Draw(image)
    for k, text in enumerate(ROWS):
        x = LEFT + (BOX + 8 if k in BOX_ROWS else 0)
        draw.text((x * scale, (TOP + STEP * k) * scale), text, fill=10, font_size=round(11 * scale))
    for k, ticked in BOX_ROWS.items():
        x0, y0 = LEFT * scale, (TOP + STEP * k + 1) * scale
        side = BOX * scale
        draw.rectangle((x0, y0, x0 + side, y0 + side), outline=0, width=3)
        if ticked:
            draw.line((x0 + 6, y0 + 6, x0 + side - 6, y0 + side - 6), fill=0, width=5)
            draw.line((x0 + side - 6, y0 + 6, x0 + 6, y0 + side - 6), fill=0, width=5)
    base = (TOP + STEP * len(ROWS) + 10) * scale
    points = [((LEFT + 4 * i) * scale, base + (18 if i % 2 else 0) * scale) for i in range(30)]
    draw.line(points, fill=20, width=4, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 11)
    for k, row in enumerate(ROWS):
        text.setTextOrigin(LEFT + (BOX + 8 if k in BOX_ROWS else 0), height - TOP - STEP * k - 10)
        text.textOut(row)
    c.drawText(text)
    c.save()
    return path


def _letterhead(path: Path) -> Path:
    """A born-digital page: visible text drawn over a full-page picture
    that holds only a coloured header band."""
    width, height = A4
    image = Image.new("RGB", (round(width * 2), round(height * 2)), (255, 255, 255))
    ImageDraw.Draw(image).rectangle((0, 0, image.width, 120), fill=(20, 60, 140))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    c.setFont("Helvetica", 11)
    for k, row in enumerate(ROWS):
        c.drawString(LEFT, height - TOP - STEP * k - 10, row)
    c.save()
    return path


def test_ticks_and_ink_of_a_fitting_scan_are_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without Tesseract the layer is the page's text (with it, the scan is
    # read again by our OCR: test_copier_layer.py) and the marks come from the picture.
    monkeypatch.setattr(available, "ocr_available", lambda: (False, None))
    page = PdfReader().read(_scan(tmp_path / "scan.pdf")).pages[0]
    assert not any(line.ocr for line in page.lines)
    boxes = {field.label: field.checked for field in page.fields if field.method == "pixels"}
    assert boxes == {"Arbeid": True, "Bolig": False}
    assert [image.name for image in page.images].count("ink") == 1


def test_a_letterhead_page_is_not_a_searchable_scan(tmp_path: Path) -> None:
    read = PdfReader().read(_letterhead(tmp_path / "letter.pdf")).pages[0]
    assert not read.fields and [image.name for image in read.images].count("ink") == 0
