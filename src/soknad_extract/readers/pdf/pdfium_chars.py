"""A PDF page's characters and words from pypdfium2, shaped like pdfplumber's.

pdfium parses a page about twenty times faster than pdfminer (issue 15), so
the reader takes its text from pdfium (and its drawings, ``pdfium_objects``).
The rest of the reader was built on pdfplumber's characters and
``extract_words``; this module gives the same shapes (dicts with ``text``,
``x0``, ``x1``, ``top``, ``bottom``, ``size``, ``fontname``, ``upright``,
``matrix``; and the style facts pdfplumber lacks: ``italic`` and
``colour``, the fill colour as RGB from 0 to 1) so that
``readers.pdf.text.page_words``, the drawn check boxes and the table finder
work on them unchanged.

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
import operator
from collections.abc import Iterable
from dataclasses import dataclass
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
_ITALIC_FLAG = 1 << 6
"""The font descriptor's Italic flag (PDF 32000, table 123)."""
_ITALIC_NAMES = ("italic", "oblique", "kursiv")
_GENERATED = frozenset((0x20, 0x0A, 0x0D))
"""The characters pdfium inserts itself (a space between words, a line
break); it is asked whether a character is generated only for these."""


def _lean(function: Any, restype: Any) -> Any:
    """``function`` of pdfium's C API without declared argument types.
    pypdfium2's bindings declare them, and ctypes then converts every
    argument through its type on every call, two fifths of a call's cost; a
    page's characters take several calls each. Callers of these prototypes
    pass what the C function takes, so nothing needs converting: the text
    page's handle as pypdfium2 holds it, the character's index as a Python
    int (ctypes passes an int as a C ``int``, the parameter's type) and
    out-parameters ``byref``."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


_get_unicode = _lean(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_is_generated = _lean(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
_LINE_END_HYPHEN = 0x02
"""pdfium's code for a hyphen that ends a line ("Nav-" over "leiar"): it
marks the printed "-" so that its own text joins the word; the page shows
a hyphen, and so does this reader."""
_text_object = _lean(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_unmapped = _lean(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int)
_loose_box = _lean(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
_origin = _lean(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
_object_font = _lean(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p)
_char_matrix = _lean(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
_font_size = _lean(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_fill_colour = _lean(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int)


@dataclass(frozen=True)
class _Run:
    """What all characters of one text object share: pdfium keeps one font,
    size and matrix per text object, so they are asked once per object."""

    fontname: str
    descent: float
    """Per point of size; negative below the baseline."""
    size: float
    upright: bool
    matrix: tuple[float, float, float, float, float, float]
    italic: bool
    colour: tuple[float, float, float] | None

    @property
    def template(self) -> Char:
        """A character's dict with the run's entries filled in and the
        character's own (text and box) still None, in the dict's order:
        each character copies it and sets its own, which is half the cost
        of building the dict from both."""
        return {"text": None, "x0": None, "x1": None, "top": None, "bottom": None,
                "size": self.size, "fontname": self.fontname, "upright": self.upright,
                "matrix": self.matrix, "italic": self.italic, "colour": self.colour}


def _fontname(font: Any, textpage: Any, index: int) -> str:
    buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
    if font:
        length = pdfium_c.FPDFFont_GetBaseFontName(font, buffer, _FONT_NAME_BYTES)
        if 0 < length <= _FONT_NAME_BYTES and buffer.value:
            return buffer.value.decode("utf-8", "replace")
    flags = ctypes.c_int()
    if pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, _FONT_NAME_BYTES, flags):
        return buffer.value.decode("utf-8", "replace")
    return ""


_FontFacts = tuple[str, float, bool]
"""A font's BaseFont name, descent per point of size, and whether it is italic."""


def _font_facts(textpage: Any, index: int, font: Any) -> _FontFacts:
    descent = 0.0
    value = ctypes.c_float()
    if font and pdfium_c.FPDFFont_GetDescent(font, 1.0, value):
        descent = float(value.value)
    name = _fontname(font, textpage, index)
    return name, descent, _italic(font, name)


def _run(textpage: Any, index: int, obj: int, fonts: dict[int, _FontFacts]) -> _Run:
    """The text object's (at address ``obj``, 0 for none) font (BaseFont
    name, descent), size and matrix. A page's text objects share a few
    fonts, whose facts ``fonts`` keeps by the font's address."""
    handle = ctypes.c_void_p(obj)
    key = (_object_font(handle) or 0) if obj else 0
    facts = fonts.get(key) if key else None
    if facts is None:
        facts = _font_facts(textpage, index, ctypes.cast(key, pdfium_c.FPDF_FONT) if key else None)
        if key:
            fonts[key] = facts
    name, descent, italic = facts
    m = pdfium_c.FS_MATRIX()
    matrix = (m.a, m.b, m.c, m.d, m.e, m.f) if _char_matrix(textpage, index, ctypes.byref(m)) else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    font_size = _font_size(textpage, index)
    upright = matrix[1] == 0 and matrix[2] == 0 and matrix[0] * matrix[3] > 0
    size = font_size * abs(matrix[3]) if upright else font_size
    return _Run(name, descent, size, upright, matrix, italic, _fill(handle) if obj else None)


def _italic(font: Any, name: str) -> bool:
    """Italic by the font's name ("Helvetica-Oblique", "Arial-ItalicMT") or
    its descriptor's flag or slant: subset fonts keep the style in the name,
    Chromium's embedded fonts often only in the descriptor."""
    if any(word in name.split("+")[-1].lower() for word in _ITALIC_NAMES):
        return True
    if not font:
        return False
    if pdfium_c.FPDFFont_GetFlags(font) & _ITALIC_FLAG:
        return True
    angle = ctypes.c_int()
    return bool(pdfium_c.FPDFFont_GetItalicAngle(font, angle)) and angle.value != 0


def _fill(obj: Any) -> tuple[float, float, float] | None:
    """The text object's fill colour (what its glyphs are painted with)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not _fill_colour(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return None
    return (r.value / 255, g.value / 255, b.value / 255)


def page_chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage | None = None) -> list[Char]:
    """Every character pdfium found in the page's content, in content order,
    without the spaces and line breaks pdfium generates itself."""
    own = textpage is None
    textpage = textpage or page.get_textpage()
    try:
        return _chars(textpage.raw, textpage.count_chars(), page.get_mediabox())
    finally:
        if own:
            textpage.close()


def _chars(raw: Any, count: int, mediabox: tuple[float, float, float, float]) -> list[Char]:
    """The characters, five C calls each: what a text object's characters
    share comes from a per-object cache keyed by its address, and only a
    blank or a line break can be one pdfium generated. pdfium splits a
    glyph whose Unicode mapping has several letters (a "tt" ligature) into
    characters at the very same spot; pdfminer keeps one character with the
    letters as its text, and so does this reader."""
    left, _, _, top = mediabox
    chars: list[Char] = []
    runs: dict[int, tuple[str, float, float, Char]] = {}
    fonts: dict[int, _FontFacts] = {}
    box = pdfium_c.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    box_ref, x_ref, y_ref = ctypes.byref(box), ctypes.byref(origin_x), ctypes.byref(origin_y)
    get_unicode, is_generated, text_object, unmapped, loose_box, origin = (
        _get_unicode, _is_generated, _text_object, _unmapped, _loose_box, _origin)
    generated = _GENERATED
    prev: Char = {}
    prev_x0 = prev_x1 = prev_bottom = float("nan")
    prev_font = ""
    for index in range(count):
        code = get_unicode(raw, index)
        if code in generated and is_generated(raw, index) == 1:
            continue
        key = text_object(raw, index) or 0
        facts = runs.get(key)
        if facts is None:
            run = _run(raw, index, key, fonts)
            facts = runs[key] = (run.fontname, run.descent * run.size, run.size, run.template)
        fontname, drop, size, template = facts
        text = UNMAPPED if unmapped(raw, index) == 1 else chr(code) if code != _LINE_END_HYPHEN else "-"
        loose_box(raw, index, box_ref)
        origin(raw, index, x_ref, y_ref)
        x0, x1 = origin_x.value - left, box.right - left
        bottom = top - (origin_y.value + drop)
        if x0 == prev_x0 and x1 == prev_x1 and bottom == prev_bottom and fontname == prev_font:
            prev["text"] += text
            continue
        prev_x0, prev_x1, prev_bottom, prev_font = x0, x1, bottom, fontname
        prev = template.copy()
        prev["text"], prev["x0"], prev["x1"], prev["top"], prev["bottom"] = text, x0, x1, bottom - size, bottom
        chars.append(prev)
    return chars


def _lines(chars: list[Char], y_tolerance: float) -> list[list[Char]]:
    """pdfplumber's line clustering: distinct ``top`` values joined while each
    is within the tolerance of the previous one; a line's characters keep
    their content order and are then sorted by ``x0``."""
    if not chars:
        return []
    tops = sorted({c["top"] for c in chars})
    cluster_of: dict[float, int] = {}
    cluster = 0
    for i, value in enumerate(tops):
        if i and value > tops[i - 1] + y_tolerance:
            cluster += 1
        cluster_of[value] = cluster
    lines: list[list[Char]] = [[] for _ in range(cluster + 1)]
    for char in chars:
        lines[cluster_of[char["top"]]].append(char)
    for line in lines:
        line.sort(key=_X0)
    return lines


_TEXT, _X0, _X1, _TOP, _BOTTOM, _UPRIGHT = map(operator.itemgetter, ("text", "x0", "x1", "top", "bottom", "upright"))


def _split_words(chars: Iterable[Char], x_ratio: float, y_tolerance: float, upright: bool) -> Iterable[list[Char]]:
    """pdfplumber's word split along one axis: a blank ends a word, and so
    does a character that breaks from the one before it. Left-to-right
    (``upright``) text breaks where a character starts left of the previous
    one's start, further right than a fifth (``x_ratio``) of its size after
    its end, or on another baseline band (``top`` differs by more than
    ``y_tolerance``); top-to-bottom text by the same three tests with the
    axes swapped."""
    word: list[Char] = []
    for char in chars:
        if char["text"].isspace():
            if word:
                yield word
            word = []
            continue
        if word:
            prev = word[-1]
            if upright:
                x0 = char["x0"]
                breaks = (x0 < prev["x0"] or x0 > prev["x1"] + x_ratio * prev["size"]
                          or abs(char["top"] - prev["top"]) > y_tolerance)
            else:
                top = char["top"]
                breaks = (top < prev["top"] or top > prev["bottom"] + y_tolerance
                          or abs(char["x0"] - prev["x0"]) > x_ratio * prev["size"])
            if breaks:
                yield word
                word = []
        word.append(char)
    if word:
        yield word


_LIGATURE_CHARS = frozenset(LIGATURES)


def _merge(chars: list[Char]) -> Char:
    text = "".join(map(_TEXT, chars))
    if not _LIGATURE_CHARS.isdisjoint(text):
        text = "".join([LIGATURES.get(c["text"], c["text"]) for c in chars])
    return {
        "text": text,
        "x0": min(map(_X0, chars)),
        "top": min(map(_TOP, chars)),
        "x1": max(map(_X1, chars)),
        "bottom": max(map(_BOTTOM, chars)),
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
    for upright, run in itertools.groupby(chars, key=_UPRIGHT):
        run_chars = list(run)
        if upright:
            lines = _lines(run_chars, y_tolerance)
            words += [_merge(w) for line in lines for w in _split_words(line, x_tolerance_ratio, y_tolerance, True)]
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
        yield from _split_words(sorted(group, key=lambda c: (c["top"], c["bottom"])), x_ratio, y_tolerance, False)


def dedupe_chars(chars: list[Char]) -> list[Char]:
    """The characters without those printed twice at (almost) the same spot,
    the way some tools fake bold ("NNaavv" otherwise): same text, same
    position rounded to the point; the first of each is kept. pdfplumber's
    own ``dedupe_chars`` sorts per character and is too slow for a full
    page. The keys are made in one comprehension and each key's first index
    found by a dict built in C (later items overwrite earlier ones, so the
    characters are given last to first): most pages have no duplicate."""
    keys = [(char["text"], round(char["x0"]), round(char["top"])) for char in chars]
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1)))
    if len(first) == len(keys):
        return list(chars)
    return [chars[i] for i in sorted(first.values())]
