"""A paper form's signing columns side by side, each headed by the party it
signs for ("For kommunen" | "På vegne av Nav Fjellvik"), then the date,
room to sign, a caption under the line, and the name and title written by
hand, which OCR reads badly or not at all: the heading says whose column it
is. Ink the OCR reader finds in the form's answers above the signing section
is an answer written by hand, never a signer it could not read. Built here,
laid out and worded unlike the corpus forms (municipality first, "Signatur",
"Tittel", a "På vegne av" heading)."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures, read_signatures
from soknad_extract.layout import Image, Line
from tests.builders.layouts import ocr_page, pdf_line, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"
LEFT, RIGHT = 60.0, 310.0


def _pen(x: float, top: float) -> Image:
    """Strokes the OCR reader found where no word could be read."""
    return Image(page=1, bbox=(x + 10, top, x + 150, top + 26), name="ink", ink_ratio=0.08)


def _column(x: float, heading: str, name: str | None, title: str | None) -> list[Line]:
    lines = [pdf_line(heading, 1, x, 600), pdf_line("Dato:", 1, x, 616), pdf_line("12.01.2020", 1, x + 50, 614),
             pdf_line("Signatur", 1, x, 680), pdf_line("Navn:", 1, x, 694), pdf_line("Tittel:", 1, x, 712)]
    if name:
        lines.append(pdf_line(name, 1, x + 40, 692, size=13))
    if title:
        lines.append(pdf_line(title, 1, x + 40, 710, size=13))
    return lines


def _form(left: tuple[str | None, str | None], right: tuple[str | None, str | None],
          pens: tuple[bool, bool] = (True, True), answers: list[Image] = ()):
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Navn på tiltaket", 1, 60, 120),
             pdf_line("Underskrifter", 1, 60, 580),
             *_column(LEFT, "For kommunen", *left), *_column(RIGHT, "På vegne av Nav Fjellvik", *right)]
    images = [_pen(x, 646) for x, pen in zip((LEFT, RIGHT), pens) if pen] + list(answers)
    return pdf_pages(ocr_page(1, lines, images))


def _signers(doc) -> list[tuple[str, str | None, str]]:
    return [(s.role, s.name, s.kind) for s, _evidence in extract_signatures(doc)]


def test_misread_handwritten_titles_take_their_column_headings_role() -> None:
    doc = _form(("Per Olsen", "Rådmamm"), ("Kari Lunde", "Naw-lcder"))
    assert _signers(doc) == [("municipality", "Per Olsen", "handwritten"),
                             ("nav_leader", "Kari Lunde", "handwritten")]


def test_ink_under_a_heading_whose_name_was_not_read_is_that_partys() -> None:
    # The neighbour's block (name over a title read right) reaches down beside the ink.
    doc = _form(("Per Olsen", "Kommunedirektør"), (None, None))
    assert _signers(doc) == [("municipality", "Per Olsen", "handwritten"),
                             ("nav_leader", None, "handwritten")]


def test_a_column_left_empty_gives_that_party_no_signature() -> None:
    doc = _form(("Per Olsen", "Rådmamm"), (None, None), pens=(True, False))
    assert _signers(doc) == [("municipality", "Per Olsen", "handwritten")]


def test_a_column_holding_the_other_partys_title_is_left_alone() -> None:
    # Signed by delegation or filled in the wrong column: not the heading's to say.
    doc = _form(("Per Olsen", "Nav-leder"), ("Kari Lunde", "Naw-lcder"))
    assert ("municipality", "Per Olsen", "handwritten") not in _signers(doc)


def test_handwritten_answers_above_the_signing_section_are_no_unread_signer() -> None:
    answers = [Image(page=1, bbox=(64, 134, 180, 148), name="ink", ink_ratio=0.07)]
    doc = _form(("Per Olsen", "Rådmamm"), (None, None), pens=(True, False), answers=answers)
    assert read_signatures(doc).unread_signer_pages(doc) == ()


def test_ink_by_the_signing_section_still_makes_its_page_one_to_check() -> None:
    # No heading, no caption read: strokes where signers sign, nobody beside them.
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Underskrifter", 1, 60, 580)]
    doc = pdf_pages(ocr_page(1, lines, [_pen(LEFT, 640)]))
    assert read_signatures(doc).unread_signer_pages(doc) == (1,)
