"""A signer's caption over the line to sign on (issue 12, class 5): title,
name and place and date stacked above "Underskrift: ____", in table rows,
in PDF columns or in Word paragraphs, are that signer's; a form question
above a signing line is not."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Document, Line, Page
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, table_cell

INTRO = [Line(text="Søknad om tilskudd til tjenesteutvikling", page=1), Line(text="Kontaktperson: Siv Lunde", page=1)]


def found(doc: Document) -> list[tuple[str, str | None, str | None, str]]:
    return [(s.role, s.name, s.date, s.kind) for s, _e in extract_signatures(doc)]


def _word(lines: list[Line]) -> Document:
    return Document(path="t.docx", format="docx", pages=[Page(number=1, lines=INTRO + lines)])


def test_a_table_row_for_each_part_of_the_caption():
    rows = [("Leder Nav Åsli", "Rådmann"), ("Jon Tveit", "Mia Holt"),
            ("Åsli, 14.02.2020", "Åsli, 17.02.2020"), ("Signatur", "Signatur")]
    cells = [table_cell(text, r, c, table=1) for r, pair in enumerate(rows) for c, text in enumerate(pair)]
    assert found(_word(cells)) == [
        ("nav_leader", "Jon Tveit", "2020-02-14", "typed"),
        ("municipality", "Mia Holt", "2020-02-17", "typed"),
    ]


def test_pdf_columns_with_room_to_sign_above_the_line():
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til tjenesteutvikling", 1, 60, 60),
        pdf_line("Enhetsleder", 1, 70, 470), pdf_line("Kommunedirektør", 1, 320, 470),
        pdf_line("Jon Tveit", 1, 70, 484), pdf_line("Mia Holt", 1, 320, 484),
        pdf_line("Åsli, 14.02.2020", 1, 70, 498), pdf_line("Åsli, 17.02.2020", 1, 320, 498),
        pdf_line("Underskrift: ______________", 1, 70, 540), pdf_line("Underskrift: ______________", 1, 320, 540),
    ])
    assert found(pdf_pages(page)) == [
        ("nav_leader", "Jon Tveit", "2020-02-14", "typed"),
        ("municipality", "Mia Holt", "2020-02-17", "typed"),
    ]


def test_pdf_caption_over_a_signed_line_is_handwritten():
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til tjenesteutvikling", 1, 60, 60),
        pdf_line("Enhetsleder", 1, 70, 470), pdf_line("Jon Tveit", 1, 70, 484),
        pdf_line("Underskrift: ______________", 1, 70, 540),
    ], images=[ink(1, (130, 512, 250, 542), seed=51)])
    assert found(pdf_pages(page)) == [("nav_leader", "Jon Tveit", None, "handwritten")]


def test_word_paragraphs_caption_then_line_for_each_signer():
    texts = ["Leder Nav Åsli", "Jon Tveit", "Åsli, 14.02.2020", "Underskrift: __________",
             "Ordfører", "Mia Holt", "Åsli, 17.02.2020", "Underskrift: __________"]
    assert found(_word([Line(text=t, page=1) for t in texts])) == [
        ("nav_leader", "Jon Tveit", "2020-02-14", "typed"),
        ("municipality", "Mia Holt", "2020-02-17", "typed"),
    ]


def test_form_answers_above_a_signing_line_are_no_caption():
    # The applicant section's questions run down to the line to sign on:
    # the office leader's name there answers a question, it signs nothing.
    texts = ["Leder av Nav-kontoret: Jon Tveit", "E-post: jon.tveit@nav.no", "Underskrift: __________"]
    assert found(_word([Line(text=t, page=1) for t in texts])) == []


def test_prose_above_a_signing_line_ends_the_caption():
    texts = ["Søknaden er drøftet med rådmannen og tillitsvalgte i januar.", "Jon Tveit",
             "Underskrift: __________"]
    assert found(_word([Line(text=t, page=1) for t in texts])) == []
