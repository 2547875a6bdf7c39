"""Signatures in every wording (issue 12, class 5): approval lists in both
languages, several signers on one line, signature tables whose cells hold
the title and the name on separate lines, more than one municipal signer.

The documents are built here in the layout model, as the readers would build
them; none is a copy of a development-set file."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.lists import listed_signers
from soknad_extract.extract.signatures.wording import full_dates
from soknad_extract.layout import Line
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, word_pages


def as_tuples(found):
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in found]


def form_page(lines):
    head = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", 1, 60, 60),
            pdf_line("Nav-kontor: Nav Sunnfjord", 1, 60, 80)]
    return pdf_pages(pdf_page(1, head + [pdf_line(t, 1, 60, 600 + 14 * i) for i, t in enumerate(lines)]))


# --- approval lists ----------------------------------------------------------------------

@pytest.mark.parametrize("statement,label", [
    ("Dokumentet er elektronisk godkjend og har difor ingen handskrivne signaturar.", "Godkjend av"),
    ("Dette dokumentet er godkjent elektronisk og har difor inga underskrift.", "Godkjend av"),
    ("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", "Godkjent av"),
])
def test_approval_list_one_signer_a_line(statement, label):
    doc = form_page(["Underskrifter", statement,
                     f"{label}: Brit Eide, leiar Nav Sunnfjord, 3/2-2021",
                     f"{label}: Tore Vik, kommunalsjef for helse og omsorg (2021-02-04)"])
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Brit Eide", "Leiar", "2021-02-03", "electronic_approval"),
        ("municipality", "Tore Vik", "Kommunalsjef for helse og omsorg", "2021-02-04", "electronic_approval"),
    ]


def test_approval_list_two_signers_on_one_line_share_the_date():
    lines = [Line(text="Søknaden er elektronisk godkjent.", page=1),
             Line(text="Godkjent av: Jon Berg (Nav-leder) og Siv Lund (kommunedirektør), 28.01.2021", page=1)]
    assert as_tuples(extract_signatures(word_pages({1: lines}))) == [
        ("nav_leader", "Jon Berg", "Nav-leder", "2021-01-28", "electronic_approval"),
        ("municipality", "Siv Lund", "Kommunedirektør", "2021-01-28", "electronic_approval"),
    ]


def test_two_signers_written_one_after_the_other_in_a_closing():
    lines = [Line(text="Florø, 2. februar 2021", page=1), Line(text="Med helsing", page=1),
             Line(text="Brit Eide, Nav-leiar, og Tore Vik, rådmann", page=1)]
    assert as_tuples(extract_signatures(word_pages({1: lines}))) == [
        ("nav_leader", "Brit Eide", "Nav-leiar", "2021-02-02", "typed"),
        ("municipality", "Tore Vik", "Rådmann", "2021-02-02", "typed"),
    ]


@pytest.mark.parametrize("text,expected", [
    ("Godkjend av: Brit Eide, leiar Nav Lom og Skjåk, 14. januar 2021",
     [("Brit Eide", "nav_leader", "Leiar")]),
    ("Godkjent av Jon Berg og Siv Lund", [("Jon Berg", None, None), ("Siv Lund", None, None)]),
    ("Godkjent av: Nav-leder Jon Berg, rådmann Siv Lund",
     [("Jon Berg", "nav_leader", "Nav-leder"), ("Siv Lund", "municipality", "Rådmann")]),
    ("Signert av: Siv Lund, kommunalsjef helse og omsorg – 12.01.2021",
     [("Siv Lund", "municipality", "Kommunalsjef helse og omsorg")]),
])
def test_listed_signers(text, expected):
    assert [(s.name, s.role, s.title) for s in listed_signers(text)] == expected


@pytest.mark.parametrize("text", [
    "Godkjent av kommunestyret i møte 12.12.2020",
    "Kari Nordmann, Nav-leder",
    "Kontaktperson er Jon Berg og Siv Lund",
    "Tiltaket er forankret hos Nav-leder og rådmann",
])
def test_lines_that_list_no_signers(text):
    assert listed_signers(text) is None


def test_short_day_slash_month_dates():
    assert [d.isoformat() for d in full_dates("Vefsn, 12/2-2021 og 3/1-21")] == ["2021-02-12", "2021-01-03"]
    assert full_dates("31/2-2021") == []
