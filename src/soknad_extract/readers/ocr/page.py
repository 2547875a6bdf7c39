"""OCR of one page image: the path from a raster to the layout model
(which pages need it is decided in ``stage``). A scanned page goes through
one path whether it came from a PDF or an image file:

raster at 300 dpi → deskew (projection profiles, ±5°) → blots painted out (kept as ``Page.unread``) →
clean (flatten paper, contrast) → binarise (smoothing and
despeckling noisy pages; white-on-dark areas inverted) →
ruling lines and tables → check boxes → dot leaders → erase them → Tesseract (``nor+eng``)
→ ink regions → lines, tables, check box fields, ink images (a sheet holding
two pages side by side read half by half, left then right: ``ocr_spread``). A page that
reads badly is turned by Tesseract's orientation detection and, once
upright, read again as one block of text (``ocr_text.FALLBACK_PSM``). The
image work is done once per way round, however often Tesseract reads it.

Word confidences are Tesseract's, scaled down on pages that are hard to read
(``ocr_image.legibility``): the extractors put them into evidence and the
validator raises LOW_CONFIDENCE below 0.6.

Coordinates: every box is in PDF points (``px * 72 / dpi``) from the top-left
corner of the *deskewed, upright* page. Deskewing rotates about the page
centre on the same canvas, so for the small angles of a scan a box lies
within a few points of where the text is on the original image; a page
turned by 90° has its width and height swapped.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from PIL import Image as PILImage

from ...layout import BBox, Cell, FormField, Image, Line, Page, Table, Word
from ...layout.geometry import overlap_share, union
from ...layout.glyphs import GlyphBox, find_glyph_boxes
from ...layout.settings import (
    OCR_GARBLED_CONFIDENCE,
    OCR_GARBLED_MIN_LETTERS,
    OCR_INK_WORD_CONFIDENCE,
    OCR_MIN_DESKEW_DEGREES,
    OCR_UPRIGHT_CONFIDENCE,
)
from . import image as ocr_image
from . import marks as ocr_marks
from . import reread as ocr_reread
from . import rings as ocr_rings
from . import speckle as ocr_speckle
from . import spread as ocr_spread
from . import tables as ocr_tables
from . import lines as ocr_lines
from . import text as ocr_text
from .available import availability
from .prepare import Prepared as _Prepared, prepare as _prepare
from .text import OcrLine, OcrWord, PxBox


def _to_points(box: PxBox, factor: float) -> BBox:
    return (
        round(box[0] * factor, 2), round(box[1] * factor, 2),
        round(box[2] * factor, 2), round(box[3] * factor, 2),
    )


def _drop_handwriting_junk(words: list[OcrWord], regions: list[ocr_marks.InkRegion]) -> list[OcrWord]:
    """Words Tesseract made up from handwriting ("PIISNA" for a signature):
    doubtful words that lie mostly inside an ink region."""
    return [
        w for w in words
        if w.confidence >= OCR_INK_WORD_CONFIDENCE or not any(overlap_share(w.box, r.box) >= 0.5 for r in regions)
    ]


def _line(ocr_line: OcrLine, number: int, factor: float) -> Line:
    words = [Word(w.text, _to_points(w.box, factor), round(w.confidence, 3)) for w in ocr_line.words]
    return Line(
        text=ocr_line.text,
        page=number,
        bbox=_to_points(ocr_line.box, factor),
        words=words,
        confidence=round(ocr_line.confidence, 3),
        ocr=True,
        table_cell=ocr_line.cell,
    )


def _tables(grids: list[ocr_tables.Grid], lines: list[OcrLine], number: int, factor: float) -> list[Table]:
    """Tables with each cell's text: its lines in reading order."""
    tables: list[Table] = []
    for index, grid in enumerate(grids):
        rows: list[list[Cell]] = []
        for grid_row in grid.cells:
            row: list[Cell] = []
            for cell in grid_row:
                key = (index, cell.row, cell.column)
                text = "\n".join(l.text for l in lines if l.cell == key)
                row.append(Cell(text, _to_points(cell.box, factor), col_span=cell.col_span))
            rows.append(row)
        tables.append(Table(page=number, rows=rows, bbox=_to_points(grid.box, factor), ocr=True))
    return tables


def _pixel_fields(
    boxes: list[ocr_marks.PixelBox], words: list[OcrWord], lines: list[OcrLine], number: int, factor: float
) -> list[FormField]:
    return [
        FormField(
            kind="checkbox", method="pixels", page=number, label=label, checked=box.checked,
            bbox=_to_points(box.box, factor), confidence=box.confidence, group=group,
        )
        for box, label, group in ocr_marks.label_boxes(boxes, words, lines)
    ]


def _glyph_fields(
    lines: list[OcrLine], words: list[OcrWord], boxes: list[ocr_marks.PixelBox], number: int, factor: float
) -> list[FormField]:
    """Boxes Tesseract read as characters ("[X] Ja", "☒"), skipping any that
    sit on a box already found in the pixels. A box whose line does not
    carry its question (the question stands left of it on the row, or above
    a list of boxes) gets the question by position, as pixel boxes do."""
    found: list[tuple[PxBox, GlyphBox, float]] = []
    for line in lines:
        offsets: list[tuple[int, int, OcrWord]] = []
        position = 0
        for word in line.words:
            offsets.append((position, position + len(word.text), word))
            position += len(word.text) + 1
        for glyph in find_glyph_boxes(line.text):
            covering = [w for start, end, w in offsets if start < glyph.end and end > glyph.start]
            if not covering:
                continue
            box = union(w.box for w in covering)
            if any(overlap_share(box, pixel.box) > 0 or overlap_share(pixel.box, box) > 0 for pixel in boxes):
                continue
            found.append((box, glyph, min(w.confidence for w in covering)))
    questions = ocr_marks.find_questions([box for box, _, _ in found], words, lines)
    return [
        FormField(
            kind="checkbox", method="glyph", page=number, label=glyph.label or None,
            checked=glyph.checked, bbox=_to_points(box, factor), confidence=round(confidence, 3),
            group=glyph.question or question,
        )
        for (box, glyph, confidence), question in zip(found, questions)
    ]


def _ring_fields(
    rings: list[ocr_rings.Ring], words: list[OcrWord], lines: list[OcrLine], number: int, factor: float
) -> list[FormField]:
    """Each option a pen ring encloses (``ocr_rings``), as a ticked box
    labelled with it, its question left of it on its row or above it."""
    fields: list[FormField] = []
    for ring in ocr_rings.alone_on_rows(rings):
        inside = ocr_rings.enclosed_words(ring, words)
        if inside is None:
            continue
        question = ocr_rings.question_left(inside, words)
        if question is None:
            question = ocr_marks.find_questions([union(w.box for w in inside)], [], lines)[0]
        fields.append(FormField(
            kind="checkbox", method="pixels", page=number, label=" ".join(w.text for w in inside), checked=True,
            bbox=_to_points(ring.box, factor), confidence=round(min(0.9, min(w.confidence for w in inside)), 3),
            group=question,
        ))
    return fields


INK_PNG_LEVEL = 1
"""zlib level of the ink crops' PNGs, which only the ink test reads back
(``signatures.ink``): the same pixels at any level; level 1 takes ~2 ms a
crop where ``optimize`` took ~29 ms, for ~20 % more bytes (~24 KiB a crop)."""


def _ink_images(
    regions: list[ocr_marks.InkRegion], cleaned: PILImage.Image, number: int, factor: float
) -> list[Image]:
    images: list[Image] = []
    for region in regions:
        x0, y0, x1, y1 = region.box
        pad = 8
        crop = cleaned.crop((max(0, x0 - pad), max(0, y0 - pad), min(cleaned.width, x1 + pad), min(cleaned.height, y1 + pad)))
        buffer = io.BytesIO()
        crop.save(buffer, format="PNG", compress_level=INK_PNG_LEVEL)
        images.append(
            Image(
                page=number, bbox=_to_points(region.box, factor), pixel_width=crop.width,
                pixel_height=crop.height, ink_ratio=region.ink_ratio, name="ink", data=buffer.getvalue(),
            )
        )
    return images


def deskew(image: PILImage.Image, dpi: float) -> ocr_image.Raster:
    """Remove the skew of a page that lies the right way round, unless it
    is too small to matter (``OCR_MIN_DESKEW_DEGREES``)."""
    skew = ocr_image.estimate_skew(image, dpi)
    if abs(skew) < OCR_MIN_DESKEW_DEGREES:
        return ocr_image.Raster(image, dpi)
    return ocr_image.Raster(ocr_image.rotate(image, -skew), dpi)


def ocr_raster(raster: ocr_image.Raster, number: int, lang: str | None = None) -> Page:
    """OCR one page image into a layout page. Raises only what Tesseract
    raises (missing binary, timeout) and ``NoPrint``; ``ocr_pdf_pages`` and
    ``read_image`` turn those into empty pages and notes.

    The page is read as it lies first (automatic segmentation). Only when
    that reads badly is Tesseract's orientation detection asked (it costs
    ~0.5 s a page, and nearly every page lies right); a page it finds turned
    is prepared and read again upright, with the one-block fallback
    (``ocr_text.FALLBACK_PSM``) if it still reads badly. The page as it lies
    is read as one block only when orientation finds no turn or the turned
    reading is bad too: asked first, it read upside-down pages once more for
    nothing. The best reading of those made is kept.

    A page whose ink is all speckle (``ocr_speckle``) is not read at all:
    raises ``ocr_speckle.NoPrint``, which becomes an empty page and a note."""
    lang = lang or availability()[2] or ocr_text.LANG
    prepared = _prepare(deskew(raster.image, raster.dpi))
    if ocr_speckle.no_print(prepared.ocr_input, prepared.marks, prepared.dpi):
        raise ocr_speckle.NoPrint(f"page {number} holds speckle, no print")
    best = _reading(prepared, ocr_text.PSM, lang)
    if best.confidence < OCR_UPRIGHT_CONFIDENCE:
        turn = ocr_text.detect_orientation(raster.image, raster.dpi)
        if turn:
            turned = _prepare(deskew(ocr_image.quarter_turn(raster.image, -turn), raster.dpi))
            best = max(best, _best_reading(turned, lang), key=_confidence)
            del turned
        if best.confidence < OCR_UPRIGHT_CONFIDENCE:
            best = max(best, _reading(prepared, ocr_text.FALLBACK_PSM, lang), key=_confidence)
    # Only the chosen reading's image work is held from here: the other way round's,
    # and the drawn page when the caller handed it over (``stage.ocr_rasters``), go.
    del prepared, raster
    return _mark_garbled(_page(best, number, lang), best.confidence)


def _mark_garbled(page: Page, confidence: float) -> Page:
    """A page that reads as plenty of letters, nearly all of them doubtful
    (noise, or a ruined copy, read as text), is marked unread as a whole:
    what it says is unknown, so nothing may be taken as absent from it."""
    letters = sum(ch.isalnum() for line in page.lines for ch in line.text)
    if letters >= OCR_GARBLED_MIN_LETTERS and confidence < OCR_GARBLED_CONFIDENCE:
        page.unread = [(0.0, 0.0, page.width or 0.0, page.height or 0.0)]
    return page


def _mean_confidence(words: list[OcrWord]) -> float:
    """Tesseract's mean word confidence, counting letters, so that a page
    with a few lucky specks does not look well read."""
    letters = [(sum(c.isalnum() for c in w.text), w.confidence) for w in words]
    total = sum(n for n, _ in letters)
    if total < 10:
        return 0.0
    return sum(n * c for n, c in letters) / total


@dataclass
class _Reading:
    """Tesseract's words for a prepared page and their mean confidence,
    which decides whether the page was the right way round."""

    prepared: _Prepared
    words: list[OcrWord]
    confidence: float


def _confidence(reading: _Reading) -> float:
    return reading.confidence


def _reading(prepared: _Prepared, psm: int, lang: str) -> _Reading:
    words = ocr_text.run_tesseract(prepared.ocr_input, prepared.dpi, lang, psm=psm)
    return _Reading(prepared, words, _mean_confidence(words))


def _best_reading(prepared: _Prepared, lang: str) -> _Reading:
    """Automatic segmentation, and one block of text when that reads badly."""
    reading = _reading(prepared, ocr_text.PSM, lang)
    if reading.confidence < OCR_UPRIGHT_CONFIDENCE:
        reading = max(reading, _reading(prepared, ocr_text.FALLBACK_PSM, lang), key=_confidence)
    return reading


def _page(reading: _Reading, number: int, lang: str) -> Page:
    """A read page into the layout model: ink regions, lines, tables, check
    box fields and ink images, in points. Printed lines Tesseract's reading
    left out are read again first (``ocr_reread``)."""
    prepared, words = reading.prepared, reading.words
    binary, marks, cleaned = prepared.binary, prepared.marks, prepared.cleaned
    scale = prepared.dpi / ocr_image.WORK_DPI
    factor = 72 / prepared.dpi
    regions = ocr_marks.find_ink(binary, marks, words, prepared.strokes, scale)
    words = _drop_handwriting_junk(words, regions)
    words = words + ocr_reread.reread_uncovered(prepared.ocr_input, binary, marks, words, regions, prepared.dpi, lang)
    trust = ocr_image.legibility(cleaned, binary)
    if trust < 1.0:
        words = [replace(w, confidence=w.confidence * trust) for w in words]
    grids = prepared.grids
    cell_of = ocr_tables.fill_cells(grids, words)
    gutter = ocr_spread.find_gutter(words, cleaned.width, cleaned.height, marks)
    lines: list[OcrLine] = []
    fields: list[FormField] = []
    for left in (True, False) if gutter is not None else (True,):
        # a sheet of two pages (``ocr_spread``): each half read on its own, left then right
        side = [w for w in words if ocr_spread.on_left(w.box, gutter) == left]
        boxes = [b for b in prepared.boxes if ocr_spread.on_left(b.box, gutter) == left]
        side_lines = ocr_lines.group_lines(side, cell_of)
        fields += _pixel_fields(boxes, side, side_lines, number, factor)
        fields += _glyph_fields(side_lines, side, boxes, number, factor)
        lines += side_lines
    fields += _ring_fields(prepared.rings, words, lines, number, factor)
    return Page(
        number=number,
        width=round(cleaned.width * 72 / prepared.dpi, 2),
        height=round(cleaned.height * 72 / prepared.dpi, 2),
        lines=[_line(l, number, factor) for l in lines],
        tables=_tables(grids, lines, number, factor),
        fields=fields,
        images=_ink_images(regions, cleaned, number, factor),
        ocr=True,
        unread=[_to_points(b, factor) for b in prepared.blots],
    )


def picture_marks(raster: ocr_image.Raster, lines: list[OcrLine], number: int) -> tuple[list[FormField], list[Image]]:
    """The check boxes (with their ticked state) and the ink regions of a
    page picture whose text is already known. Class: a
    searchable scan whose fitting invisible layer gives the text, while the
    ticks and the handwriting exist only in the picture (``picture_marks``
    module). ``lines`` are the layer's lines in the raster's pixels, their
    words standing in for Tesseract's. The picture is not deskewed: the
    layer lies over it as it is."""
    words = [word for line in lines for word in line.words]
    prepared = _prepare(raster)
    factor = 72 / prepared.dpi
    regions = ocr_marks.find_ink(
        prepared.binary, prepared.marks, words, prepared.strokes, prepared.dpi / ocr_image.WORK_DPI
    )
    fields = _pixel_fields(prepared.boxes, words, lines, number, factor)
    fields += _ring_fields(prepared.rings, words, lines, number, factor)
    return fields, _ink_images(regions, prepared.cleaned, number, factor)
