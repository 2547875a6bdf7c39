"""Signature classes met in the 25th–27th held-out corpora (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.roleapproval import titled_approval
from soknad_extract.layout import DigitalSignature, Image, Line
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages, table_cell, word_pages
from tools.samplegen.signed import scribble_png

OSLO = timezone(timedelta(hours=1))


# --- a digital signature beside another party's approval line -------------------
# Class: a PAdES-signed form whose signing section prints two statements, the
# municipality's approval in its case system ("Godkjent elektronisk i … av
# kommunalsjef X") and a note that the Nav leader signed the file ("Søknaden
# er signert digitalt av Nav-leder Y"). The certificate names Y: the digital
# signature is Y's, the approval line X's own electronic approval, whatever
# line stands nearest the signature field.

def _pades(name: str) -> DigitalSignature:
    return DigitalSignature(field_name="Signatur1", signer_name=name,
                            signing_time=datetime(2020, 1, 24, 9, 30, tzinfo=OSLO), intact=True,
                            covers_document=True, page=1, bbox=(60.0, 420.0, 300.0, 470.0))


def _approval_page(*statements: str):
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Godkjenning og signatur", 1, 60, 360)]
    lines += [pdf_line(text, 1, 60, 378 + 15 * i) for i, text in enumerate(statements)]
    return pdf_page(1, lines)


def test_the_digital_signature_goes_to_the_line_naming_its_signer():
    page = _approval_page(
        "Godkjent elektronisk i kommunens saksbehandlingssystem 21.01.2020 av kommunalsjef Lene Vik.",
        "Søknaden er signert digitalt av Nav-leder Odd Rye.")
    found = as_tuples(extract_signatures(pdf_pages(page, signatures=[_pades("Odd Rye")])))
    assert sorted((f[0], f[1], f[3], f[4]) for f in found) == [
        ("municipality", "Lene Vik", "2020-01-21", "electronic_approval"),
        ("nav_leader", "Odd Rye", "2020-01-24", "digital")]


def test_a_digital_signature_never_takes_a_line_naming_another_person():
    """Only the municipality's approval line is printed: the certificate's
    person is not its approver, so the signature stands on its own."""
    page = _approval_page(
        "Godkjent elektronisk i kommunens saksbehandlingssystem 21.01.2020 av kommunalsjef Lene Vik.")
    found = as_tuples(extract_signatures(pdf_pages(page, signatures=[_pades("Odd Rye")])))
    assert ("municipality", "Lene Vik", "2020-01-21", "electronic_approval") in [
        (f[0], f[1], f[3], f[4]) for f in found]
    assert ("Odd Rye", "digital") in [(f[1], f[4]) for f in found]


# --- a block caption over a name line with its own title -----------------------
# Class: a form prints a caption under each line to sign on ("Leder
# Nav-kontoret", "Kommunens ledelse") and the signer types "name, title"
# under it. The caption is the block's heading, not a second signer's
# caption: ink, caption and name line are one signature, whether the
# caption names a title or only the party.

def test_a_titled_caption_over_a_name_with_its_own_title_is_one_signer():
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 50, 60),
        pdf_line("Underskrift", 1, 50, 300),
        pdf_line("Leder Nav-kontoret", 1, 50, 370), pdf_line("Kommunens ledelse", 1, 320, 370),
        pdf_line("Eli Hov, leder Nav Dal", 1, 52, 390), pdf_line("Geir Ås, rådmann", 1, 322, 390),
        pdf_line("Dal 20.01.2020", 1, 52, 410), pdf_line("Dal 23.01.2020", 1, 322, 410),
    ]
    images = [ink(1, (60, 322, 210, 362), seed=3), ink(1, (330, 322, 480, 362), seed=4)]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images))))
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("nav_leader", "Eli Hov", "2020-01-20", "handwritten"),
        ("municipality", "Geir Ås", "2020-01-23", "handwritten")]


@pytest.mark.parametrize("heading, caption, title", [
    ("Leder av Nav-kontoret", "konstituert Nav-leder", "Konstituert Nav-leder"),
    ("Nav-kontorets leder", "fungerende Nav-leder", "Fungerende Nav-leder"),
])
def test_the_title_written_by_the_name_is_the_signers(heading, caption, title):
    """A block heading names the post; the caption under the printed name
    says how its holder holds it, and that is the signer's title."""
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 50, 60),
        pdf_line("Underskrifter", 1, 60, 284),
        pdf_line(heading, 1, 60, 300), pdf_line("Sted og dato: Dal, 17.01.2020", 1, 60, 315),
        pdf_line("Eli Hov", 1, 60, 365), pdf_line(caption, 1, 60, 379),
    ]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, [ink(1, (70, 325, 230, 355), seed=5)]))))
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [("nav_leader", "Eli Hov", title, "handwritten")]


# --- ink in a signing table, the last caption typed under the table ------------
# Class: a Word document signing in a one-column table (rows: ink, the first
# signer's "title name", ink) whose last caption stands in the paragraph
# right after the table. The last row's ink is that caption's signer's, not
# the row above's.

def test_ink_in_the_last_row_goes_to_the_caption_under_the_table():
    lines = [
        Line(text="Søknad om tilskudd", page=1), Line(text="Dal, 22.01.2020", page=1),
        table_cell("", 0, 0, table=1), table_cell("Nav-leiar Åse Rud", 1, 0, table=1),
        table_cell("", 2, 0, table=1), Line(text="Kommunedirektør Per Lund", page=1),
    ]
    images = [Image(page=1, bbox=None, pixel_width=420, pixel_height=120, data=scribble_png(3 + r),
                    table_cell=(1, r, 0), paragraph_index=2 + r) for r in (0, 2)]
    found = as_tuples(extract_signatures(word_pages({1: lines}, images)))
    assert [(f[0], f[1], f[4]) for f in found] == [
        ("nav_leader", "Åse Rud", "handwritten"), ("municipality", "Per Lund", "handwritten")]


# --- approval lines with the title before the name ------------------------------
# Class: under "Dokumentet er elektronisk godkjent …" a case system prints one
# line per approver, the title first: "Nav-leder Kari Moe – godkjent 30.01.2020".
# Each line is that approver's electronic approval, dated by the line.

@pytest.mark.parametrize("line, read", [
    ("Nav-leder Eli Hov – godkjent 27.01.2020", "Eli Hov, Nav-leder (27.01.2020)"),
    ("Kommunedirektør Per Lund - godkjent elektronisk 28.01.2020", "Per Lund, Kommunedirektør (28.01.2020)"),
    ("Nav-leder Eli Hov – skal godkjenne 27.01.2020", None),
    ("Nav-leder og rådmann – godkjent 27.01.2020", None),
])
def test_a_title_first_approval_line(line, read):
    assert titled_approval(line) == read


def test_title_first_approval_lines_under_the_statement():
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("G. Godkjenning", 1, 60, 300),
        pdf_line("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", 1, 80, 318),
        pdf_line("Nav-leder Eli Hov – godkjent 27.01.2020", 1, 80, 334),
        pdf_line("Kommunedirektør Per Lund – godkjent 28.01.2020", 1, 80, 350),
    ])
    found = as_tuples(extract_signatures(pdf_pages(page)))
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("nav_leader", "Eli Hov", "2020-01-27", "electronic_approval"),
        ("municipality", "Per Lund", "2020-01-28", "electronic_approval")]


# --- stacked sections, each opened by its place and date line -------------------
# Class: a form stacking its signers, each section "Sted og dato" / ink / the
# line / name / title. Each signer is dated by the line heading the section,
# not by the next section's date line just under their title.

def _stacked(first: str, second: str) -> list[Line]:
    return [
        Line(text="Søknad om tilskudd", page=1), Line(text="Underskrift", page=1),
        Line(text=first, page=1), Line(text="", page=1), Line(text="_" * 30, page=1),
        Line(text="Namn: Åse Rud", page=1), Line(text="Tittel: Nav-leiar", page=1),
        Line(text=second, page=1), Line(text="", page=1), Line(text="_" * 30, page=1),
        Line(text="Namn: Per Lund", page=1), Line(text="Tittel: Rådmann", page=1),
    ]


def test_each_section_is_dated_by_the_line_heading_it():
    lines = _stacked("Stad og dato: Dal, 21.01.2020", "Stad og dato: Dal, 24.01.2020")
    images = [Image(page=1, bbox=None, pixel_width=420, pixel_height=120, data=scribble_png(3 + i),
                    paragraph_index=i) for i in (3, 8)]
    found = as_tuples(extract_signatures(word_pages({1: lines}, images)))
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("nav_leader", "Åse Rud", "2020-01-21", "handwritten"),
        ("municipality", "Per Lund", "2020-01-24", "handwritten")]


def test_date_lines_under_the_names_stay_with_nearness():
    """The dates under each section (another layout) are not moved."""
    lines = [
        Line(text="Søknad om tilskudd", page=1), Line(text="Underskrift", page=1),
        Line(text="Nav-leiar Åse Rud", page=1), Line(text="Stad og dato: Dal, 21.01.2020", page=1),
        Line(text="", page=1),
        Line(text="Rådmann Per Lund", page=1), Line(text="Stad og dato: Dal, 24.01.2020", page=1),
    ]
    found = as_tuples(extract_signatures(word_pages({1: lines})))
    assert [(f[1], f[3]) for f in found] == [("Åse Rud", "2020-01-21"), ("Per Lund", "2020-01-24")]


# --- an approval letter behind the application, dated in its own head -----------
# Class: the application is signed and dated on its own page; the municipal
# leader's approval letter follows, its date in the letter's head
# ("Dal, 24.01.2020") and none by the signature. The letter's signer is dated
# by the letter, never by the application's date on another page.

def test_a_letter_behind_is_dated_by_its_own_head():
    first = pdf_page(1, [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 90, 60),
        pdf_line("Underskrift", 1, 90, 580), pdf_line("Dal, 20.01.2020", 1, 90, 605),
        pdf_line("Eli Hov", 1, 90, 675), pdf_line("Nav-leder, Nav Dal", 1, 90, 700),
    ], [ink(1, (95, 625, 230, 665), seed=3)])
    letter = pdf_page(2, [
        pdf_line("Dal kommune", 2, 90, 73), pdf_line("Dal, 24.01.2020", 2, 90, 197),
        pdf_line("Kommunens godkjenning av søknaden", 2, 90, 246),
        pdf_line("Med vennlig hilsen", 2, 90, 350),
        pdf_line("Per Lund", 2, 90, 420), pdf_line("kommunedirektør", 2, 90, 444),
    ], [ink(2, (95, 370, 230, 410), seed=4)])
    found = as_tuples(extract_signatures(pdf_pages(first, letter)))
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("nav_leader", "Eli Hov", "2020-01-20"), ("municipality", "Per Lund", "2020-01-24")]


def test_the_title_after_the_name_on_the_caption_line_is_the_signers():
    """"Leder Nav-kontor" heads the block, "Eli Hov, Nav-leder" is the caption."""
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 90, 60),
        pdf_line("6. Underskrifter", 1, 90, 588), pdf_line("Leder Nav-kontor", 1, 90, 605),
        pdf_line("Eli Hov, Nav-leder", 1, 90, 649), pdf_line("Sted/dato: Dal, 27.01.2020", 1, 90, 662),
    ]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, [ink(1, (95, 618, 230, 646), seed=5)]))))
    assert [(f[0], f[1], f[2]) for f in found] == [("nav_leader", "Eli Hov", "Nav-leder")]
