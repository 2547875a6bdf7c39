"""A paper form's row of two labels, the second a long one ("Prosjektstart
(dato)" | "Stillingar det blir søkt om, med stillingsprosent"), over a row
that answers each in its own column: each label takes the answer under it,
never the other label as its answer. A label beside a long answer that
names a field stays a label with its answer. Built here."""

from __future__ import annotations

from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pairs import find_pairs
from soknad_extract.layout.rows import Row, Span


def _row(*cells: tuple[str, float], top: float) -> Row:
    return Row([Span(text, 1, (x, top, x + 5.0 * len(text), top + 10), method="ocr") for text, x in cells], 1)


def _pairs(rows: list[Row]) -> list[tuple[str | None, str]]:
    return [(classify_label(p.label), p.value.text) for p in find_pairs(rows, classify_label)]


def test_each_label_of_the_row_takes_the_answer_under_it() -> None:
    rows = [_row(("Oppstartsdato", 60), ("Antall stillinger det søkes om, med stillingsprosent", 250), top=300),
            _row(("1/3-20", 62), ("to stillinger, 150 %", 252), top=316)]
    pairs = _pairs(rows)
    assert ("start_date", "1/3-20") in pairs
    assert not any(value.startswith("Antall stillinger") for _key, value in pairs)


def test_a_label_beside_its_long_answer_is_no_header_row() -> None:
    rows = [_row(("Prosjektets navn", 60), ("Oppstart – tett oppfølging av unge i jobb", 250), top=300),
            _row(("Kontaktperson", 60), ("Kari Lunde", 250), top=316)]
    assert ("title", "Oppstart – tett oppfølging av unge i jobb") in _pairs(rows)
