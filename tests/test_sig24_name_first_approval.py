"""Approval lines written name first: "Name, Title – (elektronisk) godkjent
<date>" ("Kari Moe, leder Nav Fjellvik – elektronisk godkjent 20.01.2020",
Nynorsk "Kari Moe, Nav-leiar – godkjent 24.01.2020"), as letters and Word
templates list the approvers under the electronic-approval sentence."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.roleapproval import labelled_approval, titled_approval
from tests.builders.layouts import pdf_doc, word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def test_nynorsk_name_first_lines_under_the_statement_are_approvals() -> None:
    doc = word_doc(HEAD, "Namn på tiltaket: Betre overgangar", "Godkjenning",
                   "Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur.",
                   "Sigrid Haugen Lie, Nav-leiar – godkjent 24.01.2020",
                   "Olav Nes, kommunedirektør – godkjent 27.01.2020")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Sigrid Haugen Lie", "2020-01-24"),
                             ("municipality", "electronic_approval", "Olav Nes", "2020-01-27")]


def test_bokmal_lines_with_the_office_in_the_title() -> None:
    doc = pdf_doc([[(HEAD, 72)], [("Navn på tiltaket: Raskere i jobb", 72)], [("Godkjenning", 72)],
                   [("Søknaden er godkjent i kommunens saksbehandlingssystem og er derfor ikke signert for hånd:", 72)],
                   [("Anne Moe Lund, leder Nav Fjellvik – elektronisk godkjent 20.01.2020", 72)],
                   [("Per Berg, kommunaldirektør – elektronisk godkjent 22.01.2020", 72)]])
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Anne Moe Lund", "2020-01-20"),
                             ("municipality", "electronic_approval", "Per Berg", "2020-01-22")]


def test_only_the_whole_name_first_shape_is_an_approval_line() -> None:
    assert titled_approval("Per Berg, rådmann – godkjent 23.01.2020") == "Per Berg, rådmann (23.01.2020)"
    assert labelled_approval("Per Berg, rådmann – godkjent 23.01.2020") == "Per Berg, rådmann (23.01.2020)"
    assert titled_approval("Per Berg – godkjent 23.01.2020") is None                      # no title
    assert titled_approval("Per Berg, kontaktperson – godkjent 23.01.2020") is None       # no role
    assert titled_approval("Per Berg, rådmann – skal godkjenne 23.01.2020") is None       # a plan
    assert titled_approval("Per Berg, rådmann – godkjent") is None                        # no date
    assert titled_approval("Budsjettet, rådmann – godkjent 23.01.2020") is None           # no person
    assert titled_approval("Per Berg, rådmann – godkjent 23.01.2020 – Kari Moe") is None  # more after it
