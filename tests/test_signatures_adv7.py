"""Signature classes met in the seventh held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages

OSLO = timezone(timedelta(hours=1))


# --- a digital signature beside another signer's ink ---------------------------
# Class: one page signed two ways, the Nav leader with a visible PAdES
# signature in the left column ("Nav-leder: se digital signatur"), the
# municipal leader with ink in the right column over "Sted, dato". The PAdES
# signature's date is its signing time: the right column's date is the ink
# signer's, not the digital signer's.

def _pades_beside_ink(own_date: str | None = None):
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Signatur", 1, 60, 520),
        pdf_line("Nav-leder: se digital signatur", 1, 60, 590),
        pdf_line("Randi Voll, rådmann", 1, 320, 590),
        pdf_line("Lier, 21.01.2020", 1, 320, 604),
    ]
    if own_date:
        lines.append(pdf_line(own_date, 1, 60, 604))
    signature = DigitalSignature(field_name="NavLeder", signer_name="Per Haugen",
                                 signing_time=datetime(2020, 1, 29, 8, 5, tzinfo=OSLO), intact=True,
                                 covers_document=True, page=1, bbox=(60, 535, 260, 585))
    page = pdf_page(1, lines, [ink(1, (320, 540, 470, 585), seed=11)])
    return pdf_pages(page, signatures=[signature])


def test_a_digital_signature_keeps_its_signing_time_beside_another_signers_date():
    assert as_tuples(extract_signatures(_pades_beside_ink())) == [
        ("nav_leader", "Per Haugen", "Nav-leder", "2020-01-29", "digital"),
        ("municipality", "Randi Voll", "Rådmann", "2020-01-21", "handwritten"),
    ]


def test_a_date_printed_in_the_digital_signers_own_column_still_wins():
    found = as_tuples(extract_signatures(_pades_beside_ink(own_date="Dato: 28.01.2020")))
    assert found[0] == ("nav_leader", "Per Haugen", "Nav-leder", "2020-01-28", "digital")
    assert found[1][3] == "2020-01-21"


# --- the date, then the name, on one line under the ink -------------------------
# Class: the signer writes (or the form prints) "dd.mm.yyyy  Name Surname" on
# the line under the signature, with the title on the line below; no comma
# and no title on the name's line.

def test_a_date_then_name_line_under_the_ink_gives_the_signers_name():
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Underskrifter", 1, 60, 480),
        pdf_line("22.01.2020  Siri Myhre", 1, 60, 560),
        pdf_line("23.01.2020  Jon Kvam", 1, 320, 560),
        pdf_line("Nav-leder", 1, 60, 574),
        pdf_line("Kommunalsjef", 1, 320, 574),
    ]
    images = [ink(1, (60, 505, 200, 555), seed=4), ink(1, (320, 505, 460, 555), seed=6)]
    assert as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images)))) == [
        ("nav_leader", "Siri Myhre", "Nav-leder", "2020-01-22", "handwritten"),
        ("municipality", "Jon Kvam", "Kommunalsjef", "2020-01-23", "handwritten"),
    ]


def test_a_date_then_name_is_a_name_but_a_date_then_other_words_is_not():
    from soknad_extract.extract.signatures.wording import person_name
    assert person_name("24.01.2020  Siri Myhre") == "Siri Myhre"
    assert person_name("24. januar 2020 Siri Myhre") == "Siri Myhre"
    assert person_name("24.01.2020 Nav Hamar") is None
    assert person_name("24.01.2020") is None
    assert person_name("Oppstart 24.01.2020 Siri Myhre") is None


# --- an electronic approval written as one sentence -----------------------------
# Class: no signature label, no names table: the application ends with one
# sentence that names both approvers with their titles and dates ("Søknaden
# er elektronisk godkjent av Nav-leder A 27.01.2020 og rådmann B
# 29.01.2020."), wrapped where the page's width ends it, even inside a name.

def _approval_sentence(*lines: str):
    page = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Søker: Nav Eidsberg", 1, 60, 90),
        pdf_line("Totalt omsøkt: 620 000 kroner", 1, 60, 104),
    ]
    page += [pdf_line(text, 1, 60, 300 + 14 * i) for i, text in enumerate(lines)]
    return pdf_pages(pdf_page(1, page))


def test_an_approval_sentence_wrapped_inside_a_name_names_both_approvers():
    doc = _approval_sentence("Søknaden er elektronisk godkjent av Nav-leder Liv Aune 28.01.2020 og rådmann Geir",
                             "Strand 30.01.2020.")
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Liv Aune", "Nav-leder", "2020-01-28", "electronic_approval"),
        ("municipality", "Geir Strand", "Rådmann", "2020-01-30", "electronic_approval"),
    ]


def test_an_approval_sentence_on_one_line_in_nynorsk():
    doc = _approval_sentence("Dokumentet er godkjend elektronisk av Nav-leiar Liv Aune 28.01.2020 og "
                             "kommunalsjef Geir Strand 30.01.2020.")
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Liv Aune", "Nav-leiar", "2020-01-28", "electronic_approval"),
        ("municipality", "Geir Strand", "Kommunalsjef", "2020-01-30", "electronic_approval"),
    ]


def test_an_approval_sentence_without_names_gives_no_signer():
    doc = _approval_sentence("Søknaden er elektronisk godkjent av Nav-leder og rådmann, og har derfor ingen "
                             "signatur.")
    assert extract_signatures(doc) == []


def test_approved_by_in_another_sentence_is_no_list():
    from soknad_extract.extract.signatures.approval_words import list_label
    assert list_label("Søknaden er elektronisk godkjent av Nav-leder Liv Aune") is not None
    assert list_label("Planen er godkjent av Geir Strand") is None  # no electronic approval
    assert list_label("Søknaden er godkjent elektronisk. Planen er godkjent av Geir Strand") is None
    assert list_label("Godkjent av: Liv Aune") is not None


def test_a_list_line_ending_with_a_whole_name_does_not_join_the_next_signer():
    doc = _approval_sentence("Signaturer", "Godkjent av: Nav-leder Liv Aune", "Geir Strand (rådmann) 30.01.2020")
    assert [s.name for s, _e in extract_signatures(doc)] == ["Liv Aune", "Geir Strand"]


APPROVERS = [
    ("nav_leader", "Liv Aune", "Nav-leder", "2020-01-28", "electronic_approval"),
    ("municipality", "Geir Strand", "Rådmann", "2020-01-30", "electronic_approval"),
]


def test_the_line_break_may_cut_the_sentences_label_or_stand_after_a_title():
    for lines in (("Søknaden er elektronisk godkjent",
                   "av Nav-leder Liv Aune 28.01.2020 og rådmann Geir Strand 30.01.2020."),
                  ("Søknaden er elektronisk godkjent av Nav-leder Liv Aune 28.01.2020 og rådmann",
                   "Geir Strand 30.01.2020.")):
        assert as_tuples(extract_signatures(_approval_sentence(*lines))) == APPROVERS, lines


def test_the_sentence_may_say_den_before_a_date_and_go_on_after_the_last():
    doc = _approval_sentence("Søknaden er elektronisk godkjent av Nav-leder Liv Aune den 28.01.2020 og rådmann",
                             "Geir Strand den 30.01.2020, og har derfor ingen håndskrevne signaturer.")
    assert as_tuples(extract_signatures(doc)) == APPROVERS


def test_an_approval_heading_over_one_approver_a_line_is_still_a_list():
    doc = _approval_sentence("Dokumentet er elektronisk godkjent av:", "Nav-leder Liv Aune 28.01.2020",
                             "Rådmann Geir Strand 30.01.2020")
    assert as_tuples(extract_signatures(doc)) == APPROVERS
