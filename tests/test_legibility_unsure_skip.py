"""A page with no unsure line is not mostly guessed, and its letters are not
counted (``legibility._mostly_guessed``): held to the full count on the
samples' pages and on made-up pages, read by OCR or not, with lines of every
confidence, letters, digits or none."""

from __future__ import annotations

import random
import re
from pathlib import Path

from soknad_extract.extract import legibility
from soknad_extract.readers import read_document
from tests.builders.layouts import ocr_page, pdf_line, pdf_page

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [p for folder in ("born_digital", "signed") for suffix in ("*.docx", "*.pdf")
           for p in sorted((ROOT / "samples" / folder).glob(suffix)) if not p.name.startswith("broken_")]


def _counted(page) -> bool:
    """Every line's letters counted, as before the skip."""
    letters = [(len(re.findall(r"[^\W_]", line.text)), legibility._unsure(page, line)) for line in page.lines]
    total = sum(n for n, _ in letters)
    return total > 0 and sum(n for n, unsure in letters if unsure) >= legibility.UNSURE_SHARE * total


def test_sample_pages() -> None:
    pages = [page for path in SAMPLES for page in read_document(path).pages]
    assert len(pages) > 40
    for page in pages:
        assert legibility._mostly_guessed(page) == _counted(page)


def test_made_up_pages() -> None:
    rng = random.Random(16)
    texts = ["Prosjektleder Kari Lid", "600 000", "", "- . ,", "Søknad", "x"]
    guessed = 0
    for i in range(400):
        lines = [pdf_line(rng.choice(texts), 1, 72, 40 + 12 * n) for n in range(rng.randint(0, 6))]
        for line in lines:
            line.confidence = rng.choice([1.0, 0.9, 0.5, 0.2, 0.0])
            line.ocr = rng.random() < 0.3
        page = ocr_page(1, lines) if i % 2 else pdf_page(1, lines)
        assert legibility._mostly_guessed(page) == _counted(page)
        guessed += _counted(page)
    assert guessed > 20
