"""A form's competence post answered with nothing ("Kompetanse: –", "ingen",
or its dash lost to text recognition) over the next label's amount ("Sum
omsøkt: 600 000 kr"): the amount answers that next label, never competence,
so no false COMPETENCE_OVER_CAP."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _amounts(competence: str) -> dict:
    rows = [[("Stilling:", 56), ("Koordinator, 100 %", 240)],
            [("Lønn og sosiale kostnader:", 56), ("600 000 kr", 240)],
            [("Kompetanse:", 56)] + ([(competence, 240)] if competence else []),
            [("Sum omsøkt:", 56), ("600 000 kr", 240)]]
    values = extract(pdf_doc(rows), S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.")}


@pytest.mark.parametrize("competence", ["–", "-", "", "ingen"])
def test_a_competence_post_answered_with_nothing_takes_no_amount(competence: str) -> None:
    got = _amounts(competence)
    assert got.get("amounts.competence") is None
    assert got["amounts.total"] == 600_000


def test_a_competence_post_with_its_amount_keeps_it() -> None:
    assert _amounts("10 000 kr").get("amounts.competence") == 10_000


@pytest.mark.parametrize("label", ["Kompetanse: –", "Kompetanse: ingen", "Kompetanse: 0"])
def test_an_amount_alone_under_a_post_answered_with_nothing_is_not_that_posts(label: str) -> None:
    """One OCR'd line holds the label and its dash; the next holds a lone amount."""
    rows = [[("Stilling: Koordinator, 100 %", 56)], [("Lønn og sosiale kostnader: 600 000 kr", 56)],
            [(label, 56)], [("600 000", 56)]]
    values = extract(pdf_doc(rows), S2020).draft.values
    assert values.get("amounts.competence") in (None, 0)
    assert values["amounts.total"] == 600_000


def test_a_post_over_its_amount_alone_on_the_next_line_still_takes_it() -> None:
    rows = [[("Stilling: Koordinator, 100 %", 56)], [("Lønn og sosiale kostnader: 600 000 kr", 56)],
            [("Kompetanse", 56)], [("10 000", 56)]]
    assert extract(pdf_doc(rows), S2020).draft.values.get("amounts.competence") == 10_000
