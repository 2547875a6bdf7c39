"""A period whose year is written once, at its end, joined by "til", "til og
med", "t.o.m." or a dash, in words or digits: the first day takes that year
(the year before when its month comes after the last day's)."""

from __future__ import annotations

from datetime import date

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian.dates import find_dates
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize(("text", "first", "last"), [
    ("for perioden 1. mars til 31. desember 2020", date(2020, 3, 1), date(2020, 12, 31)),
    ("fra og med 1. august til og med 31. juli 2021", date(2020, 8, 1), date(2021, 7, 31)),
    ("01.08.–31.12.2020", date(2020, 8, 1), date(2020, 12, 31)),
    ("1.9. til 31.8.21", date(2020, 9, 1), date(2021, 8, 31)),
    ("15. april t.o.m. 14. april 2021", date(2020, 4, 15), date(2021, 4, 14)),
    ("1.3. - 31.12.2020", date(2020, 3, 1), date(2020, 12, 31)),
])
def test_the_first_day_of_a_period_takes_the_year_at_its_end(text, first, last):
    assert [m.value for m in find_dates(text)] == [first, last]


@pytest.mark.parametrize("text", ["kl. 10.00-12.00", "møtet 14.30 til 15.10.2020", "side 3.2-4.5.2020"])
def test_times_and_numbers_before_a_date_are_no_period_start(text):
    assert all(m.value.year == 2020 and m.text.count(".") >= 2 for m in find_dates(text))
    assert len(find_dates(text)) <= 1


def test_a_letter_applying_for_a_period_starts_on_its_first_day():
    doc = word_doc("Søknad om tilskudd", "NAV Drammen søker om midler til prosjektet «Jobbsjansen» for perioden "
                   "1. april til 31. desember 2020.", "Budsjett", "Jobbspesialist 100 % ..... kr 610 000",
                   "Med hilsen", "Kari Nordmann")
    assert extract(doc, S2020).draft.values["project.start_date"] == "2020-04-01"
