"""Signature classes from the held-out corpus 31 (fix9h): an approval line
labelled with its role, followed by the caption of the other signer's
empty block ("For kommunen (rådmann / kommunalsjef):")."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import pdf_doc

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


def test_a_caption_below_an_approval_line_does_not_lend_it_its_titles() -> None:
    doc = pdf_doc([[(HEAD, 72)], [("Kva heiter prosjektet?", 72)], [("Arbeid og bustad", 80)],
                   [("Underskrifter", 72)],
                   [("Nav-leiar: Godkjent elektronisk 27.01.2020 av Trude Ranes, Nav-leiar.", 72)],
                   [("For kommunen (rådmann / kommunalsjef):", 72)],
                   [("Stad/dato: ____________________", 72)],
                   [("Namn med blokkbokstavar: ____________________", 72)]])
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Trude Ranes", "Nav-leiar", "2020-01-27")]
