"""An electronic approval written as a sentence that names the case it was
approved in by its archive number ("Søknaden er elektronisk godkjent i sak
2021/3345 av …", Nynorsk "godkjend elektronisk i sak 21/889 av …"): case
systems number cases with slashes, and the number is one word between "i
sak" and "av", so both approvers after it are read, each with its date."""

from __future__ import annotations

from datetime import date

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.lists import listed_signers
from tests.builders.layouts import pdf_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


@pytest.mark.parametrize("sentence", [
    "Søknaden er elektronisk godkjent i sak 2021/3345 av Nav-leder Siri Vold 14.01.2020 og av rådmann Tore Lid 15.01.2020.",
    "Søknaden er godkjend elektronisk i saka 21/889-3 av Nav-leiar Siri Vold 14.01.2020 og av rådmann Tore Lid 15.01.2020.",
])
def test_a_slashed_case_number_keeps_the_approvers(sentence: str) -> None:
    found = listed_signers(sentence)
    assert [(s.name, s.role, s.date) for s in found] == [
        ("Siri Vold", "nav_leader", date(2020, 1, 14)), ("Tore Lid", "municipality", date(2020, 1, 15))]


def test_a_wrapped_sentence_with_a_case_number_gives_both_approvers() -> None:
    doc = pdf_doc([[(HEAD, 72)], [("Navn på tiltaket: Raskere i jobb", 72)], [("Godkjenning", 72)],
                   [("Søknaden er elektronisk godkjent i sak 2021/3345 av Nav-leder Siri Vold 14.01.2020 og av", 72)],
                   [("rådmann Tore Lid 15.01.2020. Dokumentet har derfor ingen håndskrevne underskrifter.", 72)]])
    signers = [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]
    assert signers == [("nav_leader", "electronic_approval", "Siri Vold", "2020-01-14"),
                       ("municipality", "electronic_approval", "Tore Lid", "2020-01-15")]
