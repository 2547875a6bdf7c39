"""Words from a PDF page's text layer grouped into visual lines.

Form PDFs put a label and its answer on one row far apart ("Nav-kontor:"
at the left margin, "Nav Kongsvinger" at a tab stop). A line per visual row
would glue them into one string that no longer says which part is which, so
a row is split into segments wherever the gap between words is much wider
than a space; extractors pair the segments again by position. Segments also
never cross a table cell border.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import statistics
from dataclasses import dataclass
from typing import Any

from ...layout import BBox, Line, Word
from ...layout.geometry import union
from ...layout.settings import (
    PDF_COLUMN_MIN_ROWS,
    PDF_HEADING_RATIO,
    PDF_SPLIT_GAP_AFTER_COLON_FONT_SIZES,
    PDF_SPLIT_GAP_FONT_SIZES,
)

CellKey = tuple[int, int, int]
"""(table index on the page, row, column)."""

_CID = re.compile(r"\(cid:\d+\)")

SYMBOL_BOXES: dict[str, dict[int, str]] = {
    "wingdings2": {0xA3: "☐", 0x2A: "☐", 0x50: "✓", 0x4F: "✗", 0x51: "☒", 0x52: "☑", 0x53: "☒", 0x54: "☒"},
    "wingdings": {0x6F: "☐", 0x71: "☐", 0xA8: "☐", 0x6E: "■", 0x78: "☒", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"},
}
"""Check box glyphs of Word's symbol fonts: exported to PDF they often
carry their font code (or the private-use U+F0xx form) instead of the
Unicode box, and would be lost to the glyph box parser."""


@dataclass
class PdfWord:
    """A word with the font facts needed for splitting and styling."""

    text: str
    bbox: BBox
    size: float
    bold: bool
    cell: CellKey | None = None
    italic: bool = False
    colour: tuple[float, float, float] | None = None


@dataclass
class TextLine:
    """A built line with its font size, styled as a heading once the whole
    document's median size is known."""

    line: Line
    size: float


def page_words(raw_words: list[dict[str, Any]]) -> tuple[list[PdfWord], int]:
    """The page's words (``pdfium_chars.extract_words``), and how many
    glyphs had no Unicode mapping.

    Unmapped glyphs come as "(cid:0)", as pdfminer writes them; they are
    dropped so that a page whose text is all unmapped counts as having no
    text layer and is sent to OCR instead of yielding garbage.
    """
    words: list[PdfWord] = []
    unmapped = 0
    for raw in raw_words:
        chars = raw.get("chars") or []
        styles = list(map(_STYLE, chars))
        uniform = bool(styles) and styles.count(styles[0]) == len(styles)
        names = {styles[0][0]} if uniform else {style[0] for style in styles}
        text = _symbol_text(chars, names) or raw["text"]
        if "(cid:" in text:
            text, n = _CID.subn("", text)
            unmapped += n
        text = text.strip()
        if not text:
            continue
        height = raw["bottom"] - raw["top"]
        size, bold, italic, colour = _uniform_style(styles[0], height) if uniform else _word_style(styles, names, height)
        words.append(PdfWord(text=text, bbox=(raw["x0"], raw["top"], raw["x1"], raw["bottom"]),
                             size=size, bold=bold, italic=italic, colour=colour))
    return words, unmapped


_Style = tuple[Any, Any, Any, Any]
"""A character's font name, size, italic flag and colour."""
_STYLE = operator.itemgetter("fontname", "size", "italic", "colour")
"""A character's ``_Style``, from the entries ``pdfium_chars`` always gives."""


def _uniform_style(style: _Style, height: float) -> tuple[float, bool, bool, Any]:
    """``_word_style`` of a word whose characters all have one ``style``,
    as most words do: read off it, without counting."""
    name, size, italic, colour = style
    return float(size or 0) or height, _is_bold(str(name)), bool(italic), colour


def _word_style(styles: list[_Style], names: set[Any], height: float) -> tuple[float, bool, bool, Any]:
    """A word's size (the median of its characters'), bold and italic (most
    characters are), and colour (the most frequent), from its characters'
    ``styles`` and font ``names``; the word's ``height`` stands for a size
    it lacks."""
    sizes = [float(style[1] or 0) for style in styles] or [height]
    if len(names) == 1:
        bold_chars = len(styles) if _is_bold(str(next(iter(names)))) else 0
    else:
        bold_chars = sum([1 for style in styles if _is_bold(str(style[0]))])
    italic_chars = sum([1 for style in styles if style[2]])
    return (_median(sizes) or height, bool(styles) and bold_chars * 2 > len(styles),
            bool(styles) and italic_chars * 2 > len(styles), _most([style[3] for style in styles]))


def _median(values: list[float]) -> float:
    """``statistics.median``, without its sort for the usual word whose
    characters all have one size (the median of equal values is that value)."""
    first = values[0]
    if values.count(first) == len(values):
        return first
    return statistics.median(values)


@functools.lru_cache(maxsize=1024)
def _symbolic(fontname: str) -> bool:
    return "wingdings" in fontname.lower()


def _symbol_text(chars: list[dict[str, Any]], fontnames: set[Any]) -> str | None:
    """The word's text with symbol-font box glyphs mapped to Unicode, or
    None when none of its characters' fonts (``fontnames``) is a symbol font."""
    if not any(_symbolic(str(name)) for name in fontnames):
        return None
    out: list[str] = []
    for char in chars:
        text = str(char.get("text", ""))
        font = str(char.get("fontname", "")).lower().replace("-", "").replace(" ", "")
        table = next((SYMBOL_BOXES[k] for k in SYMBOL_BOXES if k in font), None)
        if table is not None and len(text) == 1:
            code = ord(text) - 0xF000 if 0xF000 <= ord(text) <= 0xF0FF else ord(text)
            text = table.get(code, text)
        out.append(text)
    return "".join(out)


def _most(values: list[Any], weights: list[int] | None = None) -> Any:
    """The most frequent value (the first of equals), None for none; each
    value counted ``weights`` times when given (a word's colour by its
    length). Most words and lines have one colour, answered without counting."""
    if values and values.count(values[0]) == len(values) and (weights is None or any(weights)):
        return values[0]
    counts: dict[Any, int] = {}
    for value, weight in zip(values, weights or itertools.repeat(1)):
        if weight:
            counts[value] = counts.get(value, 0) + weight
    return max(counts, key=counts.__getitem__) if counts else None


@functools.lru_cache(maxsize=1024)
def _is_bold(fontname: str) -> bool:
    """Cached: asked once per character, of a handful of font names."""
    name = fontname.split("+")[-1].lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", "demi"))


def assign_cells(words: list[PdfWord], cells: list[tuple[CellKey, BBox]]) -> None:
    """Mark each word with the table cell that holds its centre."""
    if not cells:
        return
    for word in words:
        word.cell = cell_at(cells, word.bbox)


def cell_at(cells: list[tuple[CellKey, BBox]], bbox: BBox) -> CellKey | None:
    """The cell containing the centre of ``bbox``, if any."""
    cx = (bbox[0] + bbox[2]) / 2
    cy = (bbox[1] + bbox[3]) / 2
    for key, (x0, top, x1, bottom) in cells:
        if x0 <= cx <= x1 and top <= cy <= bottom:
            return key
    return None


def group_rows(items: list[Any], bbox_of: Any) -> list[list[Any]]:
    """Cluster items into visual rows: an item joins the current row when it
    overlaps the band of the row's first (top-most) item by half the smaller
    height. The band does not grow, so tall items cannot chain rows together."""
    rows: list[list[Any]] = []
    band: tuple[float, float] | None = None
    for item in sorted(items, key=lambda i: (bbox_of(i)[1], bbox_of(i)[0])):
        _, top, _, bottom = bbox_of(item)
        if band is not None:
            overlap = min(bottom, band[1]) - max(top, band[0])
            needed = 0.5 * min(bottom - top, band[1] - band[0])
            if overlap > 0 and overlap >= needed:
                rows[-1].append(item)
                continue
        rows.append([item])
        band = (top, bottom)
    return rows


def _split_row(row: list[PdfWord], column_starts: set[float] = frozenset()) -> list[list[PdfWord]]:
    segments: list[list[PdfWord]] = []
    for word in sorted(row, key=lambda w: w.bbox[0]):
        if segments:
            prev = segments[-1][-1]
            gap = word.bbox[0] - prev.bbox[2]
            size = max(prev.size, word.size, 1.0)
            short_gap = prev.text.endswith(":") or round(word.bbox[0]) in column_starts
            limit = PDF_SPLIT_GAP_AFTER_COLON_FONT_SIZES if short_gap else PDF_SPLIT_GAP_FONT_SIZES
            if word.cell == prev.cell and gap <= limit * size:
                segments[-1].append(word)
                continue
        segments.append([word])
    return segments


def _column_starts(rows: list[list[PdfWord]]) -> set[float]:
    """Where a column of answers starts beside labels set close to it: the
    x (to the point) at which words begin after a gap wider than a word
    space on at least ``PDF_COLUMN_MIN_ROWS`` rows, as a form with its
    labels aligned right ("Kontaktperson ▏Hilde Moe", "Tlf. ▏76 05 62 00")
    prints its answers. A gap there splits the row as a colon would."""
    starts: dict[float, int] = {}
    for row in rows:
        ordered = sorted(row, key=lambda w: w.bbox[0])
        for prev, word in zip(ordered, ordered[1:]):
            size = max(prev.size, word.size, 1.0)
            if word.bbox[0] - prev.bbox[2] > PDF_SPLIT_GAP_AFTER_COLON_FONT_SIZES * size:
                starts[round(word.bbox[0])] = starts.get(round(word.bbox[0]), 0) + 1
    return {x for x, n in starts.items() if n >= PDF_COLUMN_MIN_ROWS}


def _overprinted(row: list[PdfWord]) -> list[list[PdfWord]]:
    """A row that is two lines of text printed over each other, a few
    points apart (a statement laid over a form's label: "Dokumentet er
    elektronisk godkjent …" over "Godkjent av leder (navn, dato)"), split
    into its lines, each in its own band; read as one row their words
    interleave into nonsense. Two words of one line never overlap
    across: words of letters that do, on baselines apart by a fifth of
    their height or more, tell the row holds two lines. A word drawn twice
    at one place (fake bold) and a tick over its box are no second line."""
    wordy = [w.bbox for w in row if sum(c.isalpha() for c in w.text) >= 2]
    stacked = any(_over_each_other(a, b) for i, a in enumerate(wordy) for b in wordy[i + 1:]
                  if abs(a[1] - b[1]) >= _LEAST_APART)
    if not stacked:
        return [row]
    lines: list[list[PdfWord]] = []
    for word in sorted(row, key=lambda w: w.bbox[1]):
        height = max(word.bbox[3] - word.bbox[1], 1.0)
        if lines and word.bbox[1] - lines[-1][0].bbox[1] < 0.2 * height:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


_LEAST_APART = 0.2
"""Tops closer than a fifth of the least height ``_over_each_other`` takes
(1 pt) are never two lines: most pairs of a row (one line's words share
their top) are let go before that test."""


def _over_each_other(a: BBox, b: BBox) -> bool:
    height = max(min(a[3] - a[1], b[3] - b[1]), 1.0)
    narrower = max(min(a[2] - a[0], b[2] - b[0]), 1.0)
    across = min(a[2], b[2]) - max(a[0], b[0])
    return across >= 0.5 * narrower and abs(a[1] - b[1]) >= 0.2 * height


def build_lines(words: list[PdfWord], page_number: int) -> list[TextLine]:
    """Visual rows split into segments, in reading order (row, then x)."""
    out: list[TextLine] = []
    rows = [part for row in group_rows(words, lambda w: w.bbox) for part in _overprinted(row)]
    column_starts = _column_starts(rows)
    for row in rows:
        for segment in _split_row(row, column_starts):
            bbox = union([w.bbox for w in segment])
            chars = sum(len(w.text) for w in segment)
            size = sum(w.size * len(w.text) for w in segment) / max(chars, 1)
            bold = sum(len(w.text) for w in segment if w.bold) * 2 > chars
            line = Line(
                text=" ".join(w.text for w in segment),
                page=page_number,
                bbox=bbox,
                words=[Word(w.text, w.bbox) for w in segment],
                table_cell=segment[0].cell,
                italic=sum(len(w.text) for w in segment if w.italic) * 2 > chars,
                size=round(size, 2),
                colour=_most([w.colour for w in segment], [len(w.text) for w in segment]),
                style="bold" if bold else None,
            )
            out.append(TextLine(line, size))
    return out


def apply_styles(text_lines: list[TextLine]) -> None:
    """Mark headings (much larger than the median size, weighted by text
    length), so title finders can prefer them; bold lines are marked when
    built (``build_lines``: a page's column finder reads them first)."""
    sizes = [t.size for t in text_lines for _ in range(min(len(t.line.text), 200))]
    if not sizes:
        return
    median = statistics.median(sizes)
    for t in text_lines:
        if median > 0 and t.size >= PDF_HEADING_RATIO * median:
            t.line.style = "heading"


def order_lines(lines: list[Line]) -> list[Line]:
    """Reading order: rows top to bottom, segments left to right."""
    placed = [line for line in lines if line.bbox is not None]
    ordered = [
        line
        for row in group_rows(placed, lambda l: l.bbox)
        for line in sorted(row, key=lambda l: l.bbox[0])
    ]
    return ordered + [line for line in lines if line.bbox is None]
