"""Two false readings (fix16i). A share that is a funder's part of a post's
cost ("Nav dekker 60 % av lønna", "25 % egenandel") is not the post's size:
with no size given elsewhere the share stays null, never an AMOUNT_OVER_CAP
from the funder's share. A deadline ("Søknadsfristen er …", "søknadsperioden
går ut …") and a person taking up a post ("Rådgiveren starter i stillinga
…") are no start of the project; a project period and a project that starts
still are. Wordings other than the reviewer's probes."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")


def _letter(*sentences: str):
    doc = word_doc("Nav Fjordby", "Til Statsforvalteren i Nordland", "Fjordby, 10. januar 2020",
                   "Søknad om tilskudd til prosjektet «Ut i arbeid»", *sentences,
                   "Kontaktperson er Per Dal, per.dal@nav.no.")
    return build_record(Source(path="x.docx", format="docx"), doc, extract(doc, S2020.scheme), S2020, "nb")


def _codes(record) -> set[str]:
    return {f.code.value for f in record.findings}


def _percent(record):
    return record.positions_percent_total


@pytest.mark.parametrize("sentence", [
    "Bydelen finansierer 30 % av stillinga selv. Vi søker om kr 650 000 til resten av lønnskostnadene.",
    "Nav Fjordby søker om kr 650 000. Kommunen betaler 50 % av lønnen til miljøarbeideren.",
    "Vi søker om kr 650 000 og legger inn 25 % egenandel i stillingen.",
])
def test_a_funders_share_is_no_post_size(sentence: str) -> None:
    record = _letter(sentence)
    assert "AMOUNT_OVER_CAP" not in _codes(record)
    assert _percent(record) is None


def test_the_posts_own_size_beside_a_funders_share_is_read() -> None:
    record = _letter("Vi søker om kr 650 000 til en 100 % stilling som jobbspesialist. "
                     "Kommunen dekker 20 % av lønnen.")
    assert _percent(record) == 100.0


@pytest.mark.parametrize("sentence", [
    "Søknadsfristen er 15. februar 2020, og vi sender derfor søknaden nå.",
    "Utlysningsperioden løper ut 1. mars 2020.",
    "Rådgiveren starter i stillinga 1. mai 2020.",
    "Den nye veilederen begynner hos oss 1. juni 2020.",
])
def test_a_deadline_or_a_persons_first_day_is_no_start(sentence: str) -> None:
    record = _letter(f"{sentence} Vi søker om kr 600 000 til en stilling (100 %).")
    assert record.project.start_date is None


@pytest.mark.parametrize("sentence, start", [
    ("Tiltaket begynner i kommunen 1. mai 2020.", "2020-05-01"),
    ("Prosjektperioden er 1.9.2020 til 31.8.2021, og søknadsfristen er 1. februar 2020.", "2020-09-01"),
    ("Prosjektet starter 1. september 2020, etter søknadsfristen 1. februar 2020.", "2020-09-01"),
])
def test_the_projects_own_start_is_still_read(sentence: str, start: str) -> None:
    record = _letter(f"{sentence} Vi søker om kr 600 000 til en stilling (100 %).")
    assert record.project.start_date == start
