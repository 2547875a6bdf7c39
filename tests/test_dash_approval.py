"""Approval lines logged date first with a spaced dash before the approver
("Godkjend elektronisk 20.01.2020 – Kari Moe, Nav-leiar"): the same
statement as the date-first line with a colon, one approver a line."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.roleapproval import labelled_approval
from tests.builders.layouts import pdf_doc, word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def test_nynorsk_dash_lines_one_under_the_other_keep_their_own_dates() -> None:
    doc = word_doc(HEAD, "Namn på tiltaket: Vegen vidare", "Søknaden er godkjend elektronisk:",
                   "Godkjend elektronisk 20.01.2020 — Sigrid Haugen Lie, Nav-leiar",
                   "Godkjend elektronisk 28.01.2020 — Olav Nes, rådmann", "", "Vedlegg: prosjektskisse")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Sigrid Haugen Lie", "2020-01-20"),
                             ("municipality", "electronic_approval", "Olav Nes", "2020-01-28")]


def test_bokmal_dash_lines_in_a_pdf_letter() -> None:
    doc = pdf_doc([[(HEAD, 72)], [("Navn på tiltaket: Raskere i jobb", 72)], [("Med hilsen", 72)],
                   [("Digitalt godkjent 21.01.2020 – kommunalsjef Per Berg", 72)],
                   [("Digitalt godkjent 22.01.2020 – Anne Moe Lund, leder Nav Vik", 72)]])
    assert _signers(doc) == [("municipality", "electronic_approval", "Per Berg", "2020-01-21"),
                             ("nav_leader", "electronic_approval", "Anne Moe Lund", "2020-01-22")]


def test_only_the_whole_dash_shape_is_an_approval_line() -> None:
    assert labelled_approval("Godkjent 23.01.2020 – Per Berg, rådmann") == "Per Berg, rådmann (23.01.2020)"
    assert labelled_approval("Godkjent 23.01.2020 – Per Berg") is None                # no title
    assert labelled_approval("Skal godkjennes 23.01.2020 – rådmann Per Berg") is None  # a plan
    assert labelled_approval("Møte 23.01.2020 – rådmann Per Berg") is None             # no approval
    assert labelled_approval("Godkjent 23.01.2020 – Per Berg og Kari Moe, rådmann") is None
