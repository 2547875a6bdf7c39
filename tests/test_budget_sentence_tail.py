"""A letter's sentence that states the budget and wraps mid-clause, on
layout documents built here: the line under it that goes on in lower case
("kurs, i alt kr 625 000.") is the sentence's tail, not a budget line of
its own named by its first words, so its sum is not read as that post's
(a false COMPETENCE_OVER_CAP)."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def test_the_tail_of_a_wrapped_budget_sentence_is_no_post():
    doc = pdf_doc([
        [("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", 72)],
        [("Vi søker om én 100 % stilling som jobbspesialist, kr 610 000 i lønn og sosiale kostnader, og kr 15 000 til", 72)],
        [("kompetanseheving og kurs, i alt kr 625 000.", 72)],
        [("Prosjektet starter 1. mars 2020.", 72)],
    ])
    got = extract(doc, S2020).draft.values
    assert got.get("amounts.competence") == 15_000
    assert got["amounts.total"] == 625_000


def test_a_budget_line_under_a_short_line_still_counts():
    doc = pdf_doc([
        [("Budsjett for prosjektet", 72)],
        [("lønn og sosiale utgifter: kr 600 000", 72)],
        [("kompetanse: kr 10 000", 72)],
        [("Sum omsøkt: kr 610 000", 72)],
    ])
    got = extract(doc, S2020).draft.values
    assert got["amounts.positions"] == 600_000
    assert got["amounts.competence"] == 10_000
