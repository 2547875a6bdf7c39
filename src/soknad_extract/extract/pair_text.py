"""A label/answer pair and the text of a label: what the pair finder (``pairs``), the
reader of several labels on one line (``run_on_labels``) and the field extractors share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from soknad_extract.extract.leaders import NUMBERING, SEPARATOR, TRAILING_LEADER
from soknad_extract.layout import settings
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian import normalize_space


@dataclass
class Pair:
    label: str
    value: Span
    method: str
    row: int | None = None
    """Index of the label's row, for reading a label in its section."""


@lru_cache(maxsize=4096)
def clean_label(text: str) -> str:
    """Strip numbering ("2.1", "a)"), trailing colons, leaders and asterisks
    marking required fields. Memoised: the pair finder and the label vocabulary ask
    about each cell several times."""
    return TRAILING_LEADER.sub("", NUMBERING.sub("", normalize_space(text))).strip(" :*?").strip()


def without_leader(text: str) -> str:
    """``text`` without the leader it ends in ("Sum omsøkt ......" →
    "Sum omsøkt"): a leader is the gap before an answer, no full stop."""
    return TRAILING_LEADER.sub("", text)


def split_label(text: str) -> tuple[str, str, str]:
    """(label, separator, answer) of "Label: answer" or "Label ..... answer",
    split where the first colon or dot leader stands; ("text", "", "") when
    neither does."""
    found = SEPARATOR.search(text)
    if found is None:
        return text, "", ""
    return text[: found.start()], found.group(), text[found.end():]


def looks_like_label(text: str) -> bool:
    """Short enough, once cleaned, to be a label and not a sentence."""
    return 0 < len(clean_label(text)) <= settings.MAX_LABEL_CHARS


def sub_span(cell: Span, text: str, lines: tuple[str, ...] = ()) -> Span:
    """Part of a cell's text (a label's answer) as a span of its own, where the cell stands."""
    return Span(normalize_space(text), cell.page, cell.bbox, cell.confidence, cell.method,
                lines if len(lines) > 1 else ())
