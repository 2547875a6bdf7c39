"""A form's signing column: an upper-case role caption, room to sign, then "NAMN" over the
name field and "STAD OG DATO" over the place-and-date field. Built here."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.formcolumn import captioned_form_column
from soknad_extract.layout import Line
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


# --- a form's signing column ------------------------------------------------------------------

def _form_column(left_name: list[Line] | None = None):
    lines = [pdf_line(HEAD, 1, 50, 71),
             pdf_line("NAV-LEIAR", 1, 50, 522), pdf_line("KOMMUNEDIREKTØR", 1, 310, 522),
             pdf_line("NAMN", 1, 50, 584), pdf_line("NAMN", 1, 310, 584),
             pdf_line("Sigurd Tveit", 1, 312, 599),
             pdf_line("STAD OG DATO", 1, 50, 618), pdf_line("STAD OG DATO", 1, 310, 618),
             pdf_line("Tynset, 29. januar 2020", 1, 52, 633), pdf_line("Tynset, 31. januar 2020", 1, 312, 633)]
    lines += left_name if left_name is not None else [pdf_line("Randi Nygård", 1, 52, 599)]
    images = [ink(1, (67.0, 546.0, 190.0, 571.0), seed=4), ink(1, (325.0, 546.0, 452.0, 571.0), seed=5)]
    return pdf_pages(pdf_page(1, lines, images))


def test_upper_case_caption_over_name_and_place_fields_is_the_signers() -> None:
    assert _signers(_form_column()) == [
        ("nav_leader", "handwritten", "Randi Nygård", "Nav-leiar", "2020-01-29"),
        ("municipality", "handwritten", "Sigurd Tveit", "Kommunedirektør", "2020-01-31"),
    ]


def test_a_question_in_the_column_stops_the_caption_search() -> None:
    doc = _form_column(left_name=[pdf_line("Leiar av Nav-kontoret: Randi Nygård", 1, 52, 599)])
    frags = fragments(doc)
    opener = next(f for f in frags if f.text == "STAD OG DATO" and f.box[0] < 100)
    assert captioned_form_column(opener, frags) == []
    right = next(f for f in frags if f.text == "STAD OG DATO" and f.box[0] > 300)
    assert [f.text for f in captioned_form_column(right, frags)] == ["Sigurd Tveit", "NAMN", "KOMMUNEDIREKTØR"]
