"""Look-alikes of the budget hints and remarks read since fix11c: a post
that opens with a cap's word but states its own share or count ("Inntil
50 % stilling som prosjektleder"), and a bracketed remark that makes the
amount a monthly rate ("50 000 (ca. pr. måned)")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.hints import states_cap
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("label, cap", [
    ("Inntil 50 % stilling som prosjektleder", False), ("Maks 2 kurs à 5 000", False),
    ("Inntil kr", True), ("Maks. tilskudd per kontor", True),
])
def test_a_post_opening_with_a_caps_word_is_a_cost(label: str, cap: bool) -> None:
    assert states_cap(label) is cap


def test_a_share_opening_with_inntil_is_a_position() -> None:
    doc = word_doc("Søknad om tilskudd 2020", tables=[[
        ["Post", "Beløp"],
        ["Inntil 50 % stilling som prosjektleder", "300 000"],
        ["Jobbspesialist 50 %", "300 000"],
        ["Sum", "600 000"],
    ]])
    assert extract(doc, S2020).draft.values["amounts.positions"] == 600000


@pytest.mark.parametrize("text", ["50 000 (ca. pr. måned)", "45 000 (inkl. feriepenger, per mnd)"])
def test_a_remark_that_makes_the_amount_a_monthly_rate_leaves_no_amount(text: str) -> None:
    assert amount_in_cell(text) is None
