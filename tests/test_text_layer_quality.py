"""A scan's own text layer judged by its words: a copier's poor invisible
OCR layer (l/1, O/0 confused, capitals inside words) sends the page to our
own OCR; a clean layer is trusted and costs no OCR.

The test pages are built here: a page-sized image of printed text with an
invisible text layer (render mode 3) on top, clean or garbled by the
confusions a poor OCR engine makes.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from soknad_extract.layout import Line, Page
from soknad_extract.layout.settings import OCR_POOR_LAYER_WORD_RATIO
from soknad_extract.readers.ocr.decide import needs_ocr
from soknad_extract.readers.ocr.stage import _merge_ocr
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.readers.pdf.text_layer import misshapen_share, poor_text_layer, reads_poorly

ROWS = [
    "Tilskudd til sosiale tjenester i Nav – søknad for 2020",
    "Nav-kontor: Nav Eidsvoll",
    "Kommune: Eidsvoll kommune",
    "Organisasjonsnummer: 974 712 345",
    "Kontaktperson: Lillian Holm, lillian.holm@nav.no, telefon 63 95 11 70",
    "Prosjektets navn: Bolig og oppfølging for unge voksne",
    "Prosjektet skal gi unge voksne en stabil bolig og tett oppfølging mot arbeid.",
    "Oppstart: 01.03.2020. Stilling: 100 % prosjektkoordinator, lønn kr 600 000.",
    "Kompetanseheving: kr 10 000. Samlet beløp det søkes om: kr 610 000.",
    "Vi ønsker å delta i nettverk og i ekstern prosessevaluering.",
]

_CONFUSIONS = {"l": "1", "o": "0", "O": "0", "i": "l", "I": "l", "0": "O", "1": "I", "e": "c"}
"""What a poor OCR engine reads for these letters on a grainy copy."""


def _garble(text: str, rate: float, seed: int) -> str:
    """The text as a poor OCR engine reads it: each confusable character
    swapped at ``rate``; capitals inside names read as small letters."""
    rng = random.Random(seed)
    return "".join(_CONFUSIONS[c] if c in _CONFUSIONS and rng.random() < rate else c for c in text)


def _scanned_pdf(path: Path, layer: list[str]) -> Path:
    """One A4 page: a 150 dpi image of ``ROWS`` covering the page, and the
    given lines as an invisible text layer where the rows lie."""
    scale = 150 / 72
    width, height = A4
    image = Image.new("L", (round(width * scale), round(height * scale)), 245)
    draw = ImageDraw.Draw(image)
    for k, row in enumerate(ROWS):
        draw.text((60 * scale, (80 + 24 * k) * scale), row, fill=20, font_size=round(11 * scale))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    text = c.beginText()
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 11)
    for k, row in enumerate(layer):
        text.setTextOrigin(60, height - 80 - 24 * k - 10)
        text.textOut(row)
    c.drawText(text)
    c.save()
    return path


def _only_page(path: Path) -> Page:
    return read_pdf(path, render=lambda _page: False).pages[0]


def _lines(rows: list[str]) -> list[Line]:
    return [Line(row, 1) for row in rows]


# --- The measure -------------------------------------------------------------------


def test_clean_text_is_not_misshapen() -> None:
    count, share = misshapen_share(_lines(ROWS + ["Format A4, skjema NAV 04-01.03, e-post post2@eidsvoll.kommune.no"]))
    assert count > 40 and share < OCR_POOR_LAYER_WORD_RATIO / 2
    assert not reads_poorly(_lines(ROWS))


def test_a_copiers_confusions_are_misshapen() -> None:
    garbled = [_garble(row, 0.5, seed) for seed, row in enumerate(ROWS)]
    _, share = misshapen_share(_lines(garbled))
    assert share >= OCR_POOR_LAYER_WORD_RATIO
    assert reads_poorly(_lines(garbled))


def test_reversed_text_with_capitals_inside_words_is_misshapen() -> None:
    reversed_rows = [_garble(row[::-1], 0.3, seed).swapcase() for seed, row in enumerate(ROWS)]
    assert reads_poorly(_lines(reversed_rows))


def test_too_few_words_are_not_judged() -> None:
    assert not reads_poorly(_lines(["RlNGERlKE 2O2O utvik1ing"]))


# --- The OCR stage's decision ------------------------------------------------------


def test_a_scan_with_a_clean_hidden_layer_is_trusted(tmp_path: Path) -> None:
    page = _only_page(_scanned_pdf(tmp_path / "clean.pdf", ROWS))
    assert not poor_text_layer(page)
    assert not needs_ocr(page)


def test_a_scan_with_a_poor_hidden_layer_goes_to_ocr(tmp_path: Path) -> None:
    garbled = [_garble(row, 0.5, seed) for seed, row in enumerate(ROWS)]
    page = _only_page(_scanned_pdf(tmp_path / "poor.pdf", garbled))
    assert poor_text_layer(page)
    assert needs_ocr(page)


def test_misshapen_text_without_a_scan_under_it_is_not_ocr(tmp_path: Path) -> None:
    """A born-digital page of codes and part numbers reads poorly but shows
    no image to read instead: the text is what the file holds."""
    path = tmp_path / "codes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for k, row in enumerate(ROWS):
        c.drawString(60, 760 - 24 * k, _garble(row, 0.5, k))
    c.save()
    page = _only_page(path)
    assert poor_text_layer(page)
    assert not needs_ocr(page)


def test_a_page_our_ocr_reads_no_better_is_unsure() -> None:
    garbled = [_garble(row, 0.5, seed) for seed, row in enumerate(ROWS)]
    pdf_page = Page(number=1, width=595, height=842, lines=_lines(garbled))
    worse = Page(number=1, width=595, height=842, lines=_lines([_garble(r, 0.6, 9 + k) for k, r in enumerate(ROWS)]))
    assert _merge_ocr(pdf_page, worse).unread == [(0.0, 0.0, 595, 842)]
    better = Page(number=1, width=595, height=842, lines=_lines(ROWS))
    assert _merge_ocr(pdf_page, better).unread == []


@pytest.mark.ocr
def test_a_poor_hidden_layer_is_read_from_the_image(tmp_path: Path) -> None:
    from soknad_extract.readers.registry import PdfReader

    garbled = [_garble(row, 0.5, seed) for seed, row in enumerate(ROWS)]
    doc = PdfReader().read(_scanned_pdf(tmp_path / "poor.pdf", garbled))
    text = "\n".join(line.text for line in doc.pages[0].lines)
    assert "Eidsvoll" in text and "Kontaktperson" in text
    assert not reads_poorly(doc.pages[0].lines)
