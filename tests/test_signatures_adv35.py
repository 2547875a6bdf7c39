"""Signature classes met in the 35th and 36th held-out corpora (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures, read_signatures
from soknad_extract.layout import Image
from tests.builders.layouts import as_tuples, ocr_page, pdf_line, pdf_page, pdf_pages


# --- "Name, title" pairs side by side over the approval statement --------------
# Class: a case system's approval ends with the place and date, the approvers
# side by side on one line ("Name, title" each, a wide gap between them) and
# then the statement that the document was approved electronically. Each pair
# is that approver's electronic approval, dated by the line over them.

def _over_statement(names: list[str], statement: list[str], above: str = "Sandvik, 21.01.2019"):
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Beskrivelse: Tidlig hjelp til unge med gjeld, digitalt og ved oppmøte.", 1, 60, 400),
             pdf_line(above, 1, 60, 440)]
    lines += [pdf_line(name, 1, 60 + 190 * i, 465) for i, name in enumerate(names)]
    lines += [pdf_line(text, 1, 60, 490 + 14 * i) for i, text in enumerate(statement)]
    return pdf_pages(pdf_page(1, lines))


_STATEMENT = [["Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."],
              ["Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne", "signaturer."]]


@pytest.mark.parametrize("statement", _STATEMENT)
def test_name_title_pairs_side_by_side_over_the_statement(statement):
    found = as_tuples(extract_signatures(_over_statement(
        ["Sissel Moe Aas, Nav-leder", "Lars Bu, rådmann"], statement)))
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("nav_leader", "Sissel Moe Aas", "2019-01-21", "electronic_approval"),
        ("municipality", "Lars Bu", "2019-01-21", "electronic_approval")]


def test_prose_over_the_statement_names_no_signer():
    found = as_tuples(extract_signatures(_over_statement(
        ["Prosjektet ledes av Nav-leder i samarbeid med rådmannen."], _STATEMENT[0], above="Beskrivelse")))
    assert found == []


def test_a_contact_answer_over_the_statement_names_no_signer():
    found = as_tuples(extract_signatures(_over_statement(
        ["Kontaktperson: Sissel Moe Aas, Nav-leder"], _STATEMENT[0])))
    assert "nav_leader" not in [f[0] for f in found]


# --- one signature the ink finder split in two ---------------------------------
# Class: on a scan, a signer who lifted the pen leaves two ink regions side by
# side over the line to sign on. The second continues the first signer's
# ink; it is not a second, unnamed signature that would hide the other
# party's empty block (caption only, no ink).

def _scanned_signing_page(*inks: Image):
    lines = [pdf_line("Underskrifter", 2, 60, 55),
             pdf_line("Sted og dato: Moss, 14.01.2020", 2, 60, 94),
             pdf_line("Sted og dato:", 2, 305, 94),
             pdf_line("Underskrift", 2, 60, 161), pdf_line("Underskrift", 2, 306, 162),
             pdf_line("Tone Haugland", 2, 60, 177), pdf_line("Nav-leder", 2, 61, 190),
             pdf_line("Kommunedirektør/rådmann", 2, 306, 190)]
    return pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskudd", 1, 60, 60)]),
                     ocr_page(2, lines, images=inks))


_FIRST_PART = Image(page=2, bbox=(80, 128, 164, 169), name="ink", ink_ratio=0.06)


def test_the_second_part_of_a_split_signature_is_the_same_signers():
    doc = _scanned_signing_page(_FIRST_PART, Image(page=2, bbox=(179, 133, 231, 157), name="ink", ink_ratio=0.08))
    reading = read_signatures(doc)
    assert [(s.role, s.name, s.kind) for s, _ in reading.signatures] == [("nav_leader", "Tone Haugland", "handwritten")]
    assert reading.unclaimed_ink == []
    assert reading.unread_signer_pages(doc) == ()


def test_ink_in_the_other_column_is_the_other_signers():
    doc = _scanned_signing_page(_FIRST_PART, Image(page=2, bbox=(312, 130, 400, 165), name="ink", ink_ratio=0.08))
    assert [(s.role, s.kind) for s, _ in read_signatures(doc).signatures] == [
        ("nav_leader", "handwritten"), ("municipality", "handwritten")]


def test_ink_further_off_than_a_pen_lift_stays_unclaimed():
    # The gap is wider than the ink is tall: the toolkit cannot tell whose it is.
    doc = _scanned_signing_page(_FIRST_PART, Image(page=2, bbox=(240, 130, 290, 165), name="ink", ink_ratio=0.08))
    assert read_signatures(doc).unread_signer_pages(doc) == (2,)
