"""PAdES signatures tied to their roles by the form's field names; a
certificate that names no person gives way to the printed name.

A form made for digital signing names its signature fields by role
("SigNavLeder", "SigKommunalsjef") and may place the fields away from the
printed list of signers. Each field signed is one signature in its field's
role, even when one certificate made both. An enterprise or test
certificate ("Nav Fjellby test") names no person: the printed name of the
role's signer, or none, is the signature's name.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.certs import field_words
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _sig(field: str, cn: str, day: int, box) -> DigitalSignature:
    return DigitalSignature(field_name=field, signer_name=cn, signing_time=datetime(2020, 1, day, 10, tzinfo=timezone.utc),
                            intact=True, covers_document=True, page=1, bbox=box, subject=f"Common Name: {cn}, Country: NO")


def _signed(*signers: str, cn: str = "Nav Fjellby test"):
    lines = [pdf_line(HEAD, 1, 50, 50), pdf_line("Søknaden er signert digitalt av:", 1, 50, 328)]
    lines += [pdf_line(text, 1, 50, 344 + 16 * i) for i, text in enumerate(signers)]
    sigs = [_sig("SigNavLeder", cn, 27, (50.0, 712.0, 250.0, 762.0)),
            _sig("SigKommunalsjef", cn, 28, (310.0, 712.0, 510.0, 762.0))]
    return pdf_pages(pdf_page(1, lines), signatures=sigs)


def _found(doc):
    return [(s.role, s.name, s.kind, s.date) for s, _evidence in extract_signatures(doc)]


def test_two_role_named_fields_signed_with_one_certificate_are_two_digital_signatures() -> None:
    doc = _signed("Nav-leder Kari Moe, Fjellby 27.01.2020", "Kommunalsjef Ola Hansen, Fjellby 28.01.2020")
    assert _found(doc) == [("nav_leader", "Kari Moe", "digital", "2020-01-27"),
                           ("municipality", "Ola Hansen", "digital", "2020-01-28")]


def test_a_test_certificates_name_is_no_signers_name() -> None:
    assert _found(_signed()) == [("nav_leader", None, "digital", "2020-01-27"),
                                 ("municipality", None, "digital", "2020-01-28")]


@pytest.mark.parametrize("cn", ["Kari Moe", "August Olsen", "Mai Britt Hansen", "Maria de Souza"])
def test_a_persons_certificate_still_names_the_signer(cn: str) -> None:
    """A month or a small word may be part of a person's name (reviewer's case)."""
    assert [name for _role, name, _kind, _date in _found(_signed(cn=cn))] == [cn, cn]


def test_field_names_read_as_words() -> None:
    assert field_words("SigNavLeder") == "Sig Nav Leder"
    assert field_words("Signatur_Kommunalsjef2") == "Signatur Kommunalsjef"
    assert field_words(None) == ""
