"""A scan's invisible text layer that does not lie over the scan's text.

Class: a page-sized picture of a two-column form ("Kontaktperson" on the
left, the answer in a column further right) under another program's
invisible OCR layer (render mode 3). A layer placed where the picture
prints each column is trusted; a layer that writes each row as one string
from the row's start leaves the answer column's ink uncovered, and the page
is read again by our OCR. The pages are built here.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from soknad_extract.readers.ocr.decide import needs_ocr
from soknad_extract.readers.pdf.layer_fit import misplaced_layer
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.readers.pdf.text_layer import own_lines

ROWS = [
    ("Nav-kontor", "Nav Eidsvoll"),
    ("Kommune", "Eidsvoll"),
    ("Organisasjonsnummer", "974712345"),
    ("Kontaktperson", "Lillian Holm"),
    ("E-post", "lillian.holm@nav.no"),
    ("Prosjektnavn", "Bolig og oppfølging"),
    ("Oppstart", "01.03.2020"),
    ("Kompetanse", "10 000"),
]
LEFT, RIGHT, TOP, STEP = 60, 260, 80, 24


def _scan(path: Path, fitted: bool, contrast: int = 20, band: int | None = None) -> Path:
    """One A4 page: a 150 dpi picture of the two columns, and an invisible
    layer either at each column (``fitted``) or each row as one string
    from the row's start. With ``band`` (a grey), every third row stands
    in a shaded bar across the page, as a form's section headings do."""
    scale = 150 / 72
    width, height = A4
    image = Image.new("L", (round(width * scale), round(height * scale)), 245)
    draw = ImageDraw.Draw(image)
    for k in range(0, len(ROWS), 3) if band is not None else ():
        top = (TOP + STEP * k - 4) * scale
        draw.rectangle((40 * scale, top, (width - 40) * scale, top + 20 * scale), fill=band)
    for k, (label, answer) in enumerate(ROWS):
        for x, text in ((LEFT, label), (RIGHT, answer)):
            draw.text((x * scale, (TOP + STEP * k) * scale), text, fill=contrast, font_size=round(11 * scale))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 11)
    for k, (label, answer) in enumerate(ROWS):
        baseline = height - TOP - STEP * k - 10
        if fitted:
            for x, part in ((LEFT, label), (RIGHT, answer)):
                text.setTextOrigin(x, baseline)
                text.textOut(part)
        else:
            text.setTextOrigin(LEFT, baseline)
            text.textOut(f"{label} {answer}")
    c.drawText(text)
    c.save()
    return path


def test_a_layer_at_each_column_is_trusted(tmp_path: Path) -> None:
    page = read_pdf(_scan(tmp_path / "fitted.pdf", fitted=True)).pages[0]
    assert not misplaced_layer(page, own_lines(page))
    assert not needs_ocr(page)


def test_a_layer_of_whole_rows_from_the_rows_start_goes_to_ocr(tmp_path: Path) -> None:
    page = read_pdf(_scan(tmp_path / "rows.pdf", fitted=False)).pages[0]
    assert misplaced_layer(page, own_lines(page))
    assert needs_ocr(page)


def test_a_low_contrast_scan_is_judged_the_same(tmp_path: Path) -> None:
    page = read_pdf(_scan(tmp_path / "grey.pdf", fitted=False, contrast=150)).pages[0]
    assert misplaced_layer(page, own_lines(page))


def test_a_page_whose_picture_was_not_drawn_is_not_judged(tmp_path: Path) -> None:
    """Before the reader draws the picture, nothing is known of its ink."""
    page = read_pdf(_scan(tmp_path / "rows.pdf", fitted=False), render=lambda _page: False).pages[0]
    assert not misplaced_layer(page, own_lines(page))


def test_shaded_section_bars_on_a_fitted_scan_are_no_uncovered_text(tmp_path: Path) -> None:
    """A wide even area of ink is a bar, not words the layer misses."""
    for grey in (90, 130, 170, 210):
        page = read_pdf(_scan(tmp_path / f"bands{grey}.pdf", fitted=True, band=grey)).pages[0]
        assert not misplaced_layer(page, own_lines(page)), grey
        assert not needs_ocr(page), grey


def test_a_misplaced_layer_over_shaded_bars_still_goes_to_ocr(tmp_path: Path) -> None:
    page = read_pdf(_scan(tmp_path / "bands_rows.pdf", fitted=False, band=150)).pages[0]
    assert misplaced_layer(page, own_lines(page))


def test_a_born_digital_page_over_a_letterhead_picture_keeps_its_text(tmp_path: Path) -> None:
    """Class: a Word-to-PDF export that places the letterhead (a coloured
    bar down the margin, a band across the head) as one full-page picture
    under the page's own visible text."""
    scale = 150 / 72
    width, height = A4
    image = Image.new("RGB", (round(width * scale), round(height * scale)), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 45 * scale, height * scale), fill=(195, 0, 0))
    draw.rectangle((0, 0, width * scale, 50 * scale), fill=(0, 70, 140))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    path = tmp_path / "letterhead.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    c.setFont("Helvetica", 11)
    for k, (label, answer) in enumerate(ROWS):
        c.drawString(LEFT, height - TOP - STEP * k - 10, label + ":")
        c.drawString(RIGHT, height - TOP - STEP * k - 10, answer)
    c.save()
    page = read_pdf(path).pages[0]
    assert not misplaced_layer(page, own_lines(page))
    assert not needs_ocr(page)
