"""A letter that names its project in running text without quotes or a
label: after "prosjekt" with no article on the subject line ("Søknad om
tilskot til prosjekt Heim og jobb", "Søknad om midler – prosjekt Losen
Sørfold"), or after a determiner and an adjective in a sentence ("søker om
tilskudd til et nytt prosjekt, Jobbstart Vik, som …", "til det nye tiltaket
Arbeid for alle, med oppstart …", "midlar til den nye satsinga Heim og
jobb."). The office after the noun is no title, nor is a clause ("til det
nye prosjektet skal vi …") or a lower-case subject ("til prosjekt for unge
i Vik")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page


def _title(*lines: str) -> str | None:
    return extract(text_doc(text_page(1, *lines)), get_scheme("nav-sosiale-tjenester-2020")).draft \
        .get("project.title")


@pytest.mark.parametrize(("subject", "title"), [
    ("Søknad om tilskot til prosjekt Heim og jobb", "Heim og jobb"),
    ("Søknad om midler til tiltak Jobbstart Vik", "Jobbstart Vik"),
    ("Søknad om midler – prosjekt Losen Sørfold", "Losen Sørfold"),
    ("Søknad om tilskudd 2020 – tiltaket Arbeid for alle", "Arbeid for alle"),
])
def test_a_subject_line_names_the_project_after_a_bare_noun(subject, title) -> None:
    assert _title("Nav Vik", "Vik, 10. januar 2020", subject,
                  "Vi søker om midler til en stilling som veileder.") == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("Nav Vik søker om tilskudd til et nytt prosjekt, Jobbstart Vik, som starter 1. mars 2020.", "Jobbstart Vik"),
    ("Vi søker om midler til det nye tiltaket Arbeid for alle, med oppstart i mars.", "Arbeid for alle"),
    ("Nav Vik søkjer om midlar til den nye satsinga Heim og jobb.", "Heim og jobb"),
    ("Kontoret søkjer om tilskot til eit nytt prosjekt Ung i Vik som skal gi unge arbeid.", "Ung i Vik"),
])
def test_a_sentence_names_the_project_after_a_determiner(sentence, title) -> None:
    assert _title("Nav Vik", "Vik, 10. januar 2020", "Søknad om tilskudd 2020", sentence) == title


@pytest.mark.parametrize("sentence", [
    "Nav Vik søker om tilskudd til det nye prosjektet Nav Vik skal drive sammen med kommunen.",
    "Vi søker om midler til et nytt prosjekt, Vik kommune er med som partner.",
    "Vi søker om midler til det nye prosjektet, som skal gi unge arbeid.",
])
def test_the_office_or_a_clause_after_the_noun_is_no_title(sentence) -> None:
    assert _title("Nav Vik", "Vik, 10. januar 2020", "Søknad om tilskudd 2020", sentence) is None


@pytest.mark.parametrize("subject", [
    "Søknad om tilskudd til prosjekt for unge i Vik", "Søknad om midlar til prosjekt Nav Vik",
    "Søknad om tilskudd til tiltak Vik kommune",
])
def test_a_lower_case_subject_or_the_office_after_a_bare_noun_is_no_title(subject) -> None:
    assert _title("Nav Vik", subject, "Vi søker om midler til en stilling.") is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("Prosjektet Ung Notodden skal gi unge mellom 16 og 24 år en fast veileder.", "Ung Notodden"),
    ("Tiltaket Heim og jobb, som startar i mars, skal gi familiar tett oppfølging.", "Heim og jobb"),
])
def test_a_sentence_opening_with_the_noun_and_the_name_names_the_project(sentence, title) -> None:
    assert _title("Nav Vik", "Søknad om tilskudd 2020", sentence) == title


@pytest.mark.parametrize("sentence", [
    "Prosjektet Ung i jobb er nytt og starter 1. april 2020.",
    "Prosjektet Nav Vik skal drive sammen med kommunen.",
    "Prosjektet skal gi unge arbeid.",
])
def test_a_sentence_opening_with_the_noun_names_no_title_that_runs_to_its_end(sentence) -> None:
    assert _title("Nav Vik", "Søknad om tilskudd 2020", sentence) is None
