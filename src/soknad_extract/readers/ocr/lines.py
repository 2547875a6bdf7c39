"""Visual lines from Tesseract's words: rows split at wide gaps, table rules
and stray readings of shading dropped, lines put in reading order.

Kept apart from ``text`` (which runs Tesseract and corrects single words)
because grouping is geometry on words that are already read.
"""

from __future__ import annotations

import statistics
from dataclasses import replace

from ...layout.geometry import on_one_row
from ...layout.settings import (
    OCR_ROW_OVERLAP_RATIO,
    OCR_SPLIT_GAP_AFTER_COLON_WORD_HEIGHTS,
    OCR_SPLIT_GAP_WORD_HEIGHTS,
    OCR_STRAY_WORD_CONFIDENCE,
)
from .text import OcrLine, OcrWord

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
    gap: what Tesseract makes of cell shading, a rule's stub or a fax's
    noise ("Sr", "cael" between a budget label and its amount). Digits, punctuation and check
    boxes are never stray: a number read badly is the validator's to doubt,
    not ours to drop. A lone token that is no word by its shape is stray
    when read with some doubt too (``is_speck``)."""
    if len(group) == 1 and is_speck(group[0]):
        return True
    if len(group) > 2:
        return False
    return all(_letters_only(w.text) and w.confidence < limit for w in group)


def _letters_only(text: str) -> bool:
    """A few letters, with at most the marks a speck reads as around them
    ("Fo," read from a fax's noise between "Kommune:" and its answer)."""
    core = text.strip("".join(_SPECK_MARKS))
    return core.isalpha() and len(core) <= STRAY_MAX_LETTERS


LEAD_MAX_CHARACTERS = 3
"""A speck, a box's border or a smear of ink read before a value gives a
token of a few characters ("SR", "Ga", "le", "~"); a longer word is text."""
LEAD_VALUE_CONFIDENCE = 0.6
"""The word after a doubtful lead must be read at least this well (ratio):
only then is the lead told apart from the value by its confidence; on a
page read badly throughout nothing is dropped."""
LEAD_NO_VOWEL_CONFIDENCE = 0.7
"""A short run of letters with no vowel ("dr", "SR") is no Norwegian word;
read below this confidence it is ink taken for letters (ratio)."""
LEAD_ZEROS = 3
"""A run of this many zeros or more, alone before a capitalised word, is a
box's border or a row of dots read as "0000", not part of a name."""
_VOWELS = frozenset("aeiouyæøåéèêóòôàáäöü")


_SPECK_MARKS = frozenset(".,;:'\"`´‘’“”„~^_*°·¨")
"""Marks a speck or smear reads as: never an answer of their own (a dash
is one, "no answer", and brackets are check boxes, so neither is here)."""


def _no_vowel(word: OcrWord) -> bool:
    """A few letters with no vowel ("dr", "SR"), read with some doubt: no
    Norwegian word, but ink taken for letters."""
    letters = word.text.lower()
    return (word.text.isalpha() and len(letters) <= LEAD_MAX_CHARACTERS
            and not _VOWELS.intersection(letters) and word.confidence < LEAD_NO_VOWEL_CONFIDENCE)


def is_speck(word: OcrWord) -> bool:
    """A token alone on its line that is no answer by its shape: a few
    letters with no vowel, or only the marks a speck reads as, below the
    confidence a value needs ("dr" between "Kommune:" and its answer, ";"
    between "Kontaktperson:" and the name)."""
    if _no_vowel(word):
        return True
    return set(word.text) <= _SPECK_MARKS and word.confidence < LEAD_VALUE_CONFIDENCE


def _is_value_word(word: OcrWord) -> bool:
    letters = sum(c.isalpha() for c in word.text)
    return letters >= 3 and word.confidence >= LEAD_VALUE_CONFIDENCE


def _is_doubtful_lead(word: OcrWord, value: OcrWord) -> bool:
    """A token that, by its OCR confidence and shape, is no part of the
    value read after it: short and read far worse than the value, short
    letters with no vowel read with some doubt, or a run of zeros before a
    capitalised word."""
    text = word.text
    characters = sum(c.isalnum() for c in text)
    if characters > LEAD_MAX_CHARACTERS + (1 if set(text) == {"0"} else 0):
        return False
    if characters == 0:
        return True
    if word.confidence < min(OCR_STRAY_WORD_CONFIDENCE, value.confidence / 2):
        return True
    if _no_vowel(word):
        return True
    return (set(text) == {"0"} and len(text) >= LEAD_ZEROS
            and value.text[0].isupper() and value.text[1:2].islower())


def _drop_leads(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` without the doubtful tokens read before their value."""
    for end, word in enumerate(words):
        if _is_value_word(word):
            break
    else:
        return words
    lead = words[:end]
    if not any(any(c.isalnum() for c in w.text) for w in lead):
        return words
    if all(_is_doubtful_lead(w, words[end]) for w in lead):
        return words[end:]
    return words


def strip_leading_junk(group: list[OcrWord]) -> list[OcrWord]:
    """A line's answer without the junk OCR read in front of it: specks,
    box borders or ink read as short tokens ("SR Fi ~ Saman om arbeid",
    "Navn: 0000 Barna først"). The answer starts the line or follows its
    label's colon; only a run of doubtful tokens (``_is_doubtful_lead``)
    that ends at a word read well is dropped, and at least one of them must
    hold a letter or digit, so a bullet or dash alone stays."""
    group = _drop_leads(group)
    for i, word in enumerate(group[:-1]):
        if word.text.endswith(":"):
            return group[:i + 1] + _drop_leads(group[i + 1:])
    return group


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
        rows.setdefault(word.line_key, []).append(word)
    lines: list[OcrLine] = []
    for row in rows.values():
        height = _typical_height(row) if any(any(c.isalnum() for c in w.text) for w in row) else _typical_height(words)
        by_cell: dict[tuple[int, int, int] | None, list[OcrWord]] = {}
        for word in row:
            by_cell.setdefault(cell_of.get(id(word)), []).append(word)
        for cell, cell_words in by_cell.items():
            for group in split_at_gaps(cell_words, height):
                group = strip_leading_junk(_strip_rules(group))
                if group and not is_stray(group, limit):
                    lines.append(OcrLine(group, cell))
    return reading_order(lines)


def reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    """Sort into rows by vertical overlap, then left to right within a row:
    a form's label and its value (often separate Tesseract blocks) end up
    next to each other, as they are read. A line joins a row by overlapping
    the row's first line, so rows do not chain into one another."""
    ordered = sorted(lines, key=lambda l: (l.box[1], l.box[0]))
    rows: list[list[OcrLine]] = []
    for line in ordered:
        for row in reversed(rows[-3:]):
            if on_one_row(row[0].box, line.box, OCR_ROW_OVERLAP_RATIO):
                row.append(line)
                break
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda l: l.box[0])]
