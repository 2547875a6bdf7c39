"""The short date a form's answer may be written as ("1/3-20": day/month, a
dash, the year), read only where the whole answer is that date: in running
text "1/3" is a fraction or a page and "50/50" a split."""

from __future__ import annotations

from datetime import date

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_dates, parse_date
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc


@pytest.mark.parametrize("text, value", [
    ("1/3-20", date(2020, 3, 1)),
    ("15/8-2020", date(2020, 8, 15)),
    ("1/3 - 20.", date(2020, 3, 1)),
])
def test_an_answer_that_is_a_short_date_is_that_date(text: str, value: date) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize("text", ["1/3", "50/50", "side 1/3-20 i vedlegget", "31/2-20", "1/13-20", "1/3-20 %"])
def test_no_short_date_outside_a_whole_answer_or_without_a_real_day(text: str) -> None:
    assert parse_date(text) is None


def test_running_text_never_reads_the_short_form() -> None:
    assert find_dates("Fordelingen er 50/50, se side 1/3-20.") == []


def test_a_form_answering_its_start_date_with_a_short_date_has_a_start_date() -> None:
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   tables=[[["Prosjektets navn", "Veien videre"], ["Oppstart (dato)", "1/3-20"]]])
    values = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert values["project.start_date"] == "2020-03-01"
