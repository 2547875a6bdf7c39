"""Answers typed on a transparent picture over a form whose labels are text
(``readers.answer_layer``): the page is OCR'd and the words where the text
layer has none join it as OCR lines on their labels' rows and in the empty
cells beside them. A born-digital page over a letterhead picture gains
nothing. The pages are built here."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from soknad_extract.readers.registry import PdfReader

ROWS = [
    ("Kontorets navn", "Nav Gjøvik"),
    ("Kommune", "Gjøvik"),
    ("Kontaktperson", "Eirik Haugen"),
    ("Telefon", "61 18 40 00"),
    ("Tiltakets navn", "Veien videre"),
    ("Oppstartsdato", "15.04.2020"),
    ("Ansvarlig", "Siri Holm"),
]
PROSE = [
    "Skjemaet fylles ut av Nav-kontoret og sendes fylkesmannen innen fristen.",
    "Alle felt skal fylles ut. Beskriv prosjektet kort og oppgi hvem som er ansvarlig.",
    "Søknaden skal være underskrevet av leder for Nav-kontoret og av kommunens ledelse.",
    "Opplysningene brukes bare til behandlingen av søknaden om tilskudd.",
]
LEFT, ANSWER_X, TOP, STEP = 60, 250, 90, 28


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _form(path: Path, *, answers: bool = True) -> Path:
    """Labels as visible text; the answers (or nothing) on a full-page
    transparent picture drawn over them at 200 dpi."""
    width, height = A4
    scale = 200 / 72
    layer = Image.new("RGBA", (round(width * scale), round(height * scale)), (255, 255, 255, 0))
    draw = ImageDraw.Draw(layer)
    if answers:
        for k, (_, answer) in enumerate(ROWS):
            draw.text((ANSWER_X * scale, (TOP + STEP * k - 9) * scale), answer, fill=(15, 15, 15, 255),
                      font=_font(round(11 * scale)))
    else:
        draw.rectangle((0, 0, layer.width, round(60 * scale)), fill=(20, 60, 140, 255))
    buffer = io.BytesIO()
    layer.save(buffer, format="PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    for k, (label, _) in enumerate(ROWS):
        c.drawString(LEFT, height - TOP - STEP * k, label)
    for k, text in enumerate(PROSE):
        c.drawString(LEFT, height - TOP - STEP * (len(ROWS) + 1) - 16 * k, text)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height, mask="auto")
    c.save()
    return path


@pytest.mark.ocr
def test_answers_on_the_picture_join_their_labels_rows(tmp_path: Path) -> None:
    page = PdfReader().read(_form(tmp_path / "form.pdf")).pages[0]
    labels = [line for line in page.lines if not line.ocr]
    answers = [line for line in page.lines if line.ocr]
    assert [line.text for line in labels] == [label for label, _ in ROWS] + PROSE
    assert {"Nav Gjøvik", "Eirik Haugen", "Veien videre", "15.04.2020"} <= {line.text for line in answers}
    for line in answers:
        label = next(lab for lab in labels if abs(lab.bbox[1] - line.bbox[1]) < 6)
        assert page.lines.index(label) < page.lines.index(line)
    assert page.ocr


def test_a_page_over_a_letterhead_picture_is_not_read_again(tmp_path: Path) -> None:
    page = PdfReader().read(_form(tmp_path / "letter.pdf", answers=False)).pages[0]
    assert not any(line.ocr for line in page.lines) and not page.ocr
