"""Signature classes met in the twelfth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.approver import approver_first
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages

OSLO = timezone(timedelta(hours=1))


# --- the approver as the subject of the approval sentence --------------------
# Class: the Nav leader signs the PDF (PAdES), and the municipality's approval
# in its case system is told in one sentence whose subject is the approver:
# "<title> <name> har godkjent søknaden elektronisk <date>", "<name>, <title>,
# godkjente søknaden digitalt <date>", often in the footer beside the page
# number. Only a past approval counts; a plan, a wish or a missing approval
# names no approver.

def _pades(name: str) -> DigitalSignature:
    return DigitalSignature(field_name="SignaturLeder", signer_name=name,
                            signing_time=datetime(2020, 1, 22, 11, 0, tzinfo=OSLO), intact=True,
                            covers_document=True, page=1, bbox=(320.0, 380.0, 540.0, 430.0))


def _signed_form(sentence: str, in_footer: bool = True):
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Nav-kontor: Nav Solbakken", 1, 60, 90),
        pdf_line("Stillingsprosent: 100", 1, 60, 120),
        pdf_line("Underskrift", 1, 60, 360),
        pdf_line("Signert digitalt av Nav-leder:", 1, 60, 380),
        pdf_line("Tove Brekke", 1, 60, 394),
    ]
    lines.append(pdf_line(f"Side 1 av 1 · {sentence}", 1, 60, 800, size=7.0) if in_footer
                 else pdf_line(sentence, 1, 60, 450))
    return pdf_pages(pdf_page(1, lines, []), signatures=[_pades("Tove Brekke")])


@pytest.mark.parametrize("sentence, name, title, when", [
    ("Rådmann Jon Lia har godkjent søknaden elektronisk 21.01.2020.", "Jon Lia", "Rådmann", "2020-01-21"),
    ("Jon Lia, kommunalsjef, godkjente søknaden digitalt 21.01.2020.", "Jon Lia", "Kommunalsjef", "2020-01-21"),
    ("Kommunedirektør Jon Lia har godkjent dokumentet elektronisk den 21. januar 2020.", "Jon Lia",
     "Kommunedirektør", "2020-01-21"),
    ("Kommunedirektør Jon Lia har godkjent søknaden elektronisk.", "Jon Lia", "Kommunedirektør", None),
])
def test_an_approver_named_as_the_subject_is_an_electronic_approval(sentence, name, title, when):
    for in_footer in (True, False):
        found = as_tuples(extract_signatures(_signed_form(sentence, in_footer)))
        assert ("municipality", name, title, when, "electronic_approval") in found
        assert [f[4] for f in found if f[0] == "nav_leader"] == ["digital"]


@pytest.mark.parametrize("sentence", [
    "Kommunedirektør Siri Haug har godkjent søknaden elektronisk 20.01.2020.",
    "Siri Haug, rådmann, godkjende søknaden elektronisk 20.01.2020.",
    "Kommunedirektør Siri Haug har underteikna dokumentet digitalt 20.01.2020.",
])
def test_nynorsk_approver_first_sentences(sentence):
    found = as_tuples(extract_signatures(_signed_form(sentence)))
    assert [(f[0], f[1], f[3], f[4]) for f in found if f[0] == "municipality"] == [
        ("municipality", "Siri Haug", "2020-01-20", "electronic_approval")]


@pytest.mark.parametrize("sentence", [
    "Kommunedirektør Jon Lia skal godkjenne søknaden elektronisk 21.01.2020.",
    "Søknaden må godkjennes av kommunedirektør Jon Lia.",
    "Søknaden vil bli godkjent elektronisk av kommunedirektør Jon Lia.",
    "Søknaden skal være elektronisk godkjent av kommunedirektør Jon Lia 21.01.2020.",
    "Søknaden er ikke elektronisk godkjent av kommunedirektør Jon Lia.",
    "Kommunedirektør Jon Lia har ikke godkjent søknaden elektronisk.",
    "Når kommunedirektør Jon Lia har godkjent søknaden elektronisk, sendes den.",
    "Kommunen har godkjent søknaden elektronisk 21.01.2020.",
])
def test_a_plan_a_wish_or_a_missing_approval_names_no_approver(sentence):
    found = as_tuples(extract_signatures(_signed_form(sentence)))
    # "Signert digitalt av Nav-leder:" over "Tove Brekke": the label's title is hers.
    assert found == [("nav_leader", "Tove Brekke", "Nav-leder", "2020-01-22", "digital")]


@pytest.mark.parametrize("first, second", [
    ("Tiltaket er drøftet med kommunens ledelse. Kommunalsjef Jon Lia har godkjent",
     "søknaden elektronisk 21.01.2020."),
    ("Tiltaket er drøftet med kommunens ledelse. Kommunalsjef Jon", "Lia har godkjent søknaden elektronisk 21.01.2020."),
])
@pytest.mark.parametrize("digital", [True, False])
def test_an_approver_first_sentence_wrapped_over_two_lines(first, second, digital):
    """A letter's body wraps the sentence where the line ends."""
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line(first, 1, 60, 300), pdf_line(second, 1, 60, 313),
        pdf_line("Med vennlig hilsen", 1, 60, 360),
        pdf_line("Tove Brekke", 1, 60, 400), pdf_line("Nav-leder", 1, 60, 414),
    ]
    doc = pdf_pages(pdf_page(1, lines, []), signatures=[_pades("Tove Brekke")] if digital else [])
    found = as_tuples(extract_signatures(doc))
    assert ("municipality", "Jon Lia", "Kommunalsjef", "2020-01-21", "electronic_approval") in found
    if digital:
        assert [f[4] for f in found if f[0] == "nav_leader"] == ["digital"]


@pytest.mark.parametrize("statement, kind", [
    ("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", "electronic_approval"),
    ("Dokumentet har ingen håndskrevne signaturer fordi det er elektronisk godkjent.", "electronic_approval"),
    ("Dokumentet vil bli elektronisk godkjent av begge.", "typed"),
    ("Dokumentet må være elektronisk godkjent før det sendes.", "typed"),
    ("Dokumentet er ikke elektronisk godkjent ennå.", "typed"),
    ("Når dokumentet er elektronisk godkjent, sendes det til Statsforvalteren.", "typed"),
])
def test_an_approval_statement_in_the_future_or_denied_approves_no_printed_name(statement, kind):
    """Without a digital signature, a statement that the document was
    approved electronically makes the printed names electronic approvals; a
    plan, a condition or a denial does not."""
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Underskrift", 1, 60, 400),
        pdf_line("Tove Brekke", 1, 60, 420), pdf_line("Jon Lia", 1, 320, 420),
        pdf_line("Nav-leder", 1, 60, 434), pdf_line("Rådmann", 1, 320, 434),
        pdf_line(statement, 1, 60, 470),
    ]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, []))))
    assert [(r, n, k) for r, n, _t, _d, k in found] == [
        ("nav_leader", "Tove Brekke", kind), ("municipality", "Jon Lia", kind)]


def test_approver_first_reads_the_subject_and_the_date_after_the_verb():
    assert approver_first("Side 2 av 3 · Rådmann Jon Lia har godkjent søknaden elektronisk 21.01.2020.") == \
        "Rådmann Jon Lia (21.01.2020)"
    assert approver_first("Jon Lia, rådmann, godkjente søknaden digitalt den 21.01.2020") == \
        "Jon Lia, rådmann (21.01.2020)"
    # A date further on in the sentence is not the approval's.
    assert approver_first("Rådmann Jon Lia har godkjent søknaden elektronisk, og prosjektet starter 01.05.2020.") \
        == "Rådmann Jon Lia"
    # The subject is a title and a name, nothing else.
    assert approver_first("Jon Lia har godkjent søknaden elektronisk 21.01.2020.") is None
    assert approver_first("Også rådmann Jon Lia i Solbakken har godkjent søknaden elektronisk.") is None


# --- name and date fields under the line to sign on ---------------------------
# Class: a PDF form whose signature blocks are a role label ("Signatur
# Nav-leder"), room to sign (the ink), and under the line the form's small
# labels "Navn" and "Dato" each over the field holding the answer. The name
# and date under a block are its signer's; a labelled name elsewhere on the
# page (the contact's field) is no signer's.

def _field_form(between: str | None = None):
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 50, 50),
        pdf_line("Navn", 1, 50, 100, size=8.0), pdf_line("Nav-kontor", 1, 310, 100, size=8.0),
        pdf_line("Per Dahl", 1, 52, 112), pdf_line("Nav Solbakken", 1, 312, 112),
        pdf_line("Signatur Nav-leder", 1, 50, 484), pdf_line("Signatur rådmann", 1, 310, 484),
        pdf_line("Navn", 1, 50, 558, size=8.0), pdf_line("Navn", 1, 310, 558, size=8.0),
        pdf_line("Guro Fjell", 1, 52, 570), pdf_line("Anders Moe", 1, 312, 570),
        pdf_line("Dato", 1, 50, 592, size=8.0), pdf_line("Dato", 1, 310, 592, size=8.0),
        pdf_line("20.01.2020", 1, 52, 604), pdf_line("21.01.2020", 1, 312, 604),
    ]
    if between:
        lines.append(pdf_line(between, 1, 50, 540, size=8.0))
    images = [ink(1, (70.0, 506.0, 150.0, 550.0), seed=3), ink(1, (330.0, 506.0, 410.0, 550.0), seed=4)]
    return pdf_pages(pdf_page(1, lines, images))


def test_name_and_date_fields_under_each_signature_line_are_its_signers():
    assert [(r, n, d, k) for r, n, _t, d, k in as_tuples(extract_signatures(_field_form()))] == [
        ("nav_leader", "Guro Fjell", "2020-01-20", "handwritten"),
        ("municipality", "Anders Moe", "2020-01-21", "handwritten"),
    ]


def test_a_line_between_the_block_and_the_name_field_keeps_them_apart():
    """A question or note between the role label and the name field: the
    field may answer it, so the block above takes no name from it."""
    found = as_tuples(extract_signatures(_field_form(between="Eventuelle merknader")))
    assert ("nav_leader", "Guro Fjell") not in [(r, n) for r, n, *_ in found]


def test_names_in_fields_under_needs_a_name_label_right_above_the_name():
    from soknad_extract.extract.signatures.fields import _label_over
    from soknad_extract.layout.fragments import fragments
    doc = _field_form()
    frags = fragments(doc)
    by_text = {f.text: f for f in frags}
    assert _label_over(by_text["Guro Fjell"], frags).text == "Navn"
    assert _label_over(by_text["20.01.2020"], frags) is None
