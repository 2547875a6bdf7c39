"""The pdfium character reader gives pdfplumber's characters and words.

The reader will take its text from pdfium instead of pdfminer (issue 15), so
every word pdfplumber finds with the reader's settings must come out of
pdfium with the same text, and its box must agree to half a point.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from soknad_extract.readers.pdf.pdfium_chars import WORD_SETTINGS, extract_words, page_chars
from soknad_extract.readers.pdf.pdfium_chars import dedupe_chars as dedupe_pdfium

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDFS = sorted(
    p for folder in ("samples/born_digital", "samples/signed")
    for p in (ROOT / folder).glob("*.pdf") if not p.name.startswith("broken_")
)
BOX = ("x0", "top", "x1", "bottom")
TOLERANCE = 0.5


def _plumber(data: bytes) -> list[list[dict]]:
    """pdfplumber's words after the reader's duplicate filter (the same
    rule as ``pdfium_chars.dedupe_chars``)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_dedupe(page).extract_words(**WORD_SETTINGS) for page in pdf.pages]


def _dedupe(page):
    kept = {id(c) for c in dedupe_pdfium(page.chars)}
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in kept)


def _pdfium(data: bytes) -> list[list[dict]]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [extract_words(dedupe_pdfium(page_chars(page))) for page in pdf]
    finally:
        pdf.close()


def _matches(theirs: list[dict], ours: list[dict]) -> int:
    left = list(ours)
    matched = 0
    for word in theirs:
        for i, other in enumerate(left):
            if other["text"] == word["text"] and all(abs(other[k] - word[k]) <= TOLERANCE for k in BOX):
                matched += 1
                del left[i]
                break
    return matched


def _pdf(draw) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    draw(page)
    page.save()
    return buffer.getvalue()


def test_a_form_row_gives_the_same_words_and_boxes() -> None:
    def draw(page: canvas.Canvas) -> None:
        page.setFont("Helvetica-Bold", 11)
        page.drawString(72, 700, "Nav-kontor:")
        page.setFont("Helvetica", 11)
        page.drawString(300, 700, "Nav Kongsvinger")
        page.drawString(72, 680, "Beløp: 450 000 kr")

    data = _pdf(draw)
    theirs, ours = _plumber(data)[0], _pdfium(data)[0]
    assert [w["text"] for w in ours] == [w["text"] for w in theirs]
    assert _matches(theirs, ours) == len(theirs)


def test_characters_carry_font_name_size_and_upright() -> None:
    def draw(page: canvas.Canvas) -> None:
        page.setFont("Helvetica-Bold", 14)
        page.drawString(72, 760, "Søknad")
        page.setFont("Helvetica", 9)
        page.drawString(72, 740, "ok")

    pdf = pdfium.PdfDocument(_pdf(draw))
    chars = page_chars(pdf[0])
    pdf.close()
    assert "".join(c["text"] for c in chars) == "Søknadok"
    heading, body = chars[0], chars[-1]
    assert "Bold" in heading["fontname"] and "Bold" not in body["fontname"]
    assert heading["size"] == pytest.approx(14) and body["size"] == pytest.approx(9)
    assert all(c["upright"] for c in chars)
    assert heading["top"] < body["top"]
    assert heading["bottom"] - heading["top"] == pytest.approx(14)


def test_a_gap_of_more_than_a_fifth_of_the_size_splits_a_word() -> None:
    def draw(page: canvas.Canvas) -> None:
        page.setFont("Helvetica", 10)
        x = 72.0
        for part, gap in (("Org", 2.5), ("nr", 1.0), ("123", 0.0)):  # 2.5 pt > 0.2 × 10 pt > 1 pt
            page.drawString(x, 700, part)
            x += pdfmetrics.stringWidth(part, "Helvetica", 10) + gap

    words = _pdfium(_pdf(draw))[0]
    assert [w["text"] for w in words] == ["Org", "nr123"]


def test_a_character_printed_twice_counts_once() -> None:
    def draw(page: canvas.Canvas) -> None:
        page.setFont("Helvetica", 10)
        page.drawString(72, 700, "Nav")
        page.drawString(72.2, 700, "Nav")

    assert [w["text"] for w in _pdfium(_pdf(draw))[0]] == ["Nav"]


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.name)
def test_sample_pdfs_give_pdfplumbers_words(path: Path) -> None:
    """Every word's text is found; boxes agree to 0.5 pt for nearly all (the
    rest differ because pdfium and pdfminer take a standard font's width or
    a font's descent from different places, by 0.5–1 pt)."""
    data = path.read_bytes()
    theirs, ours = _plumber(data), _pdfium(data)
    assert len(ours) == len(theirs)
    for a, b in zip(theirs, ours):
        assert Counter(w["text"] for w in b) == Counter(w["text"] for w in a)
    total = sum(len(a) for a in theirs)
    matched = sum(_matches(a, b) for a, b in zip(theirs, ours))
    assert matched >= 0.93 * total


def test_a_hyphen_that_ends_a_line_is_a_hyphen() -> None:
    """pdfium codes a line-ending "-" as U+0002 so that its own text joins
    the word; the page prints a hyphen ("Nav-" over "leiar"), and pdfplumber
    reads one."""
    def draw(page) -> None:
        page.setFont("Helvetica", 11)
        page.drawString(72, 700, "Dokumentet er godkjent av Nav-")
        page.drawString(72, 686, "leiar Hanne Bø 27.01.2020.")

    words = [w["text"] for w in _pdfium(_pdf(draw))[0]]
    assert "Nav-" in words and not any("\x02" in w for w in words)
