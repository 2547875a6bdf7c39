"""``pieced_lines`` splits only rows with a digit, and answers as before.

The pre-check leaves out rows none of whose filled cells holds a decimal
digit (any script's: ``\\d``, as the budget line patterns take it). This
test holds it to the splitting itself (``_pieced``) on every row of some
sample documents and on made-up packed lines, with digits of other scripts,
number words and pieces answered with nothing.
"""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract.budget.packed import _pieced, pieced_lines
from soknad_extract.layout.rows import Row, Span, build_rows
from soknad_extract.readers import read_document

_ROOT = Path(__file__).resolve().parents[1]
_SAMPLES = ("samples/born_digital/acro_sel_2020.pdf", "samples/born_digital/acro_stange_2018.pdf")
_MADE_UP = [
    "Lønn 600 000 | Kompetanse 10 000 | Sum 610 000",
    "Budsjett: stilling 100 % kr 595 000; kompetanse kr 10 000; totalt kr 605 000",
    "Lønn \u0666\u0660\u0660 \u0660\u0660\u0660 kr | Kompetanse \u0661\u0660 \u0660\u0660\u0660 kr",
    "Lønn \uff16\uff10\uff10 \uff10\uff10\uff10 kr | Kompetanse \uff11\uff10 \uff10\uff10\uff10 kr",
    "Lønn seks hundre tusen | Kompetanse ti tusen",
    "Andre kostnader: ingen | Kompetanse: ingen",
    "Lønn: to millioner kroner; kompetanse: null",
    "Kontaktperson: Kari Nordmann | Telefon: 61 28 90 00",
    "",
]


def _rows() -> list[Row]:
    rows = [Row([Span(text, 1)], 1) for text in _MADE_UP]
    rows += [Row([Span(a, 1), Span(b, 1)], 1) for a in _MADE_UP for b in _MADE_UP]
    for sample in _SAMPLES:
        rows += build_rows(read_document(_ROOT / sample))
    return rows


def test_pieced_lines_is_the_split_of_every_row() -> None:
    rows = _rows()
    assert sum(bool(_pieced(row, 3, 1)) for row in rows) >= 3
    for row in rows:
        for scale in (1, 1000):
            assert pieced_lines(row, 3, scale) == _pieced(row, 3, scale), row.text
