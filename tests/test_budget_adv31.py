"""Budgets of the thirty-first held-out corpus's classes, on documents built
here: position shares written in words ("Åtti prosent stilling") and
answers that show their arithmetic ("kr 46 500 per måned × 12 = kr 558 000")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_percents
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("NAV Eksempel", "Søknad om tilskot til utvikling av sosiale tenester i NAV 2020")


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


# 1. Shares in words.

@pytest.mark.parametrize(
    ("text", "share"),
    [("Åtti prosent stilling", 80), ("femti prosent", 50), ("Hundre prosent stilling som veileder", 100),
     ("Sekstifem prosent stilling", 65), ("femogsytti prosent", 75), ("eitt hundre prosent", 100)],
)
def test_share_in_words_is_a_share(text: str, share: int) -> None:
    assert [m.value for m in find_percents(text)] == [share]


@pytest.mark.parametrize("text", ["to prosent av innbyggjarane", "ti prosent", "prosent", "attåt prosent"])
def test_small_number_words_are_no_share(text: str) -> None:
    assert find_percents(text) == []


def test_share_in_words_on_a_numbered_form_is_the_position_share() -> None:
    doc = word_doc(*_HEAD, "8. Stillingsressurs", "Åtti prosent stilling som ungdomslos", "10. Budsjett",
                   "Løn inkl. sosiale kostnader: 480 000 kroner", "Samla søknadsbeløp: 480 000 kroner")
    got = budget(doc)
    assert got["positions_percent_total"] == 80
    assert got["amounts.positions"] == 480_000


# 2. Answers that show their arithmetic.

@pytest.mark.parametrize(
    ("text", "amounts"),
    [("kr 46 500 per måned × 12 måneder = kr 558 000", [558_000]),
     ("12 mnd à kr 50 000 = kr 600 000", [600_000]),
     ("Lønn: 2 x 305 000 kr = 610 000 kr", [610_000]),
     ("kr 600 000 + kr 10 000 = kr 610 000", [600_000, 10_000, 610_000]),
     ("3 x kr 200 000 = kr 800 000", [200_000, 800_000])],
)
def test_a_product_states_its_result(text: str, amounts: list[int]) -> None:
    """A product that does not add up is no working: both amounts stay, to be told apart elsewhere."""
    from soknad_extract.norwegian import find_amounts
    assert [m.value for m in find_amounts(text)] == amounts


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Lønn inkl. sos. kostnader 12 mnd à kr 50 000 = kr 600 000", "Lønn inkl. sos. kostnader kr 600 000"),
     ("Koordinator 100 % stilling 12 x 50 000 = 600 000", "Koordinator 100 % stilling 600 000"),
     ("kr 600 000 + kr 10 000 = kr 610 000", "kr 600 000 + kr 10 000 = kr 610 000"),
     ("3 x 200 000 = 800 000", "3 x 200 000 = 800 000")],
)
def test_working_is_cut_from_a_budget_line(text: str, kept: str) -> None:
    from soknad_extract.norwegian.amounts import without_working
    assert without_working(text) == kept


def test_salary_control_with_its_arithmetic_is_the_positions_part() -> None:
    rows = [["Lønn og sosiale kostnader", "kr 46 500 per måned × 12 måneder = kr 558 000"],
            ["Kompetansemidler", "kr 8 000"], ["Sum søknadsbeløp", "kr 566 000"]]
    got = budget(word_doc(*_HEAD, "Budsjett", tables=[rows]))
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (558_000, 8_000, 566_000)


def test_dashed_competence_line_leaves_the_sum_to_its_own_label() -> None:
    doc = word_doc(*_HEAD, "C Økonomi", "Lønn inkl. sos. kostnader 12 mnd à kr 50 000 = kr 600 000",
                   "Kompetansemidler –", "Sum omsøkt kr 600 000")
    got = budget(doc)
    assert (got.get("amounts.positions"), got.get("amounts.competence"), got["amounts.total"]) == (600_000, None, 600_000)


# 3. Specks before a label in a scanned row.

def test_specks_before_a_label_are_no_post_of_their_own() -> None:
    """A fax's scan reads an item number as specks ("—", "N") in cells of their own before the label."""
    from soknad_extract.extract.budget.lines import table_lines
    from soknad_extract.layout.rows import Row, Span

    row = Row(cells=[Span(text=t, page=1) for t in ("—", "N", "Kompetansemidler", "10 000")], page=1)
    lines = table_lines(row)
    assert [(line.category, line.amount) for line in lines] == [("competence", 10_000)]
