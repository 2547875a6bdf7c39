"""Signature classes met in the ninth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

OSLO = timezone(timedelta(hours=1))


def as_tuples(found):
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in found]


# --- an approval statement naming one approver, beside a PAdES signature ------
# Class: the Nav leader signs the PDF (an invisible PAdES signature), the
# municipality approves in its case system, and the page says so in one
# sentence that names the approver ("… elektronisk godkjent av rådmann X
# dato"). Each party signed its own way: the named approver is an
# electronic approval, not a typed name.

def _pades(name: str) -> DigitalSignature:
    return DigitalSignature(field_name="Signatur1", signer_name=name,
                            signing_time=datetime(2020, 1, 24, 10, 0, tzinfo=OSLO), intact=True,
                            covers_document=True, page=1, bbox=None)


def _signed_page(statement: str, extra: list | None = None):
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Stillingsprosent: 100", 1, 60, 120),
        pdf_line("Underskrifter", 1, 60, 400),
        pdf_line("Nav-leder Åse Lunde signerer søknaden digitalt.", 1, 60, 420),
        pdf_line(statement, 1, 60, 436),
    ] + (extra or [])
    return pdf_pages(pdf_page(1, lines, []), signatures=[_pades("Åse Lunde")])


def test_an_approval_naming_its_approver_counts_beside_a_digital_signature():
    found = as_tuples(extract_signatures(_signed_page(
        "Søknaden er elektronisk godkjent av rådmann Kjell Aune 23.01.2020.")))
    assert ("municipality", "Kjell Aune", "Rådmann", "2020-01-23", "electronic_approval") in found
    assert [f for f in found if f[0] == "nav_leader"] == [
        ("nav_leader", "Åse Lunde", None, "2020-01-24", "digital")]


def test_a_printed_name_under_a_plain_approval_stays_typed_beside_a_digital_signature():
    """Without a name in the statement, the file's digital signature is what
    "elektronisk godkjent" speaks of: a name it does not cover stays typed."""
    found = as_tuples(extract_signatures(_signed_page(
        "Dokumentet er elektronisk godkjent.",
        [pdf_line("Kjell Aune", 1, 320, 470), pdf_line("Rådmann", 1, 320, 484)])))
    assert ("municipality", "Kjell Aune", "Rådmann", None, "typed") in [
        (r, n, t, None, k) for r, n, t, _d, k in found]

