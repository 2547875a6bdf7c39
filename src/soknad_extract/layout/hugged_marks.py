"""Marks typed in brackets right after the option they choose.

Offices that type their answers into a letter or a plain form write the
options in running text with a mark in brackets after each one ("Bruk av
ordinært arbeidsliv (☒) Oppfølging av barnefamiliar, ungdom og" over
"innvandrarar (☐) Sikring av sårbare overgangar (☐)"). The brackets hug the
mark like a footnote to the words before it, and words stand between the
question (or the line's start) and the first mark: those words are an
option, and the mark after them is its box. A word processor wraps such a
line anywhere, so the line may end in words that close with the next line's
first mark; reading the marks as opening the words after them would give
each option's mark to the option after it."""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.norwegian import fold

_OPEN = "(["
_CLOSE = ")]"


def hugged_spans(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int]] | None:
    """The spans of the line's boxes with their brackets when every box is a
    glyph in brackets of its own ("(☒)", "[☐]"), else None."""
    spans: list[tuple[int, int]] = []
    for match in matches:
        start, end = match.start(), match.end()
        if end - start != 1 or start == 0 or end >= len(text):
            return None
        if text[start - 1] not in _OPEN or text[end] not in _CLOSE:
            return None
        spans.append((start - 1, end + 1))
    return spans or None


def marks_close_labels(text: str, spans: list[tuple[int, int]], question_end: int) -> bool:
    """Each bracketed mark closes the words before it: words (not only
    punctuation) stand between the question and the first mark, right before
    it, and between every two marks. Not when the words after the marks are
    the options of a yes/no question ("Nettverk (☒) Ja (☐) Nei"): those
    marks open their options."""
    before = text[question_end: spans[0][0]]
    if not re.search(r"[^\W\d_]", before) or not before.endswith(" ") or before.endswith("  "):
        return False
    between = [text[a[1]: b[0]] for a, b in zip(spans, spans[1:])] + [text[spans[-1][1]:]]
    if any(fold(words).strip(" \t:;,.|") in _options() for words in between):
        return False
    return all(re.search(r"[^\W\d_]", words) for words in between[:-1])


@lru_cache(maxsize=1)
def _options() -> frozenset[str]:
    """The printed yes/no options (``answers.toml`` [option_yes], [option_no])."""
    answers = vocabulary.Entry("answers")
    return answers.table("option_yes").words() | answers.table("option_no").words()
