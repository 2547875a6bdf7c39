"""A salary split into its parts (salary, holiday pay, the employer's tax,
pension), each on a line of its own with its rate in the label, and closed by
their subtotal: the rate is no position's share, and none of the parts is a
cost beside the positions. Documents built here, in wordings other than the
held-out corpus's."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.components import components_above_subtotals, is_salary_component
from soknad_extract.extract.budget.lines import BudgetLine, category
from soknad_extract.layout.rows import Span
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")
_HEAD = ("NAV Eksempelby", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020",
         "Prosjektnavn: Arbeid først", "Organisasjonsnummer: 974760673",
         "Prosjektet har én veileder i 100 % stilling.")


def _record(*paragraphs: str, rows: list[list[str]] | None = None):
    doc = word_doc(*_HEAD, *paragraphs, tables=[[["Budsjettpost", "Kroner"], *rows]] if rows else [])
    return build_record(Source(path="x.docx", format="docx"), doc, extract(doc, S2020.scheme), S2020, "nb")


def _codes(record) -> set[str]:
    return {f.code.value for f in record.findings}


_FALSE = {"AMOUNT_OVER_CAP", "AMOUNT_SUM_MISMATCH", "NON_POSITION_COSTS"}


def test_rates_of_salary_parts_in_a_table_are_no_position_shares() -> None:
    record = _record(rows=[["Lønn veileder", "450 000"], ["Feriepenger 10,2 %", "45 900"],
                           ["Arbeidsgiveravgift (14,1 %)", "69 900"], ["Pensjon 2 %", "9 000"],
                           ["Sum lønnskostnader", "574 800"], ["Kompetanseheving", "10 000"],
                           ["Totalt omsøkt", "584 800"]])
    assert record.positions_percent_total == 100
    assert (record.amounts.positions, record.amounts.other, record.amounts.total) == (574_800, None, 584_800)
    assert not _codes(record) & _FALSE


def test_rates_of_salary_parts_written_as_letter_lines_in_nynorsk() -> None:
    record = _record("Budsjett:", "Løn rettleiar: kr 400 000", "Arbeidsgjevaravgift 14,1 %: kr 56 400",
                     "Sum løn: kr 456 400", "Kompetanse: kr 10 000", "Sum omsøkt: kr 466 400")
    assert record.positions_percent_total == 100
    assert (record.amounts.positions, record.amounts.other) == (456_400, None)
    assert not _codes(record) & _FALSE


def test_a_salary_part_the_vocabulary_does_not_name_is_read_from_its_subtotal() -> None:
    record = _record(rows=[["Jobbspesialist 100 %", "500 000"], ["Arb.g.avg.", "70 500"],
                           ["Sum lønn", "570 500"], ["Kompetanse", "10 000"], ["Sum", "580 500"]])
    assert (record.amounts.positions, record.amounts.other) == (570_500, None)
    assert [p.percent for p in record.positions] == [100]
    assert not _codes(record) & _FALSE


@pytest.mark.parametrize("label, component", [
    ("Feriepenger (12 %)", True), ("Feriepengar 10,2 %", True), ("Arbeidsgjevaravgift", True),
    ("Pensjon 2 %", True), ("Sosiale kostnader 30 %", True), ("• Sos. utg. (14,1 %)", True),
    ("Lønn inkl. sosiale kostnader 100 %", False), ("Jobbspesialist 100 %", False), ("Reiser", False),
])
def test_a_label_opening_with_a_part_of_a_salary(label: str, component: bool) -> None:
    assert is_salary_component(label) is component


def test_the_nynorsk_employers_tax_is_a_positions_cost() -> None:
    assert category("Arbeidsgjevaravgift", None) == "positions"
    assert category("Feriepengar", None) == "positions"


def _line(label: str, kind: str, amount: int) -> BudgetLine:
    return BudgetLine(label, kind, Span(label, 1, None), amount, None, None, 0)


def test_a_cost_line_a_subtotal_does_not_hold_stays_a_cost() -> None:
    lines = [_line("Lønn", "positions", 500_000), _line("Reiser", "other", 20_000),
             _line("Sum lønn", "positions_subtotal", 500_000)]
    assert [line.category for line in components_above_subtotals(lines, 1)] == ["positions", "other",
                                                                                 "positions_subtotal"]


def test_a_cost_too_large_to_be_a_salarys_part_stays_a_cost() -> None:
    lines = [_line("Lønn", "positions", 300_000), _line("Husleie", "other", 250_000),
             _line("Sum lønn og drift", "positions_subtotal", 550_000)]
    assert components_above_subtotals(lines, 1)[1].category == "other"


def test_a_cost_inside_its_subtotal_is_a_salary_part() -> None:
    lines = [_line("Reiser", "other", 20_000), _line("Lønn", "positions", 500_000),
             _line("Arb.g.avg.", "other", 70_500), _line("Sum lønn", "positions_subtotal", 570_500)]
    found = components_above_subtotals(lines, 1)
    assert [(line.category, line.social) for line in found[:3]] == [("other", False), ("positions", False),
                                                                    ("positions", True)]
