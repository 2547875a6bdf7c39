"""A start date written without its year (fix16a): "d.å."/"i år" is the
application's year, a bare day and month the letter's year when that day is
not before the letter; the first day of a period written "1/3-2020 til …" is
the start. Where no date of the document fixes the year, the start is still
given: null, and a request to read it, never START_DATE_MISSING. Each test
builds its own letter or form, in wordings other than the corpus's."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2019 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2019"), False, "test")
S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")


def _record(*paragraphs: str, tables=(), choice: SchemeChoice = S2020):
    doc = word_doc(*paragraphs, tables=list(tables))
    return build_record(Source(path="x.docx", format="docx"), doc, extract(doc, choice.scheme), choice, "nb")


def _letter(dateline: str, sentence: str, choice: SchemeChoice = S2020):
    return _record("Nav Vik", "Til Statsforvalteren i Vestland", dateline,
                   "Søknad om midlar til prosjektet «Arbeid først»",
                   f"Nav Vik søkjer om tilskot til ei stilling (100 %). {sentence}",
                   "Kontaktperson er Kari Li, kari.li@nav.no.", choice=choice)


@pytest.mark.parametrize("sentence, start", [
    ("Tiltaket tek til 15. april i år.", "2019-04-15"),
    ("Prosjektet startar opp frå 1. september dette året.", "2019-09-01"),
    ("Oppstart er planlagt til 01.05. d.å.", "2019-05-01"),
    ("Vi ønskjer å starte i august inneverande år.", "2019-08-01"),
])
def test_this_years_start_takes_the_letters_year(sentence: str, start: str) -> None:
    record = _letter("Vik, 14. januar 2019", sentence, S2019)
    assert record.project.start_date == start
    assert "START_DATE_MISSING" not in {f.code.value for f in record.findings}


def test_a_bare_day_and_month_takes_the_letters_year() -> None:
    assert _letter("Vik, 20. januar 2020", "Prosjektet skal starte 15. mars.").project.start_date == "2020-03-15"


def test_a_day_before_an_autumn_letter_is_in_its_schemes_year() -> None:
    assert _letter("Vik, 28. november 2019", "Prosjektet skal starte 1. mars.").project.start_date == "2020-03-01"


def test_a_labelled_this_years_start_in_a_form_takes_the_schemes_year() -> None:
    record = _record("Søknadsskjema – tilskudd til utvikling av sosiale tjenester 2020",
                     tables=[[["Tiltakets navn", "Ut i jobb"], ["Planlagt oppstart", "1. september i år"]]])
    assert record.project.start_date == "2020-09-01"


def test_a_start_no_date_fixes_is_given_not_missing() -> None:
    record = _record("Søknadsskjema – tilskudd til utvikling av sosiale tjenester",
                     tables=[[["Tiltakets navn", "Ut i jobb"], ["Planlagt oppstart", "1. september i år"]]])
    codes = [f.code.value for f in record.findings]
    assert record.project.start_date is None
    assert "START_DATE_MISSING" not in codes
    assert any(f.code.value == "LOW_CONFIDENCE" and f.field == "project.start_date" for f in record.findings)


@pytest.mark.parametrize("sentence, start", [
    ("Prosjektperioden er 15/8-2020 – 14/8-2021.", "2020-08-15"),
    ("Søknaden gjeld perioden 1/4-20 til 31/3-21.", "2020-04-01"),
])
def test_a_period_written_short_starts_on_its_first_day(sentence: str, start: str) -> None:
    assert _letter("Vik, 20. januar 2020", sentence).project.start_date == start


def test_a_year_of_history_still_yields_to_this_years_start() -> None:
    record = _letter("Vik, 20. januar 2020", "Tiltaket vart starta 1. mars 2019, og år to startar 1. mars i år.")
    assert record.project.start_date == "2020-03-01"


def test_no_start_at_all_is_still_missing() -> None:
    record = _letter("Vik, 20. januar 2020", "Prosjektet startar når tilskotet er tildelt.")
    assert "START_DATE_MISSING" in {f.code.value for f in record.findings}


def test_a_day_and_month_the_project_started_on_is_history_not_this_years_start() -> None:
    record = _letter("Vik, 20. januar 2020", "Prosjektet startet 1. mars og søknaden gjelder andre driftsår.")
    assert record.project.start_date is None
    assert "START_DATE_MISSING" not in {f.code.value for f in record.findings}


def test_a_start_with_its_year_before_a_yearless_cued_day() -> None:
    """A kick-off meeting's day and month ("Oppstartsmøte … 5. mars") is no
    start beside a start written with its year later in the letter."""
    record = _letter("Vik, 20. januar 2020", "Oppstartsmøte med Statsforvalteren er avtalt 5. mars. "
                     "Prosjektet starter 1. april 2020.")
    assert record.project.start_date == "2020-04-01"


@pytest.mark.parametrize("sentence", ["Prosjektet vart starta opp 1. mars, og har no 40 deltakarar.",
                                      "Tiltaket har starta 1. mars med god framdrift."])
def test_a_start_after_a_past_auxiliary_is_history(sentence: str) -> None:
    """Nynorsk "starta" is past after "vart"/"har": the day and month is the
    project's history, whose year the letter's does not fix."""
    record = _letter("Vik, 20. januar 2020", sentence)
    assert record.project.start_date is None
    assert "START_DATE_MISSING" not in {f.code.value for f in record.findings}


def test_a_future_nynorsk_start_takes_the_letters_year() -> None:
    assert _letter("Vik, 20. januar 2020", "Prosjektet skal starta 1. mars.").project.start_date == "2020-03-01"
