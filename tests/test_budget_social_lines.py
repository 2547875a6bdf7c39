"""Social costs on a line of their own beside several salary lines: the
class of budget whose positions subtotal is salaries + social costs written
apart ("Boveileder 50 % 220 000 / Jobbkonsulent 50 % 220 000 / Sosiale
kostnader 130 000 / Sum lønn og sosiale kostnader 570 000") is consistent;
one whose social costs are already inside the salary lines still adds up on
the salary lines alone, and a subtotal that neither makes is still wrong.
Documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")
_HEAD = ("NAV Eksempel", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020",
         "Prosjektnavn: Ny start", "Organisasjonsnummer: 974760673")


def _record(rows: list[list[str]]):
    doc = word_doc(*_HEAD, "Budsjett", tables=[[["Post", "Beløp"], *rows]])
    return build_record(Source(path="x.docx", format="docx"), doc, extract(doc, S2020.scheme), S2020, "nb")


def _codes(record) -> set[str]:
    return {f.code.value for f in record.findings}


def test_a_separate_social_costs_line_is_part_of_the_positions_subtotal() -> None:
    record = _record([["Boveileder 50 %", "220 000"], ["Jobbkonsulent 50 %", "220 000"],
                      ["Sosiale kostnader", "130 000"], ["Sum lønn og sosiale kostnader", "570 000"],
                      ["Kompetanse", "8 000"], ["Sum omsøkt", "578 000"]])
    assert [p.amount for p in record.positions] == [220_000, 220_000]
    assert (record.amounts.positions, record.amounts.total) == (570_000, 578_000)
    assert "AMOUNT_SUM_MISMATCH" not in _codes(record)


def test_social_costs_inside_the_salary_lines_add_up_on_the_lines_alone() -> None:
    record = _record([["Boveileder 50 % inkl. sosiale kostnader", "285 000"],
                      ["Jobbkonsulent 50 % inkl. sosiale kostnader", "285 000"],
                      ["Sum lønn og sosiale kostnader", "570 000"], ["Kompetanse", "8 000"],
                      ["Sum omsøkt", "578 000"]])
    assert "AMOUNT_SUM_MISMATCH" not in _codes(record)


def test_a_salary_subtotal_before_the_social_costs_line_adds_up_on_the_lines() -> None:
    record = _record([["Boveileder 50 %", "220 000"], ["Jobbkonsulent 50 %", "220 000"],
                      ["Sum lønn", "440 000"], ["Sosiale kostnader", "130 000"], ["Kompetanse", "8 000"],
                      ["Sum omsøkt", "578 000"]])
    assert "AMOUNT_SUM_MISMATCH" not in _codes(record)


def test_a_subtotal_neither_the_lines_nor_the_lines_and_social_costs_make_is_reported() -> None:
    record = _record([["Boveileder 50 %", "220 000"], ["Jobbkonsulent 50 %", "220 000"],
                      ["Sosiale kostnader", "130 000"], ["Sum lønn og sosiale kostnader", "590 000"],
                      ["Kompetanse", "8 000"], ["Sum omsøkt", "598 000"]])
    mismatch = [f for f in record.findings if f.code.value == "AMOUNT_SUM_MISMATCH"]
    assert mismatch and "570 000" in mismatch[0].message


def test_a_total_the_salary_subtotal_and_social_costs_do_not_make_is_reported() -> None:
    record = _record([["Boveileder 50 %", "220 000"], ["Jobbkonsulent 50 %", "220 000"],
                      ["Sum lønn", "440 000"], ["Sosiale kostnader", "130 000"], ["Kompetanse", "8 000"],
                      ["Sum omsøkt", "600 000"]])
    assert "AMOUNT_SUM_MISMATCH" in _codes(record)


def test_a_total_counting_social_costs_the_subtotal_already_holds_is_reported() -> None:
    record = _record([["Boveileder 50 %", "220 000"], ["Jobbkonsulent 50 %", "220 000"],
                      ["Sosiale kostnader", "130 000"], ["Sum lønn og sosiale kostnader", "570 000"],
                      ["Kompetanse", "8 000"], ["Sum omsøkt", "708 000"]])
    assert "AMOUNT_SUM_MISMATCH" in _codes(record)


def test_one_position_with_a_salary_subtotal_before_the_social_costs_line_adds_up() -> None:
    """One position, "Sum lønn" of its salary, the social costs on the line
    after it: the positions amount is salary and social costs (record.md),
    and neither the lines nor the total is reported."""
    record = _record([["Jobbkonsulent 100 %", "500 000"], ["Sum lønn", "500 000"],
                      ["Sosiale kostnader", "100 000"], ["Kompetanse", "10 000"], ["Sum omsøkt", "610 000"]])
    assert [p.amount for p in record.positions] == [600_000]
    assert (record.amounts.positions, record.amounts.total) == (600_000, 610_000)
    assert "AMOUNT_SUM_MISMATCH" not in _codes(record)


def test_several_positions_with_a_salary_subtotal_count_the_social_costs_in_the_positions_amount() -> None:
    record = _record([["Boveileder 50 %", "220 000"], ["Jobbkonsulent 50 %", "220 000"],
                      ["Sum lønn", "440 000"], ["Sosiale kostnader", "130 000"], ["Kompetanse", "8 000"],
                      ["Sum omsøkt", "578 000"]])
    assert record.amounts.positions == 570_000
    assert "AMOUNT_SUM_MISMATCH" not in _codes(record)


def test_one_position_whose_subtotal_holds_the_social_costs_is_no_double_count() -> None:
    """A total that counts the social costs twice beside "Sum lønn og sosiale
    kostnader" is still reported for a single position."""
    record = _record([["Jobbkonsulent 100 %", "500 000"], ["Sosiale kostnader", "100 000"],
                      ["Sum lønn og sosiale kostnader", "600 000"], ["Kompetanse", "10 000"],
                      ["Sum omsøkt", "710 000"]])
    assert record.amounts.positions == 600_000
    assert "AMOUNT_SUM_MISMATCH" in _codes(record)


def test_one_position_whose_salary_subtotal_is_wrong_is_reported() -> None:
    record = _record([["Jobbkonsulent 100 %", "500 000"], ["Sum lønn", "450 000"],
                      ["Sosiale kostnader", "100 000"], ["Kompetanse", "10 000"], ["Sum omsøkt", "560 000"]])
    assert "AMOUNT_SUM_MISMATCH" in _codes(record)
