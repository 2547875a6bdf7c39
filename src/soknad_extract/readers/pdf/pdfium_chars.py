"""A PDF page's characters and words from pypdfium2, shaped like pdfplumber's.

pdfium parses a page about twenty times faster than pdfminer (issue 15), so
the reader takes its text from pdfium (and its drawings, ``pdfium_objects``).
The rest of the reader was built on pdfplumber's characters and
``extract_words``; this module gives the same shapes (dicts with ``text``,
``x0``, ``x1``, ``top``, ``bottom``, ``size``, ``fontname``, ``upright``,
``matrix``) so that ``readers.pdf.text.page_words``, the drawn check boxes
and the table finder work on them unchanged.

Coordinates are pdfplumber's: points from the top-left of the page's media
box. Horizontally a character spans its advance width, from its origin to
the right edge of pdfium's loose box (the loose box's left edge follows the
glyph's outline for letters like "j" that reach left of the origin, which
pdfminer does not). Vertically pdfminer spans from the font's descent to
descent + font size; pdfium's loose box reaches the ascent and, for fonts
that state no descent, the glyph's own bottom, so the box is built from the
origin, the font's descent and the size instead.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Iterable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Char = dict[str, Any]

UNMAPPED = "(cid:0)"
"""Text of a glyph without a Unicode mapping: pdfminer writes ``(cid:N)``
for those and ``readers.pdf.text.page_words`` counts and drops them."""

LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
"""pdfplumber expands these when it joins characters into words."""

WORD_SETTINGS: dict[str, Any] = {
    "x_tolerance_ratio": 0.2,
    "y_tolerance": 3,
    "keep_blank_chars": False,
    "use_text_flow": False,
    "return_chars": True,
}
"""The pdfplumber ``extract_words`` settings ``extract_words`` here
reproduces (benchmarks and tests compare the two with them). A gap of a
fifth of the font size splits words, so PDFs that position words without
space characters still get spaces."""

_FONT_NAME_BYTES = 256


def _font(textpage: pdfium.PdfTextPage, index: int, cache: dict[int, tuple[str, float]]) -> tuple[str, float]:
    """The character's font: its BaseFont name and its descent per point of
    size (negative below the baseline). The text object's font handle is the
    cache key, so each font is asked once per page."""
    obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
    font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
    key = ctypes.cast(font, ctypes.c_void_p).value or 0 if font else 0
    if key in cache:
        return cache[key]
    name, descent = "", 0.0
    if font:
        buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        length = pdfium_c.FPDFFont_GetBaseFontName(font, buffer, _FONT_NAME_BYTES)
        if 0 < length <= _FONT_NAME_BYTES:
            name = buffer.value.decode("utf-8", "replace")
        value = ctypes.c_float()
        if pdfium_c.FPDFFont_GetDescent(font, 1.0, value):
            descent = float(value.value)
    if not name:
        flags = ctypes.c_int()
        buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        if pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, _FONT_NAME_BYTES, flags):
            name = buffer.value.decode("utf-8", "replace")
    cache[key] = (name, descent)
    return name, descent


def page_chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage | None = None) -> list[Char]:
    """Every character pdfium found in the page's content, in content order,
    without the spaces and line breaks pdfium generates itself."""
    own = textpage is None
    textpage = textpage or page.get_textpage()
    try:
        left, bottom, _, top = page.get_mediabox()
        chars: list[Char] = []
        fonts: dict[int, tuple[str, float]] = {}
        matrix = pdfium_c.FS_MATRIX()
        for index in range(textpage.count_chars()):
            if pdfium_c.FPDFText_IsGenerated(textpage, index) == 1:
                continue
            char = _char(textpage, index, left, top, matrix, fonts)
            if chars and _same_glyph(chars[-1], char):
                chars[-1]["text"] += char["text"]
            else:
                chars.append(char)
        return chars
    finally:
        if own:
            textpage.close()


def _same_glyph(prev: Char, char: Char) -> bool:
    """pdfium splits a glyph whose Unicode mapping has several letters (a
    "tt" ligature) into characters at the very same spot; pdfminer keeps one
    character with the letters as its text, and so does this reader."""
    return (prev["x0"] == char["x0"] and prev["x1"] == char["x1"]
            and prev["bottom"] == char["bottom"] and prev["fontname"] == char["fontname"])


def _char(textpage: pdfium.PdfTextPage, index: int, left: float, top: float,
          matrix: Any, fonts: dict[int, tuple[str, float]]) -> Char:
    code = pdfium_c.FPDFText_GetUnicode(textpage, index)
    text = UNMAPPED if pdfium_c.FPDFText_HasUnicodeMapError(textpage, index) == 1 else chr(code)
    x1 = textpage.get_charbox(index, loose=True)[2]
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage, index, origin_x, origin_y)
    fontname, descent = _font(textpage, index, fonts)
    if not pdfium_c.FPDFText_GetMatrix(textpage, index, matrix):
        matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f = 1, 0, 0, 1, 0, 0
    font_size = float(pdfium_c.FPDFText_GetFontSize(textpage, index))
    upright = matrix.b == 0 and matrix.c == 0 and matrix.a * matrix.d > 0
    size = font_size * abs(matrix.d) if upright else font_size
    char_bottom = top - (origin_y.value + descent * size)
    return {
        "text": text,
        "x0": origin_x.value - left,
        "x1": x1 - left,
        "top": char_bottom - size,
        "bottom": char_bottom,
        "size": size,
        "fontname": fontname,
        "upright": upright,
        "matrix": (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
    }


def _lines(chars: list[Char], y_tolerance: float) -> list[list[Char]]:
    """pdfplumber's line clustering: distinct ``top`` values joined while each
    is within the tolerance of the previous one; a line's characters keep
    their content order and are then sorted by ``x0``."""
    tops = sorted({c["top"] for c in chars})
    cluster_of: dict[float, int] = {}
    cluster = 0
    for i, value in enumerate(tops):
        if i and value > tops[i - 1] + y_tolerance:
            cluster += 1
        cluster_of[value] = cluster
    ordered = sorted(chars, key=lambda c: cluster_of[c["top"]])
    return [sorted(group, key=lambda c: c["x0"])
            for _, group in itertools.groupby(ordered, key=lambda c: cluster_of[c["top"]])]


def _words_of_line(line: list[Char], x_ratio: float, y_tolerance: float) -> Iterable[list[Char]]:
    """pdfplumber's word split for left-to-right text: a blank ends a word, and
    so does a character that starts left of the previous one's start, further
    right than a fifth (``x_ratio``) of its size after its end, or on another
    baseline band (``top`` differs by more than ``y_tolerance``)."""
    word: list[Char] = []
    for char in line:
        if char["text"].isspace():
            if word:
                yield word
            word = []
            continue
        if word:
            prev = word[-1]
            if (char["x0"] < prev["x0"] or char["x0"] > prev["x1"] + x_ratio * prev["size"]
                    or abs(char["top"] - prev["top"]) > y_tolerance):
                yield word
                word = []
        word.append(char)
    if word:
        yield word


def _merge(chars: list[Char]) -> Char:
    return {
        "text": "".join(LIGATURES.get(c["text"], c["text"]) for c in chars),
        "x0": min(c["x0"] for c in chars),
        "top": min(c["top"] for c in chars),
        "x1": max(c["x1"] for c in chars),
        "bottom": max(c["bottom"] for c in chars),
        "upright": chars[0]["upright"],
        "chars": chars,
    }


def extract_words(chars: list[Char], x_tolerance_ratio: float = WORD_SETTINGS["x_tolerance_ratio"],
                  y_tolerance: float = WORD_SETTINGS["y_tolerance"]) -> list[Char]:
    """Words as pdfplumber's ``extract_words`` makes them with
    ``WORD_SETTINGS`` (ratio 0.2, y tolerance 3, blanks split, no text
    flow), each with its ``chars``. Runs of upright and of
    rotated characters are grouped separately, in content order, as
    pdfplumber does; rotated text is read top to bottom like its default."""
    words: list[Char] = []
    for upright, run in itertools.groupby(chars, key=lambda c: c["upright"]):
        run_chars = list(run)
        if upright:
            lines = _lines(run_chars, y_tolerance)
            words += [_merge(w) for line in lines for w in _words_of_line(line, x_tolerance_ratio, y_tolerance)]
        else:
            words += [_merge(w) for w in _rotated_words(run_chars, x_tolerance_ratio, y_tolerance)]
    return words


def _rotated_words(chars: list[Char], x_ratio: float, y_tolerance: float) -> Iterable[list[Char]]:
    """Rotated runs: columns by ``x0`` (tolerance: pdfplumber's default x
    tolerance, 3), characters top to bottom, the same three tests with the
    axes swapped."""
    xs = sorted({c["x0"] for c in chars})
    column_of: dict[float, int] = {}
    column = 0
    for i, value in enumerate(xs):
        if i and value > xs[i - 1] + 3:
            column += 1
        column_of[value] = column
    ordered = sorted(chars, key=lambda c: column_of[c["x0"]])
    for _, group in itertools.groupby(ordered, key=lambda c: column_of[c["x0"]]):
        word: list[Char] = []
        for char in sorted(group, key=lambda c: (c["top"], c["bottom"])):
            if char["text"].isspace():
                if word:
                    yield word
                word = []
                continue
            if word:
                prev = word[-1]
                if (char["top"] < prev["top"] or char["top"] > prev["bottom"] + y_tolerance
                        or abs(char["x0"] - prev["x0"]) > x_ratio * prev["size"]):
                    yield word
                    word = []
            word.append(char)
        if word:
            yield word


def dedupe_chars(chars: list[Char]) -> list[Char]:
    """The characters without those printed twice at (almost) the same spot,
    the way some tools fake bold ("NNaavv" otherwise): same text, same
    position rounded to the point. pdfplumber's own ``dedupe_chars`` sorts
    per character and is too slow for a full page."""
    seen: set[tuple[str, int, int]] = set()
    kept: list[Char] = []
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key not in seen:
            kept.append(char)
        seen.add(key)
    return kept
