"""Signing blocks in stacks, grids, tables and wrapped approval sentences
(fix17d): every signer kept, each with its own row's or block's title, date
and name.

Documents built here in the layout model; wordings are this file's own."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Image, Line
from tests.builders.layouts import as_tuples, ink, ocr_page, pdf_line, pdf_page, pdf_pages, table_cell, word_pages
from tools.samplegen.signed import scribble_png


def _approval_page(heading: str, statement: list[str]):
    lines = [pdf_line("Søknad om tilskot til sosiale tenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Sunndal", 1, 60, 80),
             pdf_line(heading, 1, 60, 640)]
    lines += [pdf_line(text, 1, 60, 660 + 16 * i) for i, text in enumerate(statement)]
    return pdf_pages(pdf_page(1, lines))


def test_an_approval_sentence_wrapped_inside_a_name_under_a_heading_keeps_both_approvers():
    doc = _approval_page("Godkjenning", [
        "Søknaden er elektronisk godkjend og har difor ingen",
        "handskrivne signaturar. Godkjend av Nav-leiar Anne Marit",
        "Solheim 21.01.2020 og rådmann Ivar Dale 22.01.2020.",
    ])
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Anne Marit Solheim", "Nav-leiar", "2020-01-21", "electronic_approval"),
        ("municipality", "Ivar Dale", "Rådmann", "2020-01-22", "electronic_approval"),
    ]


def _word_form(*paragraphs: str):
    lines = [Line(text=t, page=1) for t in paragraphs]
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(5 + k),
                      paragraph_index=i) for k, i in enumerate(i for i, t in enumerate(paragraphs) if t == "")]
    return word_pages({1: lines}, pictures)


def test_an_empty_captioned_block_under_a_signed_one_does_not_take_its_name_or_ink():
    """Each caption heads its own name and date fields; the lower role has
    not signed (no ink, empty fields): the ink and name above are the upper
    caption's."""
    doc = _word_form("Søknad om tilskot til sosiale tenester i Nav 2020", "Nav-kontor: Nav Sunndal",
                     "Underskrift Nav-leiar", "", "Namn: Kari Vik", "Dato: 21.01.2020",
                     "Underskrift rådmann", "Namn:", "Dato:")
    assert [(s.role, s.kind, s.name) for s, _e in extract_signatures(doc)] == [
        ("nav_leader", "handwritten", "Kari Vik")]


def test_the_date_printed_over_each_signature_is_that_signers():
    """Two columns: "Dato: …" over the room to sign, the line, then name
    and title under it."""
    lines = [pdf_line("Søknad om tilskot til sosiale tenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Sunndal", 1, 60, 80),
             pdf_line("Dato: 20.01.2020", 1, 80, 470), pdf_line("Dato: 04.02.2020", 1, 320, 470),
             pdf_line("____________________________", 1, 80, 538), pdf_line("____________________________", 1, 320, 538),
             pdf_line("Hanne Lie", 1, 80, 560), pdf_line("Odd Rui", 1, 320, 560),
             pdf_line("Nav-leiar", 1, 80, 582), pdf_line("Rådmann", 1, 320, 582)]
    doc = pdf_pages(pdf_page(1, lines, [ink(1, (90, 492, 220, 528), seed=3), ink(1, (330, 492, 460, 528), seed=4)]))
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Hanne Lie", "Nav-leiar", "2020-01-20", "handwritten"),
        ("municipality", "Odd Rui", "Rådmann", "2020-02-04", "handwritten"),
    ]


def test_a_signing_table_keeps_every_municipalitys_row_when_a_role_comes_back():
    """One row per signer; the same title in rows two apart, another
    municipality's row between them: three municipal signers, not two."""
    rows = [("Rolle", "Stad og dato", "Underskrift", "Namn"),
            ("Nav-leiar, Nav Indre Sogn", "Årdal 20.01.2020", "", "Live Bøe"),
            ("Kommunedirektør, Lærdal kommune", "Lærdal 21.01.2020", "", "Nils Hauge"),
            ("Rådmann, Aurland kommune", "Aurland 22.01.2020", "", "Siv Vangen"),
            ("Kommunedirektør, Årdal kommune", "Årdal 24.01.2020", "", "Ove Hæreid")]
    lines = [Line(text="Søknad om tilskot til sosiale tenester i Nav 2020", page=1),
             Line(text="Vi søkjer om ei heil stilling.", page=1)]
    lines += [table_cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(r),
                      table_cell=(0, r, 2)) for r in (1, 2, 3, 4)]
    found = [(s.role, s.name, s.date) for s, _e in extract_signatures(word_pages({1: lines}, pictures))]
    assert found == [("nav_leader", "Live Bøe", "2020-01-20"), ("municipality", "Nils Hauge", "2020-01-21"),
                     ("municipality", "Siv Vangen", "2020-01-22"), ("municipality", "Ove Hæreid", "2020-01-24")]


def test_a_grid_of_municipal_leaders_keeps_each_signer_with_its_own_office():
    """Two by two: "Rådmann, <municipality>" over the ink, "Name date" under
    it; the lower row's titles stand close under the upper row's names."""
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Midt-Troms", 1, 60, 80),
             pdf_line("Signaturer", 1, 60, 380)]
    images = []
    for row, (left, right) in enumerate([(("Rådmann, Bardu", "Tone Dahl 22.01.2020"),
                                          ("Rådmann, Målselv", "Geir Holm 23.01.2020")),
                                         (("Rådmann, Sørreisa", "Unni Berg 24.01.2020"),
                                          ("Rådmann, Dyrøy", "Jan Eek 27.01.2020"))]):
        top = 420 + 92 * row
        for x, (title, name) in ((70, left), (320, right)):
            lines += [pdf_line(title, 1, x, top), pdf_line(name, 1, x, top + 62)]
            images.append(ink(1, (x + 5, top + 16, x + 130, top + 56), seed=row * 2 + x // 300))
    found = [(s.role, s.name, s.date) for s, _e in extract_signatures(pdf_pages(pdf_page(1, lines, images)))]
    assert sorted(found) == [("municipality", "Geir Holm", "2020-01-23"), ("municipality", "Jan Eek", "2020-01-27"),
                             ("municipality", "Tone Dahl", "2020-01-22"), ("municipality", "Unni Berg", "2020-01-24")]


def test_an_approval_table_of_two_offices_keeps_each_name_with_its_own_row():
    """Name | Title | Date, a row per approver, the Nav leaders of two offices
    in rows two apart: four approvers, each name with its own title."""
    rows = [("Navn", "Tittel", "Dato"),
            ("Mona Lid", "Nav-leder, Nav Hof", "20.01.2020"),
            ("Kai Rud", "Kommunedirektør, Hof", "22.01.2020"),
            ("Eva Sand", "Nav-leder, Nav Re", "21.01.2020"),
            ("Tor Vik", "Kommunedirektør, Re", "24.01.2020")]
    lines = [Line(text="Søknad om tilskudd til sosiale tjenester i Nav 2020", page=1),
             Line(text="Søknaden er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", page=1)]
    lines += [table_cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(word_pages({1: lines}))]
    assert found == [("nav_leader", "Mona Lid", "electronic_approval"), ("municipality", "Kai Rud", "electronic_approval"),
                     ("nav_leader", "Eva Sand", "electronic_approval"), ("municipality", "Tor Vik", "electronic_approval")]


def test_a_pen_stroke_read_as_a_mark_on_a_scan_does_not_part_a_caption_from_its_name():
    """Side-by-side columns on a scan: OCR reads a stroke of the right ink as
    "~"; the caption over it still has the name under the pen space."""
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Lindesnes", 1, 60, 80),
             pdf_line("Nav-leder", 1, 60, 384), pdf_line("Rådmann", 1, 320, 385),
             pdf_line("~", 1, 360, 430),
             pdf_line("Siri Vatne", 1, 60, 458), pdf_line("Per Egeland", 1, 321, 457),
             pdf_line("Mandal, 22.01.2020", 1, 60, 472), pdf_line("Mandal, 27.01.2020", 1, 320, 471)]
    page = ocr_page(1, lines, [ink(1, (70, 400, 190, 450), seed=2), ink(1, (330, 400, 450, 450), seed=6)])
    assert as_tuples(extract_signatures(pdf_pages(page))) == [
        ("nav_leader", "Siri Vatne", "Nav-leder", "2020-01-22", "handwritten"),
        ("municipality", "Per Egeland", "Rådmann", "2020-01-27", "handwritten"),
    ]


def test_a_pdf_signing_block_cut_by_a_page_break_keeps_its_ink():
    """Place and date, ink and lines at the foot of page 1; the running
    footer; a running header, then names and titles at the top of page 2."""
    page1 = pdf_page(1, [pdf_line("Søknad om tilskot til sosiale tenester i Nav", 1, 60, 60),
                         pdf_line("Nav-kontor: Nav Voss", 1, 60, 80),
                         pdf_line("Underskrifter", 1, 60, 360),
                         pdf_line("Stad og dato: Voss, 21.01.2020", 1, 60, 378),
                         pdf_line("Stad og dato: Voss, 22.01.2020", 1, 320, 378),
                         pdf_line("Sakshandsamar: Voss kommune · Side 1 av 2", 1, 60, 800)],
                     [ink(1, (70, 690, 200, 730), seed=8), ink(1, (330, 690, 460, 730), seed=9)])
    page2 = pdf_page(2, [pdf_line("Voss herad – Nav Voss", 2, 60, 24),
                         pdf_line("Brita Kvale", 2, 60, 70), pdf_line("Lars Gjerme", 2, 320, 70),
                         pdf_line("Nav-leiar", 2, 60, 88), pdf_line("Kommunedirektør", 2, 320, 88),
                         pdf_line("Vedlegg: budsjett", 2, 60, 130)])
    assert [(s.role, s.name, s.kind) for s, _e in extract_signatures(pdf_pages(page1, page2))] == [
        ("nav_leader", "Brita Kvale", "handwritten"), ("municipality", "Lars Gjerme", "handwritten")]


def test_a_word_signing_table_cut_by_a_page_break_keeps_its_ink():
    """The ink row and lines end page 1 (a table), the names and titles open
    page 2 in a table of their own."""
    page1 = [Line(text="Søknad om tilskot til sosiale tenester i Nav 2020", page=1),
             Line(text="Med venleg helsing", page=1),
             table_cell("", 0, 0), table_cell("__________________", 0, 0),
             table_cell("", 0, 1), table_cell("__________________", 0, 1)]
    page2 = [table_cell("Brita Kvale", 0, 0, page=2), table_cell("Nav-leiar", 0, 0, page=2),
             table_cell("Lars Gjerme", 0, 1, page=2), table_cell("Kommunedirektør", 0, 1, page=2)]
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(11 + c),
                      paragraph_index=2 + 2 * c, table_cell=(0, 0, c)) for c in (0, 1)]
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(word_pages({1: page1, 2: page2}, pictures))]
    assert found == [("nav_leader", "Brita Kvale", "handwritten"), ("municipality", "Lars Gjerme", "handwritten")]
