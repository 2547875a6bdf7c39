"""A total labelled as one compound word or with the total word after the
noun, as offices' own forms print it ("Totalbeløp", "Samlabeløp", "Totalsum",
"Beløp totalt"): the request in all, never another cost beside the salary
and competence lines (which would double the request and report a sum that
does not add up and costs no position pays)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.lines import category
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TOTALS = ["Totalbeløp", "Samlabeløp", "Samlebeløp", "Totalsum", "Beløp totalt", "Beløp totalt (kr)",
          "Kostnadar samla", "Total-beløp", "Samlasum"]


@pytest.mark.parametrize("label", TOTALS)
def test_a_compound_total_label_is_the_total(label: str) -> None:
    assert category(label, None) == "total"


@pytest.mark.parametrize("label", ["Totalbeløp lønn og sosiale utgifter", "Samlasum løn"])
def test_a_compound_total_of_salary_is_the_positions_subtotal(label: str) -> None:
    assert category(label, None) == "positions_subtotal"


@pytest.mark.parametrize("label", ["Beløp", "Totalvurdering", "Beløp til kurs"])
def test_other_words_stay_what_they_were(label: str) -> None:
    assert category(label, None) != "total"


@pytest.mark.parametrize("label", ["Totalbeløp", "Samlabeløp", "Beløp totalt"])
def test_a_form_row_with_such_a_total_is_no_other_cost(label: str) -> None:
    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester",
                             "Lønn og sosiale utgifter: 450 000", "Kompetanseheving: 20 000",
                             f"{label}: 470 000"))
    got = extract(doc, S2020).draft.values
    assert got.get("amounts.total") == 470000
    assert got.get("amounts.other") is None


def test_a_table_with_such_a_total_is_no_other_cost() -> None:
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester", "Budsjett",
                   tables=[[["Post", "Kroner"], ["Løn og sosiale utgifter", "520 000"],
                            ["Kompetanseheving", "15 000"], ["Totalsum", "535 000"]]])
    got = extract(doc, S2020).draft.values
    assert got.get("amounts.total") == 535000
    assert got.get("amounts.other") is None
