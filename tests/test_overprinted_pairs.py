"""``readers.pdf.text._overprinted`` lets pairs of words whose tops are
closer than a fifth of a point go before the full test; it must split rows
exactly as the test of every pair did (random rows of words, lines laid over
each other a little or far apart, equal tops, NaN and infinite boxes)."""

from __future__ import annotations

import itertools
import random

from soknad_extract.readers.pdf import text
from soknad_extract.readers.pdf.text import PdfWord


def _every_pair(row: list[PdfWord]) -> list[list[PdfWord]]:
    """The split as written before: every pair of wordy words tested."""
    wordy = [w for w in row if sum(c.isalpha() for c in w.text) >= 2]
    if not any(text._over_each_other(a.bbox, b.bbox) for a, b in itertools.combinations(wordy, 2)):
        return [row]
    lines: list[list[PdfWord]] = []
    for word in sorted(row, key=lambda w: w.bbox[1]):
        height = max(word.bbox[3] - word.bbox[1], 1.0)
        if lines and word.bbox[1] - lines[-1][0].bbox[1] < 0.2 * height:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _rows() -> list[list[PdfWord]]:
    rng = random.Random(15)
    rows = []
    for _ in range(3000):
        base = rng.uniform(0, 700)
        words = []
        for _ in range(rng.randint(1, 12)):
            top = base + rng.choice([0.0, 0.0, 0.1, 0.19, 0.2, 0.21, 0.5, 2.0, 3.0, rng.uniform(-4, 4)])
            x0 = rng.uniform(0, 500)
            height = rng.choice([0.5, 1.0, 8.0, 10.0, 12.0, rng.uniform(0, 15)])
            width = rng.choice([0.5, 5.0, 40.0, rng.uniform(0, 80)])
            words.append(PdfWord(rng.choice(["Navn", "ok", "x", "12", "Dokumentet", "a1"]),
                                 (x0, top, x0 + width, top + height), 10.0, False))
        rows.append(words)
    odd = [float("nan"), float("inf"), -float("inf")]
    for value in odd:
        rows.append([PdfWord("Navn", (0, value, 50, 10), 10, False), PdfWord("Dato", (10, 3, 40, 13), 10, False)])
    return rows


def test_overprinted_splits_as_every_pair() -> None:
    rows = _rows()
    assert sum(len(text._overprinted(row)) > 1 for row in rows) > 100
    for row in rows:
        assert text._overprinted(row) == _every_pair(row)
