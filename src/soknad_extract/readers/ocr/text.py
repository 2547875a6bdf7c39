"""Words from Tesseract, and visual lines built from them.

Tesseract runs with Norwegian first (``nor+eng``): Norwegian alone reads "@"
in e-mail addresses as "Q" on our test pages, and English alone loses æøå
(peers.md: never English-only). Page segmentation mode 3 (automatic) keeps
form columns apart; ruling lines are removed before OCR (see ``tables``)
because they break Tesseract's layout analysis.

Tesseract's OpenMP threads cost more than they give on small machines: one
A4 page takes ~2.0 s with the default and ~0.7 s with one thread (measured on
2 cores), so the thread limit is set to 1 unless the caller chose otherwise;
pages are run in parallel instead.
"""

from __future__ import annotations

import os
import re
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import pytesseract
from PIL import Image

from ... import clock
from ...layout.geometry import union
from ...layout.settings import (
    OCR_EN_DASH_WIDTH_RATIO,
    OCR_JUNK_WORD_CONFIDENCE,
    OCR_OSD_MIN_CONFIDENCE,
    OCR_ROW_OVERLAP_RATIO,
    OCR_SPLIT_GAP_AFTER_COLON_WORD_HEIGHTS,
    OCR_SPLIT_GAP_WORD_HEIGHTS,
    OCR_STRAY_WORD_CONFIDENCE,
)

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

LANG = "nor+eng"
PSM = 3
FALLBACK_PSM = 6
"""Automatic segmentation (3) keeps form columns apart, but on a sparse,
speckled page it can take the whole page for a picture and read nothing;
one uniform block (6) then still reads it."""
RESERVE_SECONDS = 10.0
"""Of the document's time limit, kept for what follows OCR (extraction,
the record): a Tesseract call may take what is left of the document's time
but this (``clock.seconds_left``), never a fixed number of seconds, so a
loaded machine cannot turn one document into another class of result."""


class OcrTimeout(RuntimeError):
    """Tesseract did not finish within what was left of the document's time."""


def _timeout() -> float:
    return clock.seconds_left(reserve=RESERVE_SECONDS)

PxBox = tuple[int, int, int, int]
"""(x0, top, x1, bottom) in raster pixels."""


@dataclass
class OcrWord:
    text: str
    box: PxBox
    confidence: float
    """0..1, Tesseract's word confidence / 100."""
    block: int = 0
    paragraph: int = 0
    line: int = 0


@dataclass
class OcrLine:
    """Words on one visual row that belong together, left to right."""

    words: list[OcrWord] = field(default_factory=list)
    cell: tuple[int, int, int] | None = None

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def box(self) -> PxBox:
        return union(w.box for w in self.words)

    @property
    def confidence(self) -> float:
        return sum(w.confidence for w in self.words) / len(self.words)


@contextmanager
def _as_file(image: Image.Image) -> Iterator[str]:
    """The image as an uncompressed PGM file for Tesseract. pytesseract
    would write a PNG, and compressing a noisy scan costs ~0.5 s a page."""
    handle, path = tempfile.mkstemp(prefix="soknad_ocr_", suffix=".pgm")
    os.close(handle)
    try:
        image.convert("L").save(path, format="PPM")
        yield path
    finally:
        os.unlink(path)


def run_tesseract(image: Image.Image, dpi: float, lang: str = LANG, psm: int = PSM) -> list[OcrWord]:
    """Every recognised word with its pixel box and confidence. Raises what
    pytesseract raises (missing binary) and ``OcrTimeout``; the caller decides."""
    with _as_file(image) as path:
        try:
            data = pytesseract.image_to_data(
                path,
                lang=lang,
                config=f"--psm {psm} --dpi {round(dpi)}",
                output_type=pytesseract.Output.DICT,
                timeout=_timeout(),
            )
        except RuntimeError as error:
            if "timeout" in str(error).lower():
                raise OcrTimeout(str(error)) from error
            raise
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        confidence = float(data["conf"][i])
        if not text or confidence < 0:
            continue
        left, top = int(data["left"][i]), int(data["top"][i])
        box = (left, top, left + int(data["width"][i]), top + int(data["height"][i]))
        words.append(
            OcrWord(
                text,
                box,
                max(0.0, min(1.0, confidence / 100)),
                int(data["block_num"][i]),
                int(data["par_num"][i]),
                int(data["line_num"][i]),
            )
        )
    return correct(words)


_LOCAL_PART = re.compile(r"^[\w.+-]*\w$")
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,4}\W*$")
_GLUED_AT = re.compile(r"^([\w.+-]*\w)(\(?[Q©®&Ø@]|\()([\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\W*)$")
_AT_LOOKALIKES = {"Q", "©", "®", "@", "&"}


def _split_at(word: OcrWord, following: OcrWord) -> bool:
    """An address cut in two around its "@" ("kjersti.holm @nav.no")."""
    if (word.block, word.paragraph, word.line) != (following.block, following.paragraph, following.line):
        return False
    if word.text.endswith("@") and _DOMAIN.match(following.text):
        return bool(_LOCAL_PART.match(word.text[:-1]))
    if following.text.startswith("@") and _DOMAIN.match(following.text[1:]):
        return bool(_LOCAL_PART.match(word.text))
    return False


def repair_email_at(words: list[OcrWord]) -> list[OcrWord]:
    """Put back e-mail addresses that OCR breaks on noisy scans: the "@"
    read as "Q", "©" or "(Ø" ("kari.nordmann Q nav.no", "kari.nordmannQnav.no"),
    or a space put next to it ("kjersti.holm @nav.no"). Only where a domain
    with a top-level domain follows, so ordinary words are left alone."""
    repaired: list[OcrWord] = []
    i = 0
    while i < len(words):
        word = words[i]
        glued = _GLUED_AT.match(word.text)
        if glued and glued.group(2) != "@":
            repaired.append(OcrWord(f"{glued.group(1)}@{glued.group(3)}", word.box, word.confidence,
                                    word.block, word.paragraph, word.line))
            i += 1
            continue
        if i + 1 < len(words) and _split_at(word, words[i + 1]):
            following = words[i + 1]
            box = (word.box[0], min(word.box[1], following.box[1]), following.box[2], max(word.box[3], following.box[3]))
            repaired.append(OcrWord(word.text + following.text, box, min(word.confidence, following.confidence),
                                    word.block, word.paragraph, word.line))
            i += 2
            continue
        if i + 2 < len(words):
            at, domain = words[i + 1], words[i + 2]
            same_line = {(w.block, w.paragraph, w.line) for w in (word, at, domain)}
            if (
                len(same_line) == 1 and at.text in _AT_LOOKALIKES
                and _LOCAL_PART.match(word.text) and _DOMAIN.match(domain.text)
            ):
                box = (word.box[0], min(w.box[1] for w in (word, at, domain)),
                       domain.box[2], max(w.box[3] for w in (word, at, domain)))
                confidence = min(word.confidence, at.confidence, domain.confidence)
                repaired.append(OcrWord(f"{word.text}@{domain.text}", box, confidence,
                                        word.block, word.paragraph, word.line))
                i += 3
                continue
        repaired.append(word)
        i += 1
    return repaired


_BOX_LOOKALIKE = re.compile(r"^[\[({|]\s*([xX×]?)\s*[\])}|IlJ1]$")
_OPEN_BOX = re.compile(r"^\[\s*([xX×]?)$")
"""A box whose closing bracket OCR lost ("[ Videreføring", "[X Ja"): a lone
opening bracket is no text of its own on these forms."""
_BOX_PREFIX = re.compile(r"^([\[({]\s*[xX×]?\s*[\])}|])(\w{2,}\W*)$")
_DASHES = {"-", "--", "—", "–"}


def normalise_box_glyph(text: str) -> str:
    """Typed check boxes as OCR misreads their brackets ("{X}", "(]", "[XI",
    "[") written the way the glyph-box parser reads them ("[X]", "[ ]")."""
    match = _BOX_LOOKALIKE.match(text) or _OPEN_BOX.match(text)
    if not match or text in ("()", "(x)", "(X)"):
        return text
    return "[X]" if match.group(1) else "[ ]"


def _split(word: OcrWord, head: str, tail: str) -> list[OcrWord]:
    """Two words from one, the box divided in proportion to the text."""
    x0, top, x1, bottom = word.box
    cut = x0 + round((x1 - x0) * len(head) / (len(head) + len(tail)))
    return [
        replace(word, text=normalise_box_glyph(head), box=(x0, top, cut, bottom)),
        replace(word, text=tail, box=(cut, top, x1, bottom)),
    ]


def _dash(word: OcrWord, line_height: int) -> str:
    """A spaced dash as printed: "-" or "–", told apart by its length (OCR
    reads both, and "—", as it likes; Norwegian spaces the en dash, but some
    writers space a hyphen, and a value must be kept as written)."""
    width = word.box[2] - word.box[0]
    return "–" if width >= OCR_EN_DASH_WIDTH_RATIO * max(1, line_height) else "-"


def correct(words: list[OcrWord]) -> list[OcrWord]:
    """OCR's usual slips on Norwegian forms, put right where the intended
    text is clear: check boxes glued to their label ("[]ja") or with a
    misread bracket, a spaced dash read as the wrong dash (told apart by its
    length), broken e-mail addresses, and specks read as words."""
    line_heights: dict[tuple[int, int, int], int] = {}
    for word in words:
        if any(c.isalnum() for c in word.text):
            key = (word.block, word.paragraph, word.line)
            line_heights[key] = max(line_heights.get(key, 0), word.box[3] - word.box[1])
    fixed: list[OcrWord] = []
    for word in words:
        prefix = _BOX_PREFIX.match(word.text)
        if prefix:
            fixed.extend(_split(word, prefix.group(1), prefix.group(2)))
            continue
        text = normalise_box_glyph(word.text)
        previous = fixed[-1] if fixed else None
        if (
            text in _DASHES and previous is not None
            and (previous.block, previous.paragraph, previous.line) == (word.block, word.paragraph, word.line)
        ):
            text = _dash(word, line_heights.get((word.block, word.paragraph, word.line), 0))
        fixed.append(replace(word, text=text) if text != word.text else word)
    return [w for w in repair_email_at(fixed) if not is_junk(w)]


def is_junk(word: OcrWord) -> bool:
    """A doubtful word with hardly a letter or digit in it ("‘", "-", ":"):
    what Tesseract makes of specks and smudges."""
    if word.confidence >= OCR_JUNK_WORD_CONFIDENCE or _BOX_LOOKALIKE.match(word.text):
        return False
    return sum(c.isalnum() for c in word.text) < 2


def _typical_height(words: list[OcrWord]) -> float:
    heights = [w.box[3] - w.box[1] for w in words if any(c.isalnum() for c in w.text)]
    return float(statistics.median(heights)) if heights else 30.0


def split_at_gaps(words: list[OcrWord], height: float) -> list[list[OcrWord]]:
    """Split a left-to-right row at wide gaps, so "Label:      value" becomes
    two lines, as the PDF reader does for text-layer rows."""
    groups: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: w.box[0]):
        previous = groups[-1][-1] if groups else None
        limit = OCR_SPLIT_GAP_AFTER_COLON_WORD_HEIGHTS if previous and previous.text.endswith(":") else OCR_SPLIT_GAP_WORD_HEIGHTS
        if previous and word.box[0] - previous.box[2] <= limit * height:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


_RULES = frozenset("|¦‖")
"""Glyphs OCR makes of a table's vertical rule where it touches a cell's text."""


def _strip_rules(group: list[OcrWord]) -> list[OcrWord]:
    """A cell's text without the table rule OCR read at its edge ("| Frå
    soning til arbeid", "|Kinn", "8 000|"): a rule is no character of a
    value. Only at the ends of a line; a rule inside it is left alone."""
    words = list(group)
    while words and all(c in _RULES for c in words[0].text):
        words.pop(0)
    while words and all(c in _RULES for c in words[-1].text):
        words.pop()
    if words and words[0].text[0] in _RULES:
        words[0] = replace(words[0], text=words[0].text.lstrip("".join(_RULES)))
    if words and words[-1].text[-1] in _RULES:
        words[-1] = replace(words[-1], text=words[-1].text.rstrip("".join(_RULES)))
    return words


def _stray_limit(words: list[OcrWord]) -> float:
    """The confidence below which a lone line of letters is a stray reading."""
    confidences = [w.confidence for w in words if any(c.isalnum() for c in w.text)]
    typical = statistics.median(confidences) if confidences else 1.0
    return min(OCR_STRAY_WORD_CONFIDENCE, typical / 2)


STRAY_MAX_LETTERS = 4
"""Shading and rule stubs read as text give a few letters ("Sr", "cael");
a longer word read at low confidence is text read badly (an e-mail address
on a grey field reads at 0), which is kept for the validator to doubt."""


def is_stray(group: list[OcrWord], limit: float) -> bool:
    """A line that is only a doubtful short run of letters, alone in its
    gap: what Tesseract makes of cell shading or a rule's stub ("Sr", "cael"
    between a budget label and its amount). Digits, punctuation and check
    boxes are never stray: a number read badly is the validator's to doubt,
    not ours to drop."""
    if len(group) > 2:
        return False
    return all(w.text.isalpha() and len(w.text) <= STRAY_MAX_LETTERS and w.confidence < limit for w in group)


def group_lines(words: list[OcrWord], cell_of: dict[int, tuple[int, int, int]] | None = None) -> list[OcrLine]:
    """Visual lines in reading order (top to bottom, then left to right).

    Tesseract's (block, paragraph, line) numbers give the rows; a row is then
    split at big gaps and wherever its words fall into different table cells
    (``cell_of`` maps ``id(word)`` to its cell), so a cell's text never
    runs into its neighbour's. Rules read at a line's ends are stripped and
    stray readings of shading and specks dropped (``is_stray``).
    """
    cell_of = cell_of or {}
    limit = _stray_limit(words)
    rows: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in words:
        rows.setdefault((word.block, word.paragraph, word.line), []).append(word)
    lines: list[OcrLine] = []
    for row in rows.values():
        height = _typical_height(row) if any(any(c.isalnum() for c in w.text) for w in row) else _typical_height(words)
        by_cell: dict[tuple[int, int, int] | None, list[OcrWord]] = {}
        for word in row:
            by_cell.setdefault(cell_of.get(id(word)), []).append(word)
        for cell, cell_words in by_cell.items():
            for group in split_at_gaps(cell_words, height):
                group = _strip_rules(group)
                if group and not is_stray(group, limit):
                    lines.append(OcrLine(group, cell))
    return reading_order(lines)


def _same_row(a: PxBox, b: PxBox) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= OCR_ROW_OVERLAP_RATIO * max(1, min(a[3] - a[1], b[3] - b[1]))


def reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    """Sort into rows by vertical overlap, then left to right within a row:
    a form's label and its value (often separate Tesseract blocks) end up
    next to each other, as they are read. A line joins a row by overlapping
    the row's first line, so rows do not chain into one another."""
    ordered = sorted(lines, key=lambda l: (l.box[1], l.box[0]))
    rows: list[list[OcrLine]] = []
    for line in ordered:
        for row in reversed(rows[-3:]):
            if _same_row(row[0].box, line.box):
                row.append(line)
                break
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda l: l.box[0])]


OSD_SCALE = 0.5
"""Orientation detection on a half-size copy: ~0.5 s instead of ~0.8 s a
page, with the same answers on our test pages."""


def detect_orientation(image: Image.Image, dpi: float) -> int:
    """Degrees (0, 90, 180, 270) to turn the page clockwise so its text is
    upright, by Tesseract's orientation detection; 0 when it is unsure or
    cannot tell (too little text, no ``osd`` data)."""
    small = image.resize(
        (max(1, round(image.width * OSD_SCALE)), max(1, round(image.height * OSD_SCALE))),
        Image.Resampling.LANCZOS,
    )
    try:
        with _as_file(small) as path:
            result = pytesseract.image_to_osd(
                path,
                config=f"--psm 0 --dpi {round(dpi * OSD_SCALE)}",
                output_type=pytesseract.Output.DICT,
                timeout=_timeout(),
            )
    except (pytesseract.TesseractError, RuntimeError):
        return 0
    if float(result.get("orientation_conf", 0.0)) < OCR_OSD_MIN_CONFIDENCE:
        return 0
    return int(result.get("rotate", 0)) % 360
