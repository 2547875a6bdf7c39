"""Words from Tesseract, and visual lines built from them.

Tesseract runs with Norwegian first (``nor+eng``): Norwegian alone reads "@"
in e-mail addresses as "Q" on our test pages, and English alone loses æøå
(peers.md: never English-only). English costs ~7 % of Tesseract's time
(it is tried only on lines that read poorly in Norwegian), and buys the "@"
of nearly every e-mail address on a scan (PROFILE phase 18d). Page
segmentation mode 3 (automatic) keeps form columns apart; ruling lines are
removed before OCR (see ``tables``) because they break Tesseract's layout
analysis.

Tesseract's OpenMP threads cost more than they give on small machines: one
A4 page takes ~2.0 s with the default and ~0.7 s with one thread (measured on
2 cores), so the thread limit is set to 1 unless the caller chose otherwise;
pages are run in parallel instead.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import numpy as np
import pytesseract
from PIL import Image

from ... import clock
from . import libtesseract
from .digits import join_cut_numbers
from .marks_lost import restore as restore_marks
from ...layout.geometry import union
from ...layout.settings import (
    OCR_EN_DASH_WIDTH_RATIO,
    OCR_JUNK_WORD_CONFIDENCE,
    OCR_OSD_MIN_CONFIDENCE,
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
but this (``clock.wall_seconds_left``), never a fixed number of seconds, so a
loaded machine cannot turn one document into another class of result."""


class OcrTimeout(RuntimeError):
    """Tesseract did not finish within what was left of the document's time."""


def _timeout() -> float:
    """Wall seconds Tesseract may take (its monitor's deadline, the command
    line's timeout): what is left of the document's CPU, as wall time."""
    return clock.wall_seconds_left(reserve=RESERVE_SECONDS)


def _cpu_left() -> float:
    """CPU seconds of the document left for Tesseract: the library's layout
    analysis spends them whatever its monitor's deadline says."""
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

    @property
    def line_key(self) -> tuple[int, int, int]:
        """Tesseract's (block, paragraph, line): the text line the word is on."""
        return self.block, self.paragraph, self.line


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


def grey_pixels(image: Image.Image | np.ndarray) -> np.ndarray:
    """8-bit grey pixels, one row after another in memory, as Tesseract
    takes them; an array that already is so comes back as it is."""
    if isinstance(image, np.ndarray):
        return np.ascontiguousarray(image, dtype=np.uint8)
    return np.asarray(image if image.mode == "L" else image.convert("L"))


@contextmanager
def _as_file(pixels: np.ndarray) -> Iterator[str]:
    """The pixels as an uncompressed PGM file for Tesseract's command line.
    pytesseract would write a PNG, and compressing a noisy scan costs ~0.5 s
    a page; the header and the raw rows are what Pillow's PPM writer gives,
    without its encoder (~25 ms a page in small chunks)."""
    height, width = pixels.shape
    handle, path = tempfile.mkstemp(prefix="soknad_ocr_", suffix=".pgm")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(b"P5\n%d %d\n255\n" % (width, height))
            file.write(pixels.data)
        yield path
    finally:
        os.unlink(path)


TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
"""The header the command line prints above its TSV and the library leaves out."""


def _command_data(pixels: np.ndarray, dpi: float, lang: str, psm: int) -> dict[str, list]:
    """The command line's TSV as pytesseract's columns."""
    with _as_file(pixels) as path:
        try:
            return pytesseract.image_to_data(
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


def _library_data(pixels: np.ndarray, dpi: float, lang: str, psm: int) -> dict[str, list]:
    """The library's TSV, read into columns by pytesseract's own parser so
    that both ways give the same values (confidences cut to whole numbers)."""
    with libtesseract.engine(lang) as engine:
        try:
            tsv = engine.tsv(pixels, round(dpi), psm, _timeout())
        except libtesseract.RecognitionStopped as error:
            if error.timed_out:
                raise OcrTimeout(str(error)) from error
            raise pytesseract.TesseractError(-1, str(error)) from error
    return pytesseract.pytesseract.file_to_dict(f"{TSV_HEADER}\n{tsv}", "\t", -1)


def run_tesseract(image: Image.Image | np.ndarray, dpi: float, lang: str = LANG, psm: int = PSM) -> list[OcrWord]:
    """Every recognised word with its pixel box and confidence, from the
    library in this process where it can (``libtesseract``; not with less
    than ``LIBRARY_MIN_SECONDS`` of the document's time left), else from the
    command line. Raises what pytesseract raises (missing binary, a failed
    page) and ``OcrTimeout``; the caller decides."""
    pixels = grey_pixels(image)
    data = None
    if libtesseract.wanted() and _cpu_left() >= libtesseract.LIBRARY_MIN_SECONDS:
        try:
            data = _library_data(pixels, dpi, lang, psm)
        except libtesseract.Unavailable:
            data = None
    if data is None:
        data = _command_data(pixels, dpi, lang, psm)
    words: list[OcrWord] = []
    for i, text in enumerate(data.get("text", [])):
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
    if word.line_key != following.line_key:
        return False
    if word.text.endswith("@") and _DOMAIN.match(following.text):
        return bool(_LOCAL_PART.match(word.text[:-1]))
    if following.text.startswith("@") and _DOMAIN.match(following.text[1:]):
        return bool(_LOCAL_PART.match(word.text))
    return False


_CUT_ADDRESS = re.compile(r"^[\w+-]+(\.[\w+-]+)*@[\w-]+(\.[\w-]+)*\.[a-z]{2,4}\W*$")
_CUT_PIECE = re.compile(r"^@?[a-zæøå\d][\w+-]*(?:[.@][\w+-]+)*\.?\W*$")
"""A piece of a cut address: it starts in lower case (as addresses are
written), so a label or a sentence's next word is no piece."""


def _joined(pieces: list[OcrWord], text: str) -> OcrWord:
    """One word ``text`` from pieces OCR read apart on one line: their box
    from the first's left to the last's right, the worst confidence."""
    box = (pieces[0].box[0], min(w.box[1] for w in pieces), pieces[-1].box[2], max(w.box[3] for w in pieces))
    return OcrWord(text, box, min(w.confidence for w in pieces), *pieces[0].line_key)


def join_cut_addresses(words: list[OcrWord]) -> list[OcrWord]:
    """Put back an e-mail address OCR cut into pieces after its dots or
    before its "@" on a speckled scan ("eva. mikkelsen @nav. no"): pieces on
    one line, each but the last ending in "." or followed by one starting
    with "@", joined only when they make a whole address with one "@" and a
    top-level domain and the piece with the "@" is no whole address itself
    ("e-post. ola@nav.no" is a sentence's stop before a whole address), so
    ordinary words after a full stop are left alone."""
    joined: list[OcrWord] = []
    i = 0
    while i < len(words):
        end = i
        while (
            end + 1 < len(words) and words[end].line_key == words[end + 1].line_key
            and _CUT_PIECE.match(words[end].text) and _CUT_PIECE.match(words[end + 1].text)
            and (words[end].text.endswith(".") or words[end + 1].text.startswith("@"))
        ):
            end += 1
        pieces = words[i:end + 1]
        text = "".join(w.text for w in pieces)
        at_piece = next((w.text for w in pieces if "@" in w.text), "")
        if end > i and text.count("@") == 1 and _CUT_ADDRESS.match(text) and not _CUT_ADDRESS.match(at_piece):
            joined.append(_joined(pieces, text))
            i = end + 1
            continue
        joined.append(words[i])
        i += 1
    return joined


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
            repaired.append(OcrWord(f"{glued.group(1)}@{glued.group(3)}", word.box, word.confidence, *word.line_key))
            i += 1
            continue
        if i + 1 < len(words) and _split_at(word, words[i + 1]):
            repaired.append(_joined(words[i:i + 2], word.text + words[i + 1].text))
            i += 2
            continue
        if i + 2 < len(words):
            at, domain = words[i + 1], words[i + 2]
            same_line = {w.line_key for w in (word, at, domain)}
            if (
                len(same_line) == 1 and at.text in _AT_LOOKALIKES
                and _LOCAL_PART.match(word.text) and _DOMAIN.match(domain.text)
            ):
                repaired.append(_joined(words[i:i + 3], f"{word.text}@{domain.text}"))
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
    length), broken e-mail addresses, an amount cut between a pen's digits
    (``digits``), specks read as words, and a listed word read without its å
    or ø (``marks_lost``)."""
    line_heights: dict[tuple[int, int, int], int] = {}
    for word in words:
        if any(c.isalnum() for c in word.text):
            line_heights[word.line_key] = max(line_heights.get(word.line_key, 0), word.box[3] - word.box[1])
    fixed: list[OcrWord] = []
    for word in words:
        prefix = _BOX_PREFIX.match(word.text)
        if prefix:
            fixed.extend(_split(word, prefix.group(1), prefix.group(2)))
            continue
        text = restore_marks(normalise_box_glyph(word.text))
        previous = fixed[-1] if fixed else None
        if (
            text in _DASHES and previous is not None
            and previous.line_key == word.line_key
        ):
            text = _dash(word, line_heights.get(word.line_key, 0))
        fixed.append(replace(word, text=text) if text != word.text else word)
    return [w for w in join_cut_numbers(repair_email_at(join_cut_addresses(fixed))) if not is_junk(w)]


def is_junk(word: OcrWord) -> bool:
    """A doubtful word with hardly a letter or digit in it ("‘", "-", ":"):
    what Tesseract makes of specks and smudges."""
    if word.confidence >= OCR_JUNK_WORD_CONFIDENCE or _BOX_LOOKALIKE.match(word.text):
        return False
    return sum(c.isalnum() for c in word.text) < 2


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
        with _as_file(grey_pixels(small)) as path:
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
