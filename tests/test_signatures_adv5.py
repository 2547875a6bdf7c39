"""Signature classes met in the fifth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings are this
file's own, never a corpus file's."""

from __future__ import annotations

from datetime import date

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.columns import split_titles
from soknad_extract.extract.signatures.lists import listed_signers
from soknad_extract.extract.signatures.wording import person_name
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages


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


# --- titles run together across columns ----------------------------------------
# Class: three signers side by side in a borderless table exported to PDF;
# one title fills its column and the next column's title follows it at a
# word space, so the row reads as one line. Names, dates and the lines to
# sign on above and below still start at the columns.

def _three_columns(titles: list[tuple[str, float]], names=("Geir Lund", "Tone Aas", "Per Dahl")):
    xs = (90.0, 234.0, 378.0)
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Vestby", 1, 60, 80)]
    lines += [pdf_line("______________________", 1, x, 540) for x in xs]
    lines += [pdf_line(name, 1, x, 574) for name, x in zip(names, xs)]
    lines += [pdf_line(text, 1, x, 598) for text, x in titles]
    lines += [pdf_line("3. feb. 2021", 1, x, 622) for x in xs]
    images = [ink(1, (x + 5, 500, x + 120, 535), seed=3 + i) for i, x in enumerate(xs)]
    return as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images))))


def test_a_title_row_run_together_is_split_at_the_column():
    titles = [("Nav-leder", 90.0), ("konstituert kommunedirektør ordfører", 234.0)]
    assert _three_columns(titles) == [
        ("nav_leader", "Geir Lund", "Nav-leder", "2021-02-03", "handwritten"),
        ("municipality", "Tone Aas", "Konstituert kommunedirektør", "2021-02-03", "handwritten"),
        ("municipality", "Per Dahl", "Ordfører", "2021-02-03", "handwritten"),
    ]


def test_titles_joined_by_words_are_one_caption():
    found = split_titles(fragments(pdf_pages(pdf_page(1, [
        pdf_line("Geir Lund", 1, 90, 574), pdf_line("Per Dahl", 1, 234, 574),
        pdf_line("Nav-leder og rådmann", 1, 90, 598),
        pdf_line("3. feb. 2021", 1, 90, 622), pdf_line("3. feb. 2021", 1, 234, 622)]))))
    assert "Nav-leder og rådmann" in [f.text for f in found]


def test_two_titles_with_no_column_beside_them_stay_one_fragment():
    found = split_titles(fragments(pdf_pages(pdf_page(1, [
        pdf_line("Geir Lund", 1, 90, 574),
        pdf_line("Kommunalsjef rådmann", 1, 90, 598),
        pdf_line("3. feb. 2021", 1, 90, 622)]))))
    assert [f.text for f in found] == ["Geir Lund", "Kommunalsjef rådmann", "3. feb. 2021"]
