"""Visual lines from Tesseract's words: rows split at wide gaps, table rules
and stray readings of shading dropped, lines put in reading order.

Kept apart from ``text`` (which runs Tesseract and corrects single words)
because grouping is geometry on words that are already read.
"""

from __future__ import annotations

import statistics
from dataclasses import replace

from ...layout.settings import (
    OCR_ROW_OVERLAP_RATIO,
    OCR_SPLIT_GAP_AFTER_COLON_WORD_HEIGHTS,
    OCR_SPLIT_GAP_WORD_HEIGHTS,
    OCR_STRAY_WORD_CONFIDENCE,
)
from .text import OcrLine, OcrWord, PxBox

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
