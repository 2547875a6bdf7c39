"""A scan's invisible text layer is another engine's OCR (``readers.copier_layer``):
a page-sized picture under a layer in render mode 3 is read by our OCR like
any scan, even when the layer's slips look like words ("Pro sjektets",
"Kontaktpcrson"), and the record says the text came from OCR. The page is
built here."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from soknad_extract.readers.registry import PdfReader

PRINTED = [
    "Søknad om tilskudd 2020",
    "Kontaktperson: Marit Solberg",
    "Prosjektets navn: Tett på",
    "Telefon: 91 23 45 67",
    "Stillingsandel: 80 %",
    "Sum lønn: 480 000",
] + [
    "Prosjektet skal gi familier med lav inntekt tett oppfølging mot arbeid.",
    "Veilederne samarbeider med skolene og helsetjenesten i kommunen.",
    "Tiltaket evalueres etter ett år, og resultatene deles med andre kontor.",
    "Kontoret ønsker å delta i nettverket for prosjektene i fylket.",
]
LAYER = [
    "Soknad om tilskudd 2020",
    "Kontaktpcrson: Marit Solbcrg",
    "Pro sjektets navn: Tett pa",
    "Telefon: 91 23 45 67",
    "Stillingsandcl: 80 %",
    "Sum lonn: 480 000",
] + PRINTED[6:]
"""The layer's slips all look like words (no digit inside a word, every word
has a vowel): nothing marks it as a poor layer but its reading."""
LEFT, TOP, STEP = 60, 80, 30


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _searchable_scan(path: Path) -> Path:
    scale = 300 / 72
    width, height = A4
    image = Image.new("L", (round(width * scale), round(height * scale)), 248)
    draw = ImageDraw.Draw(image)
    for k, text in enumerate(PRINTED):
        draw.text((LEFT * scale, (TOP + STEP * k) * scale), text, fill=10, font=_font(round(11 * scale)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 11)
    for k, row in enumerate(LAYER):
        # each layer line stretched over its printed line, as a copier places it
        printed = draw.textlength(PRINTED[k], font=_font(round(11 * scale))) / scale
        text.setHorizScale(100 * printed / c.stringWidth(row, "Helvetica", 11))
        text.setTextOrigin(LEFT, height - TOP - STEP * k - 10)
        text.textOut(row)
    c.drawText(text)
    c.save()
    return path


@pytest.mark.ocr
def test_a_searchable_scan_is_read_by_our_ocr(tmp_path: Path) -> None:
    doc = PdfReader().read(_searchable_scan(tmp_path / "scan.pdf"))
    page = doc.pages[0]
    assert page.ocr and doc.ocr
    text = "\n".join(line.text for line in page.lines)
    assert "Kontaktperson: Marit Solberg" in text and "Sum lønn: 480 000" in text
    assert "Kontaktpcrson" not in text and "Solbcrg" not in text
