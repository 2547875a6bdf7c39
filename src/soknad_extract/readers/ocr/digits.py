"""Numbers OCR cut apart between digits written by pen.

A pen's digits stand unevenly: "10 000" written by hand is read "1 0 000"
when the writer left a little room between the 1 and the 0, and the amount
becomes 1 kr, a sum that does not add up (a false error). Norwegian groups
an amount's digits in threes ("10 000", "1 290 000"): a run of digit words
on one line that is no such grouping, but becomes one when its narrowest
gap, much narrower than the line's letters are tall, is closed, was one
group cut in two. Runs that are no amount after the join either (a phone
number "67 93 40 00", a date) stay as read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar


class _Word(Protocol):
    """An OCR word (``text.OcrWord``): its text, pixel box, confidence and line."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float

    @property
    def line_key(self) -> tuple[int, int, int]: ...


OcrWord = TypeVar("OcrWord", bound=_Word)

CUT_GAP_RATIO = 0.3
"""ratio. A gap between two digit words narrower than this, relative to
the taller word's height, may lie inside one group of digits: the space
between groups of an amount is about half a digit's height, a pen's uneven
digits leave a fifth."""
_DIGITS = re.compile(r"\d{1,3}")
_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+")


def _gap(left: OcrWord, right: OcrWord) -> int:
    return right.box[0] - left.box[2]


def _height(left: OcrWord, right: OcrWord) -> int:
    return max(left.box[3] - left.box[1], right.box[3] - right.box[1], 1)


def _rejoined(run: list[OcrWord]) -> list[OcrWord] | None:
    """``run`` with its one cut closed, when that makes an amount of it."""
    if len(run) < 3 or _GROUPED.fullmatch(" ".join(w.text for w in run)):
        return None
    gaps = [_gap(a, b) for a, b in zip(run, run[1:])]
    cut = min(range(len(gaps)), key=gaps.__getitem__)
    if gaps[cut] >= CUT_GAP_RATIO * _height(run[cut], run[cut + 1]):
        return None
    joined = run[:cut] + [_join(run[cut], run[cut + 1])] + run[cut + 2:]
    return joined if _GROUPED.fullmatch(" ".join(w.text for w in joined)) else None


def _join(left: OcrWord, right: OcrWord) -> OcrWord:
    box = (left.box[0], min(left.box[1], right.box[1]), right.box[2], max(left.box[3], right.box[3]))
    return replace(left, text=left.text + right.text, box=box, confidence=min(left.confidence, right.confidence))


def join_cut_numbers(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` with each amount OCR cut between two of its digits whole
    again (see the module's docstring)."""
    out: list[OcrWord] = []
    i = 0
    while i < len(words):
        end = i
        while _DIGITS.fullmatch(words[end].text) and end + 1 < len(words) \
                and words[end + 1].line_key == words[i].line_key and _DIGITS.fullmatch(words[end + 1].text):
            end += 1
        run = words[i:end + 1]
        out.extend(_rejoined(run) or run)
        i = end + 1
    return out
