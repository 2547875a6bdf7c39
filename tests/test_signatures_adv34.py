"""Signature classes met in the 34th–36th held-out corpora (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.roleapproval import labelled_approval
from tests.builders.layouts import as_tuples, pdf_line, pdf_page, pdf_pages, word_doc


# --- a department head's title with the Nav office after it ---------------------
# Class: where the Nav office is run as a department of the municipality, its
# leader signs as "Avdelingsleder Nav <office>" (Nynorsk "Avdelingsleiar Nav
# <office>"). With the office after it the title is the Nav leader's; alone,
# "Avdelingsleder" is the head of any municipal department (domain.md names
# only rådmann / kommunedirektør / kommunalsjef as the municipal leadership,
# and a department head is neither party's leader), so it stays unread.

def _approval_table(title: str):
    return word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav",
        "Søknaden er godkjent elektronisk.",
        tables=[[["Rolle", "Navn", "Dato"],
                 [title, "Siri Lunde", "20.01.2020"],
                 ["Kommunedirektør", "Per Lund", "23.01.2020"]]])


@pytest.mark.parametrize("title", ["Avdelingsleder Nav Åsgard", "Avdelingsleiar Nav Åsgard",
                                   "Avdelingsleder ved Nav Åsgard"])
def test_a_department_head_of_the_nav_office_is_the_nav_leader(title):
    found = as_tuples(extract_signatures(_approval_table(title)))
    assert ("nav_leader", "Siri Lunde", "2020-01-20", "electronic_approval") in [
        (f[0], f[1], f[3], f[4]) for f in found]


def test_a_department_head_alone_is_not_the_nav_leader():
    found = as_tuples(extract_signatures(_approval_table("Avdelingsleder")))
    assert "nav_leader" not in [f[0] for f in found]


# --- approval rows, the role label and the approval in two columns -------------
# Class: under "Dokumentet er elektronisk godkjent …" a case system prints one
# row per approver, "Role [i place]:" in the left column and "Name – godkjent
# date" in the right. Each row is that approver's electronic approval.

@pytest.mark.parametrize("line, read", [
    ("Rådmann i Dalby: Eli Hov – godkjent 27.01.2020", "Eli Hov, Rådmann i Dalby (27.01.2020)"),
    ("Nav-leiar: Åse Rud – godkjend 22.01.2020", "Åse Rud, Nav-leiar (22.01.2020)"),
    ("Rådmann i Dalby: Eli Hov – skal godkjenne 27.01.2020", None),
    ("Rådmann i Dalby: Eli Hov – Per Lund – godkjent 27.01.2020", None),
])
def test_a_labelled_approval_with_a_dash(line, read):
    assert labelled_approval(line) == read


def _row(label: str, value: str, top: float):
    return [pdf_line(label, 1, 60, top), pdf_line(value, 1, 210, top)]


def test_approval_rows_in_two_columns_under_the_statement():
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Godkjenning", 1, 60, 300),
        pdf_line("Dokumentet er elektronisk godkjent i kommunens saksbehandlingssystem.", 1, 60, 318),
        *_row("Nav-leder:", "Eli Hov – godkjent 22.01.2020", 336),
        *_row("Rådmann i Dalby:", "Per Lund – godkjent 24.01.2020", 354),
        *_row("Rådmann i Haug:", "Kari Moe Berg – godkjent 27.01.2020", 372),
    ])
    found = as_tuples(extract_signatures(pdf_pages(page)))
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("nav_leader", "Eli Hov", "2020-01-22", "electronic_approval"),
        ("municipality", "Per Lund", "2020-01-24", "electronic_approval"),
        ("municipality", "Kari Moe Berg", "2020-01-27", "electronic_approval")]


def test_a_form_answer_beside_a_role_label_is_no_approval():
    """A form's "Nav-leder:" question with the leader's name as its answer
    says nothing about approval: the two columns stay apart."""
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        *_row("Nav-leder:", "Eli Hov", 120),
    ])
    found = as_tuples(extract_signatures(pdf_pages(page)))
    assert ("electronic_approval" not in [f[4] for f in found])
