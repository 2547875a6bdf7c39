"""Budgets of the 25th–27th held-out corpora's classes, on documents built
here: form rows whose label names the post ("Stilling: Jobbspesialist") and
whose answer gives its share and amount in one cell ("100 % – kr 590 000"),
followed by the budget's salary line restating them; posts a comma sets
apart after "kr" ("Løn 452 000 kr, sosiale kostnader 128 000 kr, …"); a
letter naming the competence post before its amount ("Til kompetanse søkjer
vi kr 10 000")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.packed import pieced_lines, stacked_lines
from soknad_extract.extract.budget.titles import position_title
from soknad_extract.layout.rows import Row, Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, text_doc, text_page, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def budget(doc) -> dict:
    values = extract(doc, S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.") or k.startswith("positions")}


def _form_rows(posts: list[tuple[str, str]], salary: str, competence: str, total: str) -> list[list[str]]:
    return [*[[label, answer] for label, answer in posts], ["Lønn og sosiale kostnader", salary],
            ["Kompetansemidler", competence], ["Sum omsøkt", total]]


# 1. A post's row answered "share – amount", its salary line restating it.

def test_a_word_form_row_with_share_and_amount_in_one_answer_is_the_position() -> None:
    rows = _form_rows([("Stilling: Rådgiver", "80 % – kr 470 000")], "kr 470 000", "kr 10 000", "kr 480 000")
    got = budget(word_doc(HEAD, "3. Stillinger og budsjett", tables=[rows]))
    assert got["positions_percent_total"] == 80.0
    assert got["positions"] == [{"title": "Rådgiver", "percent": 80.0, "amount": 470_000}]
    assert got["amounts.positions"] == 470_000
    assert got["amounts.total"] == 480_000


def test_two_post_rows_and_the_salary_line_that_adds_them_up_are_two_positions() -> None:
    rows = [[(label, 72.0), (answer, 300.0)] for label, answer in _form_rows(
        [("Stilling: Koordinator:", "100 % – kr 615 000"), ("Stilling: Mentor:", "50 % – kr 300 000")],
        "kr 915 000", "kr 10 000", "kr 925 000")]
    got = budget(pdf_doc([[(HEAD, 72.0)], *rows]))
    assert got["positions_percent_total"] == 150.0
    assert [p["amount"] for p in got["positions"]] == [615_000, 300_000]
    assert got["amounts.positions"] == 915_000
    assert got["amounts.total"] == 925_000


def test_a_salary_line_that_does_not_restate_the_posts_is_still_added() -> None:
    """Social costs on a line of their own are no subtotal: they add to the post."""
    rows = [["Stilling: Koordinator", "100 % – kr 500 000"], ["Sosiale kostnader", "kr 110 000"],
            ["Kompetansemidler", "kr 10 000"], ["Sum omsøkt", "kr 620 000"]]
    got = budget(word_doc(HEAD, tables=[rows]))
    assert got["amounts.positions"] == 610_000


@pytest.mark.parametrize("answer", ["100 % – se vedlegg", "100 % - 2020"])
def test_a_share_with_something_else_than_an_amount_gives_no_amount(answer: str) -> None:
    got = budget(word_doc(HEAD, tables=[[["Stilling: Koordinator", answer]]]))
    assert got.get("amounts.positions") is None


@pytest.mark.parametrize("label, title", [
    ("Stilling: Jobbspesialist", "Jobbspesialist"),
    ("Stilling: Veileder:", "Veileder"),
    ("Stillinga: Rettleiar", "Rettleiar"),
    ("Stilling 2 – jobbspesialist 100 %", "jobbspesialist"),
])
def test_a_label_naming_its_field_before_the_role_gives_the_role(label: str, title: str) -> None:
    assert position_title(label) == title


# 2. Posts separated by commas after an amount whose currency word follows it.

def test_posts_set_apart_by_a_comma_after_kr_are_posts_of_their_own() -> None:
    line = Row([Span("Lønn 400 000 kr, sosiale kostnader 120 000 kr, sum lønn 520 000 kr", 1)], 1)
    got = [(found.category, found.amount) for found in pieced_lines(line, None)]
    assert got == [("positions", 400_000), ("positions", 120_000), ("positions_subtotal", 520_000)]


def test_a_cell_line_holding_several_posts_is_read_with_the_cells_other_lines() -> None:
    lines = ("Løn 400 000 kr, sosiale kostnader 120 000 kr, sum løn 520 000 kr.", "Kompetansemidlar 9 000 kr.",
             "Sum det blir søkt om: 529 000 kr.")
    cell = Span(" ".join(lines), 1, method="table", lines=lines)
    got = [(found.category, found.amount) for found in stacked_lines(Row([cell], 1, in_table=True), 0)]
    assert got == [("positions", 400_000), ("positions", 120_000), ("positions_subtotal", 520_000),
                   ("competence", 9_000), ("total", 529_000)]


def test_a_comma_inside_a_sentence_after_kr_leaves_the_line_to_other_readers() -> None:
    line = Row([Span("Lønn 600 000 kr, inkludert sosiale kostnader", 1)], 1)
    assert pieced_lines(line, None) == []


# 3. A letter naming the competence post before the verb and its amount.

@pytest.mark.parametrize("sentence, competence", [
    ("Til kompetanse søkjer vi kr 12 000.", 12_000),
    ("For prosjektspesifikk kompetanse søker vi om 15 000 kroner.", 15_000),
    ("For å styrke kompetansen søker vi om 620 000 kroner.", None),
    ("Til kompetanse og lønn søker vi om 620 000 kroner.", None),
])
def test_a_request_naming_competence_before_its_amount_is_the_competence_post(sentence: str,
                                                                              competence: int | None) -> None:
    doc = text_doc(text_page(
        1, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
        f"Vi søkjer om ein jobbspesialist i 100 % stilling (kr 600 000). {sentence} Prosjektet startar i mars.",
        "Spørsmål om søknaden kan rettast til Kari Nordmann."))
    assert budget(doc).get("amounts.competence") == competence


# 3. A share-less line naming a role of its own is a post, not the subtotal.

def test_a_second_post_costing_the_same_as_the_one_above_is_not_its_subtotal() -> None:
    rows = [["Post", "Stillingsprosent", "Beløp"], ["Prosjektleder", "50 %", "300 000"],
            ["Koordinator (timebasert)", "", "300 000"], ["Kompetanse", "", "10 000"],
            ["Sum søknad", "", "610 000"]]
    got = budget(word_doc(HEAD, "Budsjett", tables=[rows]))
    assert got["amounts.positions"] == 600_000
    assert got["amounts.total"] == 610_000


def test_a_salary_line_naming_no_role_still_restates_the_post_above() -> None:
    rows = [["Post", "Stillingsprosent", "Beløp"], ["Jobbspesialist", "100 %", "600 000"],
            ["Lønn og sosiale kostnader", "", "600 000"], ["Kompetanse", "", "10 000"],
            ["Sum søknad", "", "610 000"]]
    got = budget(word_doc(HEAD, "Budsjett", tables=[rows]))
    assert got["amounts.positions"] == 600_000


@pytest.mark.parametrize(("rows", "positions"), [
    ([["Prosjektleder", "100 %", "605 000"], ["Veileder", "100 %", "600 000"],
      ["Lønn prosjektleder og veileder inkl. sosiale kostnader", "", "1 205 000"]], 1_205_000),
    ([["Jobbspesialist 1", "100 %", "600 000"], ["Jobbspesialist 2", "100 %", "600 000"],
      ["Lønn jobbspesialister", "", "1 200 000"]], 1_200_000),
    ([["Jobbspesialist", "100 %", "600 000"], ["Lønn og sosiale kostnader jobbspesialist", "", "600 000"]], 600_000),
])
def test_a_salary_line_naming_the_roles_it_adds_up_restates_them(rows: list, positions: int) -> None:
    table = [["Post", "Stillingsprosent", "Beløp"], *rows, ["Sum søknad", "", f"{positions:,}".replace(",", " ")]]
    assert budget(word_doc(HEAD, "Budsjett", tables=[table]))["amounts.positions"] == positions


def test_salary_words_naming_another_role_than_the_post_above_are_a_post() -> None:
    rows = [["Post", "Stillingsprosent", "Beløp"], ["Prosjektleder", "50 %", "300 000"],
            ["Lønn koordinator", "", "300 000"], ["Sum søknad", "", "600 000"]]
    assert budget(word_doc(HEAD, "Budsjett", tables=[rows]))["amounts.positions"] == 600_000
