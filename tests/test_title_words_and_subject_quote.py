"""Two classes of letters (fix14g). A kind label's answer that is the
project's name ("Søknad om videreføring – «Nye muligheter»"): words inside
the title ("Ny", "Nye", "Nytt") say nothing of the kind, and the kind the
text states wins (``extract.kind``). A subject line that names the project
in quotes between other words ("Søknad om midlar til vidareføring av «Heim
til jobb» – 2. år"): the quoted name is the title, the tail after the dash
is not; a quoted name of the scheme or the office is no title
(``extract.project``)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(*paragraphs: str) -> dict:
    return extract(word_doc(*paragraphs), S2020).draft.values


@pytest.mark.parametrize("heading", [
    "Søknad om videreføring – «Nye muligheter»",
    "Rapport og søknad om vidareføring – «Nytt liv i Vik»",
    "Søknad om videreføring – \"Ny sjanse\"",
])
def test_a_quoted_name_under_a_kind_heading_yields_to_a_stated_continuation(heading: str) -> None:
    got = _values(
        "Statsforvalteren i Vestland",
        heading,
        "Nav Vik søker om midler til videreføring av prosjektet i 2020, som er andre prosjektår.",
        "Kontaktperson er Kari Li, tlf. 57 00 00 00.",
    )
    assert got.get("project.kind") == "continuation", heading


@pytest.mark.parametrize("title", ["Nytt liv", "Ny sjanse Vik", "Nye muligheter"])
def test_new_words_inside_the_title_say_nothing_of_the_kind(title: str) -> None:
    got = _values(
        "Statsforvalteren i Vestland",
        f"Søknad om videreføring – {title}",
        f"Nav Vik søker om videreføring av prosjektet «{title}» fra 1. januar 2020, andre prosjektår.",
        "Kontaktperson er Kari Li, tlf. 57 00 00 00.",
    )
    assert got.get("project.title") == title
    assert got.get("project.kind") == "continuation", title


def test_a_stated_new_project_is_still_new_beside_a_new_word_in_the_title() -> None:
    got = _values(
        "Statsforvalteren i Vestland",
        "Søknad om tilskudd – «Ny start Vik»",
        "Dette er et nytt prosjekt som starter 1. mars 2020.",
        "Kontaktperson er Kari Li, tlf. 57 00 00 00.",
    )
    assert got.get("project.kind") == "new"


@pytest.mark.parametrize("subject, title", [
    ("Søknad om midlar til vidareføring av «Heim til jobb» – 2. år", "Heim til jobb"),
    ("Søknad om tilskudd til videreføring av \"Jobbsjansen Vest\" – fjerde og siste prosjektår",
     "Jobbsjansen Vest"),
    ("Søknad om tilskot til «Saman i arbeid» for 2020", "Saman i arbeid"),
    ("Søknad om tilskudd til videreføring av ‘Veien videre’ – andre driftsår", "Veien videre"),
])
def test_a_quoted_name_inside_the_subject_line_is_the_title(subject: str, title: str) -> None:
    got = _values(
        "Statsforvalteren i Rogaland",
        subject,
        "Kontoret søker om 500 000 kroner til ei stilling (100 %).",
        "Kontaktperson: Per Vik, tlf. 51 00 00 00.",
    )
    assert got.get("project.title") == title, subject


@pytest.mark.parametrize("subject", [
    "Søknad om tilskudd fra «Tilskudd til utvikling av sosiale tjenester i NAV-kontoret» – 2020",
    "Søknad frå «Nav Sauda» om tilskot – andre driftsår",
])
def test_a_quoted_scheme_or_office_on_the_subject_line_is_no_title(subject: str) -> None:
    got = _values(
        "Statsforvalteren i Rogaland",
        subject,
        "Kontoret søker om 500 000 kroner til ei stilling (100 %).",
        "Kontaktperson: Per Vik, tlf. 51 00 00 00.",
    )
    assert got.get("project.title") is None, subject
