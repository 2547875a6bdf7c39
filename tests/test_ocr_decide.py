"""Which born-digital pages go to OCR: a page whose own text is only a
heading but which carries a picture of text (a signature page printed,
signed, scanned and pasted under a title) holds its content in the picture."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from soknad_extract.layout import Image, Line, Page, Word
from soknad_extract.readers.ocr.decide import needs_ocr
from soknad_extract.readers.registry import READERS

WIDTH, HEIGHT = 595.0, 842.0


def _heading_page(*pictures: tuple[float, float, float, float]) -> Page:
    box = (56.0, 40.0, 330.0, 54.0)
    heading = "5. Underskrifter (skannet og limt inn)"
    page = Page(number=2, width=WIDTH, height=HEIGHT, lines=[Line(heading, 2, box, [Word(heading, box)])])
    page.images = [Image(page=2, bbox=picture) for picture in pictures]
    return page


def test_a_heading_over_a_pasted_picture_is_read_by_ocr() -> None:
    assert needs_ocr(_heading_page((56.0, 75.0, 536.0, 245.0)))  # 16 % of the page


def test_a_heading_beside_a_logo_is_not() -> None:
    assert not needs_ocr(_heading_page((480.0, 20.0, 560.0, 70.0)))  # < 1 %


def test_a_page_of_text_with_a_picture_is_not() -> None:
    page = _heading_page((56.0, 75.0, 536.0, 345.0))
    for row in range(40):
        top = 360.0 + row * 11
        text = f"Linje {row}: Nav-kontoret søker om tilskudd til en stilling i prosjektet."
        page.lines.append(Line(text, 2, (56.0, top, 540.0, top + 10), [Word(text, (56.0, top, 540.0, top + 10))]))
    assert not needs_ocr(page)


def _signature_block_png() -> bytes:
    """A signature block as a scanner would give it: printed names, titles
    and dates drawn by pdfium from a PDF with a built-in font, as pixels."""
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=(480, 170))
    sheet.setFont("Helvetica", 13)
    for x, (name, title) in zip((20, 260), (("Rune Dahl", "Nav-leder"), ("Kari Vang", "Rådmann"))):
        sheet.line(x, 95, x + 190, 95)
        sheet.drawString(x, 75, name)
        sheet.drawString(x, 57, title)
        sheet.drawString(x, 39, "Dato: 27.01.2020")
    sheet.save()
    pdf = pdfium.PdfDocument(buffer.getvalue())
    try:
        picture = pdf[0].render(scale=300 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.ocr
def test_names_in_a_pasted_signature_scan_are_read(tmp_path: Path) -> None:
    path = tmp_path / "limt-inn.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    for row in range(30):
        pdf.drawString(56, 780 - row * 14, f"Punkt {row + 1}: Nav Levanger søker om tilskudd til en stilling.")
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(56, 800, "5. Underskrifter (skannet og limt inn)")
    pdf.drawImage(ImageReader(io.BytesIO(_signature_block_png())), 56, 600, 480, 170)
    pdf.showPage()
    pdf.save()
    document = READERS["pdf"].read(path)
    second = "\n".join(line.text for line in document.pages[1].lines)
    assert "Rune Dahl" in second and "Kari Vang" in second
    assert "27.01.2020" in second
    first = "\n".join(line.text for line in document.pages[0].lines)
    assert "Punkt 1: Nav Levanger" in first  # the text page keeps its own text layer
