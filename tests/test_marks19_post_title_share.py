"""A position's share stated only in the post's title cell of a budget row
("Lønn og sosiale kostnader | Jobbspesialist 100 % | 600 000"), as budget
tables laid out "Post | Stilling | Beløp" write it (twentieth held-out
corpus's class). Documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import share_in_post_title
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _budget(*rows: list[str]) -> dict:
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   "Søkende Nav-kontor: Nav Fjellby", "Budsjett 2020",
                   tables=[[["Post", "Stilling", "Beløp (kr)"], *rows]])
    return extract(doc, S2020).draft.values


def test_the_share_in_the_post_title_is_the_positions_share():
    values = _budget(["Lønn og sosiale kostnader", "Jobbspesialist 100 %", "600 000"],
                     ["Kompetanse", "Kurs i arbeidsgiverkontakt", "10 000"],
                     ["Sum omsøkt", "", "610 000"])
    assert values["positions_percent_total"] == 100
    assert [(p["title"], p["percent"], p["amount"]) for p in values["positions"]] == [
        ("Jobbspesialist", 100, 600000)]


def test_two_posts_each_with_its_share_in_the_title():
    values = _budget(["Lønn og sosiale kostnader", "Jobbspesialist 60 %", "366 000"],
                     ["Lønn og sosiale kostnader", "Familiekoordinator 40 %", "244 000"],
                     ["Sum omsøkt", "", "610 000"])
    assert values["positions_percent_total"] == 100


def test_a_rate_or_a_cell_naming_no_position_gives_no_share():
    assert share_in_post_title("Maks per 100 % stilling") is None
    assert share_in_post_title("Kurs 50 % rabatt") is None
    assert share_in_post_title("Jobbspesialist 100 %") == 100


def test_a_social_cost_row_naming_the_post_is_no_second_position():
    """"Arbeidsgiveravgift | 14,1 % av lønn jobbspesialist": a share of a cost
    on a social-cost row (reviewer's case: a second position at 14.1 %)."""
    values = _budget(["Lønn jobbspesialist", "100 % stilling", "600 000"],
                     ["Arbeidsgiveravgift", "14,1 % av lønn jobbspesialist", "84 600"],
                     ["Sum omsøkt", "", "684 600"])
    assert [p["percent"] for p in values["positions"]] == [100]
    assert share_in_post_title("14,1 % av lønn jobbspesialist", "Lønn") is None
    assert share_in_post_title("Jobbspesialist 100 %", "Arbeidsgiveravgift") is None
    assert share_in_post_title("Jobbspesialist 100 %", "Lønn og sosiale kostnader") == 100
