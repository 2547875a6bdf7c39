"""Budgets in shapes the ninth held-out corpus showed (each test builds its
own layout): several posts on one line, set apart by "|", ";", a sentence's
end or a wide gap, some answered "ingen"; such a line whose last label wraps
onto the next line; a competence amount in a sentence ("til prosjektretta
kompetanse"); and a share after its own label inside a line of sentences."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.packed import answers_nothing, pieced_lines
from soknad_extract.layout.rows import Row, Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Nav-kontor: NAV Fjordby")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


def budget(doc) -> dict:
    got = values(doc)
    return {key: got.get(key) for key in ("amounts.positions", "amounts.competence", "amounts.other",
                                          "amounts.total", "positions_percent_total")}


def _row(text: str) -> Row:
    return Row([Span(text, 1)], 1)


# 1. Several posts on one line.

@pytest.mark.parametrize("line", [
    "Lønn 600 000 | Kompetanse 10 000 | Sum 610 000",
    "Søknadsbeløp 2020: Lønn 600 000 | Kompetanse 10 000 | Sum 610 000",
    "Budsjett: lønn kr 600 000; kompetanse kr 10 000; totalt kr 610 000.",
    "Lønn: 600 000 kr. Kompetanse: 10 000 kr. Sum: 610 000 kr.",
])
def test_posts_set_apart_on_one_line_each_take_their_own_amount(line: str) -> None:
    got = budget(word_doc(*_HEAD, line))
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (600_000, 10_000, 610_000)


def test_posts_set_apart_by_commas_after_their_amounts() -> None:
    """A fax read by text recognition: commas after the amounts, the share
    in the salary post, "stilling" read as "stiling"."""
    got = budget(word_doc(*_HEAD, "Budsjett: lønn og sosiale kostnader. 50 % stiling kr 300 000, kompetanse kr 5000, "
                                  "sum omsøkt kr 305 000."))
    assert got == {"amounts.positions": 300_000, "amounts.competence": 5_000, "amounts.other": None,
                   "amounts.total": 305_000, "positions_percent_total": 50.0}
    assert values(word_doc(*_HEAD, "Lønn og sosiale kostnader. 50 % stiling kr 300 000"))["positions"][0]["title"] is None


def test_a_comma_before_words_that_name_no_post_keeps_the_line_whole() -> None:
    assert pieced_lines(_row("Lønn kr 600 000, inkludert sosiale kostnader"), None) == []


def test_a_share_in_a_post_of_the_line_is_the_positions_share() -> None:
    got = budget(word_doc(*_HEAD, "Budsjett: stilling 100 % kr 595 000; kompetanse kr 10 000; totalt kr 605 000."))
    assert got == {"amounts.positions": 595_000, "amounts.competence": 10_000, "amounts.other": None,
                   "amounts.total": 605_000, "positions_percent_total": 100.0}


def test_posts_a_wide_gap_sets_apart_on_a_pdf_line() -> None:
    doc = pdf_doc([[(_HEAD[0], 72)], [(_HEAD[1], 72)],
                   [("Lønn 600 000", 72), ("Kompetanse 10 000", 250), ("Sum 610 000", 400)]])
    got = budget(doc)
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (600_000, 10_000, 610_000)


@pytest.mark.parametrize("nothing", ["ingen", "0", "kr 0,-", "–", "ikke aktuelt"])
def test_a_post_answered_with_nothing_takes_no_amount(nothing: str) -> None:
    got = budget(word_doc(*_HEAD, f"Lønn og sosiale kostnader, 100 % stilling: kr 640 000. Andre kostnader: {nothing}. "
                                  "Totalt omsøkt beløp: kr 640 000."))
    assert got["amounts.other"] is None
    assert (got["amounts.positions"], got["amounts.total"], got["positions_percent_total"]) == (640_000, 640_000, 100.0)


def test_pieces_that_are_not_all_posts_are_left_to_the_other_readers() -> None:
    assert pieced_lines(_row("Lønn 600 000 | se vedlagt budsjett"), None) == []
    assert pieced_lines(_row("Kontaktperson: Kari Nordmann | Telefon: 61 28 90 00"), None) == []
    assert pieced_lines(_row("Lønn 600 000"), None) == []


@pytest.mark.parametrize("piece, nothing", [
    ("Andre kostnader: ingen", True), ("Kompetanse – 0", True), ("Andre kostnader: -", True),
    ("Andre kostnadar: ikkje aktuelt.", True), ("Andre kostnader: se vedlegg", False), ("ingen", False),
    ("Kompetanse: 10 000", False),
])
def test_a_post_answered_with_nothing(piece: str, nothing: bool) -> None:
    assert answers_nothing(piece) is nothing


# 2. The last label of such a line wrapped onto the next line.

def test_a_label_cut_by_the_end_of_a_line_goes_with_the_amount_below() -> None:
    doc = pdf_doc([[(_HEAD[0], 72)], [(_HEAD[1], 72)],
                   [("Lønn og sosiale kostnader, 100 % stilling: kr 640 000. Andre kostnader: ingen. Totalt omsøkt", 72)],
                   [("beløp: kr 640 000.", 72)]])
    got = budget(doc)
    assert got["amounts.other"] is None
    assert (got["amounts.positions"], got["amounts.total"]) == (640_000, 640_000)


def test_a_wrapped_sentence_that_is_no_post_stays_where_it_is() -> None:
    doc = pdf_doc([[(_HEAD[0], 72)], [(_HEAD[1], 72)],
                   [("Lønn: kr 600 000. Kompetanse: kr 10 000. Tiltaket er forankret", 72)],
                   [("i kommunens planverk.", 72)]])
    got = budget(doc)
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.other"]) == (600_000, 10_000, None)


# 3. Competence stated in a sentence.

@pytest.mark.parametrize("sentence", [
    "I tillegg søkjer vi 10 000 kr til prosjektretta kompetanse.",
    "I tillegg søker vi om 10 000 kroner til prosjektrettet kompetanse.",
    "Vi søker også om 10 000 kroner til kompetanseheving.",
])
def test_competence_asked_for_in_a_sentence(sentence: str) -> None:
    got = budget(word_doc("Ulstein, 27. januar 2020", "Søknad om tilskot til utvikling av sosiale tenester 2020",
                          "Vi søkjer om ei stilling (100 %) som jobbspesialist. Lønn og sosiale kostnader utgjer "
                          f"585 000 kr. {sentence} Samla søkt tilskot er 595 000 kr."))
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (585_000, 10_000, 595_000)


def test_an_amount_for_salaries_and_competence_together_is_no_competence_amount() -> None:
    got = budget(word_doc("Søknad om tilskudd 2020", "Vi søker om 620 000 kroner til lønn og kompetanse."))
    assert got["amounts.competence"] is None


# 4. A share after its own label in a line of sentences.

def test_a_share_after_its_label_among_other_sentences() -> None:
    got = budget(word_doc(*_HEAD, "Nytt prosjekt. Planlagt oppstart: 01.06.2020. Stillingsprosent: 80 %.",
                          "Lønn: kr 488 000", "Kompetanse: kr 10 000"))
    assert got["positions_percent_total"] == 80.0
    assert got["amounts.positions"] == 488_000


def test_a_share_of_something_else_among_sentences_is_no_position_share() -> None:
    got = budget(word_doc(*_HEAD, "Målgruppe: unge voksne. Andel i arbeid etter ett år: 40 %.", "Lønn: kr 600 000"))
    assert got["positions_percent_total"] is None
