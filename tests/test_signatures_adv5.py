"""Signature classes met in the fifth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings are this
file's own, never a corpus file's."""

from __future__ import annotations

from datetime import date

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.lists import listed_signers
from soknad_extract.extract.signatures.wording import person_name
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


def as_tuples(found):
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in found]


# --- approvers listed in one sentence, each with a date after the name ------
# Class: an electronic approval written as one sentence, each approver's
# title, name and short date one after the other, separated only by commas
# ("Godkjent av: Nav-leder Kari Lie 3.2.21, rådmann Per Dahl 4.2.21").

def test_a_date_closing_each_listed_signer_is_the_signers_date():
    signers = listed_signers("Godkjent av: Nav-leder Kari Lie 3.2.21, rådmann Per Dahl 4.2.21")
    assert [(s.name, s.role, s.title, s.date) for s in signers] == [
        ("Kari Lie", "nav_leader", "Nav-leder", date(2021, 2, 3)),
        ("Per Dahl", "municipality", "Rådmann", date(2021, 2, 4)),
    ]


def test_a_name_then_a_long_date_without_comma():
    signers = listed_signers("Godkjend av: Kari Lie 03.02.2021, Per Dahl 04.02.2021")
    assert [(s.name, s.date) for s in signers] == [
        ("Kari Lie", date(2021, 2, 3)), ("Per Dahl", date(2021, 2, 4))]


def test_a_date_alone_names_no_one():
    assert listed_signers("Godkjent av: 3.2.21") is None


def test_the_one_sentence_approval_gives_two_electronic_approvals():
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Nav-kontor: Nav Vestby", 1, 60, 80),
        pdf_line("G. Godkjenning", 1, 60, 600),
        pdf_line("Søknaden er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", 1, 60, 620),
        pdf_line("Godkjent av: Nav-leder Kari Lie 3.2.21, rådmann Per Dahl 4.2.21", 1, 60, 640),
    ])
    assert as_tuples(extract_signatures(pdf_pages(page))) == [
        ("nav_leader", "Kari Lie", "Nav-leder", "2021-02-03", "electronic_approval"),
        ("municipality", "Per Dahl", "Rådmann", "2021-02-04", "electronic_approval"),
    ]


# --- signed on another's behalf ------------------------------------------------
# Class: the municipal leadership's block signed by someone else on its
# behalf, the name written with the mark of it: "e.f. Kari Moe" (etter
# fullmakt) over the title signed for, or "For rådmannen: Per Dahl" over the
# signer's own title. The person who signs is the signer.

@pytest.mark.parametrize("text, name", [
    ("e.f. Kari Moe", "Kari Moe"),
    ("E.f. Kari Moe", "Kari Moe"),
    ("p.p. Kari Moe", "Kari Moe"),
    ("Etter fullmakt Kari Moe", "Kari Moe"),
    ("For rådmannen: Per Dahl", "Per Dahl"),
    ("For kommunedirektøren: Per Dahl", "Per Dahl"),
    ("e.f.", None),
    ("Kontaktperson: Per Dahl", None),
])
def test_a_name_signed_on_anothers_behalf(text, name):
    assert person_name(text) == name


def _two_signers(left: list[str], right: list[str]):
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Vestby", 1, 60, 80),
             pdf_line("Underskrifter", 1, 60, 500)]
    for column, x in ((left, 60), (right, 320)):
        lines += [pdf_line(text, 1, x, 600 + 12 * i) for i, text in enumerate(column)]
    images = [ink(1, (70, 560, 190, 590), seed=3), ink(1, (330, 560, 450, 590), seed=4)]
    return as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images))))


def test_ink_over_a_name_signed_etter_fullmakt():
    assert _two_signers(["Geir Lund", "Nav-leder", "Dato: 3/2-21"],
                        ["e.f. Tone Aas", "Rådmann, Vestby kommune", "Dato: 4/2-21"]) == [
        ("nav_leader", "Geir Lund", "Nav-leder", "2021-02-03", "handwritten"),
        ("municipality", "Tone Aas", "Rådmann", "2021-02-04", "handwritten"),
    ]


def test_ink_over_for_the_radmann_and_the_signers_own_title():
    assert _two_signers(["Geir Lund", "Nav-leder", "Dato: 3. feb. 2021"],
                        ["For rådmannen: Tone Aas", "kommunalsjef oppvekst", "Dato: 4. feb. 2021"]) == [
        ("nav_leader", "Geir Lund", "Nav-leder", "2021-02-03", "handwritten"),
        ("municipality", "Tone Aas", "Kommunalsjef oppvekst", "2021-02-04", "handwritten"),
    ]
