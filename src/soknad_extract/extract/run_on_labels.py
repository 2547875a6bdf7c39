"""Several labels on one line: "Label: answer" pairs run together without a break
("Nettverk: Ja      Prosessevaluering: Ja" read by OCR as one line), and one label naming
several fields answered by as many answers ("E-post / telefon"). The pair finder
(``pairs``) finds a label and its answer; this module cuts what it found into the pairs
it holds."""

from __future__ import annotations

import re
from collections.abc import Callable

from soknad_extract.extract.label_words import label_words
from soknad_extract.extract.leaders import SEPARATOR
from soknad_extract.extract.pair_text import Pair, looks_like_label, sub_span
from soknad_extract.layout import settings
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian import fold

FREE_TEXT = frozenset({"title"})
"""Fields whose answer is the office's own words, a colon and capitals
included ("Digital Oppstart: Nav i lomma"): never split at a later label."""
_MAX_RUN_ON_LABEL_WORDS = 4
"""Words of a label run on after an answer ("Ekstern prosessevaluering:")."""
_RUN_ON_WINDOW = 2 * settings.MAX_LABEL_CHARS
"""Characters before a later colon searched for that label's words."""


def _next_label(tail: str, is_label: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where a second "Label:" starts inside an answer, and where its answer
    starts: "Ja Prosessevaluering: Ja" after "Nettverk:". The label is the
    fewest words before a later colon or dot leader that make a label,
    reaching back over words of the label vocabulary only ("Ekstern
    prosessevaluering", but "Nordre Follo kommune Org.nr" keeps "Nordre
    Follo" as the answer before "kommune Org.nr"); at least one word of the
    first answer stands before it."""
    known = label_words()
    for found in SEPARATOR.finditer(tail):
        offset = max(0, found.start() - _RUN_ON_WINDOW)
        starts = [offset + m.start() for m in re.finditer(r"\S+", tail[offset:found.start()])]
        if offset == 0:
            starts = starts[1:]  # the first answer's first word stays the answer
        reach = min(_MAX_RUN_ON_LABEL_WORDS, len(starts))
        shortest = next((k for k in range(1, reach + 1) if looks_like_label(tail[starts[-k]:found.start()])
                         and is_label(tail[starts[-k]:found.start()])), None)
        if shortest is None:
            continue
        while shortest < reach and _label_word(tail[starts[-shortest - 1]:starts[-shortest]], known) \
                and is_label(tail[starts[-shortest - 1]:found.start()]):
            shortest += 1
        return starts[-shortest], found.end()
    return None


def _label_word(word: str, known: frozenset[str]) -> bool:
    """A word of the label vocabulary, or one going on from a long one
    ("Kontaktpersonens" from "kontaktperson")."""
    folded = fold(word).strip(" .,:;()")
    return folded in known or any(folded.startswith(k) for k in known if len(k) >= 6)


def run_on_pairs(cell: Span, head: str, tail: str, is_label: Callable[[str], bool], row: int) -> list[Pair]:
    """The pairs of a line that runs several "Label: answer" together
    without a break between them, as a scan's text recognition joins
    "Nettverk: Ja      Prosessevaluering: Ja" into one line of single spaces."""
    pairs: list[Pair] = []
    while (cut := _next_label(tail, is_label)) is not None:
        answer = tail[:cut[0]].rstrip(" ,;")
        pairs.append(Pair(head, sub_span(cell, answer), cell.method, row))
        head, tail = tail[cut[0]:cut[1]].rstrip(" :.…"), tail[cut[1]:]
    pairs.append(Pair(head, sub_span(cell, tail), cell.method, row))
    return pairs


def split_shared(pair: Pair, classify: Callable[[str], str | None]) -> list[Pair]:
    """A label that names several fields, set apart by slashes, answered by
    as many answers set apart the same way ("Nettverk / prosessevaluering" →
    "Nei / Ja", "E-post / telefon" → "kari@nav.no / 57 72 31 40"): one pair
    per field, in order. Anything else (one answer, a date "01/05/2020", an
    option label "Ny/videreføring") stays one pair."""
    labels = [part.strip() for part in pair.label.split("/")]
    answers = [part.strip() for part in pair.value.text.split("/")]
    if len(labels) < 2 or len(labels) != len(answers) or not all(labels) or not all(answers):
        return [pair]
    keys = [classify(label) for label in labels]
    if None in keys or len(set(keys)) != len(keys):
        return [pair]
    return [Pair(label, sub_span(pair.value, answer), pair.method, pair.row) for label, answer in zip(labels, answers)]
