"""Approval lines a case system logs date first: the approval wording and its
date, a colon, then the approver ("Godkjent elektronisk 22.01.2020: Nav-leiar
Kari Moe", "Elektronisk godkjent 23.01.2020: Per Berg, rådmann")."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.roleapproval import labelled_approval
from tests.builders.layouts import pdf_doc, word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def test_bokmal_date_first_lines_in_a_letter_are_approvals() -> None:
    doc = pdf_doc([[(HEAD, 72)], [("Navn på tiltaket: Raskere i jobb", 72)], [("Med vennlig hilsen", 72)],
                   [("Elektronisk godkjent 20.01.2020: Nav-leder Anne Moe Lund", 72)],
                   [("Elektronisk godkjent 24.01.2020: Per Berg, rådmann", 72)],
                   [("Søknaden er godkjent elektronisk og har derfor ingen håndskrevne signaturer.", 72)]])
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Anne Moe Lund", "2020-01-20"),
                             ("municipality", "electronic_approval", "Per Berg", "2020-01-24")]


def test_nynorsk_date_first_lines_in_a_word_document() -> None:
    doc = word_doc(HEAD, "Namn på tiltaket: Betre overgangar", "Godkjenning",
                   "Godkjend 21.01.2020: Nav-leiar Sigrid Haugen Lie",
                   "Godkjend 27.01.2020: kommunalsjef Olav Nes")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Sigrid Haugen Lie", "2020-01-21"),
                             ("municipality", "electronic_approval", "Olav Nes", "2020-01-27")]


def test_only_the_whole_date_first_shape_is_an_approval_line() -> None:
    assert labelled_approval("Godkjent 23.01.2020: rådmann Per Berg") == "Per Berg, rådmann (23.01.2020)"
    assert labelled_approval("Godkjent 23.01.2020: Per Berg") is None                  # no title
    assert labelled_approval("Godkjent 23.01.2020: Budsjett for 2020") is None          # no person
    assert labelled_approval("Skal godkjennes 23.01.2020: rådmann Per Berg") is None    # a plan
    assert labelled_approval("Godkjent: rådmann Per Berg") is None                      # no date
    assert labelled_approval("Godkjent innen 23.01.2020: rådmann Per Berg") is None     # a deadline
    assert labelled_approval("Rådmann: Per Berg, godkjent innen 23.01.2020") is None    # a deadline
    assert labelled_approval("Godkjent 23.01.2020: rådmann Per Berg og Kari Moe") is None
