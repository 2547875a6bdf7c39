"""Budgets of the 28th held-out corpus's classes, on documents built here: a
form field for each post asking for "tittel, stillingsprosent, kroner" in one
answer ("Ungdomsrettleiar, 100 %, 600 000", or spaces between)."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.packed import role_share_amount
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


def test_an_answer_listing_role_share_and_amount_is_split() -> None:
    assert role_share_amount("Rettleiar, 100 %, 600 000") == ("Rettleiar", "100 %", "600 000")
    assert role_share_amount("Mentor, 50 prosent, kr 300 000") == ("Mentor", "50 prosent", "kr 300 000")
    assert role_share_amount("Mentor 50 % 300 000") == ("Mentor", "50 %", "300 000")
    assert role_share_amount("Mentor, 50 %, se vedlegg") is None
    assert role_share_amount("Mentor 50 % 2 år") is None
    assert role_share_amount("Mentor, 50 %") is None


def test_post_fields_answered_role_share_and_kroner_give_their_amounts() -> None:
    label = "Stilling {} (tittel, stillingsprosent, kroner)"
    rows = [[label.format(1), "Miljøterapeut, 100 %, 610 000"], [label.format(2), "Jobbcoach, 40 %, kr 240 000"],
            ["Kompetansemidlar", "5 000"], ["Sum det blir søkt om", "855 000"]]
    got = budget(word_doc(HEAD, tables=[rows]))
    assert got["positions"] == [{"title": "Miljøterapeut", "percent": 100.0, "amount": 610_000},
                                {"title": "Jobbcoach", "percent": 40.0, "amount": 240_000}]
    assert got["amounts.positions"] == 850_000
    assert got["amounts.total"] == 855_000


def test_an_answer_whose_last_piece_is_no_amount_gives_no_amount() -> None:
    rows = [["Stilling (tittel, stillingsprosent, kroner)", "Miljøterapeut, 100 %, etter avtale"]]
    assert budget(word_doc(HEAD, tables=[rows])).get("amounts.positions") is None
