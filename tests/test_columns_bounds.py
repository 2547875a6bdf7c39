"""The column finder with its running bounds and its memo of label styles
(phase 18c) reads every page as before: ``reflow_columns`` against a copy of
the old code on the rows of every sample page (as the PDF table finder
groups them) and on 3,000 made-up pages of two and three columns of
labels over answers, tab-stop answers, tables and near misses; and
``_label_styled`` against the old test on every kind of text."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from soknad_extract.layout import columns, settings
from soknad_extract.layout.columns import _answer_end, _column, _crosses, _is_column_band, _side
from soknad_extract.layout.model import Line, Table
from soknad_extract.readers import read_document
from soknad_extract.readers.pdf.text import group_rows

ROOT = Path(__file__).resolve().parents[1]


def _old_label_styled(line: Any) -> bool:
    if isinstance(line, Table):
        return False
    if line.text.rstrip().endswith(":"):
        return True
    letters = [c for c in line.text if c.isalpha()]
    capitals = len(letters) >= 3 and all(c.isupper() for c in letters)
    return capitals or line.style in ("bold", "heading")


def _old_band_at(rows: list[list[Any]], start: int) -> Any:
    row = sorted(rows[start], key=lambda line: line.bbox[0])
    starts = sorted({line.bbox[0] for line in row[1:]})
    candidates = ([tuple(starts)] if len(starts) == 2 else []) + [(gutter,) for gutter in starts]
    for gutters in candidates:
        end, last = start, start
        while end < len(rows) and not any(_crosses(rows[end], gutter) for gutter in gutters):
            if _side(rows[end], gutters[0], False):
                last = end
            elif end - last > settings.COLUMN_MAX_EMPTY_ROWS:
                break
            end += 1
        band = rows[start:last + 1]
        if _is_column_band(band, gutters):
            return _answer_end(rows, last, end, gutters[0]), gutters
    return None


def _old_reflow(rows: list[list[Any]]) -> list[list[Any]]:
    out: list[list[Any]] = []
    i = 0
    while i < len(rows):
        band = _old_band_at(rows, i)
        if band is None:
            out.append(rows[i])
            i += 1
            continue
        end, gutters = band
        for column in range(len(gutters) + 1):
            out.extend(part for part in (_column(r, gutters, column) for r in rows[i:end]) if part)
        i = end
    return out


def _same(rows: list[list[Any]]) -> bool:
    new = columns.reflow_columns(rows)
    old = _old_reflow(rows)
    return [[id(p) for p in r] for r in new] == [[id(p) for p in r] for r in old]


def test_every_sample_page() -> None:
    pages = 0
    for path in sorted((ROOT / "samples").rglob("*")):
        if path.suffix.lower() not in (".pdf", ".docx") or "scanned" in path.parts:
            continue
        try:
            doc = read_document(path)
        except Exception:  # noqa: BLE001 - the samples' broken files
            continue
        for page in doc.pages:
            free = [line for line in page.lines if line.bbox is not None]
            rows = [sorted(row, key=lambda l: l.bbox[0]) for row in group_rows(free, lambda l: l.bbox)]
            assert _same(rows), (path.name, page.number)
            pages += 1
    assert pages > 20


_LABELS = ["NAVN", "Kommune:", "Adresse", "TELEFON", "Prosjekt:", "Budsjett", "E-POST", "Dato:", "ØKONOMI"]
_ANSWERS = ["Ola Nordmann", "Kongsberg", "Storgata 1", "12 34 56 78", "Lønn og sosiale utgifter", "2021", "ok"]


def _line(rng: random.Random, x: float, top: float, label: bool) -> Line:
    text = rng.choice(_LABELS if label else _ANSWERS)
    width = rng.choice((40.0, 80.0, 150.0))
    style = rng.choice(("bold", None, None, "heading")) if label else rng.choice((None, None, "bold"))
    return Line(text=text, page=1, bbox=(x, top, x + width, top + 10.0), style=style)


def _made_up_page(rng: random.Random) -> list[list[Any]]:
    gutters = rng.choice(([300.0], [200.0, 400.0], [300.0], [250.0]))
    xs = [40.0] + gutters
    rows: list[list[Any]] = []
    top = 40.0
    for r in range(rng.randint(1, 24)):
        label_row = r % 2 == 0 if rng.random() < 0.8 else rng.random() < 0.5
        row: list[Any] = []
        for x in xs:
            if rng.random() < 0.8:
                row.append(_line(rng, x + rng.choice((0.0, 0.0, 2.0, 5.0)), top, label_row))
        if rng.random() < 0.08:
            row.append(_line(rng, 20.0, top, rng.random() < 0.5))  # a line running across
        if rng.random() < 0.05:
            row.append(Table(page=1, rows=[], bbox=(rng.choice(xs), top, rng.choice(xs) + 90.0, top + 30.0)))
        if row:
            rows.append(sorted(row, key=lambda p: p.bbox[0]))
        top += rng.choice((12.0, 14.0, 30.0))
    return rows


def test_made_up_pages() -> None:
    rng = random.Random(18)
    moved = 0
    for _ in range(3000):
        rows = _made_up_page(rng)
        assert _same(rows)
        moved += _old_reflow(rows) != rows
    assert moved > 300  # many pages hold a band that is read column by column


def test_label_style_as_before() -> None:
    rng = random.Random(181)
    alphabet = "abcæøåABCÆØÅ :-1ⓐʰß"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for style in (None, "bold", "heading", "Heading 1"):
            line = Line(text=text, page=1, style=style)
            assert columns._label_styled(line) == _old_label_styled(line)
    table = Table(page=1, rows=[])
    assert columns._label_styled(table) is _old_label_styled(table) is False
