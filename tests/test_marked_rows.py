"""Options printed down a table's rows and chosen by a mark typed beside one
("Nytt prosjekt | " / "Vidareføring (2. år) | X"), under a label above the
grid that has no answer of its own."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.context import Context
from soknad_extract.extract.marked_rows import is_mark, marked_option
from soknad_extract.extract.project_words import kind_of_note as _kind_of_note
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def kind(doc) -> str | None:
    return extract(doc, S2020).draft.values.get("project.kind")


def _form(*grid: list[str]) -> object:
    return word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                    "Type søknad", tables=[[list(row) for row in grid]])


@pytest.mark.parametrize("grid, expected", [
    ((["Nytt prosjekt", ""], ["Vidareføring (2. år)", "X"]), "continuation"),
    ((["Nytt prosjekt", "☒"], ["Videreføring", "☐"]), "new"),
    ((["Nytt tiltak", "Ja"], ["Vidareføring", ""]), "new"),
])
def test_the_marked_row_answers_the_question(grid, expected) -> None:
    assert kind(_form(*grid)) == expected


@pytest.mark.parametrize("grid", [
    (["Nytt prosjekt", "X"], ["Vidareføring", "X"]),
    (["Nytt prosjekt", ""], ["Vidareføring", ""]),
    (["Nytt prosjekt", "X"], ["Nytt prosjekt", ""]),
])
def test_a_grid_marked_twice_or_not_at_all_or_of_one_option_answers_nothing(grid) -> None:
    ctx = Context(_form(*grid), S2020)
    assert marked_option(ctx, _kind_of_note) is None


@pytest.mark.parametrize("text, mark", [("X", True), ("x", True), ("Ja", True), ("☒", True),
                                        ("☐", False), ("", False), ("Nei", False), ("–", False)])
def test_what_marks_a_row(text: str, mark: bool) -> None:
    assert is_mark(text) is mark


@pytest.mark.parametrize("text, expected", [
    ("Nytt prosjekt (ikkje vidareføring). Planlagd oppstart 01.03.2020.", "new"),
    ("Dette er ikke et nytt prosjekt, men en videreføring.", "continuation"),
    ("Prosjektet er ingen videreføring: det er nytt.", "new"),
])
def test_an_option_a_word_takes_back_says_nothing_of_the_kind(text: str, expected: str) -> None:
    assert kind(word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", text)) == expected
