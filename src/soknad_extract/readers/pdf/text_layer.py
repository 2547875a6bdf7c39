"""How much of a PDF page is real text, and how good it is: the OCR
stage's decision inputs.

Only the page's own text layer counts: lines the reader added for AcroForm
values (``Line.form_value``) and OCR lines do not, so a scan with
fillable fields over it still counts as a scan. A scan may carry a copier's
invisible OCR layer; ``misshapen_share`` says whether its words look like
words, so a poor layer is read again from the image rather than trusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...layout import Line, Page
from ...layout.settings import OCR_POOR_LAYER_MIN_WORDS, OCR_POOR_LAYER_WORD_RATIO

_WORD = re.compile(r"[^\W_]+")
_VOWELS = frozenset("aeiouyæøåàáâäéèêëíìîïóòôöúùûüý")
_MIN_VOWELLESS_LETTERS = 4
"""Norwegian and English words of four or more small letters all have a
vowel; shorter ones ("kr", "nr", "tlf") are common abbreviations."""


def own_lines(page: Page) -> list[Line]:
    """Lines from the page's own text layer: not OCR, not form values."""
    return [line for line in page.lines if not line.ocr and not line.form_value]


def text_coverage(page: Page) -> float:
    """Share of the page area covered by word boxes of its own text layer
    (form values and OCR lines excluded). A full page of 10 pt text covers
    roughly 0.15–0.3; a scan with a stamped page number, almost 0. The OCR
    module compares this with what the page's pixels show."""
    if not page.width or not page.height:
        return 0.0
    area = 0.0
    for line in own_lines(page):
        for word in line.words:
            if word.bbox is not None:
                x0, top, x1, bottom = word.bbox
                area += max(0.0, x1 - x0) * max(0.0, bottom - top)
    return min(1.0, area / (page.width * page.height))


def has_text_layer(page: Page, min_chars: int = 1) -> bool:
    """The page carries at least ``min_chars`` letters or digits of its own
    extractable text (unmapped glyphs were already dropped, form values do
    not count). False means it is an image of text, or blank, and needs OCR
    to be read; for pages with a little text over a big image (a stamp on a
    scan), compare ``text_coverage`` with the image area."""
    count = 0
    for line in own_lines(page):
        count += sum(ch.isalnum() for ch in line.text)
        if count >= min_chars:
            return True
    return False


def _misshapen(word: str) -> bool:
    """A word no writer types but a poor OCR engine makes: a digit touching
    a letter ("utvik1ing", "2O2O", "0ystein"), a capital right after a small
    letter ("RlNGERlKE", "ssoJeu0H"), or a run of small letters without a
    vowel ("hjlp")."""
    for a, b in zip(word, word[1:]):
        if (a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit()) or (a.islower() and b.isupper()):
            return True
    return word.islower() and len(word) >= _MIN_VOWELLESS_LETTERS and not (_VOWELS & set(word))


def misshapen_share(lines: Iterable[Line]) -> tuple[int, float]:
    """(words with a letter, share of them misshapen) over the lines' text.
    Words are runs of letters and digits (an e-mail address is several), so
    a digit-only amount or date neither counts nor spoils the share."""
    words = [w for line in lines for w in _WORD.findall(line.text) if len(w) >= 2 and any(c.isalpha() for c in w)]
    if not words:
        return 0, 0.0
    return len(words), sum(_misshapen(w) for w in words) / len(words)


def reads_poorly(lines: Iterable[Line]) -> bool:
    """The lines hold enough words to judge, and too many are misshapen for
    clean text (``OCR_POOR_LAYER_WORD_RATIO``)."""
    count, share = misshapen_share(lines)
    return count >= OCR_POOR_LAYER_MIN_WORDS and share >= OCR_POOR_LAYER_WORD_RATIO


def poor_text_layer(page: Page) -> bool:
    """The page's own text layer reads like a poor OCR engine's, not like
    text: a copier's invisible layer with l/1 and O/0 confused. The OCR stage
    reads such a scanned page from its image instead."""
    return reads_poorly(own_lines(page))
