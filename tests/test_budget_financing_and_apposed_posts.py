"""Budgets as offices write them, in other wordings and layouts than the
held-out documents that showed each class (corpus 85):

- a financing table that holds no cost post (a council paper's "Økonomiske
  konsekvenser" behind the letter, a "Finansieringsplan" beside costs stated
  in prose) lists sources of funds: its grant line is the amount applied for,
  never a cost ("other"), and its sum (grant and own part) is the project's
  cost, never the total applied for; another funder's line is no cost either;
- a post described first (count, share, title) with its cost set off after it
  by a comma and a salary qualifier ("…, kr 595 000 inkludert sosiale
  kostnader, og …") is that post's cost.
"""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.prose_posts import names_post, salary_apposed
from soknad_extract.layout import Document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _values(doc: Document) -> dict:
    return extract(doc, S2020).draft.values


def _amounts(doc: Document) -> dict:
    values = _values(doc)
    return {key: values.get(f"amounts.{key}") for key in ("positions", "competence", "other", "total", "own_funding")}


# --- a financing table is sources of funds ---------------------------------------------


def test_financing_table_beside_prose_costs_gives_the_grant_not_a_cost_nn():
    doc = word_doc(HEAD_NN, "Nav Sunndal søkjer om tilskot til eit nytt prosjekt.",
                   "Vi søkjer om 440 000 kroner til løn for ei 80 % stilling og 10 000 kroner til kompetanse, "
                   "til saman 450 000 kroner.",
                   tables=[[["Finansieringskjelde", "Beløp"], ["Statleg tilskot", "450 000"],
                            ["Eigendel Sunndal kommune", "100 000"], ["Sum", "550 000"]]])
    got = _amounts(doc)
    assert got["total"] == 450_000
    assert got["other"] is None
    assert got["positions"] == 440_000
    assert got["competence"] == 10_000


def test_financing_plan_alone_gives_the_grant_as_total_and_its_sum_is_no_request():
    doc = word_doc(HEAD, "Nav Lier søker om midler til en jobbspesialist.",
                   tables=[[["Finansieringsplan", "Beløp"], ["Statlige midler", "kr 600 000"],
                            ["Egenandel", "kr 150 000"], ["Sum finansiering", "kr 750 000"]]])
    got = _amounts(doc)
    assert got["total"] == 600_000
    assert got["other"] is None
    assert got["own_funding"] == 150_000


def test_another_funders_line_in_a_financing_table_is_no_cost():
    doc = word_doc(HEAD, "Vi søker om kr 590 000 til lønn for én stilling og kr 10 000 til kompetanse.",
                   tables=[[["Kilde", "Beløp"], ["Statsforvalteren", "600 000"], ["IMDi", "100 000"],
                            ["Kommunens egenandel", "50 000"], ["Sum", "750 000"]]])
    got = _amounts(doc)
    assert got["total"] == 600_000
    assert got["other"] is None


def test_council_paper_financing_over_years_behind_a_pdf_letter():
    doc = pdf_doc([
        [(HEAD, 60)],
        [("Vi søker om kr 480 000 til lønn og sosiale kostnader for én 80 % stilling og kr 15 000 til", 60)],
        [("kompetanse, i alt kr 495 000.", 60)],
        [("Økonomiske konsekvenser", 60)],
        [("Finansiering", 60), ("2020", 300), ("2021", 380)],
        [("Statstilskudd", 60), ("495 000", 300), ("495 000", 380)],
        [("Kommunal egenandel", 60), ("120 000", 300), ("120 000", 380)],
        [("Sum", 60), ("615 000", 300), ("615 000", 380)],
    ])
    got = _amounts(doc)
    assert got["total"] == 495_000
    assert got["other"] is None


def test_a_budget_headed_financing_that_holds_the_costs_keeps_them():
    doc = word_doc(HEAD, tables=[[["Budsjett og finansiering", "Beløp"], ["Lønn jobbspesialist 100 %", "600 000"],
                                  ["Kompetanse", "10 000"], ["Reiser", "5 000"], ["Sum", "615 000"]]])
    got = _amounts(doc)
    assert got["other"] == 5_000
    assert got["total"] == 615_000


# --- a post described first, its cost set off after it ---------------------------------


def test_amount_set_off_with_a_salary_qualifier():
    assert salary_apposed(" inkludert sosiale kostnader, og kr 10 000 til kompetanse.")
    assert salary_apposed(" inkl. sosiale utgifter. Vi søker også …")
    assert salary_apposed(", og kr 10 000 til kompetanse")
    assert salary_apposed(" medregnet arbeidsgiveravgift og pensjon, og …")
    assert not salary_apposed(" til kompetanse, og …")
    assert not salary_apposed(" i tillegg til kr 10 000 til kompetanse, …")
    assert not salary_apposed(" som vi vil bruke på en stilling og på kurs for de ansatte i hele kontoret, …")


def test_names_post():
    assert names_post("vi soker om midler til en 50 % stilling som veileder")
    assert not names_post("vi soker om midler til en stilling og kompetanseheving")
    assert not names_post("vi soker om tilskudd til prosjektet")


def test_post_described_first_then_its_cost_with_social_costs_nn():
    doc = word_doc(HEAD_NN, "Nav Stryn søkjer om midlar til ei 50 % stilling som rettleiar, kr 310 000 inkludert "
                   "sosiale utgifter, og kr 15 000 til kompetanse. Samla søknadsbeløp er kr 325 000.")
    got = _amounts(doc)
    assert got["positions"] == 310_000
    assert got["total"] == 325_000
    assert _values(doc)["positions"][0]["amount"] == 310_000


def test_post_described_first_then_its_cost_abbreviated_qualifier():
    doc = word_doc(HEAD, "Vi søker om tilskudd til én 100 % stilling som jobbspesialist, kr 620 000 inkl. sos. "
                   "utgifter, og kr 20 000 til kompetanseheving. Totalt søkes det om kr 640 000.")
    got = _amounts(doc)
    assert got["positions"] == 620_000
    assert got["competence"] == 20_000
    assert got["total"] == 640_000
