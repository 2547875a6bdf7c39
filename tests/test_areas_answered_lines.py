"""Priority areas answered line by line inside one cell ("Bruk av ordinært
arbeidsliv: Nei" over "Sikring av sårbare overganger: Ja", a trailing "x"
beside a line left blank), perhaps under the question's own lines in the
same cell: only the areas answered yes are addressed (``marked_lines``)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.marked_lines import closing_answer, marked_lines
from soknad_extract.layout.rows import Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _areas(*cells: str) -> list[str] | None:
    doc = word_doc(TITLE, tables=[[["Kontaktperson", "Kari Moen"], list(cells)]])
    return extract(doc, S2020).draft.values.get("priority_areas")


@pytest.mark.parametrize("cells, expected", [
    (["D. Satsingsområde\nKryss av for dei områda prosjektet gjeld.\nBruk av ordinært arbeidsliv: Ja\n"
      "Oppfølging av barnefamiliar, ungdom og innvandrarar: Nei\nSikring av sårbare overgangar: Ja"],
     ["ordinaert-arbeidsliv", "saarbare-overganger"]),
    (["Prioriterte områder", "Bruk av ordinært arbeidsliv . . . . nei\n"
      "Oppfølging av barnefamilier, ungdom og innvandrere . . . . ja\nSikring av sårbare overganger . . . . nei"],
     ["barnefamilier-ungdom-innvandrere"]),
    (["Prioriterte områder", "Bruk av ordinært arbeidsliv: x\nOppfølging av barnefamilier, ungdom og innvandrere:\n"
      "Sikring av sårbare overganger: X"], ["ordinaert-arbeidsliv", "saarbare-overganger"]),
])
def test_only_the_lines_answered_yes_are_the_areas(cells: list[str], expected: list[str]) -> None:
    assert _areas(*cells) == expected


def test_every_line_answered_no_chooses_none() -> None:
    assert _areas("Prioriterte områder", "Bruk av ordinært arbeidsliv: Nei\nSikring av sårbare overganger: Nei\n"
                  "Oppfølging av barnefamilier, ungdom og innvandrere: Nei") == []


def _lines(*lines: str) -> Span:
    return Span(" ".join(lines), 1, lines=lines)


_OPTIONS = {"bruk av ordinært arbeidsliv": "a", "sikring av sårbare overganger": "b"}


def _option(text: str) -> str | None:
    return _OPTIONS.get(text.lower().rstrip(" :"))


@pytest.mark.parametrize("cell", [
    # nothing answered: the printed list, no answer
    _lines("Bruk av ordinært arbeidsliv:", "Sikring av sårbare overganger:"),
    # one line answered no, the other left blank: no choice to read
    _lines("Bruk av ordinært arbeidsliv: Nei", "Sikring av sårbare overganger:"),
    # a line of the applicant's own among the options
    _lines("Bruk av ordinært arbeidsliv: Ja", "Vi samarbeider også med skolen", "Sikring av sårbare overganger: Nei"),
])
def test_a_cell_that_answers_no_line_answers_nothing(cell: Span) -> None:
    assert marked_lines(cell, _option) is None


def test_the_closing_answer_of_a_line() -> None:
    assert closing_answer("Bruk av ordinært arbeidsliv: Ja") == (True, "Bruk av ordinært arbeidsliv")
    assert closing_answer("Sikring av sårbare overganger Nei") == (False, "Sikring av sårbare overganger")
    assert closing_answer("Sikring av sårbare overganger:")[0] is None
    assert closing_answer("Sikring av sårbare overganger")[0] is None
