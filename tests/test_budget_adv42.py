"""Budgets of the forty-second held-out corpus's classes, on documents built
here in other wordings: an amount writing its own thousands beside a heading
"in thousands" (the unit applies once), a zero in the applied column beside
the municipality's own column, and a sum row that counts shares."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("NAV Eksempel", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020")


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


# 1. An amount that writes its own multiplier is kroner, whatever the heading says.

@pytest.mark.parametrize(("text", "kroner"), [("8'", 8_000), ("8’ kr", 8_000), ("12 k", 12_000),
                                              ("0,3 mill.", 300_000), ("7 tusen", 7_000)])
def test_own_multiplier_is_not_scaled_again(text: str, kroner: int) -> None:
    assert amount_in_cell(text, "Beløp", 1000) == kroner


def test_bare_number_under_thousands_heading_is_still_scaled() -> None:
    assert amount_in_cell("45", "Beløp", 1000) == 45_000


def test_apostrophe_budget_under_thousands_heading() -> None:
    doc = word_doc(*_HEAD, "Budsjett (beløp i tusen kroner)",
                   tables=[[["Post", "Beløp"], ["Lønn inkl. sosiale utgifter, 80 %", "490'"],
                            ["Kompetanseheving", "8'"], ["Sum", "498'"]]])
    got = budget(doc)
    assert (got["amounts.positions"], got.get("amounts.competence"), got["amounts.total"]) == (490_000, 8_000, 498_000)


# 2. What the municipality pays in its own column is not applied for.

def test_zero_in_applied_column_is_no_cost_applied_for() -> None:
    doc = word_doc(*_HEAD, "Budsjett",
                   tables=[[["Post", "Samlet", "Egenandel kommune", "Søkt beløp"],
                            ["Lønn og sosiale utgifter 100 % stilling", "620 000", "0", "620 000"],
                            ["Husleie og IKT", "80 000", "80 000", "0"],
                            ["Sum", "700 000", "80 000", "620 000"]]])
    got = budget(doc)
    assert got.get("amounts.other") is None
    assert (got["amounts.positions"], got["amounts.total"]) == (620_000, 620_000)


# 3. A subtotal row that counts shares is no further position.

@pytest.mark.parametrize("label", ["Sum stillingar (2 årsverk)", "Sum lønn (1,5 årsverk)",
                                   "Totalt stillinger (3 årsverk)"])
def test_sum_row_counting_shares_is_no_position(label: str) -> None:
    """A row of a position list without column headers, as a PDF's text lines give it."""
    from soknad_extract.extract.budget.lines import table_lines
    from soknad_extract.layout.rows import Row, Span

    row = Row(cells=[Span(text=t, page=1) for t in (label, "900 000")], page=1)
    assert [(line.category, line.label, line.amount) for line in table_lines(row)] == [
        ("positions_subtotal", label, 900_000)]


def test_a_position_row_keeps_its_share() -> None:
    from soknad_extract.extract.budget.lines import table_lines
    from soknad_extract.layout.rows import Row, Span

    row = Row(cells=[Span(text=t, page=1) for t in ("Miljøarbeider (0,5 årsverk)", "300 000")], page=1)
    assert [(line.category, line.amount, line.percent) for line in table_lines(row)] == [("positions", 300_000, 50.0)]


# 4. Posts listed on one line, in a cell or a letter's sentence.

def _row(*texts: str):
    from soknad_extract.layout.rows import Row, Span

    return Row(cells=[Span(text=t, page=1) for t in texts], page=1)


@pytest.mark.parametrize("cells", [
    ("Kostnader", "Lønn 550 000 kr; kompetanse 9 000 kr; totalt 559 000 kr"),
    ("Lønnsmidler kr 550 000 — kompetansemidler kr 9 000 — sum kr 559 000",),
    ("Til løn og sosiale kostnader går 550 000 kroner, til kompetanse 9 000 kroner og til saman 559 000 kroner.",),
])
def test_posts_listed_on_one_line(cells: tuple[str, ...]) -> None:
    from soknad_extract.extract.budget.listed import listed_lines

    got = [(line.category, line.amount) for line in listed_lines(_row(*cells), None)]
    assert got == [("positions", 550_000), ("competence", 9_000), ("total", 559_000)]


@pytest.mark.parametrize("text", [
    "Vi har 25 000 innbyggere, og kommunen bruker 3 mill. på tiltaket.",
    "Lønn og sosiale utgifter: 550 000",
    "Maks per 100 % stilling 610 000 kr, kompetanse 10 000 kr",
    "Prosjektet startet 01.03.2019 med lønn 550 000 kr, kompetanse 9 000 kr",
])
def test_other_lines_with_amounts_list_no_posts(text: str) -> None:
    from soknad_extract.extract.budget.listed import listed_lines

    assert listed_lines(_row(text), None) == []


def test_listed_budget_in_a_letter_paragraph() -> None:
    doc = word_doc(*_HEAD, "Nav Eksempel søker om tilskudd til en ny stilling på 70 %. Lønn og sosiale utgifter "
                   "blir 430 000 kr, kompetanse 7 500 kr, i alt 437 500 kr.")
    got = budget(doc)
    assert (got["amounts.positions"], got.get("amounts.competence"), got["amounts.total"]) == (430_000, 7_500, 437_500)


def test_a_remark_beside_a_table_row_lists_no_posts() -> None:
    from soknad_extract.extract.budget.listed import listed_lines

    row = _row("Lønn 50 %", "300 000", "Lønn 280 000 kr, kompetanse 20 000 kr i fjor")
    assert listed_lines(row, None) == []


def test_a_listing_line_among_post_lines_is_left_to_the_line_reader() -> None:
    from soknad_extract.extract.budget.listed import listed_lines

    row = _row("Lønn 400 000 kr, arbeidsgiveravgift 56 000 kr, sum lønn 456 000 kr.\nKompetanse 9 000 kr.\n"
               "Sum: 465 000 kr.")
    assert listed_lines(row, None) == []


@pytest.mark.parametrize("sentence", ["Lønn 2019: 450 000 kr, lønn 2020: 480 000 kr.",
                                      "Søkt beløp 2020: 480 000 kr; søkt beløp 2021: 500 000 kr."])
def test_a_sentence_setting_years_side_by_side_lists_no_posts(sentence: str) -> None:
    """Summed, one post's years would be no year's cost (930 000 for a
    480 000 salary); the year columns are read where they stand in a table."""
    from soknad_extract.extract.budget.listed import listed_lines

    assert listed_lines(_row(sentence), None) == []
