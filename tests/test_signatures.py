"""Signatures from the layout model: blocks in Word tables, PDF columns,
letter closings and scans; ink against logos; digital, e-approved and typed.

The synthetic documents are built by hand in the layout model, the way the
readers build them; the samples at the end go through the real readers."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from soknad_extract.extract.signatures.ink import classify_image
from soknad_extract.extract.signatures import extract_signatures, signature_problems
from soknad_extract.layout import DigitalSignature, Document, Image, Line, Page, Word
from soknad_extract.readers import read_document
from tests.builders.images import grey_png
from tests.builders.layouts import (
    A4_H,
    A4_W,
    ink,
    logo,
    ocr_page,
    pdf_line,
    pdf_page,
    pdf_pages,
    table_cell,
    two_columns,
    word_pages,
)
from tools.samplegen.signed import crest_png, nav_logo_png, scribble_png

ROOT = Path(__file__).resolve().parents[1]
SIGNED = ROOT / "samples" / "signed"
OSLO = timezone(timedelta(hours=1))


# --- building layout documents by hand (tests/builders/layouts.py) -----------------

def applicant_page() -> Page:
    """Page 1 of a form: the Nav leader is named in the applicant section,
    which is not a signature."""
    return pdf_page(1, [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1, 72, 60),
        pdf_line("Nav-kontor: Nav Hamar", 1, 72, 100),
        pdf_line("Leder av Nav-kontoret: Kari Nordmann", 1, 72, 115),
        pdf_line("Søknaden skal ha underskrift fra Nav-leder og rådmann før den sendes.", 1, 72, 130),
    ])


def as_dicts(found):
    return [s.model_dump() for s, _e in found]


# --- PDF layouts ---------------------------------------------------------------------

def test_side_by_side_columns_with_ink():
    doc = pdf_pages(applicant_page(), pdf_page(2, [
        pdf_line("6. Underskrift", 2, 72, 70),
        two_columns("Signatur Nav-leder", "Signatur rådmann", 2, 100),
        two_columns("Kari Nordmann", "Ola Hansen", 2, 176),
        two_columns("Nav-leder", "Rådmann", 2, 190),
        two_columns("Dato: 27.01.2020", "Dato: 28.01.2020", 2, 204),
    ], images=[ink(2, (76, 116, 226, 164), seed=1), ink(2, (324, 116, 474, 164), seed=2)]))
    found = extract_signatures(doc)
    assert as_dicts(found) == [
        {"role": "nav_leader", "name": "Kari Nordmann", "title": "Nav-leder", "date": "2020-01-27",
         "kind": "handwritten", "page": 2},
        {"role": "municipality", "name": "Ola Hansen", "title": "Rådmann", "date": "2020-01-28",
         "kind": "handwritten", "page": 2},
    ]
    evidence = found[0][1]
    assert evidence.method == "image" and evidence.page == 2
    x0, top, x1, bottom = evidence.bbox
    assert x0 <= 76 and x1 < 320 and top <= 100 and bottom >= 204  # the left block only


def test_typed_names_without_ink_are_typed_and_shared_date_applies_to_both():
    doc = pdf_pages(applicant_page(), pdf_page(2, [
        pdf_line("Sted og dato: Hamar, 29. januar 2020", 2, 72, 70),
        two_columns("Kari Nordmann", "Ola Hansen", 2, 150),
        two_columns("Nav-leder", "kommunedirektør", 2, 164),
    ]))
    assert as_dicts(extract_signatures(doc)) == [
        {"role": "nav_leader", "name": "Kari Nordmann", "title": "Nav-leder", "date": "2020-01-29",
         "kind": "typed", "page": 2},
        {"role": "municipality", "name": "Ola Hansen", "title": "Kommunedirektør", "date": "2020-01-29",
         "kind": "typed", "page": 2},
    ]
    assert extract_signatures(doc)[0][1].method == "label"


def test_stacked_blocks_with_name_and_title_on_one_line():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Dato og underskrift, leder av Nav-kontoret:", 1, 72, 500),
        pdf_line("Guri Haugen, Nav-leder", 1, 72, 572),
        pdf_line("Tynset, 30. januar 2020", 1, 72, 586),
        pdf_line("Dato og underskrift, rådmann:", 1, 72, 640),
        pdf_line("Per Sletten, Rådmann", 1, 72, 712),
        pdf_line("Tynset, 3. februar 2020", 1, 72, 726),
    ], images=[ink(1, (76, 514, 226, 562), seed=3), ink(1, (76, 654, 226, 702), seed=4)]))
    assert as_dicts(extract_signatures(doc)) == [
        {"role": "nav_leader", "name": "Guri Haugen", "title": "Nav-leder", "date": "2020-01-30",
         "kind": "handwritten", "page": 1},
        {"role": "municipality", "name": "Per Sletten", "title": "Rådmann", "date": "2020-02-03",
         "kind": "handwritten", "page": 1},
    ]


def test_empty_blocks_are_not_signatures_and_applicant_section_is_ignored():
    doc = pdf_pages(applicant_page(), pdf_page(2, [
        pdf_line("6. Underskrift", 2, 72, 70),
        two_columns("Signatur Nav-leder", "Signatur rådmann", 2, 100),
        two_columns("Navn:", "Navn:", 2, 176),
        two_columns("Dato:", "Dato:", 2, 190),
    ]))
    assert extract_signatures(doc) == []


def test_a_logo_is_never_a_signature():
    letterhead = logo(1, (62, 30, 192, 75))
    beside_block = Image(page=2, bbox=(530, 110, 570, 158), pixel_width=200, pixel_height=240,
                         data=grey_png(crest_png()))
    wide_logo_in_block = logo(2, (76, 116, 226, 164))
    doc = pdf_pages(
        pdf_page(1, [pdf_line("Søknad om tilskudd 2020", 1, 72, 90)], images=[letterhead]),
        pdf_page(2, [
            pdf_line("6. Underskrift", 2, 72, 70),
            two_columns("Signatur Nav-leder", "Signatur rådmann", 2, 100),
            two_columns("Navn:", "Navn:", 2, 176),
        ], images=[beside_block, wide_logo_in_block]),
    )
    assert extract_signatures(doc) == []


def test_ink_and_logo_pixels():
    pages = {1: pdf_page(1, []), 2: pdf_page(2, [])}
    assert classify_image(ink(2, (76, 116, 226, 164)), pages[2]).is_ink
    assert classify_image(ink(2, (76, 116, 226, 164), grey=False), pages[2]).is_ink
    assert not classify_image(logo(2, (76, 116, 226, 164)), pages[2]).is_ink
    colour_logo = Image(page=2, bbox=(76, 116, 226, 164), data=nav_logo_png())
    assert not classify_image(colour_logo, pages[2]).is_ink
    crest = Image(page=2, bbox=(76, 100, 116, 148), data=crest_png())
    assert "shape" in classify_image(crest, pages[2]).reason
    # A scribble in the letterhead of page 1 is taken for part of the letterhead.
    assert not classify_image(ink(1, (62, 30, 212, 78)), pages[1]).is_ink
    # Without pixels, the reader's ink ratio and the shape decide.
    assert classify_image(Image(page=2, bbox=(0, 0, 150, 50), ink_ratio=0.06), pages[2]).is_ink
    assert not classify_image(Image(page=2, bbox=(0, 0, 150, 50), ink_ratio=0.6), pages[2]).is_ink


def test_scan_with_ocr_ink_regions():
    lines = [pdf_line("Med vennlig hilsen", 1, 72, 600), pdf_line("Anne Dahl", 1, 72, 660),
             pdf_line("Nav-leder", 1, 72, 674)]
    for line in lines:
        line.ocr, line.confidence = True, 0.82
    scan = Page(number=1, width=A4_W, height=A4_H, lines=lines, ocr=True,
                images=[Image(page=1, bbox=(72, 615, 200, 655), name="ink", ink_ratio=0.08)])
    [(sig, evidence)] = extract_signatures(Document(path="scan.pdf", format="pdf", pages=[scan]))
    assert (sig.role, sig.name, sig.kind, sig.page) == ("nav_leader", "Anne Dahl", "handwritten", 1)
    assert evidence.method == "ocr"


# --- Word layouts --------------------------------------------------------------------

def test_two_cell_word_table_with_ink_in_cells():
    lines = [
        Line(text="Underskrift", page=1),
        table_cell("Nav-leder", 0, 0), table_cell("Rådmann", 0, 1),
        table_cell("", 1, 0), table_cell("", 1, 1),
        table_cell("Kari Nordmann", 2, 0), table_cell("Ola Hansen", 2, 1),
        table_cell("Dato: 27.01.2020", 3, 0), table_cell("Dato: 28.01.2020", 3, 1),
    ]
    png = scribble_png(5)
    images = [Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=png,
                    table_cell=(0, 1, c), paragraph_index=3 + c) for c in (0, 1)]
    found = extract_signatures(word_pages({1: lines}, images))
    assert as_dicts(found) == [
        {"role": "nav_leader", "name": "Kari Nordmann", "title": "Nav-leder", "date": "2020-01-27",
         "kind": "handwritten", "page": 1},
        {"role": "municipality", "name": "Ola Hansen", "title": "Rådmann", "date": "2020-01-28",
         "kind": "handwritten", "page": 1},
    ]
    assert all(e.bbox is None and e.method == "image" for _s, e in found)


def test_word_logo_picture_above_the_form_is_not_ink():
    lines = [Line(text="", page=1), Line(text="Søknad om tilskudd 2020", page=1),
             Line(text="Signatur", page=1), Line(text="Kari Nordmann", page=1),
             Line(text="Nav-leder", page=1)]
    logo_pic = Image(page=1, bbox=None, pixel_width=520, pixel_height=180, data=nav_logo_png(),
                     paragraph_index=0)
    [(sig, _e)] = extract_signatures(word_pages({1: lines}, [logo_pic]))
    assert (sig.kind, sig.name, sig.role) == ("typed", "Kari Nordmann", "nav_leader")


def test_tab_separated_names_in_one_paragraph():
    lines = [Line(text="Med vennlig hilsen", page=2),
             Line(text="Kari Nordmann\t\t\tOla Hansen", page=2),
             Line(text="Nav-leder\t\t\tKommunalsjef for helse og velferd", page=2)]
    assert as_dicts(extract_signatures(word_pages({1: [Line(text="Søknad", page=1)], 2: lines}))) == [
        {"role": "nav_leader", "name": "Kari Nordmann", "title": "Nav-leder", "date": None,
         "kind": "typed", "page": 2},
        {"role": "municipality", "name": "Ola Hansen", "title": "Kommunalsjef for helse og velferd",
         "date": None, "kind": "typed", "page": 2},
    ]


@pytest.mark.parametrize("closing,approval,leader_title", [
    ("Med vennlig hilsen", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
     "Nav-leder"),
    ("Med vennleg helsing", "Dokumentet er elektronisk godkjent og har difor inga underskrift.", "Nav-leiar"),
])
def test_letter_closing_with_electronic_approval(closing, approval, leader_title):
    lines = [Line(text="Voss, 31. januar 2020", page=1), Line(text=closing, page=1),
             Line(text="Ingrid Lid", page=1), Line(text=f"{leader_title}, Nav Voss", page=1),
             Line(text="Nils Tveit", page=1), Line(text="kommunedirektør", page=1),
             Line(text=approval, page=1)]
    found = extract_signatures(word_pages({1: lines}))
    assert as_dicts(found) == [
        {"role": "nav_leader", "name": "Ingrid Lid", "title": leader_title, "date": "2020-01-31",
         "kind": "electronic_approval", "page": 1},
        {"role": "municipality", "name": "Nils Tveit", "title": "Kommunedirektør", "date": "2020-01-31",
         "kind": "electronic_approval", "page": 1},
    ]
    assert found[0][1].method == "text" and "elektronisk godkjent" in found[0][1].text


def test_names_after_kopi_til_are_not_signers():
    lines = [Line(text="Med vennlig hilsen", page=1), Line(text="Kari Nordmann", page=1),
             Line(text="Nav-leder", page=1), Line(text="Kopi til:", page=1),
             Line(text="Ola Hansen", page=1), Line(text="Rådmann", page=1)]
    assert [s.name for s, _e in extract_signatures(word_pages({1: lines}))] == ["Kari Nordmann"]


# --- digital signatures ----------------------------------------------------------------

def digital(name, when, *, page=2, bbox=None, intact=True, covers=True, subject=None, field="Sig"):
    return DigitalSignature(field_name=field, signer_name=name, signing_time=when, intact=intact,
                            covers_document=covers, page=page, bbox=bbox, subject=subject)


def signature_page(with_dates: bool) -> Page:
    lines = [pdf_line("6. Underskrift", 2, 72, 70),
             two_columns("Signatur Nav-leder", "Signatur kommunedirektør", 2, 100),
             two_columns("Kari Nordmann", "Ola Hansen", 2, 176),
             two_columns("Nav-leder", "Kommunedirektør", 2, 190)]
    if with_dates:
        lines.append(two_columns("Dato: 27.01.2020", "Dato: 27.01.2020", 2, 204))
    return pdf_page(2, lines)


def test_two_digital_signatures_matched_by_certificate_name():
    t1 = datetime(2020, 1, 28, 10, 15, tzinfo=OSLO)
    t2 = datetime(2020, 1, 29, 0, 30, tzinfo=OSLO)  # 23:30 UTC the day before
    doc = pdf_pages(applicant_page(), signature_page(with_dates=False), signatures=[
        digital("Ola Hansen", t2, field="Kommune"), digital("Kari Nordmann", t1, field="NavLeder")])
    found = extract_signatures(doc)
    assert as_dicts(found) == [
        {"role": "nav_leader", "name": "Kari Nordmann", "title": "Nav-leder", "date": "2020-01-28",
         "kind": "digital", "page": 2},
        {"role": "municipality", "name": "Ola Hansen", "title": "Kommunedirektør", "date": "2020-01-29",
         "kind": "digital", "page": 2},
    ]
    assert all(e.method == "pades" and e.confidence == 1.0 for _s, e in found)


def test_printed_date_wins_over_signing_time():
    doc = pdf_pages(signature_page(with_dates=True),
                  signatures=[digital("Kari Nordmann", datetime(2020, 1, 30, 9, tzinfo=OSLO))])
    doc.pages[0].number = 2
    found = as_dicts(extract_signatures(doc))
    assert found[0]["date"] == "2020-01-27" and found[0]["kind"] == "digital"
    assert found[1]["kind"] == "typed"


def test_unknown_signer_placed_by_widget_position():
    """A certificate name printed nowhere: the widget over the right-hand
    block makes it the municipality's signature."""
    lines = [pdf_line("6. Underskrift", 2, 72, 70),
             two_columns("Signatur Nav-leder", "Signatur rådmann", 2, 100)]
    doc = pdf_pages(pdf_page(2, lines), signatures=[
        digital("Signe Sæter", datetime(2020, 1, 20, 12, tzinfo=OSLO), bbox=(320, 112, 520, 160))])
    doc.pages[0].number = 2
    assert as_dicts(extract_signatures(doc)) == [
        {"role": "municipality", "name": "Signe Sæter", "title": "Rådmann", "date": "2020-01-20",
         "kind": "digital", "page": 2},
    ]


def test_invisible_signature_without_blocks_takes_role_from_certificate():
    doc = pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskudd 2020", 1, 72, 70)]), signatures=[
        digital("Ola Hansen", datetime(2020, 1, 22, 12, tzinfo=OSLO), page=1,
                subject="Title: Kommunedirektør, Common Name: Ola Hansen")])
    assert as_dicts(extract_signatures(doc)) == [
        {"role": "municipality", "name": "Ola Hansen", "title": "Kommunedirektør", "date": "2020-01-22",
         "kind": "digital", "page": 1},
    ]


def test_tampered_signature_still_counts_and_is_a_problem():
    bad = digital("Kari Nordmann", datetime(2020, 1, 28, tzinfo=OSLO), intact=False)
    changed = digital("Ola Hansen", datetime(2020, 1, 28, tzinfo=OSLO), covers=False)
    good = digital("Per Olsen", datetime(2020, 1, 28, tzinfo=OSLO))
    doc = pdf_pages(signature_page(with_dates=False), signatures=[bad, changed])
    doc.pages[0].number = 2
    assert [s.kind for s, _e in extract_signatures(doc)] == ["digital", "digital"]
    assert signature_problems(doc) == [bad, changed]
    assert signature_problems(pdf_pages(signatures=[good])) == []


def test_approval_text_does_not_override_a_digital_signature():
    lines = [pdf_line("Med vennlig hilsen", 1, 72, 600), pdf_line("Kari Nordmann", 1, 72, 640),
             pdf_line("Nav-leder", 1, 72, 654),
             pdf_line("Dokumentet er elektronisk signert.", 1, 72, 700)]
    doc = pdf_pages(pdf_page(1, lines), signatures=[digital("Kari Nordmann", datetime(2020, 1, 2, tzinfo=OSLO),
                                                      page=1)])
    assert [s.kind for s, _e in extract_signatures(doc)] == ["digital"]


# --- the samples, read by the real readers ------------------------------------------------

SAMPLES = sorted(p for p in SIGNED.glob("*") if p.suffix in (".pdf", ".docx"))


def test_signed_family_is_there():
    assert len(SAMPLES) >= 8


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_signatures(sample):
    expected = json.loads(sample.with_suffix(".expected.json").read_text(encoding="utf-8"))
    doc = read_document(sample)
    assert [s.model_dump() for s, _e in extract_signatures(doc)] == expected["signatures"]
    codes = {f["code"] for f in expected["findings"]}
    assert bool(signature_problems(doc)) == ("DIGITAL_SIGNATURE_INVALID" in codes)


# --- text rules ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Kari Nordmann", "Kari Nordmann"),
    ("Navn: Kari Nordmann", "Kari Nordmann"),
    ("Ola Hansen (sign.)", "Ola Hansen"),
    ("Guri Haugen, Nav-leder", "Guri Haugen"),
    ("Anne-Lise Berg", "Anne-Lise Berg"),
    ("KARI NORDMANN", "KARI NORDMANN"),
    ("Kontaktperson: Per Olsen", None),
    ("Med vennlig hilsen", None),
    ("Nav Hamar", None),
    ("Hamar", None),
    ("Dato: 27.01.2020", None),
    ("Navn (blokkbokstaver): Tone Ellingsen", "Tone Ellingsen"),
    ("Navn med blokkbokstaver: KARI NORDMANN", "KARI NORDMANN"),
    ("Namn: Ola Nordmann", "Ola Nordmann"),
    ("Navn og tittel: Kari Nordmann, Nav-leder", "Kari Nordmann"),
    ("Tittel: Nav-leder", None),
    ("Stilling: Rådmann", None),
    ("Sted og dato: 27. januar 2020", None),
    ("ingrid Lid", None),
])
def test_person_names(text, name):
    from soknad_extract.extract.signatures.wording import person_name

    assert person_name(text) == name


@pytest.mark.parametrize("text,role,title", [
    ("Nav-leder", "nav_leader", "Nav-leder"),
    ("NAV-leder", "nav_leader", "NAV-leder"),
    ("Nav-leiar", "nav_leader", "Nav-leiar"),
    ("NAV-LEDER", "nav_leader", "Nav-leder"),
    ("For Nav-kontoret", "nav_leader", None),
    ("For NAV Hamar", "nav_leader", None),
    ("På vegne av Nav Lom og Skjåk", "nav_leader", None),
    ("For Hamar kommune", "municipality", None),
    ("Kommunalsjef helse og omsorg", "municipality", "Kommunalsjef helse og omsorg"),
    ("kommunalsjef i Hamar kommune", "municipality", "Kommunalsjef"),
    ("Kommunaldirektør for oppvekst og kultur", "municipality", "Kommunaldirektør for oppvekst og kultur"),
    ("Leder av Nav-kontoret", "nav_leader", "Leder av Nav-kontoret"),
    ("Leiar for Nav-kontoret", "nav_leader", "Leiar for Nav-kontoret"),
    ("Leder, Nav Hamar", "nav_leader", "Leder"),
    ("Leder", "nav_leader", "Leder"),
    ("rådmann", "municipality", "Rådmann"),
    ("Assisterende rådmann", "municipality", "Assisterende rådmann"),
    ("Radmann", "municipality", "Rådmann"),
    ("Kommunedirekter", "municipality", "Kommunedirektør"),
    ("Kommunalsief for helse", "municipality", "Kommunalsjef for helse"),
    ("kommunedirektør", "municipality", "Kommunedirektør"),
    ("Kommunalsjef for helse og velferd", "municipality", "Kommunalsjef for helse og velferd"),
    ("Bydelsdirektør", "municipality", "Bydelsdirektør"),
    ("Ordfører", "municipality", "Ordfører"),
    ("For kommunen", "municipality", None),
])
def test_roles_and_titles(text, role, title):
    from soknad_extract.extract.signatures.wording import roles_in

    [(got_role, got_title, _s, _e)] = roles_in(text)
    assert (got_role, got_title) == (role, title)


@pytest.mark.parametrize("text", ["Prosjektleder", "leder av prosjektet", "Kommunen", "Nav Hamar"])
def test_not_roles(text):
    from soknad_extract.extract.signatures.wording import roles_in

    assert roles_in(text) == []


def test_letter_signed_by_leder_under_office_name():
    lines = [Line(text="Med vennlig hilsen", page=1), Line(text="Nav Hamar", page=1),
             Line(text="Kari Nordmann", page=1), Line(text="leder", page=1)]
    [(sig, _e)] = extract_signatures(word_pages({1: lines}))
    assert (sig.role, sig.name, sig.title, sig.kind) == ("nav_leader", "Kari Nordmann", "Leder", "typed")


def test_word_table_with_place_and_date_column():
    """Sted/dato | Underskrift leder Nav-kontor | Underskrift rådmann, with
    the date in the first column of the ink row and names below."""
    lines = [Line(text="Signaturer", page=1),
             table_cell("Sted/dato", 0, 0), table_cell("Underskrift leder Nav-kontor", 0, 1),
             table_cell("Underskrift rådmann/kommunedirektør", 0, 2),
             table_cell("Hamar, 28.01.2020", 1, 0), table_cell("", 1, 1), table_cell("", 1, 2),
             table_cell("", 2, 0), table_cell("Kari Nordmann", 2, 1), table_cell("Ola Hansen", 2, 2)]
    png = scribble_png(3)
    images = [Image(page=1, bbox=None, data=png, table_cell=(0, 1, c), paragraph_index=4 + c) for c in (1, 2)]
    assert as_dicts(extract_signatures(word_pages({1: lines}, images))) == [
        {"role": "nav_leader", "name": "Kari Nordmann", "title": "Leder Nav-kontor", "date": "2020-01-28",
         "kind": "handwritten", "page": 1},
        {"role": "municipality", "name": "Ola Hansen", "title": "Rådmann", "date": "2020-01-28",
         "kind": "handwritten", "page": 1},
    ]


def test_ink_right_of_a_one_line_label():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Dato/signatur: ______________________", 1, 72, 600),
        pdf_line("Kari Nordmann, Nav-leder", 1, 72, 640),
        pdf_line("Dato/signatur: ______________________", 1, 72, 700),
        pdf_line("Ola Hansen, rådmann i Hamar kommune", 1, 72, 740),
    ], images=[ink(1, (150, 585, 300, 633))]))
    assert [(s.role, s.name, s.kind) for s, _e in extract_signatures(doc)] == [
        ("nav_leader", "Kari Nordmann", "handwritten"), ("municipality", "Ola Hansen", "typed")]


# --- layouts of other offices' applications ----------------------------------------------

def labelled_cell(col: int, heading: str, date: str, name_label: str, name: str, title_label: str,
                  title: str, page: int = 1) -> list[Line]:
    """One signer's cell in a Word form: labelled sub-lines, an empty
    paragraph holding the ink picture."""
    return [table_cell(heading, 0, col, page), table_cell(f"Sted og dato: {date}", 0, col, page), table_cell("", 0, col, page),
            table_cell(f"{name_label}: {name}", 0, col, page), table_cell(f"{title_label}{title}", 0, col, page)]


@pytest.mark.parametrize("name_label,title_label,leader_title", [
    ("Navn (blokkbokstaver)", "Tittel: ", "Nav-leder"),
    ("Navn med blokkbokstaver", "Stilling: ", "NAV-leder"),
    ("Namn", "Stilling: ", "Nav-leiar"),
    ("Navn", "", "Nav-leder"),
])
def test_word_cells_with_labelled_sub_lines(name_label, title_label, leader_title):
    """The Nav leader's cell is left, so it comes first although only the
    municipality's heading names a role; names come from labelled lines and
    titles stay as written."""
    lines = ([Line(text="6. Forankring og underskrift", page=1)]
             + labelled_cell(0, "For Nav-kontoret", "27. januar 2020", name_label, "Tone Ellingsen",
                             title_label, leader_title)
             + labelled_cell(1, "For kommunen", "28. januar 2020", name_label, "Morten Slettebakken",
                             title_label, "Kommunedirektør"))
    png = scribble_png(4)
    images = [Image(page=1, bbox=None, data=png, table_cell=(0, 0, c), paragraph_index=3 + 5 * c)
              for c in (0, 1)]
    assert as_dicts(extract_signatures(word_pages({1: lines}, images))) == [
        {"role": "nav_leader", "name": "Tone Ellingsen", "title": leader_title, "date": "2020-01-27",
         "kind": "handwritten", "page": 1},
        {"role": "municipality", "name": "Morten Slettebakken", "title": "Kommunedirektør",
         "date": "2020-01-28", "kind": "handwritten", "page": 1},
    ]


def test_pdf_columns_heading_only_on_the_municipality_side_keep_left_to_right_order():
    doc = pdf_pages(pdf_page(2, [
        pdf_line("Del 6 – Forankring og underskrift", 2, 68, 333),
        two_columns("Signert:", "For kommunen", 2, 354),
        two_columns("Dato: 29.01.2020", "Dato: 30.01.2020", 2, 366),
        two_columns("Navn: Knut Grinaker", "Navn: Gudrun Lien", 2, 402),
        two_columns("Tittel: Nav-leder", "Tittel: Kommunedirektør", 2, 414),
    ], images=[ink(2, (72, 375, 182, 401), seed=1), ink(2, (320, 375, 430, 401), seed=2)]))
    assert [(s.role, s.name, s.title, s.date) for s, _e in extract_signatures(doc)] == [
        ("nav_leader", "Knut Grinaker", "Nav-leder", "2020-01-29"),
        ("municipality", "Gudrun Lien", "Kommunedirektør", "2020-01-30"),
    ]


def test_title_label_without_a_role_word_is_the_title_of_the_block_above():
    lines = [Line(text="Underskrift", page=1),
             table_cell("For Nav-kontoret", 0, 0), table_cell("Navn: Kari Nordmann", 0, 0), table_cell("Tittel: Avdelingsleder", 0, 0),
             table_cell("For kommunen", 0, 1), table_cell("Navn: Ola Hansen", 0, 1), table_cell("Tittel: Kommunalsjef", 0, 1)]
    assert [(s.role, s.name, s.title, s.kind) for s, _e in extract_signatures(word_pages({1: lines}))] == [
        ("nav_leader", "Kari Nordmann", "Avdelingsleder", "typed"),
        ("municipality", "Ola Hansen", "Kommunalsjef", "typed"),
    ]


def test_scan_with_columns_not_level_reads_left_column_first():
    """A skewed scan: the right-hand block starts 12 pt higher than the left."""
    lines = [pdf_line("Underskrift", 1, 72, 560),
             pdf_line("Ola Hansen", 1, 330, 628), pdf_line("Rådmann", 1, 330, 642),
             pdf_line("Kari Nordmann", 1, 72, 640), pdf_line("Nav-leder", 1, 72, 654)]
    for line in lines:
        line.ocr = True
    scan = Page(number=1, width=A4_W, height=A4_H, lines=lines, ocr=True, images=[
        Image(page=1, bbox=(330, 590, 460, 624), name="ink"), Image(page=1, bbox=(72, 600, 200, 636), name="ink")])
    found = extract_signatures(Document(path="scan.pdf", format="pdf", pages=[scan]))
    assert [(s.role, s.name) for s, _e in found] == [("nav_leader", "Kari Nordmann"),
                                                     ("municipality", "Ola Hansen")]


def test_stacked_blocks_stay_top_to_bottom_even_municipality_first():
    """Order is the document's, not the roles': a municipality block above."""
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Underskrift", 1, 72, 480),
        pdf_line("Per Sletten, Rådmann", 1, 72, 572),
        pdf_line("Guri Haugen, Nav-leder", 1, 72, 712),
    ], images=[ink(1, (76, 514, 226, 562), seed=3), ink(1, (76, 654, 226, 702), seed=4)]))
    assert [s.role for s, _e in extract_signatures(doc)] == ["municipality", "nav_leader"]


# --- typed blocks with no signature label ------------------------------------------------

def test_pdf_place_date_lines_names_titles_without_label():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Kontaktperson: Jonas Kvam", 1, 66, 200),
        pdf_line("Lillehammer, 30.01.2020", 1, 66, 470),
        two_columns("______________________________", "______________________________", 1, 510),
        two_columns("Randi Brenna", "Tore Haugli", 1, 528),
        two_columns("Nav-leder", "Kommunalsjef helse og velferd", 1, 546),
    ]))
    assert as_dicts(extract_signatures(doc)) == [
        {"role": "nav_leader", "name": "Randi Brenna", "title": "Nav-leder", "date": "2020-01-30",
         "kind": "typed", "page": 1},
        {"role": "municipality", "name": "Tore Haugli", "title": "Kommunalsjef helse og velferd",
         "date": "2020-01-30", "kind": "typed", "page": 1},
    ]


def test_word_table_of_lines_names_titles_without_label():
    lines = [Line(text="Status", page=1), Line(text="Vi ønsker et fjerde år.", page=1),
             Line(text="Trysil, 28.01.2020", page=1),
             table_cell("____________________________", 0, 0, table=1), table_cell("____________________________", 0, 1, table=1),
             table_cell("Inger Aasen", 1, 0, table=1), table_cell("Odd Morten Holt", 1, 1, table=1),
             table_cell("NAV-leder", 2, 0, table=1), table_cell("Kommunedirektør", 2, 1, table=1)]
    assert as_dicts(extract_signatures(word_pages({1: lines}))) == [
        {"role": "nav_leader", "name": "Inger Aasen", "title": "NAV-leder", "date": "2020-01-28",
         "kind": "typed", "page": 1},
        {"role": "municipality", "name": "Odd Morten Holt", "title": "Kommunedirektør", "date": "2020-01-28",
         "kind": "typed", "page": 1},
    ]


def test_names_over_titles_with_no_label_and_no_line_are_typed_signatures():
    """A letter that simply ends with the signers: the role comes only from
    the title under each name."""
    lines = [Line(text="Vi håper på en positiv behandling av søknaden.", page=1),
             Line(text="Kari Nordmann", page=1), Line(text="Nav-leder", page=1),
             Line(text="Ola Hansen", page=1), Line(text="rådmann", page=1)]
    assert [(s.role, s.name, s.title, s.kind) for s, _e in extract_signatures(word_pages({1: lines}))] == [
        ("nav_leader", "Kari Nordmann", "Nav-leder", "typed"),
        ("municipality", "Ola Hansen", "Rådmann", "typed"),
    ]


def test_answers_under_role_labels_are_not_signatures_without_a_signature_label():
    """A form that asks "Leder av Nav-kontoret" and "Rådmann" as questions
    (label above answer, or "label: answer") names people who did not sign."""
    lines = [Line(text="Leder av Nav-kontoret", page=1, style="bold"), Line(text="Kari Nordmann", page=1),
             Line(text="Rådmann: Ola Hansen", page=1), Line(text="Kontaktperson", page=1),
             Line(text="Per Olsen", page=1)]
    assert extract_signatures(word_pages({1: lines})) == []
    doc = pdf_pages(applicant_page())
    assert extract_signatures(doc) == []


def test_blank_lines_to_sign_on_with_no_names_are_not_signatures():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Hamar, 30.01.2020", 1, 66, 470),
        two_columns("______________________________", "______________________________", 1, 510),
        two_columns("Nav-leder", "Rådmann", 1, 528),
    ]))
    assert extract_signatures(doc) == []


def test_sted_dato_underskrift_navn_med_blokkbokstaver_stacked():
    doc = pdf_pages(pdf_page(2, [
        pdf_line("Sted/dato: Hamar, 27.01.2020", 2, 72, 500),
        pdf_line("Underskrift Nav-leder:", 2, 72, 530),
        pdf_line("Navn med blokkbokstaver: KARI NORDMANN", 2, 72, 560),
        pdf_line("Sted/dato: Hamar, 28.01.2020", 2, 72, 620),
        pdf_line("Underskrift rådmann:", 2, 72, 650),
        pdf_line("Navn med blokkbokstaver: OLA HANSEN", 2, 72, 680),
    ], images=[ink(2, (200, 520, 350, 556), seed=1), ink(2, (200, 640, 350, 676), seed=2)]))
    assert as_dicts(extract_signatures(doc)) == [
        {"role": "nav_leader", "name": "KARI NORDMANN", "title": "Nav-leder", "date": "2020-01-27",
         "kind": "handwritten", "page": 2},
        {"role": "municipality", "name": "OLA HANSEN", "title": "Rådmann", "date": "2020-01-28",
         "kind": "handwritten", "page": 2},
    ]


def test_nynorsk_closing_with_two_names_side_by_side_in_pdf_columns():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Voss, 31. januar 2020", 1, 72, 560),
        pdf_line("Med vennleg helsing", 1, 72, 590),
        two_columns("Ingrid Lid", "Nils Tveit", 1, 640),
        two_columns("Nav-leiar, Nav Voss", "kommunedirektør", 1, 654),
    ]))
    assert as_dicts(extract_signatures(doc)) == [
        {"role": "nav_leader", "name": "Ingrid Lid", "title": "Nav-leiar", "date": "2020-01-31",
         "kind": "typed", "page": 1},
        {"role": "municipality", "name": "Nils Tveit", "title": "Kommunedirektør", "date": "2020-01-31",
         "kind": "typed", "page": 1},
    ]


def test_ocr_misreadings_of_closing_and_first_name():
    lines = [pdf_line("Voss, 31. januar 2020", 2, 91, 52), pdf_line("Med venniig hilsen", 2, 91, 76),
             pdf_line("ingrid Lid", 2, 91, 99), pdf_line("Nav-leiar, Nav Voss", 2, 91, 122),
             pdf_line("Nils Tveit", 2, 91, 146), pdf_line("Kommunedirektør", 2, 91, 169),
             pdf_line("Dokumentet er elektronisk godkjent og har difor inga underskrift.", 2, 91, 192)]
    for line in lines:
        line.ocr = True
    scan = Page(number=2, width=A4_W, height=A4_H, lines=lines, ocr=True)
    found = extract_signatures(Document(path="scan.pdf", format="pdf", pages=[pdf_page(1, []), scan]))
    assert [(s.role, s.name, s.kind) for s, _e in found] == [
        ("nav_leader", "Ingrid Lid", "electronic_approval"), ("municipality", "Nils Tveit", "electronic_approval")]
    from soknad_extract.extract.signatures.wording import person_name

    assert person_name("tlf Hansen", ocr=True) is None
    # Only OCR text is forgiven a small first letter.
    assert extract_signatures(pdf_pages(pdf_page(1, [pdf_line("Med vennlig hilsen", 1, 72, 600),
                                               pdf_line("ingrid Lid", 1, 72, 640)]))) == []


def test_pdf_form_field_values_without_appearance_are_read():
    """Fillable PDF whose answers live only in the fields (no appearance
    streams): the text layer shows the labels, the fields the answers."""
    from soknad_extract.layout import FormField

    sig_page = pdf_page(2, [
        pdf_line("Underskrift", 2, 56, 240),
        two_columns("Navn", "Navn", 2, 282), two_columns("Tittel", "Tittel", 2, 304),
    ], images=[ink(2, (66, 333, 247, 374), seed=1), ink(2, (316, 333, 500, 374), seed=2)])
    sig_page.fields = [
        FormField(kind="date", method="acroform", page=2, label="Sted og dato", value="27.01.2020",
                  bbox=(128, 257, 288, 275)),
        FormField(kind="text", method="acroform", page=2, label="Navn", value="Marianne Sletten",
                  bbox=(128, 279, 288, 297)),
        FormField(kind="text", method="acroform", page=2, label="Tittel", value="Nav-leder",
                  bbox=(128, 301, 288, 319)),
        FormField(kind="date", method="acroform", page=2, label="Sted og dato", value="28.01.2020",
                  bbox=(378, 257, 538, 275)),
        FormField(kind="text", method="acroform", page=2, label="Navn", value="Jon Arild Ulberg",
                  bbox=(378, 279, 538, 297)),
        FormField(kind="text", method="acroform", page=2, label="Tittel", value="Kommunedirektør",
                  bbox=(378, 301, 538, 319)),
    ]
    assert as_dicts(extract_signatures(pdf_pages(applicant_page(), sig_page))) == [
        {"role": "nav_leader", "name": "Marianne Sletten", "title": "Nav-leder", "date": "2020-01-27",
         "kind": "handwritten", "page": 2},
        {"role": "municipality", "name": "Jon Arild Ulberg", "title": "Kommunedirektør", "date": "2020-01-28",
         "kind": "handwritten", "page": 2},
    ]


def test_signing_line_with_name_label_further_along():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Underskrift Nav-leder: ________________ Navn: Kari Nordmann", 1, 72, 600),
        pdf_line("Underskrift rådmann: ________________ Navn: Ola Hansen", 1, 72, 640)]))
    assert [(s.role, s.name, s.kind) for s, _e in extract_signatures(doc)] == [
        ("nav_leader", "Kari Nordmann", "typed"), ("municipality", "Ola Hansen", "typed")]
    from soknad_extract.extract.signatures.wording import person_name

    assert person_name("Prosjektleders navn: Per Olsen") is None


def test_word_table_with_one_row_per_signer():
    lines = [Line(text="Underskrifter", page=1),
             table_cell("Rolle", 0, 0), table_cell("Navn", 0, 1), table_cell("Dato", 0, 2), table_cell("Underskrift", 0, 3),
             table_cell("Nav-leder", 1, 0), table_cell("Kari Nordmann", 1, 1), table_cell("27.01.2020", 1, 2), table_cell("", 1, 3),
             table_cell("Rådmann", 2, 0), table_cell("Ola Hansen", 2, 1), table_cell("28.01.2020", 2, 2), table_cell("", 2, 3)]
    images = [Image(page=1, bbox=None, data=scribble_png(6), table_cell=(0, 2, 3), paragraph_index=12)]
    assert as_dicts(extract_signatures(word_pages({1: lines}, images))) == [
        {"role": "nav_leader", "name": "Kari Nordmann", "title": "Nav-leder", "date": "2020-01-27",
         "kind": "typed", "page": 1},
        {"role": "municipality", "name": "Ola Hansen", "title": "Rådmann", "date": "2020-01-28",
         "kind": "handwritten", "page": 1},
    ]


def test_name_wrapped_onto_the_next_line_of_its_cell():
    scan = ocr_page(3, [
        pdf_line("6. Forankring og underskrift", 3, 63, 59),
        two_columns("For Nav-kontoret", "For kommunen", 3, 85),
        Line(text="Navn (blokkbokstaver): Tone Ellingsen Navn (blokkbokstaver): Morten", page=3,
             bbox=(63, 130, 460, 140), words=pdf_line("Navn (blokkbokstaver): Tone Ellingsen", 3, 63, 130).words
             + pdf_line("Navn (blokkbokstaver): Morten", 3, 299, 130).words),
        pdf_line("Slettebakken", 3, 299, 142),
        two_columns("Tittel: Nav-leder", "Tittel: Kommunedirektør", 3, 155),
    ])
    found = extract_signatures(Document(path="scan.pdf", format="pdf", pages=[scan]))
    assert [(s.role, s.name, s.title) for s, _e in found] == [
        ("nav_leader", "Tone Ellingsen", "Nav-leder"), ("municipality", "Morten Slettebakken", "Kommunedirektør")]


def test_ocr_misread_titles_and_labels():
    """"underskritt", "Nav-teder", "Kommunalsief": what a poor copy gives."""
    scan = ocr_page(2, [
        pdf_line("Dato og underskritt, leder av Nav kontoret:", 2, 62, 92),
        pdf_line("Guri Haugen. Nav-teder", 2, 62, 165),
        pdf_line("Tynset, 30. januar 2020", 2, 62, 179),
        pdf_line("Dato og underskritt, kommunalsjef:", 2, 62, 300),
        pdf_line("Per Sletten", 2, 62, 360),
        pdf_line("Kommunalsief for helse og velferd", 2, 62, 374),
    ], images=[Image(page=2, bbox=(73, 120, 180, 160), name="ink"), Image(page=2, bbox=(73, 320, 180, 355), name="ink")])
    found = extract_signatures(Document(path="scan.pdf", format="pdf", pages=[scan]))
    assert [(s.role, s.name, s.title, s.kind) for s, _e in found] == [
        ("nav_leader", "Guri Haugen", "Nav-leder", "handwritten"),
        ("municipality", "Per Sletten", "Kommunalsjef for helse og velferd", "handwritten")]


def test_signature_read_as_tall_letters_is_a_mark_not_a_name():
    """Tesseract sometimes "reads" a signature ("idl Balu", three lines tall):
    it is the block's ink, never a second signer."""
    scribble = Line(text="idl Balu", page=2, bbox=(73, 119, 178, 146), confidence=0.2,
                    words=[Word("idl", (73, 119, 125, 146), 0.2), Word("Balu", (135, 126, 178, 144), 0.23)])
    scan = ocr_page(2, [
        pdf_line("6. Underskrift", 2, 62, 61),
        pdf_line("Dato og underskrift, leder av Nav-kontoret:", 2, 62, 92),
        scribble,
        pdf_line("Guri Haugen, Nav-leder", 2, 62, 165),
        pdf_line("Tynset, 30. januar 2020", 2, 62, 179),
    ])
    found = extract_signatures(Document(path="scan.pdf", format="pdf", pages=[scan]))
    assert [(s.role, s.name, s.kind) for s, _e in found] == [("nav_leader", "Guri Haugen", "handwritten")]


def test_instructions_about_signing_open_no_signature_zone():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Skjemaet skal underskrives av Nav-leder", 1, 72, 80),
        pdf_line("Leder av Nav-kontoret: Kari Nordmann", 1, 72, 110),
        pdf_line("Rådmann: Ola Hansen", 1, 72, 125),
    ]))
    assert extract_signatures(doc) == []


def test_place_date_over_names_over_titles_with_nothing_else():
    """No label and no line to sign on (it was drawn, not typed): the
    place-and-date line over the names is the date of both."""
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Kontaktperson: Jonas Kvam", 1, 66, 200),
        pdf_line("Prosjektet samler rådgivning og oppfølging i ett team fra 01.08.2020.", 1, 66, 400),
        pdf_line("Lillehammer, 30.01.2020", 1, 66, 470),
        two_columns("Randi Brenna", "Tore Haugli", 1, 528),
        two_columns("Nav-leder", "Kommunalsjef helse og velferd", 1, 546),
    ]))
    assert [(s.role, s.name, s.date, s.kind) for s, _e in extract_signatures(doc)] == [
        ("nav_leader", "Randi Brenna", "2020-01-30", "typed"),
        ("municipality", "Tore Haugli", "2020-01-30", "typed")]
    lines = [Line(text="Vi ønsker et fjerde år.", page=1), Line(text="Trysil, 28.01.2020", page=1),
             Line(text="", page=1), table_cell("Inger Aasen", 1, 0, table=1), table_cell("Odd Morten Holt", 1, 1, table=1),
             table_cell("NAV-leder", 2, 0, table=1), table_cell("Kommunedirektør", 2, 1, table=1)]
    assert [(s.name, s.title, s.date) for s, _e in extract_signatures(word_pages({1: lines}))] == [
        ("Inger Aasen", "NAV-leder", "2020-01-28"), ("Odd Morten Holt", "Kommunedirektør", "2020-01-28")]
