"""A signer's caption with the title before the name on one line ("Nav-leder
Kari Holm", "Rådmann Per Vik, 15.01.2020"), under ink in a Word table cell or
in a PDF form's boxed cell: the name after the title is the signer's. A
title followed by an office or a place ("Leder Nav Lyngvik Vest",
"Kommunedirektør Fjellbygd Kommune") names nobody.

Documents built here in the layout model; wordings are this file's own."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wording import person_name
from soknad_extract.layout import Image, Line
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages, table_cell, word_pages
from tools.samplegen.signed import scribble_png


def test_word_cells_with_ink_over_title_then_name_and_date():
    lines = [Line(text="Underskrifter", page=1),
             table_cell("", 0, 0), table_cell("", 0, 1),
             table_cell("Nav-leder Kari Holm, 14.01.2021", 1, 0),
             table_cell("Rådmann Per Vik, 15.01.2021", 1, 1)]
    images = [Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(4 + c),
                    table_cell=(0, 0, c), paragraph_index=1 + c) for c in (0, 1)]
    assert as_tuples(extract_signatures(word_pages({1: lines}, images))) == [
        ("nav_leader", "Kari Holm", "Nav-leder", "2021-01-14", "handwritten"),
        ("municipality", "Per Vik", "Rådmann", "2021-01-15", "handwritten"),
    ]


def test_pdf_form_ink_over_a_rule_with_title_then_name():
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Lyngdal", 1, 60, 80),
             pdf_line("Underskrift", 1, 60, 560),
             pdf_line("Dato: 11.02.2021", 1, 60, 580), pdf_line("Dato: 12.02.2021", 1, 320, 580),
             pdf_line("NAV-leder Eva Strand", 1, 60, 660), pdf_line("Kommunedirektør Ola Dahl", 1, 320, 660)]
    images = [ink(1, (60, 610, 200, 650), seed=5), ink(1, (320, 610, 460, 650), seed=6)]
    assert as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images)))) == [
        ("nav_leader", "Eva Strand", "NAV-leder", "2021-02-11", "handwritten"),
        ("municipality", "Ola Dahl", "Kommunedirektør", "2021-02-12", "handwritten"),
    ]


@pytest.mark.parametrize("text,name", [
    ("Nav-leiar Brit Nes, 3.2.2021", "Brit Nes"),
    ("Kommunalsjef for helse og omsorg Tor Li", "Tor Li"),
    ("Leder Nav Lyngvik Vest", None),
    ("Kommunedirektør Fjellbygd Kommune", None),
    ("Rådmann i Fjellbygd", None),
    ("Signatur Nav-leder", None),
])
def test_name_after_a_leading_title(text, name):
    assert person_name(text) == name
