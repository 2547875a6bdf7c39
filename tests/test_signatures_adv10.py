"""Signature classes met in the tenth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.leaders import name_after_leader
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, two_columns

LEADER = " " + "." * 40 + " "


def as_tuples(found):
    return [(s.role, s.name, s.date, s.kind) for s, _e in found]


# --- signer rows as numbered items: "role …… name", place and date under ------
# Class: a form set out as numbered items with dot leaders (or a wide gap)
# closes with a signature section whose items put the signer's role left of
# the leader and the typed name right of it, each with a "Sted og dato ……"
# row under it. The applicant section above uses the same layout for its
# questions ("Leder av Nav-kontoret …… name", "Kontaktperson …… name").

def _applicant_rows() -> list:
    return [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("1 Søker", 1, 60, 90),
        pdf_line(f"1.1 Nav-kontor{LEADER}Nav Fjellvik", 1, 60, 108),
        pdf_line(f"1.2 Leder av Nav-kontoret{LEADER}Kari Moen", 1, 60, 124),
        pdf_line(f"1.3 Kontaktperson{LEADER}Per Dahl", 1, 60, 140),
        pdf_line(f"2.1 Stillingsprosent{LEADER}100 %", 1, 60, 170),
    ]


def _signature_rows(wide_gap: bool) -> list:
    def row(label: str, value: str, top: float):
        return two_columns(label, value, 1, top) if wide_gap else pdf_line(f"{label}{LEADER}{value}", 1, 60, top)
    return [
        pdf_line("7 Underskrift", 1, 60, 500),
        row("7.1 Leder Nav Fjellvik", "Kari Moen", 518),
        row("Sted og dato", "Fjellvik, 20.01.2020", 534),
        row("7.2 Kommunedirektør, Fjellvik kommune", "Ola Berg", 550),
        row("Sted og dato", "Fjellvik, 22.01.2020", 566),
    ]


def test_dot_leader_signer_rows_are_typed_signatures_with_their_dates():
    doc = pdf_pages(pdf_page(1, _applicant_rows() + _signature_rows(wide_gap=False)))
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Kari Moen", "2020-01-20", "typed"),
        ("municipality", "Ola Berg", "2020-01-22", "typed"),
    ]


def test_wide_gap_signer_rows_are_typed_signatures_with_their_dates():
    doc = pdf_pages(pdf_page(1, _applicant_rows() + _signature_rows(wide_gap=True)))
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Kari Moen", "2020-01-20", "typed"),
        ("municipality", "Ola Berg", "2020-01-22", "typed"),
    ]


def test_applicant_rows_with_dot_leaders_are_no_signatures():
    """No signature section: the leader's and the contact's rows answer questions."""
    assert extract_signatures(pdf_pages(pdf_page(1, _applicant_rows()))) == []


def test_name_after_leader_needs_a_role_label_and_a_name():
    assert name_after_leader(f"6.1 Nav-leder{LEADER}Kari Moen") == "Kari Moen"
    assert name_after_leader(f"Rådmann…………Ola Berg") == "Ola Berg"
    assert name_after_leader(f"1.3 Kontaktperson{LEADER}Per Dahl") is None
    assert name_after_leader(f"Sted og dato{LEADER}Fjellvik, 20.01.2020") is None
    assert name_after_leader(f"1.1 Nav-leder{LEADER}Nav Fjellvik") is None
    assert name_after_leader("Kari Moen, Nav-leder") is None
