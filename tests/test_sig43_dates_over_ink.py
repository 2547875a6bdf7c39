"""Side-by-side signers whose place and date stand above the ink, the name
and title under it, where nothing on the page says "signature": the title
opens the zone and reaches over the name and the ink to the bare place and
date ("Moss, 20.01.2020"); and a place-and-date label set apart from its
value ("Sted og dato:" | "Moss, 04.02.2020") dates the column it heads."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


def _found(lines, images) -> list[tuple[str, str | None, str | None]]:
    doc = pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskudd til sosiale tjenester 2020", 1, 60, 60),
                                 pdf_line("Prosjektet starter 1. mars 2020 og varer ut året.", 1, 60, 300)] + lines,
                             images=images))
    return [(s.role, s.name, s.date) for s, _e in extract_signatures(doc)]


def test_bare_place_and_date_over_the_ink_in_two_columns() -> None:
    lines = [pdf_line("Askim, 17.01.2020", 1, 80, 400), pdf_line("Askim, 22.01.2020", 1, 320, 400),
             pdf_line("Lise Kvam", 1, 80, 470), pdf_line("Geir Dahl", 1, 320, 470),
             pdf_line("Nav-leder", 1, 80, 494), pdf_line("Rådmann", 1, 320, 494)]
    images = [ink(1, (82, 420, 210, 460), seed=21), ink(1, (322, 420, 450, 460), seed=22)]
    assert _found(lines, images) == [("nav_leader", "Lise Kvam", "2020-01-17"),
                                     ("municipality", "Geir Dahl", "2020-01-22")]


def test_a_place_and_date_label_set_apart_from_its_value_dates_its_column() -> None:
    lines = [pdf_line("Underskrifter", 1, 60, 360),
             pdf_line("Sted og dato:", 1, 60, 400), pdf_line("Askim, 17.01.2020", 1, 122, 400),
             pdf_line("Sted og dato:", 1, 300, 400), pdf_line("Askim, 05.02.2020", 1, 362, 400),
             pdf_line("Lise Kvam", 1, 60, 480), pdf_line("Geir Dahl", 1, 300, 480),
             pdf_line("Nav-leder", 1, 60, 494), pdf_line("Rådmann", 1, 300, 494)]
    images = [ink(1, (62, 425, 190, 465), seed=23), ink(1, (302, 425, 430, 465), seed=24)]
    assert _found(lines, images) == [("nav_leader", "Lise Kvam", "2020-01-17"),
                                     ("municipality", "Geir Dahl", "2020-02-05")]


def test_names_and_dates_alternating_on_one_row_pair_up_in_order() -> None:
    # A form's signing row: "Nav-leder (navn) | Dato | Rådmann (navn) | Dato".
    lines = [pdf_line("Underskrifter", 1, 50, 360),
             pdf_line("Nav-leder (navn)", 1, 50, 420), pdf_line("Dato", 1, 200, 420),
             pdf_line("Kommunedirektør (navn)", 1, 305, 420), pdf_line("Dato", 1, 538, 420),
             *(replace(pdf_line(text, 1, x, 436), form_value=True)   # typed into the form's fields
               for text, x in [("Åse Brekke", 52), ("14.01.2020", 202), ("Knut Helland", 307), ("29.01.2020", 540)])]
    assert _found(lines, []) == [("nav_leader", "Åse Brekke", "2020-01-14"),
                                 ("municipality", "Knut Helland", "2020-01-29")]
