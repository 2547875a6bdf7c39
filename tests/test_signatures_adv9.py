"""Signature classes met in the ninth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import DigitalSignature
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages

OSLO = timezone(timedelta(hours=1))


# --- an approval statement naming one approver, beside a PAdES signature ------
# Class: the Nav leader signs the PDF (an invisible PAdES signature), the
# municipality approves in its case system, and the page says so in one
# sentence that names the approver ("… elektronisk godkjent av rådmann X
# dato"). Each party signed its own way: the named approver is an
# electronic approval, not a typed name.

def _pades(name: str) -> DigitalSignature:
    return DigitalSignature(field_name="Signatur1", signer_name=name,
                            signing_time=datetime(2020, 1, 24, 10, 0, tzinfo=OSLO), intact=True,
                            covers_document=True, page=1, bbox=None)


def _signed_page(statement: str, extra: list | None = None):
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Stillingsprosent: 100", 1, 60, 120),
        pdf_line("Underskrifter", 1, 60, 400),
        pdf_line("Nav-leder Åse Lunde signerer søknaden digitalt.", 1, 60, 420),
        pdf_line(statement, 1, 60, 436),
    ] + (extra or [])
    return pdf_pages(pdf_page(1, lines, []), signatures=[_pades("Åse Lunde")])


def test_an_approval_naming_its_approver_counts_beside_a_digital_signature():
    found = as_tuples(extract_signatures(_signed_page(
        "Søknaden er elektronisk godkjent av rådmann Kjell Aune 23.01.2020.")))
    assert ("municipality", "Kjell Aune", "Rådmann", "2020-01-23", "electronic_approval") in found
    assert [f for f in found if f[0] == "nav_leader"] == [
        ("nav_leader", "Åse Lunde", None, "2020-01-24", "digital")]


def test_a_printed_name_under_a_plain_approval_stays_typed_beside_a_digital_signature():
    """Without a name in the statement, the file's digital signature is what
    "elektronisk godkjent" speaks of: a name it does not cover stays typed."""
    found = as_tuples(extract_signatures(_signed_page(
        "Dokumentet er elektronisk godkjent.",
        [pdf_line("Kjell Aune", 1, 320, 470), pdf_line("Rådmann", 1, 320, 484)])))
    assert ("municipality", "Kjell Aune", "Rådmann", None, "typed") in [
        (r, n, t, None, k) for r, n, t, _d, k in found]


# --- the signer's name in a field after the role label, under the ink -------
# Class: a form with no signature heading asks, under each signer's ink,
# "Nav-leiar: [name]" and then "Stad og dato: [place, date]". The first
# place-and-date label opens the signature zone; the labelled name on the
# line just above it is that signer's.

def _labelled_word_form(first: tuple[str, str, str], second: tuple[str, str, str]):
    from soknad_extract.layout import Image, Line
    from tests.builders.layouts import word_pages
    from tools.samplegen.signed import scribble_png
    lines = [Line(text="Søknad om tilskot til utvikling av sosiale tenester", page=1),
             Line(text="Nav-kontor: Nav Fjellvik", page=1),
             Line(text="Ønskjer de ekstern prosessevaluering?  ☒ Ja  ☐ Nei", page=1)]
    images = []
    for i, (role, name, dated) in enumerate((first, second)):
        lines.append(Line(text="", page=1))
        images.append(Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(40 + i),
                            paragraph_index=len(lines) - 1))
        lines += [Line(text=f"{role}: {name}", page=1), Line(text=f"Stad og dato: {dated}", page=1)]
    return word_pages({1: lines}, images)


def test_a_role_labelled_name_above_the_place_and_date_is_the_signer():
    doc = _labelled_word_form(("Nav-leiar", "Brit Solheim", "Fjellvik, 14.01.2020"),
                              ("Kommunedirektør", "Arne Vik", "Fjellvik, 15.01.2020"))
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Brit Solheim", "Nav-leiar", "2020-01-14", "handwritten"),
        ("municipality", "Arne Vik", "Kommunedirektør", "2020-01-15", "handwritten"),
    ]


def test_a_role_labelled_name_above_the_place_and_date_in_a_pdf():
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60)]
    images = []
    for i, (role, name) in enumerate((("Nav-leder", "Tone Rud"), ("Rådmann", "Geir Moe"))):
        top = 420 + 120 * i
        images.append(ink(1, (70, top, 210, top + 40), seed=50 + i))
        lines += [pdf_line(f"{role}: {name}", 1, 60, top + 46), pdf_line("Sted og dato: Vik, 16.01.2020", 1, 60, top + 62)]
    assert as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images)))) == [
        ("nav_leader", "Tone Rud", "Nav-leder", "2020-01-16", "handwritten"),
        ("municipality", "Geir Moe", "Rådmann", "2020-01-16", "handwritten"),
    ]


def test_an_applicant_answer_above_other_lines_is_no_signer():
    """"Leder av Nav-kontoret: Kari Moen" among the applicant's answers, two
    lines over the place and date, stays an answer: only the line right
    above a place-and-date label is read as its signer."""
    from soknad_extract.layout import Line
    from tests.builders.layouts import word_pages
    lines = [Line(text="Søknad om tilskudd til utvikling av sosiale tjenester", page=1),
             Line(text="Leder av Nav-kontoret: Kari Moen", page=1),
             Line(text="Kontaktperson: Ola Lien", page=1),
             Line(text="Sted og dato: Vik, 16.01.2020", page=1),
             Line(text="Rådmann: Geir Moe", page=1)]
    found = as_tuples(extract_signatures(word_pages({1: lines})))
    assert [f for f in found if f[0] == "nav_leader"] == []


# --- a title as a fax's OCR reads it -----------------------------------------
# Class: at a fax's coarse vertical resolution OCR reads "m" as "rn" and "ø"
# as another letter ("Komrnunedirektar"); the title still gives the role.

def test_a_title_misread_on_a_fax_still_gives_the_role():
    from tests.builders.layouts import ocr_page
    lines = [pdf_line("Søknad om tilskudd 2020 - sosiale tjenester i Nav-kontoret", 1, 56, 60),
             pdf_line("Hov, 21.01.2020", 1, 60, 400), pdf_line("Hov, 22.01.2020", 1, 306, 400),
             pdf_line("Lene Bø", 1, 60, 460), pdf_line("Eirik Aas", 1, 306, 460),
             pdf_line("Nav-leder", 1, 60, 474), pdf_line("Komrnunedirektar", 1, 306, 474)]
    images = [ink(1, (70, 420, 210, 455), seed=60), ink(1, (316, 420, 456, 455), seed=61)]
    found = as_tuples(extract_signatures(pdf_pages(ocr_page(1, lines, images))))
    assert [(r, n, k) for r, n, _t, _d, k in found] == [
        ("nav_leader", "Lene Bø", "handwritten"), ("municipality", "Eirik Aas", "handwritten")]
