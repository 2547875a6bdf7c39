"""Signature classes met in the 35th and 36th held-out corpora (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, pdf_line, pdf_page, pdf_pages


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
