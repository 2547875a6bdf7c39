"""A scanned form's start date as OCR reads it: a dot of the date read as a
comma ("1,3.2020", "15.08,2020"), and a grid form whose label over its answer
has a speck beside it that OCR read as a word ("Oppstartsdato | '" over
"01.09.2020"). Typed text keeps what it says; running text never reads the
comma form."""

from __future__ import annotations

from datetime import date

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_dates
from soknad_extract.norwegian.dates import parse_scanned_date
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


@pytest.mark.parametrize("text, value", [
    ("1,3.2020", date(2020, 3, 1)), ("15.08,2020", date(2020, 8, 15)), ("01,09. 2020", date(2020, 9, 1)),
    ("1,4.20", date(2020, 4, 1)), ("01.02.2020", date(2020, 2, 1)),
])
def test_a_whole_answer_with_one_dot_read_as_a_comma_is_a_date(text: str, value: date) -> None:
    assert parse_scanned_date(text) == value


@pytest.mark.parametrize("text", ["1,1,2020", "2,5", "31,2.2020", "1,3.2020 kr", "ca. 1,3.2020 mill."])
def test_no_date_from_commas_alone_an_impossible_day_or_more_than_the_date(text: str) -> None:
    assert parse_scanned_date(text) is None


def test_running_text_never_reads_the_comma_form() -> None:
    assert find_dates("Vi søker 1,3.2020 …") == []


def _form(answer: str, scanned: bool) -> dict:
    lines = [pdf_line(TITLE, 1, 60, 60), pdf_line("Prosjektets navn", 1, 60, 100),
             pdf_line("Arbeid først", 1, 240, 100), pdf_line("Oppstartsdato", 1, 60, 120),
             pdf_line(answer, 1, 240, 120)]
    page = ocr_page(1, lines) if scanned else pdf_page(1, lines)
    return extract(pdf_pages(page), S2020).draft.values


def test_a_scanned_start_date_with_a_comma_is_read_and_a_typed_one_is_not() -> None:
    assert _form("15.08,2020", scanned=True).get("project.start_date") == "2020-08-15"
    assert _form("15.08,2020", scanned=False).get("project.start_date") is None


def _grid(speck: str, scanned: bool = True) -> dict:
    lines = [pdf_line(TITLE, 1, 60, 60),
             pdf_line("Prosjektets navn", 1, 60, 100), pdf_line("Stillingsprosent", 1, 320, 100),
             pdf_line("Arbeid først", 1, 60, 114), pdf_line("60 %", 1, 320, 114),
             pdf_line("Oppstartsdato", 1, 60, 140), pdf_line(speck, 1, 140, 140),
             pdf_line("Stillinger det søkes om, med stillingsprosent og tittel", 1, 320, 140),
             pdf_line("01.09.2020", 1, 60, 154), pdf_line("Veileder 60 %", 1, 320, 154)]
    page = ocr_page(1, lines) if scanned else pdf_page(1, lines)
    return extract(pdf_pages(page), S2020).draft.values


@pytest.mark.parametrize("speck", ["'", "i", "|"])
def test_the_date_under_a_scanned_label_beside_a_speck_is_its_start(speck: str) -> None:
    assert _grid(speck).get("project.start_date") == "2020-09-01"


def test_a_real_answer_beside_the_label_is_not_passed_over_nor_a_typed_speck() -> None:
    assert _grid("ved behov").get("project.start_date") is None
    assert _grid("i", scanned=False).get("project.start_date") is None
