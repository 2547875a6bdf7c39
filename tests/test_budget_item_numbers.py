"""Budget lines that open with the form's item number ("3.3 Sum lønn og
sosiale utgifter: kr 610 000"): the number is no part of the label, so a
numbered subtotal is a subtotal and a numbered position keeps its title."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.titles import strip_bullet
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


def test_a_numbered_subtotal_is_not_added_to_the_positions_it_sums() -> None:
    doc = word_doc(
        "3. Stillinger og budsjett",
        "3.1 Stilling 1: Veileder – 60 % – kr 366 000",
        "3.2 Stilling 2: Miljøarbeider – 40 % – kr 244 000",
        "3.3 Sum lønn og sosiale utgifter: kr 610 000",
        "3.4 Kompetansemidler: kr 5 000",
        "3.5 Sum omsøkt: kr 615 000",
    )
    got = values(doc)
    assert got["amounts.positions"] == 610000
    assert got["amounts.total"] == 615000
    assert [p["title"] for p in got["positions"]] == ["Veileder", "Miljøarbeider"]


@pytest.mark.parametrize("text, left", [
    ("3.3 Sum lønn", "Sum lønn"),
    ("4. Kompetanse", "Kompetanse"),
    ("2) Lønn og sosiale utgifter", "Lønn og sosiale utgifter"),
    ("1.2.1 Prosjektleder", "Prosjektleder"),
    ("• Lønn", "Lønn"),
    ("1.5 årsverk veileder", "1.5 årsverk veileder"),
    ("1.5 Årsverk veileder", "1.5 Årsverk veileder"),
    ("2. Stillinger à 50 %", "2. Stillinger à 50 %"),
    ("2 stillinger à 50 %", "2 stillinger à 50 %"),
    ("2020 Lønn", "2020 Lønn"),
])
def test_an_item_number_goes_but_a_share_or_a_count_stays(text: str, left: str) -> None:
    assert strip_bullet(text) == left


def test_a_line_of_many_figures_is_no_budget_line() -> None:
    """A list of figures is no budget line; it is refused before the line
    pattern, which would take time exponential in their number (reviewer)."""
    from soknad_extract.extract.budget.lines import _text_line
    from soknad_extract.layout.rows import Span

    for text in ("Lønn stilling 1: " + "10 " * 40 + "– 5", "Lønn: " + "10 " * 40 + "– 5"):
        assert _text_line(Span(text, 1, None, 1.0, "label")) is None
