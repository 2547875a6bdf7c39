"""A boxed form whose rule between question and answer is missing or too
faint to survive a scan or a photo: the ruling finds a one-column table,
and the wide gap that runs down it between labels and answers puts the
column back (``ocr.gaps``, ``ocr.tables.split_undrawn_column``).

The forms are drawn here: a stack of boxes, one question per box, label on
the left and answer further right, so every expectation is known exactly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from soknad_extract import read_application
from soknad_extract.readers.ocr import gaps as ocr_gaps
from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import page as ocr_page
from soknad_extract.readers.ocr import tables as ocr_tables
from soknad_extract.readers.ocr.text import OcrWord

LEFT, RIGHT, TOP, ROW = 100, 2300, 200, 100
"""The stack of boxes: x of its sides, y of its top and each box's height (pixels)."""


def _boxes(rows: int, rule: int | None = None) -> Image.Image:
    """``rows`` boxes stacked without a column rule, or with one drawn in
    grey ``rule`` at x = 900 (a faint rule a scan drops)."""
    image = Image.new("L", (2480, TOP + rows * ROW + 200), 255)
    draw = ImageDraw.Draw(image)
    for r in range(rows):
        draw.rectangle((LEFT, TOP + r * ROW, RIGHT, TOP + (r + 1) * ROW), outline=0, width=3)
    if rule is not None:
        draw.line((900, TOP, 900, TOP + rows * ROW), fill=rule, width=2)
    return image


def _word(text: str, x: int, row: int, width: int) -> OcrWord:
    """A word of 40 px height in box ``row``."""
    y = TOP + row * ROW + 30
    return OcrWord(text, (x, y, x + width, y + 40), 0.9)


def _grid(rows: int) -> ocr_tables.Grid:
    grids, _ = ocr_tables.find_grids(np.asarray(_boxes(rows)) < 128)
    assert len(grids) == 1 and len(grids[0].columns) == 2, "one column: the rule was never drawn"
    return grids[0]


def _labelled_rows() -> list[OcrWord]:
    """Five boxes of label and answer; the answers start at x = 1000, the
    longest label ends at x = 780."""
    labels = [("Nav-kontor", 300), ("Kommune", 260), ("Stillingsprosent", 520), ("Lønn", 160),
              ("Kompetanse", 680)]
    answers = [("Nav", 130), ("Nesna", 200), ("80", 80), ("480", 120), ("8", 40)]
    words = []
    for row, ((label, lw), (answer, aw)) in enumerate(zip(labels, answers)):
        words += [_word(label, 120, row, lw), _word(answer, 1000, row, aw)]
    return words


def test_rows_of_label_and_answer_get_the_column_rule_that_was_not_drawn() -> None:
    grid = _grid(5)
    words = _labelled_rows()
    placed = ocr_tables.fill_cells([grid], words)
    assert [[c.col_span for c in row] for row in grid.cells] == [[1, 1]] * 5
    assert 800 < grid.columns[1] < 1000, "the rule falls between the longest label and the answers"
    assert [[" ".join(w.text for w in c.words) for c in row] for row in grid.cells][:2] == [
        ["Nav-kontor", "Nav"], ["Kommune", "Nesna"]]
    assert placed[id(words[1])] == (0, 0, 1)


def test_a_row_across_the_gap_stays_one_cell_and_an_unanswered_one_gets_an_empty_answer() -> None:
    grid = _grid(6)
    words = _labelled_rows() + [_word("Tiltaket", 120, 5, 1500)]
    del words[7]  # "Lønn" has no answer
    ocr_tables.fill_cells([grid], words)
    assert [[c.col_span for c in row] for row in grid.cells] == [[1, 1]] * 5 + [[2]]
    assert [[w.text for w in c.words] for c in grid.cells[3]] == [["Lønn"], []]


def test_prose_a_narrow_gap_or_two_rows_by_chance_keep_one_column() -> None:
    # a box of prose: words a space apart, lines wrapping at different words
    grid = _grid(4)
    prose = [_word(f"ord{i}", 120 + i * 200 + (row * 60) % 180, row, 170) for row in range(4) for i in range(10)]
    ocr_tables.fill_cells([grid], prose)
    assert len(grid.columns) == 2
    # label and answer one word height apart: a space after a colon, no column
    grid = _grid(4)
    close = [w for row in range(4) for w in (_word("Kommune:", 120, row, 300), _word("Nesna", 470, row, 200))]
    ocr_tables.fill_cells([grid], close)
    assert len(grid.columns) == 2
    # only two of five boxes split at the gap; the others are prose across it
    grid = _grid(5)
    words = _labelled_rows()[:4] + [_word("Tekst over hele boksen", 120, row, 1800) for row in (2, 3, 4)]
    ocr_tables.fill_cells([grid], words)
    assert len(grid.columns) == 2


def test_shared_gap_needs_rows_with_words_on_both_sides() -> None:
    boxes = [[(120, 0, 400, 40), (1000, 0, 1100, 40)] for _ in range(3)]
    assert ocr_gaps.shared_gap(boxes, 100, 2300) == pytest.approx(700, abs=1)
    only_labels = [[(120, 0, 400, 40)] for _ in range(3)]
    assert ocr_gaps.shared_gap(only_labels, 100, 2300) is None
    assert ocr_gaps.shared_gap([[], [], []], 100, 2300) is None


def _form(rule: int | None) -> Image.Image:
    """A one-page application drawn as a stack of boxed questions at 300
    dpi, answers at x = 1000, and a column rule of grey ``rule`` (None: no
    rule), photographed: 1° askew on a dark desk, blurred."""
    rows = [("Nav-kontor", "Nav Nesna"), ("Kommune", "Nesna"), ("Org.nr.", "974107708"),
            ("Kontaktperson", "Eirik Hals"), ("E-post", "eirik.hals@nav.no"), ("Telefon", "75 05 66 00"),
            ("Tiltakets navn", "Sammen i arbeid"), ("Oppstart", "01.06.2020"), ("Stillingsprosent", "80 %"),
            ("Lønn og sosiale utgifter", "480 000"), ("Kompetanse", "8 000"), ("Sum omsøkt", "488 000")]
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 150), "Søknad om tilskudd til utvikling av sosiale tjenester", fill=0, font_size=56)
    for r, (label, answer) in enumerate(rows):
        top = 300 + r * ROW
        draw.rectangle((LEFT, top, RIGHT, top + ROW), outline=0, width=4)
        draw.text((130, top + 28), label, fill=0, font_size=44)
        draw.text((1000, top + 28), answer, fill=0, font_size=44)
    if rule is not None:
        draw.line((950, 300, 950, 300 + len(rows) * ROW), fill=rule, width=2)
    sheet = page.resize((int(page.width * 0.9), int(page.height * 0.9)))
    photo = Image.new("L", page.size, 60)
    photo.paste(sheet, ((page.width - sheet.width) // 2, (page.height - sheet.height) // 2))
    return photo.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=60).filter(ImageFilter.GaussianBlur(1.0))


@pytest.mark.ocr
@pytest.mark.parametrize("rule", [None, 225])
def test_photographed_boxed_form_reads_each_answer_beside_its_question(rule: int | None, tmp_path: Path) -> None:
    photo = _form(rule)
    page = ocr_page.ocr_raster(ocr_image.Raster(photo, 300), 1)
    assert len(page.tables) == 1
    rows = [[c.text for c in row] for row in page.tables[0].rows]
    assert rows[0] == ["Nav-kontor", "Nav Nesna"]
    assert rows[8] == ["Stillingsprosent", "80 %"]
    assert all(len(row) == 2 for row in rows)
    if rule is None:
        path = tmp_path / "photo.png"
        photo.save(path, dpi=(300, 300))
        record = read_application(path)
        assert record.office.name == "Nav Nesna"
        assert record.positions_percent_total == 80
        assert not {f.code for f in record.findings} & {"OFFICE_MISSING", "POSITION_PERCENT_MISSING"}
