"""A printed signer line beside the PAdES signature it describes, the
certificate writing the name without its Norwegian letters.

Certificates, signing services and plain-ASCII systems write "Aase Saether",
"Bjorn Lovaas" or "Joern Hanssen" for the "Åse Sæther", "Bjørn Løvås" and
"Jørn Hanssen" the page prints. The printed line is the signature's caption:
one person, one digital signature, the name as the page spells it.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.certs import same_person
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _sig(cn: str, reason: str, day: int) -> DigitalSignature:
    return DigitalSignature(field_name=f"Signature{day}", signer_name=cn,
                            signing_time=datetime(2020, 1, day, 9, tzinfo=timezone.utc), intact=True,
                            covers_document=True, page=2, bbox=(60.0, 100.0 + 60 * day, 260.0, 140.0 + 60 * day),
                            subject=f"CN={cn}, C=NO", reason=reason)


def _found(cn_leader: str, cn_municipal: str):
    page1 = pdf_page(1, [pdf_line(HEAD, 1, 50, 50), pdf_line("Prosjektnavn: Arbeid først", 1, 50, 80),
                         pdf_line("Elektronisk signert av:", 1, 50, 400),
                         pdf_line("Åse Sæther, leder Nav Vågå", 1, 50, 416),
                         pdf_line("Bjørn Løvås, rådmann i Vågå", 1, 50, 432)])
    page2 = pdf_page(2, [pdf_line("Signaturer", 2, 50, 50)])
    doc = pdf_pages(page1, page2, signatures=[_sig(cn_leader, "Godkjent som Nav-leder", 27),
                                              _sig(cn_municipal, "Godkjent som rådmann", 29)])
    return [(s.role, s.name, s.kind, s.date) for s, _evidence in extract_signatures(doc)]


def test_certificate_names_in_plain_ascii_are_the_printed_signers() -> None:
    assert _found("Aase Saether", "Bjorn Lovaas") == [
        ("nav_leader", "Åse Sæther", "digital", "2020-01-27"),
        ("municipality", "Bjørn Løvås", "digital", "2020-01-29")]


def test_another_persons_certificate_does_not_take_the_printed_name() -> None:
    found = _found("Aase Saether", "Bjorn Lie")
    assert ("municipality", "Bjørn Løvås", "digital", "2020-01-29") not in found
    assert any(name == "Bjorn Lie" and kind == "digital" for _role, name, kind, _date in found)


@pytest.mark.parametrize(("first", "second"), [
    ("Jorn Hanssen", "Jørn Hanssen"), ("Joern Hanssen", "Jørn Hanssen"), ("Aase Saether", "Åse Sæther"),
    ("Hanssen, Jorn", "Jørn Hanssen"), ("Rene Dahl", "René Dahl"), ("Ase Boe", "Åse Bø")])
def test_one_name_written_with_and_without_its_letters(first: str, second: str) -> None:
    assert same_person(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("Jorn Hanssen", "Jan Hanssen"), ("Ase Moe", "Åse Berg"), ("Bjorn Lie", "Bjørn Løvås")])
def test_other_people_stay_apart(first: str, second: str) -> None:
    assert not same_person(first, second)
