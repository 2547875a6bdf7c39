"""Budget amounts and position shares in shapes the seventh held-out corpus
showed (each test builds its own layout): an amount written the short way
("NOK 600k", "600 k") and said again in brackets, with what it pays for
after it; and the announcement's cap printed in a form ("inntil 610 000
kroner per 100 % stilling"), which is never the applicant's share."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_and_purpose, amount_in_cell
from soknad_extract.norwegian import find_amounts, parse_amount
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


# 1. Thousands written "k", and an amount said again in brackets.

@pytest.mark.parametrize("text, amount", [
    ("NOK 600k", 600000), ("NOK 600 k", 600000), ("kr 600 k.", 600000), ("600 k", 600000),
    ("NOK 600k (600 000 kroner)", 600000), ("kr 1,2 mill. (1 200 000)", 1200000),
])
def test_a_cell_of_thousands_or_restated_is_the_amount(text: str, amount: int) -> None:
    assert amount_in_cell(text) == amount


@pytest.mark.parametrize("text", [
    "kr 600 000 (kr 1 220 000 i 2019)",  # the bracket is another amount, not the same said again
    "600 000 (610 000)",
])
def test_a_bracket_of_another_amount_is_not_a_restatement(text: str) -> None:
    assert amount_in_cell(text) is None


def test_a_k_apart_from_its_number_is_thousands_only_beside_a_currency() -> None:
    assert [m.value for m in find_amounts("Vi søker om NOK 600 k i år")] == [600000]
    assert find_amounts("se punkt 3 k) og 600 k i vedlegget") == []
    assert parse_amount("600 k") == 600000  # a cell known to hold money


@pytest.mark.parametrize("text, split", [
    ("NOK 600k (600 000 kroner) til lønn og sosiale utgifter", ("NOK 600k (600 000 kroner)", "til lønn og sosiale utgifter")),
    ("kr 305 000 til en 50 % stilling", ("kr 305 000", "til en 50 % stilling")),
    ("600 000 til lønn og 10 000 til kompetanse", None),  # two posts: prose
    ("kr 600 000 i 2020", None),
])
def test_an_amount_with_its_purpose(text: str, split) -> None:
    assert amount_and_purpose(text) == split


def test_the_purpose_after_the_amount_applied_for_names_the_post_in_a_table() -> None:
    """A letter's summary table: "Omsøkt beløp" answered with the amount,
    the same amount in brackets and what it pays for; the other amounts of
    the letter (last year's grant, the project's cost, own funding) stay out."""
    doc = word_doc(
        "I 2019 fikk Nav Eksempel innvilget 1 220 000 kroner til to stillinger.",
        "Prosjektets totale kostnad i 2020 er 2,1 mill. kroner, hvorav kommunen dekker 1,5 mill. kroner.",
        tables=[[["Omsøkt beløp", "NOK 600k (600 000 kroner) til lønn og sosiale utgifter"],
                 ["Kompetansemidler", "kr 0"], ["Sum omsøkt tilskudd", "600 000 kroner"], ["Stillingsandel", "100 %"],
                 ["Kommunens egenandel", "1 500 000 kroner"]]])
    got = values(doc)
    assert got["amounts.positions"] == 600000
    assert got["amounts.total"] == 600000
    assert got["amounts.competence"] == 0
    assert got["amounts.own_funding"] == 1500000
    assert got["positions_percent_total"] == 100.0


def test_the_purpose_after_the_amount_applied_for_names_the_post_in_a_field() -> None:
    got = values(word_doc("Søknadsbeløp: 600 k til lønn og sosiale utgifter", "Stillingsandel: 100 %"))
    assert got["amounts.positions"] == 600000
    assert got["amounts.total"] == 600000


def test_the_purpose_after_the_amount_on_a_pdf_page() -> None:
    got = values(pdf_doc([
        [("Omsøkt beløp", 56), ("NOK 600k (600 000 kroner) til lønn og sosiale utgifter", 220)],
        [("Kompetanse", 56), ("kr 10 000", 220)],
        [("Stillingsandel", 56), ("100 %", 220)],
    ]))
    assert got["amounts.positions"] == 600000
    assert got["amounts.competence"] == 10000
    assert got["amounts.total"] == 610000


def test_a_restated_amount_in_a_sentence_pays_for_what_follows_the_bracket() -> None:
    got = values(word_doc("Vi søker om NOK 600k (600 000 kroner) til lønn og sosiale utgifter for én 100 % stilling."))
    assert got["amounts.positions"] == 600000
    assert got["positions_percent_total"] == 100.0


def test_a_purpose_naming_salary_and_competence_is_the_whole_request() -> None:
    """Precision: "kr 620 000 til lønn og kompetanse" is no positions amount
    of 620 000 (over the cap for one position); it is the total."""
    got = values(word_doc(tables=[[["Omsøkt beløp", "kr 620 000 til lønn og kompetanse"],
                                   ["Stillingsandel", "100 %"]]]))
    assert got["amounts.total"] == 620000
    assert "amounts.positions" not in got


# 2. The announcement's cap printed in a form is no share of the applicant's.

_CAP_LINE = ("Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret, kap. 0621 post 63. Det gis inntil "
             "610 000 kroner per 100 % stilling (lønn og sosiale utgifter) og inntil 10 000 kroner per tiltak til "
             "kompetanse.")


def _form(share: str) -> list[list[tuple[str, float]]]:
    return [
        [(_CAP_LINE, 56)],
        [("Nav-kontor", 56), ("Nav Eksempel", 230)],
        [("Budsjett", 56)],
        [("Stilling", 56), ("Stillingsandel", 230), ("Beløp", 400)],
        [("Familiekoordinator", 56)] + ([(share, 230)] if share else []) + [("kr 450 000", 400)],
        [("Kompetanse", 56), ("kr 10 000", 400)],
        [("Sum", 56), ("kr 460 000", 400)],
    ]


def test_the_cap_per_position_printed_in_a_form_is_not_the_share() -> None:
    got = values(pdf_doc(_form("")))
    assert "positions_percent_total" not in got
    assert got["amounts.positions"] == 450000


def test_a_share_answered_in_the_form_is_still_read_beside_the_cap() -> None:
    got = values(pdf_doc(_form("1 stilling (100 %)")))
    assert got["positions_percent_total"] == 100.0


def test_a_letter_quoting_the_cap_still_gives_its_own_share() -> None:
    got = values(word_doc(
        "Det gis inntil 610 000 kroner per 100 % stilling.",
        "Nav Eksempel søker om tilskudd til en 80 % stilling som jobbspesialist, 488 000 kroner.",
    ))
    assert got["positions_percent_total"] == 80.0


def test_a_rate_in_the_applicants_own_words_is_no_share_either() -> None:
    """"pr. 100 % stilling" after an amount is what one full position costs;
    the share asked for is the count ("to stillinger")."""
    got = values(word_doc("Vi søker om 1 220 000 kroner til to stillinger, 610 000 kroner pr. 100 % stilling."))
    assert got["positions_percent_total"] == 200.0


# 3. The amounts of the announcement's cap, and of a rate per post, are not asked for.

def test_a_rate_after_an_amount_is_not_the_total() -> None:
    got = values(word_doc("Vi søker om 1 220 000 kroner til to stillinger, 610 000 kroner pr. 100 % stilling."))
    assert got["amounts.total"] == 1220000
    assert got["amounts.positions"] == 1220000


def test_the_cap_printed_in_a_form_gives_no_positions_amount() -> None:
    """Was: "(lønn og sosiale utgifter) og inntil 10 000 kroner per tiltak"
    made 10 000 the positions amount of a form whose table gives none."""
    rows = _form("100 %")
    rows[4] = [("Familiekoordinator", 56), ("100 %", 230)]
    rows[6] = [("Sum omsøkt", 56), ("kr 610 000", 400)]
    got = values(pdf_doc(rows))
    assert got.get("amounts.positions") != 10000
    assert got["amounts.total"] == 610000


def test_the_evidence_of_a_table_amount_stays_on_the_table() -> None:
    """A later sentence that names salaries does not move the evidence of
    the positions amount away from the budget line it was read from."""
    draft = extract(pdf_doc(_form("")), S2020).draft
    assert draft.values["amounts.positions"] == 450000
    assert "450" in draft.evidence["amounts.positions"].text


def test_words_after_an_amount_that_name_no_post_add_no_cost() -> None:
    """Precision: a financing row whose amount is followed by where it comes
    from was no budget line before the purpose was read, and is none now."""
    got = values(word_doc(tables=[[["Finansiering", "kr 600 000 i tilskudd fra fylket"],
                                   ["Lønn og sosiale utgifter, 100 % stilling", "kr 600 000"]]]))
    assert "amounts.other" not in got
    assert got["amounts.positions"] == 600000


def test_a_cap_line_printed_beside_its_amount_is_no_position() -> None:
    """A form that prints the cap as a line of its own, with its amount: the
    "100 %" is the unit of the rate, and 610 000 no post of the budget."""
    got = values(word_doc("Maksimalt tilskudd per 100 % stilling: 610 000 kr", "Stilling: Jobbspesialist 50 %",
                          "Lønn og sosiale utgifter: 305 000 kr", "Sum: 305 000 kr"))
    assert got["positions_percent_total"] == 50.0
    assert got["amounts.positions"] == 305000


def test_a_cap_row_in_a_budget_table_is_no_position() -> None:
    got = values(word_doc(tables=[[["Ramme pr. 100 % stilling", "610 000 kr"], ["Jobbspesialist", "50 %", "305 000 kr"],
                                   ["Sum", "", "305 000 kr"]]]))
    assert [(p["title"], p["percent"]) for p in got["positions"]] == [("Jobbspesialist", 50.0)]
    assert got["amounts.positions"] == 305000
