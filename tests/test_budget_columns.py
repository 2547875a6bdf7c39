"""Budgets that finance staff lay out in columns and units: a column of what
is applied for beside the municipality's share and the project's sum, shares
of a post as fractions under a header that names årsverk, last year's status
figures before this year's budget, own funding and the request stated in
sentences. Documents built here, in wordings other than the held-out
corpus's."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import is_own_header, percent_value
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")
_HEAD = ("NAV Eksempelby", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020",
         "Prosjektnavn: Arbeid først", "Organisasjonsnummer: 974760673")


def _record(*paragraphs: str, tables: list[list[list[str]]] = ()):
    doc = word_doc(*_HEAD, *paragraphs, tables=tables)
    return build_record(Source(path="x.docx", format="docx"), doc, extract(doc, S2020.scheme), S2020, "nb")


def _codes(record) -> set[str]:
    return {f.code.value for f in record.findings}


_FALSE = {"AMOUNT_OVER_CAP", "AMOUNT_SUM_MISMATCH", "NON_POSITION_COSTS"}


@pytest.mark.parametrize("nothing", ["", "–", "0"])
def test_a_cost_with_nothing_in_the_applied_column_is_the_municipalitys(nothing: str) -> None:
    record = _record(tables=[[["Kostnad", "Omsøkt beløp", "Egenandel kommunen", "Totalt"],
                              ["Lønn koordinator 80 %", "480 000", "40 000", "520 000"],
                              ["Kontorleie", nothing, "36 000", "36 000"],
                              ["Bilgodtgjørelse", nothing, "12 000", "12 000"],
                              ["Kompetanse", "8 000", "–", "8 000"],
                              ["Sum", "488 000", "88 000", "576 000"]]])
    assert (record.amounts.positions, record.amounts.other, record.amounts.total) == (480_000, None, 488_000)
    assert record.amounts.own_funding == 88_000
    assert not _codes(record) & _FALSE


def test_an_abbreviated_co_funding_column_is_own_funding() -> None:
    assert is_own_header("Kommunal medfin.")
    assert is_own_header("Medfin. kommune")


@pytest.mark.parametrize("header", ["Kommunal finansiering", "Kommunens del", "Finansiert av kommunen",
                                    "Kommunen sin del"])
def test_a_column_the_municipality_pays_is_own_funding(header: str) -> None:
    assert is_own_header(header)
    record = _record(tables=[[["Post", "Søkt beløp", header], ["Lønn jobbspesialist 50 %", "305 000", "20 000"],
                              ["Reiseutgifter", "–", "15 000"], ["Sum", "305 000", "35 000"]]])
    assert (record.amounts.other, record.amounts.total, record.amounts.own_funding) == (None, 305_000, 35_000)
    assert not _codes(record) & _FALSE


@pytest.mark.parametrize("text, header, share", [
    ("0,5", "Stillingsandel (årsverk)", 50), ("0,75", "FTE", 75), ("0,6", "Andel årsverk", 60),
    ("0,5", "Stillingsandel", 50), ("50", "Stillingsandel (årsverk)", 50), ("0,5", "Stillingsprosent", 0.5),
])
def test_a_fraction_of_a_post_under_its_header(text: str, header: str, share: float) -> None:
    assert percent_value(text, header) == pytest.approx(share)


def test_posts_as_fractions_under_a_header_naming_arsverk() -> None:
    record = _record(tables=[[["Rolle", "Andel årsverk", "Lønnskostnad"], ["Jobbspesialist", "0,6", "366 000"],
                              ["Familieveileder", "0,4", "244 000"], ["Sum", "1,0", "610 000"]]])
    assert [p.percent for p in record.positions] == [60, 40]
    assert record.positions_percent_total == 100
    assert not _codes(record) & _FALSE


def test_last_years_status_table_before_the_budget_adds_no_position() -> None:
    record = _record("Status for prosjektet", "Budsjett 2020", tables=[
        [["Innvilget 2019", "Regnskap per 31.12.2019", "Kommentar"],
         ["kr 450 000 (75 %)", "kr 430 000", "18 deltakere i arbeid"]],
        [["Stilling", "Stillingsprosent", "Beløp"], ["Miljøarbeider", "80 %", "488 000"],
         ["Kompetanse", "", "10 000"], ["Sum", "80 %", "498 000"]]])
    assert [p.percent for p in record.positions] == [80]
    assert record.positions_percent_total == 80
    assert not _codes(record) & _FALSE


def test_a_request_sentence_of_a_decision_is_no_cost_post() -> None:
    record = _record("Prosjektet har én veileder i 100 % stilling.",
                     "Vedtak i formannskapet: NAV Eksempelby søkjer om 480 000 kroner",
                     tables=[[["Post", "Beløp"], ["Lønn og sosiale utgifter", "470 000"], ["Kompetanse", "10 000"],
                              ["Sum", "480 000"]]])
    assert (record.amounts.other, record.amounts.total) == (None, 480_000)
    assert not _codes(record) & _FALSE


def test_a_request_on_its_own_line_and_what_it_pays_for_in_the_next() -> None:
    record = _record("Prosjektet har én jobbspesialist i 100 % stilling.", "Vi søker om kr 600 000.",
                     "Beløpet gjelder lønn og sosiale kostnader for stillingen.")
    assert (record.amounts.positions, record.amounts.other, record.amounts.total) == (600_000, None, 600_000)
    assert "NON_POSITION_COSTS" not in _codes(record)


@pytest.mark.parametrize("sentence", ["Kommunen dekker 80 000 kroner selv til kontor og reiser.",
                                      "Kontor og reiser, om lag 80 000 kroner, dekkjer kommunen sjølv."])
def test_own_funding_the_municipality_says_it_pays_itself(sentence: str) -> None:
    record = _record("Prosjektet har én jobbspesialist i 100 % stilling.", sentence,
                     tables=[[["Post", "Beløp"], ["Lønn og sosiale utgifter", "600 000"], ["Sum", "600 000"]]])
    assert record.amounts.own_funding == 80_000
    assert record.amounts.other is None
