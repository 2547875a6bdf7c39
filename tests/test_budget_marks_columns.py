"""Budgets as offices write their figures and columns:

- Every mark an office writes around an amount ("kr 366 000.-", "305 000.– kr",
  "NOK 14 500,-", "366 000 kronar", "kr: 366 000") leaves the amount an amount:
  a table, a grid, a line of posts or a sentence is read the same with it as
  without it. Before, the whole-kroner dash after a full stop (".-") made a
  budget table's cells no amounts, and cut a sentence in two at its dot.
- In a budget with several money columns the column applied for is the one
  named as the request ("Søkt tilskudd", "Søknadsbeløp", "Omsøkt"), never a
  column of another funder's grant ("Tilskudd Bufdir", "Andre tilskudd",
  "Fylkeskommunen"), though its header holds a grant word; a dash under the
  request column is an empty cell of it, not a reason to read another column.

Documents built here, in wordings and layouts other than corpus 71's.
"""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.applied import is_funder_header, names_request, pick_columns
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.extract.budget.marks import says_money
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")
_HEAD = ("NAV Elvebyen", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020",
         "Prosjektnavn: Veien videre", "Organisasjonsnummer: 974760673")
_FALSE = {"AMOUNT_OVER_CAP", "AMOUNT_SUM_MISMATCH", "NON_POSITION_COSTS", "COMPETENCE_OVER_CAP"}


def _record(*paragraphs: str, tables: list[list[list[str]]] = ()):
    doc = word_doc(*_HEAD, *paragraphs, tables=tables)
    return build_record(Source(path="x.docx", format="docx"), doc, extract(doc, S2020.scheme), S2020, "nb")


def _amounts(record) -> tuple:
    a = record.amounts
    return a.positions, a.competence, a.other, a.total


def _codes(record) -> set[str]:
    return {f.code.value for f in record.findings}


# --- the marks around an amount ---------------------------------------------------


@pytest.mark.parametrize("cell", ["kr 305 000.-", "305 000.- kr", "Kr. 305 000.–", "305.000.-", "kr 305 000,—",
                                  "305 000 kronar", "kr: 305 000", "NOK 305 000.-"])
def test_a_cell_with_any_mark_of_kroner_is_an_amount(cell: str) -> None:
    assert amount_in_cell(cell, "Beløp") == 305_000
    assert amount_in_cell(cell) == 305_000


def test_a_small_amount_with_the_dot_dash_is_money_outside_a_money_column() -> None:
    assert amount_in_cell("kr 800.-", "") == 800
    assert says_money("800.-") and says_money("800 kronar") and not says_money("800")


@pytest.mark.parametrize("mark", [".-", ".–", ",-", ",00", ",- kr", " NOK"])
def test_a_budget_table_reads_the_same_whatever_mark_closes_its_amounts(mark: str) -> None:
    record = _record(tables=[[["Post", "Beløp"], ["Lønn og sosiale utgifter jobbspesialist 50 %", f"305 000{mark}"],
                              ["Kompetansehevende tiltak", f"10 000{mark}"], ["Totalt omsøkt", f"315 000{mark}"]]])
    assert _amounts(record) == (305_000, 10_000, None, 315_000)
    assert not _codes(record) & _FALSE


def test_the_competence_over_the_cap_is_seen_through_the_dot_dash() -> None:
    record = _record(tables=[[["Kostnad", "Kroner"], ["Lønn, veileder 40 % stilling", "kr 244 000.-"],
                              ["Kurs og opplæring (kompetanse)", "kr 18 000.-"], ["Sum", "kr 262 000.-"]]])
    assert _amounts(record) == (244_000, 18_000, None, 262_000)
    assert "COMPETENCE_OVER_CAP" in _codes(record)


@pytest.mark.parametrize("mark", [".-", ",00"])
def test_a_sentence_goes_on_past_the_mark_of_its_amount(mark: str) -> None:
    record = _record(f"NAV Elvebyen søker om kr 305 000{mark} til lønn for en 50 % stilling som jobbspesialist "
                     f"og kr 10 000{mark} til kompetanseheving, til sammen kr 315 000{mark}.")
    assert _amounts(record) == (305_000, 10_000, None, 315_000)


# --- the column applied for ----------------------------------------------------------


def test_another_funders_grant_column_is_never_the_column_applied_for() -> None:
    record = _record(tables=[[["Budsjettpost", "Prosjektkostnad", "Tilskudd Bufdir", "Søknadsbeløp"],
                              ["Miljøarbeider 100 %", "750 000", "140 000", "610 000"],
                              ["Koordinator 50 %", "380 000", "75 000", "305 000"],
                              ["Kompetanse", "10 000", "–", "10 000"],
                              ["Totalt", "1 140 000", "215 000", "925 000"]]])
    assert _amounts(record) == (915_000, 10_000, None, 925_000)
    assert [p.amount for p in record.positions] == [610_000, 305_000]
    assert not _codes(record) & _FALSE


def test_a_dash_under_the_request_column_asks_for_nothing_beside_other_funders() -> None:
    record = _record(tables=[[["Post", "Kostnad", "Andre tilskudd", "Omsøkt"],
                              ["Lønn jobbspesialist 80 %", "560 000", "72 000", "488 000"],
                              ["Husleie og drift", "60 000", "60 000", "–"],
                              ["Kompetanse", "10 000", "–", "10 000"],
                              ["Sum", "630 000", "132 000", "498 000"]]])
    assert _amounts(record) == (488_000, 10_000, None, 498_000)
    assert not _codes(record) & _FALSE


def test_a_cost_column_named_andre_kostnader_stays_a_cost() -> None:
    record = _record(tables=[[["Lønn og sosiale utgifter", "Kompetanse", "Andre kostnader", "Totalt"],
                              ["305 000", "10 000", "20 000", "335 000"]]])
    assert (record.amounts.positions, record.amounts.competence, record.amounts.other) == (305_000, 10_000, 20_000)


@pytest.mark.parametrize("header", ["Tilskudd IMDi", "Tilskot frå fylkeskommunen", "Fylkeskomm.", "Andre tilskudd",
                                    "Eksterne midler", "Søkt fra Husbanken", "Gjensidigestiftelsen"])
def test_headers_naming_another_funder(header: str) -> None:
    assert is_funder_header(header) and not names_request(header)


@pytest.mark.parametrize("header", ["Søkt tilskudd", "Søkt tilskot", "Omsøkt beløp", "Søknadsbeløp",
                                    "Tilskudd fra Statsforvalteren", "Sum søkt"])
def test_headers_naming_the_request(header: str) -> None:
    assert names_request(header) and not is_funder_header(header)


def test_pick_columns_by_header() -> None:
    headers = ["Post", "Totalkostnad", "Tilskudd IMDi", "Søkt tilskudd"]
    assert pick_columns([("totalkostnad", 172_000), ("tilskudd imdi", 50_000), ("søkt tilskudd", 122_000)],
                        headers) == (122_000, None)
    assert pick_columns([("totalkostnad", 40_000), ("tilskudd imdi", 40_000)], headers) == (None, None)
    # a table's first row of figures taken for its header names no column: the amount is read as before
    assert pick_columns([("620 000", 610_000)], ["Søknadsbeløp", "620 000"]) == (610_000, None)
