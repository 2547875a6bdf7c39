"""A web-form print's approval fields: each role label says what to type
("Godkjent av Nav-leder (navn, dato)"), the answer in the box under it. The
name under the label is that role's, not the previous field's name above."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.asks import asks_name_below
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def test_name_under_a_label_that_asks_for_it_is_the_labels() -> None:
    lines = [pdf_line(HEAD, 1, 50, 40), pdf_line("18. Godkjenning", 1, 50, 500),
             pdf_line("Godkjent av Nav-leder (navn, dato)", 1, 50, 513),
             pdf_line("Trude Holm, 23.01.2020", 1, 54, 526),
             pdf_line("Godkjent av kommunedirektør (navn, dato)", 1, 50, 543),
             pdf_line("Arne Wik, 30.01.2020", 1, 54, 556)]
    found = [(s.role, s.name, s.date) for s, _e in extract_signatures(pdf_pages(pdf_page(1, lines)))]
    assert found == [("nav_leader", "Trude Holm", "2020-01-23"), ("municipality", "Arne Wik", "2020-01-30")]


def test_only_a_note_of_what_to_type_asks_for_the_name() -> None:
    assert asks_name_below("Godkjent av kommunedirektør (navn, dato)")
    assert asks_name_below("Nav-leiar (namn og dato):")
    assert not asks_name_below("Godkjent av kommunedirektør (dato)")
    assert not asks_name_below("Kommunalsjef (helse og omsorg)")
    assert not asks_name_below("Nav-leder")
