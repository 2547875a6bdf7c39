"""Priority areas listed one a line inside one table cell, chosen by a typed
mark opening the line ("X Bruk av ordinært arbeidsliv" over an unmarked
"Oppfølging av …"), as word forms without check boxes let an office answer."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.marked_lines import marked_lines
from soknad_extract.layout.rows import Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _areas(cell: str) -> list[str] | None:
    doc = word_doc(TITLE, tables=[[["Kontaktperson", "Kari Moen"], ["Prioritert område", cell]]])
    return extract(doc, S2020).draft.values.get("priority_areas")


@pytest.mark.parametrize("cell, expected", [
    ("X Bruk av ordinært arbeidsliv\nOppfølging av barnefamiliar, ungdom og\ninnvandrarar\n"
     "X Sikring av sårbare overgangar", ["ordinaert-arbeidsliv", "saarbare-overganger"]),
    ("Bruk av ordinært arbeidsliv\n✓ Oppfølging av barnefamilier, ungdom og innvandrere\n"
     "Sikring av sårbare overganger", ["barnefamilier-ungdom-innvandrere"]),
    ("x Bruk av ordinært arbeidsliv\nx Sikring av sårbare overganger", ["ordinaert-arbeidsliv", "saarbare-overganger"]),
])
def test_the_lines_a_mark_opens_are_the_areas(cell: str, expected: list[str]) -> None:
    assert _areas(cell) == expected


def _lines(*lines: str) -> Span:
    return Span(" ".join(lines), 1, lines=lines)


@pytest.mark.parametrize("cell", [
    # no line marked: the printed list, no answer
    _lines("Bruk av ordinært arbeidsliv", "Sikring av sårbare overganger"),
    # a line that is no option: the applicant's own words
    _lines("X Bruk av ordinært arbeidsliv", "Vi vil også samarbeide med skolen om dette",
           "Sikring av sårbare overganger"),
    # one option alone is no list
    _lines("X Bruk av ordinært arbeidsliv"),
    # an unticked box opens no chosen line
    _lines("☐ Bruk av ordinært arbeidsliv", "☐ Sikring av sårbare overganger"),
])
def test_a_cell_that_is_no_marked_list_answers_nothing(cell: Span) -> None:
    options = {"bruk av ordinært arbeidsliv": "a", "sikring av sårbare overganger": "b"}
    assert marked_lines(cell, lambda text: options.get(text.lower())) is None
