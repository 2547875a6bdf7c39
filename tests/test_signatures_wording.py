"""Signatures in every wording (issue 12, class 5): approval lists in both
languages, several signers on one line, signature tables whose cells hold
the title and the name on separate lines, more than one municipal signer.

The documents are built here in the layout model, as the readers would build
them; none is a copy of a development-set file."""

from __future__ import annotations

import io
import math

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.ink import classify_image
from soknad_extract.extract.signatures.lists import listed_signers
from soknad_extract.extract.signatures.wording import full_dates
from soknad_extract.layout import Image, Line, Page
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages, table_cell, two_columns, word_pages
from tools.samplegen.signed import scribble_png


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


def test_approval_list_lines_wrapped_in_a_narrow_column():
    doc = form_page(["Underskrift", "Søknaden er elektronisk godkjent og har ingen",
                     "håndskrevne signaturer.", "Godkjent av: Jon Berg, Leder Nav Gran",
                     "(2/2-2021)", "Godkjent av: Siv Lund, Kommunalsjef for helse",
                     "og velferd (4/2-2021)"])
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Jon Berg", "Leder", "2021-02-02", "electronic_approval"),
        ("municipality", "Siv Lund", "Kommunalsjef for helse og velferd", "2021-02-04", "electronic_approval"),
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


# --- Word signature tables: ink row over a caption row -------------------------------------

def _ink_in_cell(table: int, row: int, col: int, paragraph: int) -> Image:
    return Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(3 + col + table),
                 table_cell=(table, row, col), paragraph_index=paragraph)


def test_word_table_ink_row_over_captions_with_a_line_break_between_title_and_name():
    lines = [Line(text="Fauske, 4.2.2021", page=1),
             table_cell("", 0, 0), table_cell("", 0, 1),
             table_cell("Leder, Nav Fauske\nJon Berg", 1, 0), table_cell("Kommunedirektør\nSiv Lund", 1, 1)]
    images = [_ink_in_cell(0, 0, c, 1 + c) for c in (0, 1)]
    assert as_tuples(extract_signatures(word_pages({1: lines}, images))) == [
        ("nav_leader", "Jon Berg", "Leder", "2021-02-04", "handwritten"),
        ("municipality", "Siv Lund", "Kommunedirektør", "2021-02-04", "handwritten"),
    ]


def test_several_municipalities_each_sign_in_their_own_cell():
    lines = [Line(text="Signaturer", page=1),
             table_cell("", 0, 0), table_cell("", 0, 1),
             table_cell("Nav-leder\nJon Berg", 1, 0), table_cell("Rådmann i Saltdal\nSiv Lund", 1, 1),
             table_cell("", 0, 0, table=1), table_cell("", 0, 1, table=1),
             table_cell("Rådmann i Beiarn\nPer Moe", 1, 0, table=1),
             table_cell("Kommunedirektør i Gildeskål\nAnn Lie", 1, 1, table=1)]
    images = [_ink_in_cell(0, 0, 0, 1), _ink_in_cell(0, 0, 1, 2), _ink_in_cell(1, 0, 0, 5), _ink_in_cell(1, 0, 1, 6)]
    assert as_tuples(extract_signatures(word_pages({1: lines}, images))) == [
        ("nav_leader", "Jon Berg", "Nav-leder", None, "handwritten"),
        ("municipality", "Siv Lund", "Rådmann", None, "handwritten"),
        ("municipality", "Per Moe", "Rådmann", None, "handwritten"),
        ("municipality", "Ann Lie", "Kommunedirektør", None, "handwritten"),
    ]


def test_a_heading_and_the_caption_under_the_name_stay_one_signer():
    lines = [Line(text="Underskrift", page=1),
             table_cell("Signatur rådmann", 0, 0), table_cell("", 1, 0),
             table_cell("Siv Lund", 2, 0), table_cell("Rådmann", 3, 0)]
    found = extract_signatures(word_pages({1: lines}, [_ink_in_cell(0, 1, 0, 2)]))
    assert as_tuples(found) == [("municipality", "Siv Lund", "Rådmann", None, "handwritten")]
    assert "Signatur rådmann" in found[0][1].text


# --- ink ----------------------------------------------------------------------------------

def _thin_stroke_png(colour: tuple[int, int, int]) -> bytes:
    """A one-stroke signature drawn small with a fine pen: at 180×60 px the
    line is mostly its anti-aliased edge."""
    scale = 4
    img = PILImage.new("RGB", (180 * scale, 60 * scale), "white")
    points = [(x * scale, (30 + 18 * math.sin(x / 7.0) * math.cos(x / 23.0)) * scale) for x in range(8, 172)]
    ImageDraw.Draw(img).line(points, fill=colour, width=3)
    out = io.BytesIO()
    img.resize((180, 60), PILImage.Resampling.LANCZOS).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("colour,is_ink", [((40, 60, 150), True), ((170, 170, 170), False), ((200, 60, 40), False)])
def test_a_fine_blue_pen_drawn_small_is_ink_a_pale_grey_or_red_line_is_not(colour, is_ink):
    image = Image(page=2, bbox=(65, 147, 195, 190), data=_thin_stroke_png(colour), pixel_width=180, pixel_height=60)
    assert classify_image(image, Page(number=2, width=595, height=842)).is_ink is is_ink


# --- roles need a title or a label ----------------------------------------------------------

def test_a_cover_letters_adviser_takes_no_role_by_position():
    cover = pdf_page(1, [pdf_line("Oversendelse av søknad", 1, 60, 60), pdf_line("Med vennlig hilsen", 1, 60, 600),
                         pdf_line("Håvard Linnerud", 1, 60, 660), pdf_line("Seniorrådgiver", 1, 60, 674)],
                     images=[ink(1, (60, 612, 210, 655), seed=5)])
    form = pdf_page(2, [pdf_line("Underskrift", 2, 60, 500), pdf_line("Signatur Nav-leder", 2, 60, 520),
                        pdf_line("Jon Berg", 2, 60, 590), pdf_line("Nav-leder", 2, 60, 604)],
                    images=[ink(2, (60, 534, 210, 584), seed=6)])
    assert as_tuples(extract_signatures(pdf_pages(cover, form))) == [
        ("nav_leader", "Jon Berg", "Nav-leder", None, "handwritten")]


def test_a_stop_in_the_application_after_a_cover_letter_does_not_hide_its_signatures():
    letter = [Line(text="Vi oversender søknaden fra Nav Gran.", page=1), Line(text="Med vennlig hilsen", page=1),
              table_cell("Seniorrådgiver", 0, 0), table_cell("Håvard Linnerud", 1, 0)]
    form = [Line(text="Søknad om tilskudd", page=2),
            table_cell("Kontaktperson", 0, 0, page=2), table_cell("Åse Lie", 0, 1, page=2),
            Line(text="Beskrivelse av tiltaket.", page=2),
            Line(text="Sted og dato: Gran, 2.2.2021", page=2),
            table_cell("", 0, 0, page=2, table=1), table_cell("", 0, 1, page=2, table=1),
            table_cell("Nav-leder\nJon Berg", 1, 0, page=2, table=1),
            table_cell("Rådmann\nSiv Lund", 1, 1, page=2, table=1)]
    images = [Image(page=2, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(c + 3),
                    table_cell=(1, 0, c), paragraph_index=5 + c) for c in (0, 1)]
    assert as_tuples(extract_signatures(word_pages({1: letter, 2: form}, images))) == [
        ("nav_leader", "Jon Berg", "Nav-leder", "2021-02-02", "handwritten"),
        ("municipality", "Siv Lund", "Rådmann", "2021-02-02", "handwritten"),
    ]


# --- stamps -----------------------------------------------------------------------------------

def _box_stamp_png() -> bytes:
    """An office stamp: the office's name and address in a rectangular frame, in blue."""
    img = PILImage.new("RGB", (600, 200), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((6, 6, 594, 194), outline=(30, 50, 150), width=5)
    draw.text((40, 30), "NAV GRAN", fill=(30, 50, 150), font=ImageFont.load_default(size=44))
    draw.text((40, 110), "2750 GRAN", fill=(30, 50, 150), font=ImageFont.load_default(size=36))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_a_stamp_over_ink_neither_signs_nor_hides_the_signature():
    stamp = lambda box: Image(page=1, bbox=box, data=_box_stamp_png(), pixel_width=600, pixel_height=200)  # noqa: E731
    page = pdf_page(1, [
        pdf_line("Underskrift", 1, 72, 560),
        two_columns("Signatur Nav-leder", "Signatur rådmann", 1, 580),
        two_columns("Jon Berg", "Siv Lund", 1, 650),
        two_columns("Nav-leder", "Rådmann", 1, 664),
    ], images=[ink(1, (76, 596, 226, 644), seed=2), stamp((150, 600, 270, 640)), stamp((324, 598, 444, 638))])
    assert as_tuples(extract_signatures(pdf_pages(page))) == [
        ("nav_leader", "Jon Berg", "Nav-leder", None, "handwritten"),
        ("municipality", "Siv Lund", "Rådmann", None, "typed"),
    ]


def test_names_ending_a_page_take_the_titles_that_open_the_next():
    first = pdf_page(1, [pdf_line("Søknad om tilskudd", 1, 72, 60), pdf_line("Underskrifter", 1, 72, 700),
                         two_columns("Gran, 2.2.2021", "Gran, 3.2.2021", 1, 720),
                         two_columns("Jon Berg", "Siv Lund", 1, 790)])
    second = pdf_page(2, [two_columns("Nav-leder", "Rådmann", 2, 56), pdf_line("Vedlegg: budsjett", 2, 72, 120)])
    assert as_tuples(extract_signatures(pdf_pages(first, second))) == [
        ("nav_leader", "Jon Berg", "Nav-leder", "2021-02-02", "typed"),
        ("municipality", "Siv Lund", "Rådmann", "2021-02-03", "typed"),
    ]
