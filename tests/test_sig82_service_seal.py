"""A signing service's seal over the page listing who signed: the file holds
one cryptographic signature in the service's name (no person's certificate,
no role) and its signing page lists each signer with their electronic ID and
time. The listed signers signed digitally, when the seal covers the file as
it is; a broken seal still makes them digital, and is reported as a problem;
a page added after the seal, or a list with no signature in the file at all,
proves only its words (electronic approval). The seal is nobody's signature
of its own. Built here: an event-log line layout and an English receipt,
unlike the corpus document's Nynorsk boxes."""

from __future__ import annotations

from datetime import datetime, timezone

from soknad_extract.extract.signatures import extract_signatures, signature_problems
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til sosiale tjenester i Nav 2020"
SEALED = datetime(2020, 1, 29, 11, 2, tzinfo=timezone.utc)


def _seal(name: str = "Signicat AS", *, intact: bool = True, covers: bool = True,
          subject: str | None = None) -> DigitalSignature:
    return DigitalSignature(field_name="Signature1", signer_name=name, signing_time=SEALED, intact=intact,
                            covers_document=covers, page=1, subject=subject or f"Common Name: {name}")


def _form():
    return pdf_page(1, [pdf_line(HEAD, 1, 72, 71), pdf_line("Vi søker om midler til en 100 % stilling.", 1, 72, 120),
                        pdf_line("Underskrift", 1, 72, 400),
                        pdf_line("Søknaden signeres elektronisk, se signeringsloggen.", 1, 72, 420)])


def _event_log(*events: str):
    lines = [pdf_line("Signeringslogg", 2, 72, 72)]
    lines += [pdf_line(text, 2, 72, 120 + 20 * i) for i, text in enumerate(events)]
    return pdf_page(2, lines)


BOTH = ("20.01.2020 09:14  Signert av Hanne Vik, Nav-leder, Nav Fjordbygd – BankID",
        "22.01.2020 13:40  Signert av Geir Lunde, rådmann i Fjordbygd kommune – BankID")


def _signers(doc) -> list[tuple[str, str | None, str | None, str]]:
    return [(s.role, s.name, s.date, s.kind) for s, _evidence in extract_signatures(doc)]


def test_signers_logged_under_the_services_seal_signed_digitally() -> None:
    doc = pdf_pages(_form(), _event_log(*BOTH), signatures=[_seal()])
    assert _signers(doc) == [("nav_leader", "Hanne Vik", "2020-01-20", "digital"),
                             ("municipality", "Geir Lunde", "2020-01-22", "digital")]
    evidence = [e for _s, e in extract_signatures(doc)]
    assert all(e.method == "pades" and "Signicat AS" in e.text for e in evidence)


def test_an_english_receipt_sealed_by_the_office_enterprise_certificate() -> None:
    receipt = pdf_page(2, [pdf_line("Signing certificate", 2, 72, 72),
                           pdf_line("Hanne Vik", 2, 72, 120), pdf_line("Nav-leder", 2, 72, 134),
                           pdf_line("Signed: 2020-01-20 09:14:02", 2, 72, 148),
                           pdf_line("Geir Lunde", 2, 72, 190), pdf_line("Kommunedirektør", 2, 72, 204),
                           pdf_line("Signed: 2020-01-22 13:40:51", 2, 72, 218),
                           pdf_line("Identified with BankID.", 2, 72, 260)])
    doc = pdf_pages(_form(), receipt, signatures=[_seal("Nav Fjordbygd")])
    assert _signers(doc) == [("nav_leader", "Hanne Vik", "2020-01-20", "digital"),
                             ("municipality", "Geir Lunde", "2020-01-22", "digital")]


def test_the_same_log_without_a_signature_in_the_file_is_an_electronic_approval() -> None:
    doc = pdf_pages(_form(), _event_log(*BOTH))
    assert [s[3] for s in _signers(doc)] == ["electronic_approval", "electronic_approval"]


def test_a_seal_that_no_longer_covers_the_file_proves_only_the_words() -> None:
    seal = _seal(covers=False)
    doc = pdf_pages(_form(), _event_log(*BOTH), signatures=[seal])
    assert [s[3] for s in _signers(doc)] == ["electronic_approval", "electronic_approval"]
    assert signature_problems(doc) == [seal]


def test_a_broken_seal_over_the_log_is_digital_and_reported() -> None:
    seal = _seal(intact=False)
    doc = pdf_pages(_form(), _event_log(*BOTH), signatures=[seal])
    assert [s[3] for s in _signers(doc)] == ["digital", "digital"]
    assert signature_problems(doc) == [seal]


def test_the_seal_takes_no_signers_role_when_the_log_lacks_one() -> None:
    doc = pdf_pages(_form(), _event_log(BOTH[0]), signatures=[_seal()])
    assert _signers(doc) == [("nav_leader", "Hanne Vik", "2020-01-20", "digital")]


def test_a_persons_certificate_is_no_service_seal() -> None:
    # The Nav leader signed the file with her own certificate; the log's other signer did not.
    doc = pdf_pages(_form(), _event_log(*BOTH), signatures=[_seal("Hanne Vik", subject="Common Name: Hanne Vik")])
    assert [(s[0], s[1], s[3]) for s in _signers(doc)] == [("nav_leader", "Hanne Vik", "digital"),
                                                          ("municipality", "Geir Lunde", "electronic_approval")]
