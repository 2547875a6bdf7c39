"""Form fields side by side under labels of their own, and a short
"Stilling" label answered with a bare share."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.assemble import read_budget
from soknad_extract.extract.context import Context
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _two_column_form(share: str) -> list[list[tuple[str, float]]]:
    """A form printing each label above its field, two fields a row."""
    return [
        [("Prosjektnavn", 50), ("Oppstartsdato", 310)],
        [("Ut i jobb", 52), ("01.09.2020", 312)],
        [("Stillingsandel (%)", 50), ("Lønn og sosiale kostnader (kr)", 310)],
        [(share, 52), ("420 000", 312)],
        [("Kompetansemidler (kr)", 50), ("Sum omsøkt (kr)", 310)],
        [("8 000", 52), ("428 000", 312)],
    ]


def test_fields_side_by_side_under_their_own_labels_are_no_budget_line():
    doc = pdf_doc(_two_column_form("70"))
    assert all(line.label != "70" for line in read_budget(Context(doc, S2020)).lines)
    got = extract(doc, S2020).draft.values
    assert got.get("amounts.other") is None
    assert got["amounts.positions"] == 420_000
    assert got["amounts.total"] == 428_000


def test_a_post_named_beside_its_amount_under_column_names_stays_a_budget_line():
    """Column names over text rows ("Post | Beløp") head a budget: its rows are posts."""
    doc = pdf_doc([[("Post", 50), ("Beløp", 310)], [("Kompetanse", 52), ("12 000", 312)]])
    assert [(line.category, line.amount) for line in read_budget(Context(doc, S2020)).lines] == [
        ("competence", 12_000)]


def _label_form(share: str) -> list[list[tuple[str, float]]]:
    """A letter's label-and-value rows whose "Stilling" row answers with the share alone."""
    return [
        [("Prosjekt", 60), ("Veien videre", 260)],
        [("Stilling", 60), (share, 260)],
        [("Lønn og sos. kostnader", 60), ("kr 488 000", 260)],
        [("Kompetanse", 60), ("kr 10 000", 260)],
        [("Sum", 60), ("kr 498 000", 260)],
        [("Navn", 60), ("Linn Karlsen", 260)],
        [("Stilling", 60), ("Nav-leder", 260)],
    ]


def test_a_stilling_row_answered_with_a_bare_share_is_the_position_share():
    got = extract(pdf_doc(_label_form("80 %")), S2020).draft.values
    assert got["positions_percent_total"] == 80
    assert [(p["percent"], p["amount"]) for p in got["positions"]] == [(80, 488_000)]


def test_a_stilling_row_answered_in_full_time_equivalents_is_the_position_share():
    got = extract(pdf_doc(_label_form("0,8 årsverk")), S2020).draft.values
    assert got["positions_percent_total"] == 80


def test_a_stilling_row_with_a_bare_number_or_a_signers_title_gives_no_share():
    """"Stilling: Nav-leder" is a signer's title; "Stilling: 2" says no share."""
    got = extract(pdf_doc(_label_form("2")), S2020).draft.values
    assert not got.get("positions_percent_total")
