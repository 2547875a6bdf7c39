"""Cases a reviewer found after the ninth session's signature and contact
rules: certificate names written "Surname, Given name", contact labels that
also name the case officer, and a signing section split by a page break."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from reportlab.platypus import Spacer

from soknad_extract import read_application
from soknad_extract.extract.signatures.certs import same_person
from soknad_extract.readers import read_document
from tests.builders.pdf_letter import Letter


@pytest.mark.parametrize("certificate, printed", [
    ("Lindset, Berit", "Berit Lindset"),
    ("Reiten, Geir Ove", "Geir Ove Reiten"),
    ("Anne-Lise Moe", "Anne Lise Moe"),
    ("Per Arne Kjær", "Per Kjær"),
    ("Berit Lindset", "B. Lindset"),
    ("Kjær", "Per Kjær"),
])
def test_one_person_written_two_ways(certificate: str, printed: str) -> None:
    assert same_person(certificate, printed)


@pytest.mark.parametrize("certificate, printed", [
    ("Per Arne Kjær", "Hanne Wold"),
    ("Per Kjær", "Ola Kjær"),
    ("Berit Lindset", "A. Lindset"),
    ("Lindset, Berit", "Berit Moe"),
])
def test_two_people(certificate: str, printed: str) -> None:
    assert not same_person(certificate, printed)


def _form_with_contact_label(path: Path, label: str) -> Path:
    d = docx.Document()
    d.add_heading("Søknad om tilskudd til sosiale tjenester i Nav 2020", 1)
    table = d.add_table(rows=0, cols=2)
    for left, right in (("Nav-kontor", "Nav Dal"), ("Prosjektets navn", "Veiviser for unge voksne"),
                        (label, "Kari Moe"), ("E-post", "kari.moe@nav.no"), ("Telefon", "412 34 567"),
                        ("Prosjektleder", "Ola Lie"), ("Omsøkt beløp", "kr 610 000")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    d.save(str(path))
    return path


@pytest.mark.parametrize("label", ["Kontaktperson/saksbehandler", "Saksbehandler/kontaktperson",
                                   "Saksbehandler i Nav", "Kontaktperson"])
def test_a_contact_label_naming_the_case_officer_names_the_contact(tmp_path: Path, label: str) -> None:
    record = read_application(_form_with_contact_label(tmp_path / "form.docx", label))
    assert (record.contact.name, record.contact.email) == ("Kari Moe", "kari.moe@nav.no")


def test_a_signing_section_split_by_a_page_break_keeps_its_date(tmp_path: Path) -> None:
    letter = Letter()
    letter.p("Nav Dal<br/>Org.nr. 974 760 673")
    letter.h1_("Søknad om tilskudd til sosiale tjenester i Nav 2020")
    letter.p("Prosjektets navn: Veiviser for unge voksne")
    letter.p("Vi søker om 610 000 kroner til én 100 % stilling som veileder.")
    for _ in range(8):
        letter.p("Prosjektet skal gi unge voksne en fast veileder som følger dem tett over tid, og som "
                 "samarbeider med skole, helse og arbeidsgivere i kommunen. " * 2)
    letter.gap(10)
    letter.p("Sted og dato: Dal, 27.01.2020")
    letter.story.append(Spacer(1, 80))
    letter.signatures(["Kari Moe", "Nav-leder"], ["Ola Lie", "Rådmann"])
    path = letter.save(tmp_path / "split.pdf")
    pages = {line.text: line.page for line in read_document(path).lines()}
    assert pages["Sted og dato: Dal, 27.01.2020"] == 1 and pages["Kari Moe"] == 2  # the break falls in between
    signatures = read_application(path).signatures
    assert [(s.name, s.date) for s in signatures] == [
        ("Kari Moe", "2020-01-27"), ("Ola Lie", "2020-01-27")]
