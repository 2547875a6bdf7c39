"""Last year's form reused for this year (adversarial 5): the printed title,
header and "Søknadsfrist: 1. februar 2019" name the form's year, while the
applicant states the year the application is for ("Søknaden gjelder år:
2020") and dates it in January 2020. A clerk checks it against the year it
asks for. Without such a statement the form's year still decides, and a
stated year is never taken for a year it is not. Texts built here."""

from __future__ import annotations

import pytest

from soknad_extract.schemes import choose_scheme

OLD_FORM = (
    "Arbeids- og velferdsdirektoratet – søknadsskjema 2019\n"
    "Søknadsskjema – tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019\n"
    "Søknadsfrist: 1. februar 2019.\n"
)
FILLED_IN_2020 = "NAV-kontor\nNAV Vik\nOppstart\n01.04.2020\nNAV-leder\nDato: 28.01.2020\nRådmann\nDato: 28.01.2020\n"


def _year(text: str) -> int:
    return choose_scheme(text).scheme.year


@pytest.mark.parametrize("stated", [
    "Søknaden gjelder år\n2020\n",           # a form's label and its answer cell
    "Søknaden gjelder år: 2020\n",
    "Søknadsår: 2020\n",
    "Søknaden gjeld året 2020.\n",
])
def test_old_form_with_the_new_year_stated_is_checked_against_the_new_year(stated):
    assert _year(OLD_FORM + stated + FILLED_IN_2020) == 2020


def test_old_form_without_a_stated_year_keeps_the_forms_year():
    assert _year(OLD_FORM + FILLED_IN_2020) == 2019


def test_a_stated_year_older_than_the_form_does_not_move_it_back():
    form_2020 = OLD_FORM.replace("2019", "2020")
    assert _year(form_2020 + "Søknaden gjelder år: 2019\n" + FILLED_IN_2020) == 2020


def test_a_project_year_is_no_stated_year():
    assert _year(OLD_FORM + "Søknaden gjelder år 2 av prosjektet (2020–2022)\n") == 2019


def test_two_different_stated_years_state_none():
    assert _year(OLD_FORM + "Søknaden gjelder år: 2020\nSøknadsår: 2018\n") == 2019


def test_a_stated_later_year_no_date_bears_out_is_not_taken():
    signed_2019 = "NAV-leder\nDato: 28.01.2019\nRådmann\nDato: 29.01.2019\n"
    assert _year(OLD_FORM + "Søknaden gjelder år: 2020\n" + signed_2019) == 2019


def test_a_later_years_plans_are_no_stated_year():
    text = OLD_FORM + "Vi vil søke videreføring for tilskuddsåret 2020.\nDato: 28.01.2019\n"
    assert _year(text) == 2019


def test_a_stated_year_without_a_scheme_is_ignored():
    assert _year(OLD_FORM + "Søknaden gjelder år: 2031\n") == 2019


def test_a_stated_year_alone_chooses_its_scheme():
    choice = choose_scheme("Søknad til Nav\nSøknaden gjelder år: 2019\n")
    assert (choice.scheme.year, choice.assumed) == (2019, False)
