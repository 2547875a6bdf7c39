"""Approval lines labelled with the approver's role ("Leder Nav Nome: Ingeborg
Strømme, godkjent 22.01.2020"), as case systems and Word templates list them
under (or instead of) the "Dokumentet er elektronisk godkjent" sentence."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.roleapproval import labelled_approval
from tests.builders.layouts import word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def test_role_labelled_lines_under_the_statement_are_electronic_approvals() -> None:
    doc = word_doc(HEAD, "Navn på tiltaket: Raskere i jobb", "Stilling: Jobbspesialist 50 %",
                   "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
                   "Leder Nav Fjellvik: Anne Moe Lund, godkjent 22.01.2020",
                   "Kommunedirektør: Per Olav Berg, godkjent elektronisk 23.01.2020")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Anne Moe Lund", "2020-01-22"),
                             ("municipality", "electronic_approval", "Per Olav Berg", "2020-01-23")]


def test_nynorsk_lines_without_the_statement_still_approve() -> None:
    doc = word_doc(HEAD, "Namn på tiltaket: Betre overgangar",
                   "Nav-leiar: Kari Moe, godkjend 24.01.2020",
                   "Rådmann: Oddvar Lid, godkjend elektronisk 2. februar 2020.")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Kari Moe", "2020-01-24"),
                             ("municipality", "electronic_approval", "Oddvar Lid", "2020-02-02")]


def test_only_the_whole_shape_is_an_approval_line() -> None:
    assert labelled_approval("Kommunedirektør: Per Berg, godkjent 23.01.2020") == \
        "Per Berg, Kommunedirektør (23.01.2020)"
    assert labelled_approval("Leder av Nav-kontoret: Kari Moe") is None           # a form's answer
    assert labelled_approval("Kontaktperson: Per Olsen, godkjent 22.01.2020") is None  # no role
    assert labelled_approval("Rådmann: Per Berg, skal godkjenne 23.01.2020") is None  # a plan
    assert labelled_approval("Rådmann: Per Berg, godkjent") is None                    # no date
    assert labelled_approval("Rådmann: Per Berg, godkjent budsjettet 2019 og 2020") is None
