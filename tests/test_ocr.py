"""OCR of scanned pages: text with æøå, deskew, check boxes, ruled tables,
ink, when OCR is needed, image files, and a missing Tesseract.

The test page is drawn with reportlab, rendered to pixels and damaged
(rotation, noise, blur, grey paper), so every expectation is known exactly.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.layout import Line, Page, Word
from soknad_extract.readers.ocr import available as ocr_available_module
from soknad_extract.readers.ocr import decide as ocr_decide
from soknad_extract.readers.ocr import stage as ocr_stage
from soknad_extract.readers.ocr import blots as ocr_blots
from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import marks as ocr_marks
from soknad_extract.readers.ocr import page as ocr_page
from soknad_extract.readers.ocr import tables as ocr_tables
from soknad_extract.readers.ocr import libtesseract as ocr_libtesseract
from soknad_extract.readers.ocr import lines as ocr_lines
from soknad_extract.readers.ocr import text as ocr_text
from soknad_extract.readers.errors import UnreadableDocument
from soknad_extract.readers.image import read_image

# Tests that run the real Tesseract are marked ``ocr``: without it they fail
# (tests/conftest.py says what to install). The missing-Tesseract path is tested below without it.

SCRIBBLE_PT = (300, 400, 450, 425)
"""Where the test page's hand-drawn signature lies (x0, top, x1, bottom)."""


def _draw_page(path: Path) -> None:
    """A one-page application: label/value rows, a Ja/Nei question with
    boxes (Nei ticked), a ruled budget, prose, and a scribbled signature."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, height - 70, "Søknad om tilskudd til utvikling av sosiale tjenester")
    c.setFont("Helvetica", 11)
    y = height - 110
    for label, value in [
        ("Nav-kontor:", "Nav Lillehammer-Gausdal"),
        ("Organisasjonsnummer:", "974 778 874"),
        ("Kontaktperson:", "Kari Nordmann, kari.nordmann@nav.no, 412 34 567"),
        ("Prosjektets navn:", "Ungdom i arbeid – økt mestring på tvers"),
    ]:
        c.drawString(60, y, label)
        c.drawString(220, y, value)
        y -= 20
    y -= 10
    c.drawString(60, y, "Er Nav-kontoret interessert i nettverk?")
    c.rect(300, y - 2, 10, 10)
    c.drawString(315, y, "Ja")
    c.rect(350, y - 2, 10, 10)
    c.line(350, y - 2, 360, y + 8)
    c.line(350, y + 8, 360, y - 2)
    c.drawString(365, y, "Nei")
    y -= 30
    c.drawString(60, y, "Budsjett")
    y -= 10
    rows = [("Post", "Beløp"), ("Lønn og sosiale kostnader, 100 % stilling", "610 000"),
            ("Kompetanse", "10 000"), ("Sum", "620 000")]
    top = y
    for label, amount in rows:
        c.drawString(66, y - 15, label)
        c.drawRightString(490, y - 15, amount)
        y -= 22
    for k in range(len(rows) + 1):
        c.line(60, top - 22 * k, 500, top - 22 * k)
    for x in (60, 380, 500):
        c.line(x, top, x, top - 22 * len(rows))
    y -= 30
    c.drawString(60, y, "Vi ser fram til å høre fra dere. Tiltaket skal gi ungdom økt mestring og arbeid.")
    y -= 60
    c.drawString(60, y, "Sted og dato: Lillehammer, 28.01.2020")
    c.setLineWidth(1.4)
    path_ = c.beginPath()
    path_.moveTo(300, y - 5)
    path_.curveTo(320, y + 30, 330, y - 30, 345, y + 10)
    path_.curveTo(360, y + 40, 370, y - 20, 390, y + 5)
    path_.curveTo(400, y + 20, 420, y - 25, 450, y + 2)
    c.drawPath(path_, stroke=1, fill=0)
    c.setLineWidth(1)
    c.line(290, y - 12, 470, y - 12)
    c.drawString(300, y - 26, "Per Hansen, Nav-leder")
    c.save()


def _scan(image: Image.Image, degrees: float, seed: int = 7) -> Image.Image:
    """Rotate, grey the paper, add noise and blur: a flatbed scan."""
    rng = np.random.default_rng(seed)
    rotated = image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    array = np.asarray(rotated, dtype=np.float32) * 0.85 + 25 + rng.normal(0, 12, rotated.size[::-1])
    noisy = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    return noisy.filter(ImageFilter.GaussianBlur(0.7))


@pytest.fixture(scope="module")
def born_digital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ocr") / "page.pdf"
    _draw_page(path)
    return path


@pytest.fixture(scope="module")
def clean_image(born_digital: Path) -> Image.Image:
    pdf = pdfium.PdfDocument(str(born_digital))
    try:
        return ocr_image.render_pdf_page(pdf, 1).image
    finally:
        pdf.close()


@pytest.fixture(scope="module")
def scanned_pdf(clean_image: Image.Image, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page scanned with a 2° skew and saved as an image-only PDF."""
    path = tmp_path_factory.mktemp("ocr") / "scan.pdf"
    _scan(clean_image, 2.0).save(path, "PDF", resolution=300)
    return path


@pytest.fixture(scope="module")
def scanned_page(scanned_pdf: Path) -> Page:
    pages = ocr_stage.ocr_pdf_pages(scanned_pdf, [1])
    assert len(pages) == 1
    return pages[0]


def _text(page: Page) -> str:
    return "\n".join(line.text for line in page.lines)


def _line_with(page: Page, text: str) -> Line:
    matches = [line for line in page.lines if text in line.text]
    assert matches, f"no line contains {text!r}:\n{_text(page)}"
    return matches[0]


# --- Text ------------------------------------------------------------------


@pytest.mark.ocr
def test_ocr_reads_norwegian_words_with_aeoeaa(scanned_page: Page) -> None:
    text = _text(scanned_page)
    assert "Søknad om tilskudd" in text
    assert "Nav Lillehammer-Gausdal" in text
    assert "610 000" in text
    assert "økt mestring" in text
    assert "Beløp" in text


@pytest.mark.ocr
def test_ocr_page_and_lines_are_marked_with_confidence(scanned_page: Page) -> None:
    assert scanned_page.ocr
    assert all(line.ocr for line in scanned_page.lines)
    assert all(0.0 <= line.confidence <= 1.0 for line in scanned_page.lines)
    title = _line_with(scanned_page, "Søknad om tilskudd")
    assert title.confidence > 0.8
    assert title.confidence == pytest.approx(sum(w.confidence for w in title.words) / len(title.words), abs=0.01)


@pytest.mark.ocr
def test_poor_copy_reads_with_low_confidence(clean_image: Image.Image) -> None:
    """A faded, noisy copy: most words are still read, but nothing on it is
    trusted as a clean scan is, so LOW_CONFIDENCE can warn the clerk."""
    rng = np.random.default_rng(3)
    small = clean_image.resize((clean_image.width * 2 // 3, clean_image.height * 2 // 3), Image.Resampling.LANCZOS)
    blurred = small.filter(ImageFilter.GaussianBlur(1.3))
    faded = (255 - (255 - np.asarray(blurred, dtype=np.float32)) * 0.55) * 0.85 + rng.normal(0, 26, blurred.size[::-1])
    buffer = io.BytesIO()
    Image.fromarray(np.clip(faded, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=30)
    poor = Image.open(buffer)
    poor.info["dpi"] = (200, 200)
    page = ocr_page.ocr_raster(ocr_image.raster_from_image(poor), 1)
    assert "610 000" in _text(page)
    assert max(line.confidence for line in page.lines) < 0.6


@pytest.mark.ocr
def test_boxes_are_pdf_points_in_the_deskewed_frame(scanned_page: Page) -> None:
    assert scanned_page.width == pytest.approx(A4[0], abs=1)
    assert scanned_page.height == pytest.approx(A4[1], abs=1)
    x0, top, _, bottom = _line_with(scanned_page, "Søknad om tilskudd").bbox
    # Drawn at x=60, baseline 70 pt from the top in 16 pt type.
    assert x0 == pytest.approx(60, abs=4)
    assert top == pytest.approx(58, abs=4)
    assert bottom == pytest.approx(73, abs=4)


@pytest.mark.ocr
def test_label_and_value_on_one_row_are_separate_lines(scanned_page: Page) -> None:
    label = _line_with(scanned_page, "Nav-kontor:")
    value = _line_with(scanned_page, "Nav Lillehammer-Gausdal")
    assert label is not value
    assert label.text == "Nav-kontor:"
    assert abs(label.bbox[1] - value.bbox[1]) < 4
    assert value.bbox[0] == pytest.approx(220, abs=4)
    lines = scanned_page.lines
    assert lines.index(value) == lines.index(label) + 1, "reading order keeps label and value together"


@pytest.mark.ocr
def test_email_at_sign_survives(scanned_page: Page) -> None:
    assert "kari.nordmann@nav.no" in _text(scanned_page)


def test_email_repair_only_where_a_domain_follows() -> None:
    def word(text: str, x: int) -> ocr_text.OcrWord:
        return ocr_text.OcrWord(text, (x, 0, x + 50, 20), 0.9, 1, 1, 1)

    split = ocr_text.repair_email_at([word("kari.nordmann", 0), word("Q", 60), word("nav.no,", 80)])
    assert [w.text for w in split] == ["kari.nordmann@nav.no,"]
    glued = ocr_text.repair_email_at([word("ola.hansenQlillehammer.kommune.no", 0)])
    assert [w.text for w in glued] == ["ola.hansen@lillehammer.kommune.no"]
    bracketed = ocr_text.repair_email_at([word("liv.kristin.moen(Øringsaker.kommune.no", 0)])
    assert [w.text for w in bracketed] == ["liv.kristin.moen@ringsaker.kommune.no"]
    spaced = ocr_text.repair_email_at([word("kjersti.holm", 0), word("@nav.no", 60)])
    assert [w.text for w in spaced] == ["kjersti.holm@nav.no"]
    prose = ocr_text.repair_email_at([word("Punkt", 0), word("Q", 60), word("gjelder", 80)])
    assert [w.text for w in prose] == ["Punkt", "Q", "gjelder"]


def test_ocr_slips_on_forms_are_corrected() -> None:
    def word(text: str, x: int, line: int = 1) -> ocr_text.OcrWord:
        return ocr_text.OcrWord(text, (x, 0, x + 40, 20), 0.9, 1, 1, line)

    def dash(text: str, x: int, width: int) -> ocr_text.OcrWord:
        return ocr_text.OcrWord(text, (x, 10, x + width, 13), 0.9, 1, 1, 1)

    words = [word("[XI", 0), word("Ja", 50), word("[]ja", 100), word("Jobbspor", 200), dash("-", 250, 9),
             word("ordinært", 270), dash("—", 320, 5), word("arbeid", 330),
             word("-", 0, line=2), word("punkt", 20, line=2), word("{X}", 300)]
    fixed = ocr_text.correct(words)
    assert [w.text for w in fixed] == [
        "[X]", "Ja", "[ ]", "ja", "Jobbspor", "–", "ordinært", "-", "arbeid", "-", "punkt", "[X]",
    ]
    glued = [w for w in fixed if w.text in ("[ ]", "ja")]
    assert glued[0].box[2] == glued[1].box[0] and glued[0].box[0] == 100 and glued[1].box[2] == 140
    assert ocr_text.normalise_box_glyph("[") == "[ ]"
    assert ocr_text.normalise_box_glyph("[X") == "[X]"
    assert ocr_text.normalise_box_glyph("[sic]") == "[sic]"
    assert ocr_text.normalise_box_glyph("(1)") == "(1)"
    assert ocr_text.normalise_box_glyph("(x)") == "(x)"


def test_reading_order_pairs_a_label_with_a_value_set_higher() -> None:
    def line(text: str, x0: int, top: int, bottom: int) -> ocr_text.OcrLine:
        return ocr_text.OcrLine([ocr_text.OcrWord(text, (x0, top, x0 + 200, bottom), 0.9)])

    lines = [line("10 000", 1700, 546, 571), line("Kompetanse", 240, 558, 592),
             line("620 000", 1700, 637, 662), line("Totalt omsøkt beløp", 240, 650, 683)]
    assert [l.text for l in ocr_lines.reading_order(lines)] == [
        "Kompetanse", "10 000", "Totalt omsøkt beløp", "620 000",
    ]


# --- Deskew and orientation ----------------------------------------------------


@pytest.mark.parametrize("degrees", [2.0, -2.0, 0.7])
def test_deskew_recovers_the_rotation(clean_image: Image.Image, degrees: float) -> None:
    estimated = ocr_image.estimate_skew(_scan(clean_image, degrees))
    assert estimated == pytest.approx(degrees, abs=0.5)


def test_straight_page_has_no_skew(clean_image: Image.Image) -> None:
    assert ocr_image.estimate_skew(clean_image) == pytest.approx(0.0, abs=0.2)


@pytest.mark.ocr
def test_upside_down_page_is_turned_and_read(clean_image: Image.Image) -> None:
    upside_down = _scan(clean_image, 0.0).transpose(Image.Transpose.ROTATE_180)
    assert ocr_text.detect_orientation(upside_down, 300) == 180
    page = ocr_page.ocr_raster(ocr_image.Raster(upside_down, 300), 1)
    assert "Nav Lillehammer-Gausdal" in _text(page)
    assert _line_with(page, "Søknad om tilskudd").bbox[1] < 100, "the title is at the top again"


# --- Check boxes -----------------------------------------------------------------


@pytest.mark.ocr
def test_check_boxes_from_pixels(scanned_page: Page) -> None:
    boxes = [f for f in scanned_page.fields if f.method == "pixels"]
    assert [(f.label, f.checked) for f in boxes] == [("Ja", False), ("Nei", True)]
    for box in boxes:
        assert box.kind == "checkbox"
        assert box.group == "Er Nav-kontoret interessert i nettverk"
        assert box.confidence >= 0.9
    ja = boxes[0]
    assert ja.bbox[0] == pytest.approx(300, abs=4)


@pytest.mark.ocr
def test_check_boxes_are_not_counted_twice(scanned_page: Page) -> None:
    assert len([f for f in scanned_page.fields if f.kind == "checkbox"]) == 2
    assert "[]" not in _text(scanned_page)
    assert _line_with(scanned_page, "Ja").text == "Ja"


def _box_image(mark: str) -> np.ndarray:
    """A 300 dpi strip with one 42 px printed box, empty or marked."""
    image = Image.new("L", (200, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((50, 30, 92, 72), outline=0, width=4)
    if mark == "x":
        draw.line((54, 34, 88, 68), fill=0, width=4)
        draw.line((54, 68, 88, 34), fill=0, width=4)
    elif mark == "tick":
        draw.line((58, 52, 68, 64), fill=0, width=3)
        draw.line((68, 64, 86, 38), fill=0, width=3)
    elif mark == "dirt":
        draw.point([(60, 45), (75, 60)], fill=0)
    return np.asarray(image) < 128


@pytest.mark.parametrize(("mark", "checked"), [("x", True), ("tick", True), ("none", False), ("dirt", False)])
def test_check_box_ticked_from_inner_ink(mark: str, checked: bool) -> None:
    binary = _box_image(mark)
    boxes = ocr_marks.find_check_boxes(binary, np.zeros_like(binary))
    assert len(boxes) == 1
    assert boxes[0].checked is checked
    assert boxes[0].box == (50, 30, 93, 73)


def test_round_letters_and_lines_are_not_boxes() -> None:
    image = Image.new("L", (300, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 30, 62, 72), outline=0, width=4)
    draw.line((100, 50, 280, 50), fill=0, width=4)
    binary = np.asarray(image) < 128
    assert ocr_marks.find_check_boxes(binary, np.zeros_like(binary)) == []


def test_glyph_boxes_read_as_text_become_fields() -> None:
    words = [
        ocr_text.OcrWord("Nettverk:", (0, 0, 100, 30), 0.9),
        ocr_text.OcrWord("[X]", (120, 0, 150, 30), 0.8),
        ocr_text.OcrWord("Ja", (160, 0, 190, 30), 0.9),
        ocr_text.OcrWord("[", (220, 0, 230, 30), 0.7),
        ocr_text.OcrWord("]", (235, 0, 245, 30), 0.7),
        ocr_text.OcrWord("Nei", (250, 0, 290, 30), 0.9),
    ]
    fields = ocr_page._glyph_fields([ocr_text.OcrLine(words)], words, [], 1, 72 / 300)
    assert [(f.label, f.checked, f.group, f.method) for f in fields] == [
        ("Ja", True, "Nettverk", "glyph"), ("Nei", False, "Nettverk", "glyph"),
    ]
    on_pixel_box = ocr_marks.PixelBox((118, 0, 152, 30), True, 0.4, 1.0)
    assert [f.label for f in ocr_page._glyph_fields([ocr_text.OcrLine(words)], words, [on_pixel_box], 1, 72 / 300)] == ["Nei"]


def test_glyph_boxes_take_their_question_by_position() -> None:
    """The question stands apart from the boxes (a separate line on the
    row), or above a list of boxes."""
    def word(text: str, x0: int, top: int) -> ocr_text.OcrWord:
        return ocr_text.OcrWord(text, (x0, top, x0 + 20 * len(text), top + 30), 0.9)

    question = [word("Prosessevaluering?", 0, 0)]
    answers = [word("[X]", 600, 0), word("Ja", 680, 0), word("[]", 800, 0), word("Nei", 860, 0)]
    heading = [word("Prioriterte", 0, 100), word("områder", 250, 100)]
    first = [word("[X]", 20, 150), word("Arbeidsliv", 100, 150)]
    wrapped = [word("og", 20, 190), word("innvandrere", 80, 190)]
    second = [word("[]", 20, 230), word("Overganger", 100, 230)]
    lines = [ocr_text.OcrLine(group) for group in (question, answers, heading, first, wrapped, second)]
    words = question + answers + heading + first + wrapped + second
    fields = ocr_page._glyph_fields(lines, words, [], 1, 72 / 300)
    assert [(f.label, f.checked, f.group) for f in fields] == [
        ("Ja", True, "Prosessevaluering"), ("Nei", False, "Prosessevaluering"),
        ("Arbeidsliv", True, "Prioriterte områder"), ("Overganger", False, "Prioriterte områder"),
    ]


# --- Tables ----------------------------------------------------------------------


@pytest.mark.ocr
def test_ruled_table_becomes_a_grid_with_cell_text(scanned_page: Page) -> None:
    assert len(scanned_page.tables) == 1
    table = scanned_page.tables[0]
    assert table.ocr
    assert [[c.text for c in row] for row in table.rows] == [
        ["Post", "Beløp"],
        ["Lønn og sosiale kostnader, 100 % stilling", "610 000"],
        ["Kompetanse", "10 000"],
        ["Sum", "620 000"],
    ]
    x0, _, x1, _ = table.bbox
    assert (x0, x1) == (pytest.approx(60, abs=3), pytest.approx(500, abs=3))
    assert _line_with(scanned_page, "610 000").table_cell == (0, 1, 1)
    assert _line_with(scanned_page, "Kompetanse").table_cell == (0, 2, 0)
    assert _line_with(scanned_page, "Søknad om").table_cell is None


def test_merged_cell_spans_columns() -> None:
    image = Image.new("L", (900, 400), 255)
    draw = ImageDraw.Draw(image)
    for y in (50, 150, 250, 350):
        draw.line((50, y, 850, y), fill=0, width=3)
    for x in (50, 850):
        draw.line((x, 50, x, 350), fill=0, width=3)
    draw.line((450, 150, 450, 350), fill=0, width=3)  # the first row is one cell
    grids, mask = ocr_tables.find_grids(np.asarray(image) < 128)
    assert len(grids) == 1
    assert [[c.col_span for c in row] for row in grids[0].cells] == [[2], [1, 1], [1, 1]]
    assert mask.sum() > 0


def test_row_without_inner_borders_keeps_its_columns_unless_text_crosses() -> None:
    image = Image.new("L", (900, 400), 255)
    draw = ImageDraw.Draw(image)
    for y in (50, 150, 250, 350):
        draw.line((50, y, 850, y), fill=0, width=3)
    for x in (50, 850):
        draw.line((x, 50, x, 350), fill=0, width=3)
    draw.line((450, 50, 450, 150), fill=0, width=3)
    draw.line((450, 250, 450, 350), fill=0, width=3)  # the middle row has no inner border
    grids, _ = ocr_tables.find_grids(np.asarray(image) < 128)
    apart = [ocr_text.OcrWord("Familierettleiar", (60, 180, 300, 220), 0.9),
             ocr_text.OcrWord("610 000", (600, 180, 700, 220), 0.9)]
    placed = ocr_tables.fill_cells(grids, apart)
    assert [[c.col_span for c in row] for row in grids[0].cells] == [[1, 1], [1, 1], [1, 1]]
    assert placed[id(apart[1])] == (0, 1, 1)
    grids, _ = ocr_tables.find_grids(np.asarray(image) < 128)
    across = [ocr_text.OcrWord("Kommentar som går over hele raden", (60, 180, 800, 220), 0.9)]
    ocr_tables.fill_cells(grids, across)
    assert [[c.col_span for c in row] for row in grids[0].cells] == [[1, 1], [2], [1, 1]]


@pytest.mark.ocr
def test_white_on_dark_header_row_is_read_and_keeps_its_cells() -> None:
    image = Image.new("L", (1400, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((50, 50, 1350, 130), fill=0)
    draw.text((70, 65), "Post", fill=255, font_size=48)
    draw.text((720, 65), "Kroner", fill=255, font_size=48)
    draw.text((70, 165), "Stilling", fill=0, font_size=48)
    draw.text((720, 165), "610 000", fill=0, font_size=48)
    for y in (130, 250):
        draw.line((50, y, 1350, y), fill=0, width=4)
    for x in (50, 700, 1350):
        draw.line((x, 130, x, 250), fill=0, width=4)
    binary, turned = ocr_image.invert_filled_areas(np.asarray(image) < 128)
    assert len(turned) == 1
    assert not binary[100, 300:650].any(), "the dark band is paper now"
    assert binary[60:120, 700].all(), "the column line is carried through the header"
    page = ocr_page.ocr_raster(ocr_image.Raster(image, 300), 1)
    assert [[c.text for c in row] for row in page.tables[0].rows] == [["Post", "Kroner"], ["Stilling", "610 000"]]


def test_lone_frames_and_underlines_make_no_table_but_are_erased() -> None:
    image = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.line((50, 100, 850, 100), fill=0, width=3)
    draw.rectangle((50, 150, 400, 250), outline=0, width=3)
    draw.line((600, 150, 600, 250), fill=0, width=6)  # a tall stroke that meets no line
    binary = np.asarray(image) < 128
    grids, mask = ocr_tables.find_grids(binary)
    assert grids == []
    assert mask[100, 60:840].all(), "the underline"
    assert mask[150, 60:390].all() and mask[160:240, 50].all(), "the frame"
    assert not mask[140:260, 590:610].any(), "a letter stem is not a ruling line"


# --- Ink -------------------------------------------------------------------------


@pytest.mark.ocr
def test_ink_region_found_for_the_scribble_only(scanned_page: Page) -> None:
    ink = [i for i in scanned_page.images if i.name == "ink"]
    assert len(ink) == 1
    x0, top, x1, bottom = ink[0].bbox
    sx0, stop, sx1, sbottom = SCRIBBLE_PT
    assert x0 == pytest.approx(sx0, abs=8) and x1 == pytest.approx(sx1, abs=8)
    assert top >= stop - 10 and bottom <= sbottom + 10
    assert 0.01 < ink[0].ink_ratio < 0.3
    crop = Image.open(io.BytesIO(ink[0].data))
    assert crop.mode == "L"
    assert crop.size == (ink[0].pixel_width, ink[0].pixel_height)


@pytest.mark.ocr
def test_handwriting_junk_is_not_text(scanned_page: Page) -> None:
    signature_line = _line_with(scanned_page, "Per Hansen")
    lines_over_scribble = [
        l for l in scanned_page.lines
        if l.bbox[1] < SCRIBBLE_PT[3] - 5 and l.bbox[3] > SCRIBBLE_PT[1] + 5 and l.bbox[0] > 280
    ]
    assert lines_over_scribble == []
    assert signature_line.text == "Per Hansen, Nav-leder"


@pytest.mark.ocr
def test_no_ink_on_a_page_of_printed_text_or_at_its_edge(clean_image: Image.Image) -> None:
    text_only = clean_image.copy()
    draw = ImageDraw.Draw(text_only)
    draw.rectangle((1150, 1600, 2000, 1800), fill=255)  # wipe the scribble
    width, height = text_only.size
    draw.line([(width - 700, height - 2), (width - 400, height - 40), (width - 1, height - 60)], fill=60, width=6)
    page = ocr_page.ocr_raster(ocr_image.Raster(_scan(text_only, 1.0), 300), 1)
    assert [i for i in page.images if i.name == "ink"] == []


# --- When OCR is needed ------------------------------------------------------------


def _page_from_pdf(path: Path) -> Page:
    """The page as a text-layer reader sees it: lines with word boxes, and
    the images placed on it."""
    with pdfplumber.open(path) as pdf:
        plumber = pdf.pages[0]
        page = Page(number=1, width=float(plumber.width), height=float(plumber.height))
        for row in plumber.extract_text_lines():
            box = (row["x0"], row["top"], row["x1"], row["bottom"])
            page.lines.append(Line(row["text"], 1, box, [Word(row["text"], box)]))
        from soknad_extract.layout import Image as LayoutImage

        for image in plumber.images:
            page.images.append(LayoutImage(1, (image["x0"], image["top"], image["x1"], image["bottom"])))
    return page


def test_needs_ocr_for_an_image_only_page(scanned_pdf: Path) -> None:
    assert ocr_decide.needs_ocr(_page_from_pdf(scanned_pdf))


def test_no_ocr_for_a_born_digital_page(born_digital: Path) -> None:
    assert not ocr_decide.needs_ocr(_page_from_pdf(born_digital))


def test_needs_ocr_for_a_scan_with_a_stamped_line(scanned_pdf: Path) -> None:
    page = _page_from_pdf(scanned_pdf)
    page.lines = [Line("Mottatt 03.02.2020", 1, (400, 20, 520, 32), [Word("Mottatt", (400, 20, 450, 32))])]
    assert ocr_decide.needs_ocr(page)


def test_needs_ocr_for_garbage_text() -> None:
    garbage = "(cid:3)(cid:21)(cid:17) (cid:44)(cid:62) \ufffd\ufffd (cid:5)"
    page = Page(number=1, width=595, height=842, lines=[Line(garbage, 1, (50, 50, 500, 800))])
    assert ocr_decide.is_garbage(garbage)
    assert ocr_decide.needs_ocr(page)
    assert not ocr_decide.is_garbage("Søknad om tilskudd: 610 000 kr (100 %)")


# --- Image files -------------------------------------------------------------------


@pytest.mark.ocr
def test_multi_page_tiff_gives_two_pages(clean_image: Image.Image, tmp_path: Path) -> None:
    first = _scan(clean_image, 1.0)
    second = Image.new("L", clean_image.size, 255)
    ImageDraw.Draw(second).text((250, 300), "Side to", fill=0, font_size=60)
    path = tmp_path / "scan.tif"
    first.save(path, save_all=True, append_images=[second], dpi=(300, 300), compression="tiff_lzw")
    document = read_image(path)
    assert document.format == "image"
    assert document.page_count == 2
    assert [p.number for p in document.pages] == [1, 2]
    assert all(p.ocr for p in document.pages)
    assert "Nav Lillehammer-Gausdal" in _text(document.pages[0])
    assert "Side to" in _text(document.pages[1])
    assert document.notes == []


@pytest.mark.ocr
def test_low_resolution_jpeg_without_dpi_is_read(clean_image: Image.Image, tmp_path: Path) -> None:
    small = _scan(clean_image, -1.0).resize((1240, 1754), Image.Resampling.LANCZOS)
    path = tmp_path / "photo.jpg"
    small.convert("RGB").save(path, "JPEG", quality=70)
    document = read_image(path)
    page = document.pages[0]
    assert "Nav Lillehammer-Gausdal" in _text(page)
    assert page.width == pytest.approx(A4[0], rel=0.02), "an A4 page is assumed when no dpi is given"


def test_not_an_image_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"this is not a png")
    with pytest.raises(UnreadableDocument) as raised:
        read_image(path)
    assert "scan.png" in raised.value.message_nb


# --- Pages that cannot be read (whole or in part) -------------------------------------


def _smear(image: Image.Image, top: float, bottom: float, seed: int = 3) -> Image.Image:
    """Toner smear across the page between two fractions of its height:
    dark noise over what was printed there."""
    rng = np.random.default_rng(seed)
    pixels = np.asarray(image, dtype=np.float32).copy()
    y0, y1 = int(top * pixels.shape[0]), int(bottom * pixels.shape[0])
    band = pixels[y0:y1]
    pixels[y0:y1] = np.clip(band * 0.1 + rng.normal(60, 40, band.shape), 0, 255)
    return Image.fromarray(pixels.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))


def test_blots_are_found_but_not_shadows_or_logos(clean_image: Image.Image) -> None:
    smeared = _smear(clean_image, 0.40, 0.48)
    blots = ocr_blots.find_blots(smeared, 1.0)
    assert len(blots) == 1
    x0, top, x1, bottom = blots[0]
    height = clean_image.height
    assert abs(top - 0.40 * height) < 10 and abs(bottom - 0.48 * height) < 10
    assert x0 == 0 and x1 == clean_image.width
    # a phone photo's shadow darkens the paper to ~0.65 of its brightness
    shade = np.linspace(1.0, 0.65, clean_image.width, dtype=np.float32)[None, :]
    shadowed = Image.fromarray((np.asarray(clean_image, dtype=np.float32) * shade).astype(np.uint8))
    assert ocr_blots.find_blots(shadowed, 1.0) == []
    # a dark logo of half a square inch
    logo = clean_image.copy()
    ImageDraw.Draw(logo).rectangle((2000, 100, 2212, 312), fill=20)
    assert ocr_blots.find_blots(logo, 1.0) == []


def _photo(page: Image.Image) -> Image.Image:
    """The page photographed on a dark desk: shrunk to 85 % on a desk of
    grey 50, a shadow darkening it to 0.65 towards one side, 2° askew and
    straightened again as deskewing does."""
    sheet = page.resize((int(page.width * 0.85), int(page.height * 0.85)))
    shade = np.linspace(1.0, 0.65, sheet.width, dtype=np.float32)[None, :]
    sheet = Image.fromarray((np.asarray(sheet, dtype=np.float32) * shade).astype(np.uint8))
    photo = Image.new("L", page.size, 50)
    photo.paste(sheet, ((page.width - sheet.width) // 2, (page.height - sheet.height) // 2))
    return ocr_image.rotate(photo.rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=50), -2.0)


def test_the_desk_around_a_photographed_page_is_no_blot(clean_image: Image.Image) -> None:
    assert ocr_blots.find_blots(_photo(clean_image), 1.0) == []
    # a smear across the photographed sheet is still found, over the sheet's text
    blots = ocr_blots.find_blots(_photo(_smear(clean_image, 0.40, 0.48)), 1.0)
    assert len(blots) == 1
    top, bottom = blots[0][1], blots[0][3]
    margin = 0.075 * clean_image.height
    assert top > margin + 0.3 * clean_image.height and bottom < margin + 0.5 * clean_image.height


@pytest.mark.ocr
def test_smear_is_left_unread_and_the_rest_of_the_page_is_read(clean_image: Image.Image, tmp_path: Path) -> None:
    path = tmp_path / "smeared.png"
    _smear(clean_image, 0.40, 0.48).save(path, dpi=(300, 300))
    document = read_image(path)
    page = document.pages[0]
    text = _text(page)
    assert "Nav Lillehammer-Gausdal" in text and "Per Hansen" in text
    assert len(page.unread) == 1
    top, bottom = page.unread[0][1], page.unread[0][3]
    assert abs(top - 0.40 * A4[1]) < 5 and abs(bottom - 0.48 * A4[1]) < 5
    assert [(n.code, n.page) for n in document.notes] == [("LOW_CONFIDENCE", 1)]
    assert "Side 1" in document.notes[0].message_nb and "Page 1" in document.notes[0].message_en


def test_a_page_read_as_doubtful_letters_is_marked_unread() -> None:
    from soknad_extract.readers.ocr import stage

    def page(text: str) -> Page:
        return Page(number=3, width=595.0, height=842.0, ocr=True, lines=[Line(text, 3, (0, 0, 10, 10))])

    garbled = ocr_page._mark_garbled(page("lI1| ;:, ~ iIl rnm ,;'. Il1 !i ~~ vvv lIl 1lI ;;i mmn il Wlf rrn 1Il"), 0.25)
    assert garbled.unread == [(0.0, 0.0, 595.0, 842.0)]
    assert ocr_page._mark_garbled(page("Søknad om tilskudd til utvikling av sosiale tjenester"), 0.9).unread == []
    assert ocr_page._mark_garbled(page("Side 3"), 0.2).unread == [], "a nearly blank page is not garbled"
    notes: list = []
    stage.settle_unread([garbled], notes)
    assert [(n.code, n.page) for n in notes] == [("LOW_CONFIDENCE", 3)]
    assert "svært lav sikkerhet" in notes[0].message_nb


def _failing_on(pages: set[int], real):  # type: ignore[no-untyped-def]
    def fake(raster, number, lang=None):  # type: ignore[no-untyped-def]
        if number in pages:
            raise RuntimeError("Tesseract process timeout")
        return real(raster, number, lang)
    return fake


@pytest.mark.ocr
def test_a_page_ocr_fails_on_is_named_and_the_others_are_kept(
    clean_image: Image.Image, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from soknad_extract.readers.ocr import stage

    path = tmp_path / "two.tif"
    first = _scan(clean_image, 1.0)
    first.save(path, save_all=True, append_images=[first.copy()], dpi=(300, 300), compression="tiff_lzw")
    monkeypatch.setattr(stage, "ocr_raster", _failing_on({2}, stage.ocr_raster))
    document = read_image(path)
    assert "Nav Lillehammer-Gausdal" in _text(document.pages[0])
    assert document.pages[1].lines == [] and document.pages[1].unread
    assert [(n.code, n.page) for n in document.notes] == [("LOW_CONFIDENCE", 2)]
    assert "RuntimeError" in document.notes[0].message_en


@pytest.mark.ocr
def test_a_document_no_page_of_which_can_be_read_is_unreadable(
    clean_image: Image.Image, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from soknad_extract.readers.ocr import stage

    path = tmp_path / "one.png"
    clean_image.save(path, dpi=(300, 300))
    monkeypatch.setattr(stage, "ocr_raster", _failing_on({1}, stage.ocr_raster))
    document = read_image(path)
    assert [(n.code, n.page) for n in document.notes] == [("DOCUMENT_UNREADABLE", 1)]


# --- Tesseract missing -------------------------------------------------------------


def test_missing_tesseract_gives_a_note_and_no_exception(
    scanned_pdf: Path, clean_image: Image.Image, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-such-tesseract"))
    available, note = ocr_available_module.ocr_available()
    assert not available
    assert note is not None and note.code == "DOCUMENT_UNREADABLE"
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-nor" in note.message_nb
    assert "Tesseract OCR er ikke installert" in note.message_nb
    assert "not installed" in note.message_en

    notes = []
    pages = ocr_stage.ocr_pdf_pages(scanned_pdf, [1], notes=notes)
    assert [p.number for p in pages] == [1]
    assert pages[0].lines == [] and not pages[0].ocr
    assert notes == [note]

    path = tmp_path / "scan.png"
    clean_image.save(path)
    document = read_image(path)
    assert document.pages[0].lines == []
    assert [n.code for n in document.notes] == ["DOCUMENT_UNREADABLE"]


def test_a_scan_unread_for_want_of_tesseract_says_so_not_that_it_is_blank(
    clean_image: Image.Image, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan gives no text when the county's machine lacks Tesseract: the
    record says what to install, not that the office sent blank pages."""
    from soknad_extract.readers import read_document
    from soknad_extract.readers.errors import UnreadableDocument

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-such-tesseract"))
    path = tmp_path / "scan.png"
    clean_image.save(path)
    with pytest.raises(UnreadableDocument) as raised:
        read_document(path)
    assert "apt-get install" in raised.value.message_nb
    assert "ingen tekst" not in raised.value.message_nb


def test_missing_norwegian_data_gives_its_own_note(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'List of available languages (2):'\necho eng\necho osd\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(fake))
    available, note = ocr_available_module.ocr_available()
    assert not available
    assert note is not None and "tesseract-ocr-nor" in note.message_nb
    assert "norsk språkdata" in note.message_nb


@pytest.mark.ocr
def test_availability_is_probed_again_after_the_command_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ocr_available_module.ocr_available() == (True, None)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    assert ocr_available_module.ocr_available()[0] is False
    monkeypatch.undo()
    assert ocr_available_module.ocr_available() == (True, None)


# --- Limits ------------------------------------------------------------------------


def test_large_pages_are_drawn_smaller_to_bound_memory(tmp_path: Path) -> None:
    path = tmp_path / "a3.pdf"
    c = canvas.Canvas(str(path), pagesize=(842, 1191))  # A3 portrait
    c.drawString(60, 1100, "A3")
    c.save()
    pdf = pdfium.PdfDocument(str(path))
    try:
        raster = ocr_image.render_pdf_page(pdf, 1)
    finally:
        pdf.close()
    assert max(raster.image.size) <= ocr_image.MAX_SIDE_PX
    assert raster.dpi < ocr_image.WORK_DPI
    assert raster.width_pt == pytest.approx(842, abs=1) and raster.height_pt == pytest.approx(1191, abs=1)


def test_born_digital_pdf_never_touches_tesseract(born_digital: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from soknad_extract.readers import read_document

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("Tesseract was called for a born-digital page")

    monkeypatch.setattr(pytesseract, "image_to_data", refuse)
    monkeypatch.setattr(pytesseract, "image_to_osd", refuse)
    monkeypatch.setattr(ocr_libtesseract, "engine", refuse)
    document = read_document(born_digital)
    assert not document.ocr
    assert "Nav Lillehammer-Gausdal" in document.text()


# --- Scanned samples: what paper changes in the expected record -------------------------


def test_scan_expected_record_loses_digital_signatures(tmp_path: Path) -> None:
    from tools.samplegen.scans import Damage, Scan, expected_record

    source = {
        "source": {"path": "samples/signed/x.pdf", "format": "pdf", "pages": 2, "ocr": False},
        "signatures": [
            {"role": "nav_leader", "name": "Kari Nordmann", "kind": "digital", "page": 2},
            {"role": "municipality", "name": "Hans Brenna", "kind": "handwritten", "page": 2},
        ],
        "findings": [{"code": "DIGITAL_SIGNATURE_INVALID", "severity": "error"}],
        "complete": False,
    }
    scan_file = tmp_path / "x.pdf"
    scan_file.write_bytes(b"%PDF-1.4 scanned")
    scan = Scan("x", "signed/x.pdf", "pdf", Damage(), seed=1, low_confidence=True)
    record = expected_record(source, scan, scan_file, "samples/scanned/x.pdf", 2)
    assert record["source"]["ocr"] is True and record["source"]["format"] == "pdf"
    assert record["source"]["path"] == "samples/scanned/x.pdf"
    assert [s["kind"] for s in record["signatures"]] == ["handwritten"]
    assert record["findings"] == [
        {"code": "LOW_CONFIDENCE", "severity": "warning"},
        {"code": "SIGNATURE_NAV_LEADER_MISSING", "severity": "error"},
    ]
    assert record["complete"] is False
    image = Scan("x", "signed/x.pdf", "png", Damage(), seed=1)
    assert expected_record(source, image, scan_file, "samples/scanned/x.png", 1)["source"]["format"] == "image"
