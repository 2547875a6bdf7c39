"""Two form pages on one sheet (a 2-up print, an A3 spread, an open booklet)
are read as one page whose halves come one after the other; a single page
set in two columns (a label column beside its answers) is never split."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from soknad_extract.readers.image import read_image
from soknad_extract.readers.ocr import spread
from soknad_extract.readers.ocr.text import OcrWord

WIDTH, HEIGHT = 3500, 2480
"""A landscape A4 sheet at 300 dpi: two A5 portrait pages side by side."""


def _column(x: int, texts: list[str], first_block: int, top: int = 300, pitch: int = 90) -> list[OcrWord]:
    """Lines of words starting at ``x``, one under the other (a page's left margin)."""
    words: list[OcrWord] = []
    for i, text in enumerate(texts):
        left = x
        for token in text.split():
            width = 28 * len(token)
            words.append(OcrWord(token, (left, top + i * pitch, left + width, top + i * pitch + 40), 0.95,
                                 first_block + i, 1, 1))
            left += width + 20
    return words


PAGE_ONE = [
    "Søknad om tilskot", "1 Søkjar", "Nav-kontor", "Nav Fjaler", "Kommune", "Fjaler",
    "Organisasjonsnr.", "974523108", "2 Kontaktperson", "Namn", "Solveig Hovland", "Telefon", "57 73 80 21",
]
PAGE_TWO = [
    "5 Satsingsområde (kryss av)", "Bruk av ordinært arbeidsliv", "Sikring av sårbare overgangar",
    "6 Nettverk?", "Ja", "Nei", "8 Underskrifter", "Nav-leiar", "Gunnar Kvamme",
]


def test_two_pages_side_by_side_on_a_landscape_sheet_have_a_gutter() -> None:
    words = _column(200, PAGE_ONE, 0) + _column(1950, PAGE_TWO, 100)
    gutter = spread.find_gutter(words, WIDTH, HEIGHT)
    assert gutter is not None and 1300 < gutter < 1950
    assert all(spread.on_left(w.box, gutter) == (w.block < 100) for w in words)


def test_answer_lines_running_into_the_gutter_do_not_join_the_pages() -> None:
    words = _column(200, PAGE_ONE, 0) + _column(1950, PAGE_TWO, 100)
    ruling = np.zeros((HEIGHT, WIDTH), dtype=bool)
    ruling[400:1400:90, 200:1700] = True  # page one's answer lines, past its text
    assert spread.find_gutter(words, WIDTH, HEIGHT, ruling) is not None


def test_a_rule_across_the_gutter_makes_one_form() -> None:
    words = _column(200, PAGE_ONE, 0) + _column(1950, PAGE_TWO, 100)
    ruling = np.zeros((HEIGHT, WIDTH), dtype=bool)
    ruling[800, 200:3300] = True
    assert spread.find_gutter(words, WIDTH, HEIGHT, ruling) is None


def test_a_portrait_page_in_two_columns_is_not_split() -> None:
    words = _column(150, PAGE_ONE, 0) + _column(1300, PAGE_TWO, 100)
    assert spread.find_gutter(words, 2480, 3500) is None


def test_a_landscape_form_with_answers_at_a_tab_stop_is_not_split() -> None:
    labels = ["Nav-kontor:", "Kommune:", "Organisasjonsnr.:", "Kontaktperson:", "Telefon:", "E-post:", "Prosjekt:"]
    answers = ["Nav Fjaler", "Fjaler", "974523108", "Solveig Hovland", "57 73 80 21", "sh@nav.no", "Ung i Fjaler"]
    words = _column(1000, labels, 0) + _column(1000 + 28 * 17 + 60, answers, 100)
    assert spread.find_gutter(words, WIDTH, HEIGHT) is None


def test_one_portrait_page_photographed_in_a_landscape_frame_is_not_split() -> None:
    answers = ["Nav Fjaler", "Fjaler", "974523108", "Solveig Hovland", "57 73 80 21", "sh@nav.no", "Ung i Fjaler"]
    labels = ["Kontor", "Kommune", "Org.nr.", "Kontakt", "Telefon", "E-post", "Prosjekt"]
    words = _column(1000, labels, 0) + _column(1700, answers, 100)
    assert spread.find_gutter(words, WIDTH, HEIGHT) is None


def test_a_caption_beside_a_page_is_no_second_page() -> None:
    words = _column(200, PAGE_ONE, 0) + _column(2200, ["Side 1", "Mottatt"], 100)
    assert spread.find_gutter(words, WIDTH, HEIGHT) is None


def test_a_half_starting_far_below_the_other_is_no_page() -> None:
    words = _column(200, PAGE_ONE, 0) + _column(1950, PAGE_TWO, 100, top=1300)
    assert spread.find_gutter(words, WIDTH, HEIGHT) is None


def _sheet(path: Path) -> Path:
    """A 2-up sheet drawn with Pillow: each page's labels over their answers,
    rows of the two pages at the same heights."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    for x, texts in ((200, PAGE_ONE), (1950, PAGE_TWO)):
        for i, text in enumerate(texts):
            draw.text((x, 300 + i * 110), text, fill=0, font_size=52)
    image.save(path, dpi=(300, 300))
    return path


@pytest.mark.ocr
def test_a_photographed_2up_sheet_reads_page_one_then_page_two(tmp_path: Path) -> None:
    doc = read_image(_sheet(tmp_path / "sheet.png"))
    assert doc.page_count == 1
    texts = [line.text for line in doc.pages[0].lines]
    assert texts.index("Nav Fjaler") == texts.index("Nav-kontor") + 1
    assert max(texts.index(t) for t in ("Nav-kontor", "Solveig Hovland", "Telefon")) < min(
        texts.index(t) for t in ("Nav-leiar", "Gunnar Kvamme"))
