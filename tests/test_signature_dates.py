"""Which date is a signer's: the one in their block or on their ink's row,
never a date the document labels as something else; and an "elektronisk
godkjent" statement speaks only for the signers on its own page."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures, read_signatures
from soknad_extract.layout import Document, Image, Line, Page
from tests.builders.layouts import ink, ocr_page, pdf_line, pdf_page, pdf_pages, table_cell


def found(doc: Document) -> list[tuple[str, str | None, str | None, str]]:
    return [(s.role, s.name, s.date, s.kind) for s, _e in extract_signatures(doc)]


def test_dates_beside_ink_belong_to_that_row_not_the_nearest_name():
    # Stacked signers; each dates the signature on the ink's row, right of
    # it, above the printed name. The next signer's date stands closer to the
    # previous name than its own does.
    lines = [pdf_line("Signaturer", 1, 60, 300)]
    images = []
    signers = [("Mona Aasen", "Nav-leder", "03.02.2020"), ("Odd Rye", "Rådmann", "05.02.2020"),
               ("Siri Lund", "Kommunedirektør", "11.02.2020")]
    for i, (name, title, when) in enumerate(signers):
        top = 330 + i * 70
        images.append(ink(1, (64, top + 6, 204, top + 36), seed=10 + i))
        lines.append(pdf_line(when, 1, 262, top))
        lines.append(pdf_line(f"{name}, {title}", 1, 60, top + 44))
    doc = pdf_pages(pdf_page(1, lines, images=images))
    assert found(doc) == [
        ("nav_leader", "Mona Aasen", "2020-02-03", "handwritten"),
        ("municipality", "Odd Rye", "2020-02-05", "handwritten"),
        ("municipality", "Siri Lund", "2020-02-11", "handwritten"),
    ]


def test_a_date_labelled_as_the_start_never_dates_a_signature():
    page = pdf_page(1, [
        pdf_line("Planlagt oppstart: 15.08.2020", 1, 60, 200),
        pdf_line("Underskrift", 1, 60, 230),
        pdf_line("Trine Fossum", 1, 60, 262),
        pdf_line("Nav-leder", 1, 60, 276),
    ])
    assert found(pdf_pages(page)) == [("nav_leader", "Trine Fossum", None, "typed")]


def test_a_signers_table_cell_is_read_whole():
    # Word table: title, name and date in one cell, the line to sign on in
    # the cell below; the date under the name is that signer's.
    lines_1 = [Line(text="Søknad om tilskudd", page=1)]
    lines_2 = [
        table_cell("Nav-leder", 0, 0, page=2), table_cell("Pål Strand", 0, 0, page=2),
        table_cell("Eidvik, 21.01.2020", 0, 0, page=2),
        table_cell("Rådmann", 0, 1, page=2), table_cell("Gro Wiik", 0, 1, page=2),
        table_cell("Eidvik, 23.01.2020", 0, 1, page=2),
        table_cell("Signatur: ____________", 1, 0, page=2), table_cell("Signatur: ____________", 1, 1, page=2),
    ]
    doc = Document(path="t.docx", format="docx", pages=[Page(number=1, lines=lines_1), Page(number=2, lines=lines_2)])
    assert found(doc) == [
        ("nav_leader", "Pål Strand", "2020-01-21", "typed"),
        ("municipality", "Gro Wiik", "2020-01-23", "typed"),
    ]


def test_an_approval_statement_speaks_for_its_own_page_only():
    letter = pdf_page(1, [
        pdf_line("Vi sender over søknaden fra Nav Eidvik.", 1, 60, 120),
        pdf_line("Med hilsen", 1, 60, 160),
        pdf_line("Eva Holm", 1, 60, 190),
        pdf_line("kommunalsjef", 1, 60, 204),
        pdf_line("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", 1, 60, 230),
    ])
    application = pdf_page(2, [
        pdf_line("Underskrift", 2, 60, 500),
        pdf_line("Pål Strand", 2, 60, 540),
        pdf_line("Nav-leder", 2, 60, 554),
    ])
    kinds = {name: kind for _role, name, _date, kind in found(pdf_pages(letter, application))}
    assert kinds["Pål Strand"] == "typed"
    assert kinds["Eva Holm"] == "electronic_approval"


def test_an_approval_statement_at_the_top_of_the_next_page_still_counts():
    signers = pdf_page(1, [
        pdf_line("Underskrift", 1, 60, 700),
        pdf_line("Pål Strand", 1, 60, 740),
        pdf_line("Nav-leder", 1, 60, 754),
    ])
    statement = pdf_page(2, [
        pdf_line("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", 2, 60, 60),
    ])
    assert found(pdf_pages(signers, statement)) == [("nav_leader", "Pål Strand", None, "electronic_approval")]


def test_date_lines_over_wide_ink_in_narrow_columns_stay_with_their_column():
    # Narrow columns: each ink is wider than its column and reaches under
    # the neighbour's date line; a date line over an ink is no date beside it.
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Signaturer", 1, 60, 400),
        pdf_line("Lia, 2.3.2020", 1, 60, 440), pdf_line("Lia, 9.3.2020", 1, 170, 440),
        pdf_line("Elin Berg", 1, 60, 506), pdf_line("Tor Moe", 1, 170, 506),
        pdf_line("Nav-leder", 1, 60, 520), pdf_line("Rådmann", 1, 170, 520),
    ], images=[ink(1, (60, 456, 190, 500), seed=21), ink(1, (170, 456, 300, 500), seed=22)]))
    assert found(doc) == [
        ("nav_leader", "Elin Berg", "2020-03-02", "handwritten"),
        ("municipality", "Tor Moe", "2020-03-09", "handwritten"),
    ]


def test_approval_lines_with_the_date_before_av():
    doc = Document(path="t.docx", format="docx", pages=[Page(number=1, lines=[
        Line(text="Søknad om tilskudd", page=1),
        Line(text="Dokumentet er elektronisk godkjent.", page=1),
        Line(text="Signert 03.03.2020 av Nav-leder Lise Hovland", page=1),
        Line(text="Signert 4. mars 2020 av rådmann Geir Tveit", page=1),
    ])])
    assert found(doc) == [
        ("nav_leader", "Lise Hovland", "2020-03-03", "electronic_approval"),
        ("municipality", "Geir Tveit", "2020-03-04", "electronic_approval"),
    ]


def test_a_letters_dateline_dates_its_undated_closing():
    letter = pdf_page(1, [
        pdf_line("Nav Fjellby", 1, 60, 50),
        pdf_line("Mo i Rana, 6. februar 2020", 1, 340, 64),
        pdf_line("Søknad om tilskudd til sosiale tjenester", 1, 60, 110),
        pdf_line("Prosjektet starter 01.04.2020.", 1, 60, 130),
        pdf_line("Vennlig hilsen", 1, 60, 600),
        pdf_line("Une Ravn", 1, 60, 650), pdf_line("Arne Lid", 1, 300, 650),
        pdf_line("Nav-leder", 1, 60, 664), pdf_line("Rådmann", 1, 300, 664),
    ], images=[ink(1, (60, 612, 200, 646), seed=31), ink(1, (300, 612, 440, 646), seed=32)])
    assert found(pdf_pages(letter)) == [
        ("nav_leader", "Une Ravn", "2020-02-06", "handwritten"),
        ("municipality", "Arne Lid", "2020-02-06", "handwritten"),
    ]


def test_a_date_in_a_sentence_at_the_head_is_no_dateline():
    page = pdf_page(1, [
        pdf_line("Søknad fra Nav Fjellby, mottatt 06.02.2020", 1, 60, 64),
        pdf_line("Vennlig hilsen", 1, 60, 600),
        pdf_line("Une Ravn", 1, 60, 650),
        pdf_line("Nav-leder", 1, 60, 664),
    ], images=[ink(1, (60, 612, 200, 646), seed=31)])
    assert found(pdf_pages(page)) == [("nav_leader", "Une Ravn", None, "handwritten")]


def test_ink_without_readable_words_is_reported_unclaimed():
    # A photographed page: OCR found the ink but read no words around it.
    page = ocr_page(1, [pdf_line("Søknad om tilskot", 1, 60, 60), pdf_line("Sum søkt kr 300 000", 1, 60, 200)],
                    images=[Image(page=1, bbox=(70, 500, 190, 530), name="ink", ink_ratio=0.07)])
    reading = read_signatures(pdf_pages(page))
    assert reading.signatures == []
    assert [(i.page, i.bbox) for i in reading.unclaimed_ink] == [(1, (70, 500, 190, 530))]


def test_ink_on_a_signature_block_is_not_unclaimed():
    doc = pdf_pages(pdf_page(1, [
        pdf_line("Underskrift", 1, 60, 560),
        pdf_line("Une Ravn", 1, 60, 650),
        pdf_line("Nav-leder", 1, 60, 664),
    ], images=[ink(1, (60, 600, 200, 640), seed=33)]))
    reading = read_signatures(doc)
    assert [s.kind for s, _e in reading.signatures] == ["handwritten"]
    assert reading.unclaimed_ink == []
