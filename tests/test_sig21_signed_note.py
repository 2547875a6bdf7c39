"""Signature rows of a PAdES-signed form: the Nav leader's caption carries a
note that it was signed digitally ("Marit Hauge, Nav-leiar (signert
digitalt)") over the signature field, and the municipality's caption beside
it gives place, date, name and title on one line ("Voss, 30.01.2020 Oddvar
Rønning, kommunedirektør") under the ink."""

from __future__ import annotations

from datetime import datetime, timezone

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.signednote import caption_with_signed_note
from soknad_extract.extract.signatures.wording import person_name
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _doc():
    lines = [pdf_line(HEAD, 1, 50, 40), pdf_line("Stilling: Rettleiar 50 %", 1, 50, 80),
             pdf_line("Underskrifter", 1, 50, 515),
             pdf_line("Eva Brekke, Nav-leiar (signert digitalt)", 1, 50, 590),
             pdf_line("Lom, 30.01.2020 Per Haugen, kommunedirektør", 1, 310, 590)]
    sig = DigitalSignature(field_name="Leiar", signer_name="Eva Brekke",
                           signing_time=datetime(2020, 1, 28, 9, 30, tzinfo=timezone.utc), intact=True,
                           covers_document=True, trust="unknown", page=1, bbox=(50.0, 544.0, 270.0, 582.0),
                           error=None, subject="Common Name: Eva Brekke", location="Lom", reason=None)
    return pdf_pages(pdf_page(1, lines, [ink(1, (320.0, 550.0, 462.0, 584.0))]), signatures=[sig])


def test_digital_signature_goes_to_the_caption_naming_its_signer() -> None:
    found = [(s.role, s.kind, s.name, s.date) for s, _e in extract_signatures(_doc())]
    assert found == [("nav_leader", "digital", "Eva Brekke", "2020-01-28"),
                     ("municipality", "handwritten", "Per Haugen", "2020-01-30")]


def test_signed_note_only_after_a_name_and_a_title() -> None:
    assert caption_with_signed_note("Eva Brekke, Nav-leiar (signert digitalt)")
    assert caption_with_signed_note("Kari Moe, rådmann (elektronisk godkjent)")
    assert not caption_with_signed_note("Søknaden er elektronisk godkjent av rådmannen")
    assert not caption_with_signed_note("Eva Brekke (signert digitalt)")            # no title
    assert not caption_with_signed_note("Nav-leiar, elektronisk godkjent (signert digitalt)")


def test_place_and_date_before_the_name_are_not_the_name() -> None:
    assert person_name("Lom, 30.01.2020 Per Haugen, kommunedirektør") == "Per Haugen"
    assert person_name("Lom, Per Haugen") is None
