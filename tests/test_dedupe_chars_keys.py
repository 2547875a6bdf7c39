"""``pdfium_chars.dedupe_chars`` with its keys made in one comprehension and
each key's first index found by a dict (phase 18c) keeps exactly the
characters, in order, that the old loop kept: on every page of the samples
(as read, and with each page's characters printed twice or thrice, shuffled
in runs, as fake bold does) and on made-up pages of near positions."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from soknad_extract.readers.pdf.pdfium_chars import dedupe_chars, page_chars

ROOT = Path(__file__).resolve().parents[1]


def _old(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, int, int]] = set()
    kept: list[dict[str, Any]] = []
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key not in seen:
            kept.append(char)
        seen.add(key)
    return kept


def _same(chars: list[dict[str, Any]]) -> None:
    new = dedupe_chars(chars)
    assert [id(c) for c in new] == [id(c) for c in _old(chars)]
    assert new is not chars


def test_every_sample_page_and_its_fake_bold() -> None:
    rng = random.Random(18)
    pages = 0
    for path in sorted((ROOT / "samples").rglob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue  # the samples' broken files
        try:
            for page in pdf:
                chars = page_chars(page)
                _same(chars)
                doubled = [dict(c) for c in chars for _ in range(rng.randint(1, 3))]
                for c in doubled:
                    c["x0"] += rng.choice((0.0, 0.2, 0.49, 0.51, -0.3))
                _same(doubled)
                pages += 1
        finally:
            pdf.close()
    assert pages > 30


def test_made_up_near_positions() -> None:
    rng = random.Random(181)
    duplicated = 0
    for _ in range(3000):
        chars = [{"text": rng.choice("aab "), "x0": rng.choice((0.0, 0.5, 1.49, 1.5, 2.5, 3.0)) + rng.randint(0, 3),
                  "top": rng.choice((10.0, 10.4, 10.5, 11.6))} for _ in range(rng.randint(0, 30))]
        _same(chars)
        duplicated += len(_old(chars)) < len(chars)
    assert duplicated > 1000
